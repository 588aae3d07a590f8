"""The rows of one document: building them from the model and inserting them.

Every function here works inside the transaction it is given; ``writes`` decides what to
write, this module writes it (one ``executemany`` per table).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    bindparam,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.expression import Insert

from claimledger.model import Claim, Document, Sentence
from claimledger.store import hot
from claimledger.store import schema as t
from claimledger.store.bulk import Part, insert_all, insert_rows
from claimledger.store.records import RunInfo
from claimledger.store.search import tsvector_literal
from claimledger.store.tags import sentence_tags

Span = tuple[str, int, int, str]

_SQLITE_CLAIM_SEQUENCE = text(
    "SELECT max(seq) FROM (SELECT seq FROM sqlite_sequence WHERE name = 'claims' "
    "UNION ALL SELECT max(id) FROM claims)"
)
# One statement per document (a trigger per row costs twice as much; migration 0002).
_SQLITE_INDEX_SENTENCES = text(
    "INSERT INTO sentences_fts(rowid, text, tags) "
    "SELECT id, text, tags FROM sentences WHERE id BETWEEN :first AND :last"
)
_SQLITE_LAST_SENTENCE = "SELECT max(id) FROM sentences"
_PUBLISHER = select(t.publishers.c.id).where(t.publishers.c.key == bindparam("key"))
_NEXT_CLAIM_IDS = text(
    "SELECT nextval(pg_get_serial_sequence('claims', 'id')) FROM generate_series(1, :n)"
)


class IdCache:
    """Ids of publishers and entities, which are never deleted once committed.

    Ids found or made inside a transaction are held apart (``put``, per thread, since a
    Ledger may serve several threads) and only become ``known`` after that transaction
    commits (``commit``): an id from a rolled-back transaction must never be reused.
    """

    def __init__(self) -> None:
        self._known: dict[tuple[str, ...], int] = {}
        self._pending: dict[int, dict[tuple[str, ...], int]] = {}

    def begin(self) -> None:
        self._pending[threading.get_ident()] = {}

    def get(self, key: tuple[str, ...]) -> int | None:
        return self._known.get(key) or self._mine().get(key)

    def put(self, key: tuple[str, ...], value: int) -> None:
        self._mine()[key] = value

    def commit(self) -> None:
        self._known.update(self._pending.pop(threading.get_ident(), {}))

    def _mine(self) -> dict[tuple[str, ...], int]:
        return self._pending.setdefault(threading.get_ident(), {})


@dataclass(frozen=True)
class Batch:
    """What ``Ledger.save`` was given, with the run already recorded."""

    doc: Document
    sentences: Sequence[Sentence]
    claims: Sequence[Claim]
    spans: Sequence[Span]
    run: RunInfo
    run_id: int
    signature: tuple[int, ...] = ()
    band_keys: Sequence[str] = ()
    duplicate_of: str | None = None
    original_bytes: bytes | None = None
    ids: IdCache = field(default_factory=IdCache, compare=False)
    # PostgreSQL, grouped saves: publishers and entities are committed at once through
    # this autocommit connection, so a long transaction never holds locks other saves need.
    dictionary: Connection | None = field(default=None, compare=False)


def now() -> datetime:
    return datetime.now(UTC)


def insert_ignore(conn: Connection, table: Any) -> Insert:
    """INSERT that skips rows colliding with a unique key (both databases)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()


def document_row(conn: Connection, batch: Batch, digest: str) -> dict[str, Any]:
    doc = batch.doc
    return {
        "title": doc.title,
        "publisher_id": _publisher_id(conn, batch, doc.publisher),
        "published": doc.published,
        "url": doc.url,
        "language": doc.language,
        "content_hash": digest,
        "original": doc.path or doc.url,
        "original_bytes": batch.original_bytes,
        "text": doc.text,
        "body_start": doc.body_start,
        "media_type": doc.media_type,
        "ingested_at": now(),
        "duplicate_of": batch.duplicate_of,
        "signature": list(batch.signature) or None,
        "pages": list(doc.pages) or None,
        "run_id": batch.run_id,
    }


def _add_to_dictionary(
    conn: Connection, batch: Batch, table: Any, rows: list[dict[str, Any]]
) -> None:
    """Insert publishers or entities that are not there yet (through the batch's autocommit
    side connection, if it has one)."""
    target = batch.dictionary if batch.dictionary is not None else conn
    target.execute(insert_ignore(target, table), rows)


def _publisher_id(conn: Connection, batch: Batch, name: str | None) -> int | None:
    ids = batch.ids
    if not name or not name.strip():
        return None
    key = name.strip().casefold()
    found = ids.get(("publisher", key))
    if found is not None:
        return found
    found = conn.execute(_PUBLISHER, {"key": key}).scalar()
    if found is None:
        _add_to_dictionary(conn, batch, t.publishers, [{"name": name.strip(), "key": key}])
        found = conn.execute(_PUBLISHER, {"key": key}).scalar_one()
    ids.put(("publisher", key), int(found))
    return int(found)


def add_documents(
    conn: Connection, batches: Sequence[Batch], documents: Sequence[dict[str, Any]]
) -> list[list[int]]:
    """New documents (``documents`` are their rows, ``batches`` what goes with them) with
    all their rows; the ids of each one's claims. Many documents cost a few statements in
    all, not a few each: per statement, the work around the database was most of the time.
    """
    if not batches:
        return []
    if conn.dialect.name == "postgresql":
        return _add_in_one_statement(conn, batches, documents)
    columns = tuple(documents[0])
    insert_rows(conn, t.documents, columns, [tuple(row.values()) for row in documents])
    write_parts(conn, batches)
    per_document = [claim_rows(batch) for batch in batches]
    ids = insert_claims(conn, [row for rows in per_document for row in rows])
    return _split(ids, [len(rows) for rows in per_document])


def _split(ids: Sequence[int], sizes: Sequence[int]) -> list[list[int]]:
    parts, at = [], 0
    for size in sizes:
        parts.append(list(ids[at : at + size]))
        at += size
    return parts


def write_parts(conn: Connection, batches: Sequence[Batch]) -> None:
    """Sentences (with their full-text rows), entity mentions and band keys."""
    _insert_sentences(conn, batches)
    insert_rows(conn, t.entity_mentions, _MENTION_COLUMNS, _mention_rows(conn, batches))
    insert_rows(conn, t.doc_bands, ("band_key", "doc_id"), _band_rows(batches))


def _band_rows(batches: Sequence[Batch]) -> list[tuple[str, str]]:
    return [(key, b.doc.id) for b in batches for key in sorted(set(b.band_keys))]


def _sentence_rows(conn: Connection, batches: Sequence[Batch]) -> list[tuple[Any, ...]]:
    """(doc_id, idx, start, end, text, filter tags) of every sentence of ``batches``."""
    rows: list[tuple[Any, ...]] = []
    for b in batches:
        publisher_id = _publisher_id(conn, b, b.doc.publisher)  # known by now: cached
        tags = sentence_tags(b.sentences, b.claims, publisher_id)
        for i, sentence in enumerate(b.sentences):
            rows.append((b.doc.id, i, sentence.start, sentence.end, sentence.text, tags[i]))
    return rows


def _add_in_one_statement(
    conn: Connection, batches: Sequence[Batch], documents: Sequence[dict[str, Any]]
) -> list[list[int]]:
    """PostgreSQL: new documents with all their rows in one INSERT (bulk.insert_all)."""
    # The tsvector comes from the same tokens FTS5 indexes (see store/search.py).
    sentences = _sentence_rows(conn, batches)
    with_tsv = [(*row, tsvector_literal(row[4], row[5])) for row in sentences]
    per_document = [claim_rows(batch) for batch in batches]
    claims = [row for rows in per_document for row in rows]
    parts = [
        Part(t.documents, tuple(documents[0]), [tuple(row.values()) for row in documents]),
        Part(t.sentences, (*_SENTENCE_COLUMNS, "tsv"), with_tsv, (("tsv", "tsvector"),)),
        Part(t.entity_mentions, _MENTION_COLUMNS, _mention_rows(conn, batches)),
        Part(t.doc_bands, ("band_key", "doc_id"), _band_rows(batches)),
        _claims_part(None, claims),  # last: the database numbers them and returns the ids
    ]
    returned = insert_all(conn, parts, returning="doc_id, ordinal, id" if claims else "")
    found = {(doc_id, int(ordinal)): int(claim_id) for doc_id, ordinal, claim_id in returned}
    return [
        [found[(batch.doc.id, n)] for n in range(len(rows))]
        for batch, rows in zip(batches, per_document, strict=True)
    ]


_SENTENCE_COLUMNS = ("doc_id", "idx", "start", "end", "text", "tags")


def _insert_sentences(conn: Connection, batches: Sequence[Batch]) -> None:
    rows = _sentence_rows(conn, batches)
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        with_tsv = [(*row, tsvector_literal(row[4], row[5])) for row in rows]
        insert_rows(conn, t.sentences, (*_SENTENCE_COLUMNS, "tsv"), with_tsv, {"tsv": "tsvector"})
        return
    # Ids drawn up front (the write lock is held), so the full-text rows of all of them go
    # in with one statement over that range.
    first = int(conn.exec_driver_sql(_SQLITE_LAST_SENTENCE).scalar() or 0) + 1
    numbered = [(first + n, *row) for n, row in enumerate(rows)]
    insert_rows(conn, t.sentences, ("id", *_SENTENCE_COLUMNS), numbered)
    conn.execute(_SQLITE_INDEX_SENTENCES, {"first": first, "last": first + len(rows) - 1})


_MENTION_COLUMNS = ("entity_id", "doc_id", "start", "end")


def _mention_rows(conn: Connection, batches: Sequence[Batch]) -> list[tuple[int, str, int, int]]:
    spans = [(b.doc.id, span) for b in batches for span in b.spans if span[3].strip()]
    if not spans:
        return []
    wanted = {(label, text.strip().casefold()): text.strip() for _, (label, _, _, text) in spans}
    ids = _entity_ids(conn, batches[0], wanted)
    return [
        (ids[(label, text.strip().casefold())], doc_id, start, end)
        for doc_id, (label, start, end, text) in spans
    ]


def _entity_ids(
    conn: Connection, batch: Batch, wanted: dict[tuple[str, str], str]
) -> dict[tuple[str, str], int]:
    """Ids of the (label, key) entities, adding those not stored yet (two statements at most:
    most documents name an entity never seen before). ``batch`` lends its caches."""
    cache = batch.ids
    ids = {key: found for key in wanted if (found := cache.get(("entity", *key))) is not None}
    unknown = sorted(key for key in wanted if key not in ids)
    if not unknown:
        return ids
    rows = [{"label": label, "key": key, "name": wanted[(label, key)]} for label, key in unknown]
    _add_to_dictionary(conn, batch, t.entities, rows)
    for label, key, entity_id in hot.entity_ids(conn, sorted({k for _, k in unknown})):
        if (label, key) in wanted:
            ids[(label, key)] = entity_id
            cache.put(("entity", label, key), entity_id)
    return ids


def claim_rows(batch: Batch) -> list[dict[str, Any]]:
    index_of = {s.start: i for i, s in enumerate(batch.sentences)}
    return [_claim_row(batch, claim, n, index_of) for n, claim in enumerate(batch.claims)]


def _claim_row(batch: Batch, claim: Claim, ordinal: int, index_of: dict[int, int]) -> dict:
    low, high = claim.interval
    is_range = isinstance(claim.value, tuple)
    value_low, value_high = claim.value if isinstance(claim.value, tuple) else (None, None)
    # every figure as a float: the columns are FLOAT, and array inserts need one type
    return {
        "doc_id": batch.doc.id,
        "run_id": batch.run_id,
        "ordinal": ordinal,
        "kind": claim.kind,
        "value": None if is_range else _float(claim.value),
        "value_low": _float(value_low),
        "value_high": _float(value_high),
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "subject": claim.subject,
        "source": claim.source,
        "source_key": claim.source.casefold() if claim.source else None,
        "date": claim.date,
        "hedge": claim.hedge,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "sentence_idx": index_of.get(claim.sentence_start),
        "sentence_start": claim.sentence_start,
        "sentence_end": claim.sentence_end,
        "interval_low": _float(low),
        "interval_high": _float(high),
        "rule": claim.rule,
        "evidence": dict(claim.evidence),
    }


def _float(number: Any) -> float | None:
    return None if number is None else float(number)


def insert_claims(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    ids = _next_claim_ids(conn, len(rows))
    part = _claims_part(ids, rows)
    insert_rows(conn, part.table, part.columns, part.rows)
    return ids


def _claims_part(ids: list[int] | None, rows: list[dict[str, Any]]) -> Part:
    """Claims with the given ids, or (``None``) numbered by the database."""
    if ids is None:
        columns = ("status", *rows[0]) if rows else ()
        return Part(t.claims, columns, [("extracted", *row.values()) for row in rows])
    columns = ("id", "status", *rows[0]) if rows else ()
    values = [(i, "extracted", *row.values()) for i, row in zip(ids, rows, strict=True)]
    return Part(t.claims, columns, values)


def _next_claim_ids(conn: Connection, count: int) -> list[int]:
    """Ids drawn up front, so claims go in with one plain executemany.

    INSERT .. RETURNING of many rows runs row by row on SQLite, and on PostgreSQL sends a
    new, differently sized statement for every document. On SQLite the write lock is held
    (BEGIN IMMEDIATE) and AUTOINCREMENT's counter never goes back, so ids above it are free.
    """
    if conn.dialect.name == "postgresql":
        return [int(i) for i in conn.execute(_NEXT_CLAIM_IDS, {"n": count}).scalars()]
    last = conn.execute(_SQLITE_CLAIM_SEQUENCE).scalar() or 0
    return list(range(last + 1, last + 1 + count))


def link_conversions(conn: Connection, batches: Sequence[Batch], ids: Sequence[list[int]]) -> None:
    """``Claim.converts`` is an index into the document's claims; store it as a claim id."""
    links = [
        link
        for batch, claim_ids in zip(batches, ids, strict=True)
        for link in _links(batch.claims, claim_ids)
    ]
    if links:
        statement = (
            update(t.claims)
            .where(t.claims.c.id == bindparam("claim_id"))
            .values(converts=bindparam("target"))
        )
        conn.execute(statement, links)


def _links(claims: Sequence[Claim], ids: Sequence[int]) -> list[dict[str, int]]:
    return [
        {"claim_id": ids[n], "target": ids[c.converts]}
        for n, c in enumerate(claims)
        if c.converts is not None and 0 <= c.converts < len(ids) and c.converts != n
    ]
