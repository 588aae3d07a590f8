"""Writing a document: everything for one document in the one transaction it is given.

``save_document`` decides between adding, leaving alone and re-extracting, then writes
with one ``executemany`` per table. Re-extraction updates matched claims in place, so a
claim keeps its id, its review status and its corrections (and its audit history still
points at it); extracted claims that the new extractor no longer finds are dropped, and
claims a person reviewed are kept even then.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    bindparam,
    delete,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.expression import Insert

from claimledger.model import Claim, Document, Sentence
from claimledger.store import schema as t
from claimledger.store.bulk import insert_rows
from claimledger.store.records import RunInfo, SaveResult, content_hash
from claimledger.store.search import tsvector_literal

Span = tuple[str, int, int, str]

_SQLITE_CLAIM_SEQUENCE = text(
    "SELECT max(seq) FROM (SELECT seq FROM sqlite_sequence WHERE name = 'claims' "
    "UNION ALL SELECT max(id) FROM claims)"
)
# One statement per document (a trigger per row costs twice as much; migration 0002).
_SQLITE_INDEX_SENTENCES = text(
    "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE doc_id = :doc_id"
)
_NEXT_CLAIM_IDS = text(
    "SELECT nextval(pg_get_serial_sequence('claims', 'id')) FROM generate_series(1, :n)"
)


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


def now() -> datetime:
    return datetime.now(UTC)


def insert_ignore(conn: Connection, table: Any) -> Insert:
    """INSERT that skips rows colliding with a unique key (both databases)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()


def record_run(conn: Connection, run: RunInfo) -> int:
    row = {
        "extractor": run.extractor,
        "version": run.version,
        "started_at": now(),
        "settings": dict(run.settings),
    }
    return int(conn.execute(insert(t.runs).returning(t.runs.c.id), row).scalar_one())


def save_document(conn: Connection, batch: Batch) -> SaveResult:
    """Add, skip or re-extract ``batch.doc``; the caller owns the transaction."""
    digest = content_hash(batch.doc.text)
    _prepare(conn, (batch.doc.id, digest))
    d = t.documents.c
    known = conn.execute(
        select(d.id, d.content_hash, t.runs.c.version)
        .join(t.runs, t.runs.c.id == d.run_id)
        .where(or_(d.id == batch.doc.id, d.content_hash == digest))
    ).all()
    same_id = next((row for row in known if row.id == batch.doc.id), None)
    if same_id is None and known:
        return SaveResult(known[0].id, "unchanged")
    if same_id is None:
        return _add(conn, batch, digest)
    if same_id.content_hash == digest and not newer(batch.run.version, same_id.version):
        return SaveResult(batch.doc.id, "unchanged")
    return _reextract(conn, batch, digest)


def newer(version: str, than: str) -> bool:
    """Whether extractor ``version`` is newer than ``than`` (dotted numbers compare as numbers)."""
    return _version_key(version) > _version_key(than)


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.split("."))


def _prepare(conn: Connection, keys: Sequence[str]) -> None:
    """PostgreSQL: serialise saves of one document or one text (SQLite's write lock does this).

    A save does not wait for its commit to reach the disk: a server crash may lose the last
    fraction of a second of saves (never half of one), which re-running the ingest restores;
    review decisions are written with full durability.
    """
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
    for key in sorted(keys):
        number = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%(k)s)", {"k": number})


def _add(conn: Connection, batch: Batch, digest: str) -> SaveResult:
    conn.execute(insert(t.documents), _document_row(conn, batch, digest) | {"id": batch.doc.id})
    _write_parts(conn, batch)
    ids = _insert_claims(conn, batch, _claim_rows(batch))
    _link_conversions(conn, batch.claims, ids)
    status = "duplicate" if batch.duplicate_of else "added"
    return SaveResult(batch.doc.id, status, len(ids))


def _reextract(conn: Connection, batch: Batch, digest: str) -> SaveResult:
    row = _document_row(conn, batch, digest)
    del row["ingested_at"]
    conn.execute(update(t.documents).where(t.documents.c.id == batch.doc.id), row)
    for part in (t.sentences, t.entity_mentions, t.doc_bands):
        conn.execute(delete(part).where(part.c.doc_id == batch.doc.id))
    _write_parts(conn, batch)
    ids, added = _merge_claims(conn, batch)
    _link_conversions(conn, batch.claims, ids)
    return SaveResult(batch.doc.id, "reextracted", added)


def _document_row(conn: Connection, batch: Batch, digest: str) -> dict[str, Any]:
    doc = batch.doc
    return {
        "title": doc.title,
        "publisher_id": _publisher_id(conn, doc.publisher),
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
        "run_id": batch.run_id,
    }


def _publisher_id(conn: Connection, name: str | None) -> int | None:
    if not name or not name.strip():
        return None
    key = name.strip().casefold()
    statement = select(t.publishers.c.id).where(t.publishers.c.key == key)
    found = conn.execute(statement).scalar()
    if found is None:
        conn.execute(insert_ignore(conn, t.publishers), {"name": name.strip(), "key": key})
        found = conn.execute(statement).scalar_one()
    return int(found)


def _write_parts(conn: Connection, batch: Batch) -> None:
    _insert_sentences(conn, batch)
    _insert_mentions(conn, batch)
    keys = sorted(set(batch.band_keys))
    insert_rows(conn, t.doc_bands, ("band_key", "doc_id"), [(k, batch.doc.id) for k in keys])


_SENTENCE_COLUMNS = ("doc_id", "idx", "start", "end", "text")


def _insert_sentences(conn: Connection, batch: Batch) -> None:
    doc_id = batch.doc.id
    rows = [(doc_id, i, s.start, s.end, s.text) for i, s in enumerate(batch.sentences)]
    if conn.dialect.name != "postgresql":
        insert_rows(conn, t.sentences, _SENTENCE_COLUMNS, rows)
        conn.execute(_SQLITE_INDEX_SENTENCES, {"doc_id": doc_id})
        return
    # The tsvector comes from the same tokens FTS5 indexes (see store/search.py).
    with_tsv = [(*row, tsvector_literal(row[4])) for row in rows]
    insert_rows(conn, t.sentences, (*_SENTENCE_COLUMNS, "tsv"), with_tsv, {"tsv": "tsvector"})


def _insert_mentions(conn: Connection, batch: Batch) -> None:
    spans = [s for s in batch.spans if s[3].strip()]
    if not spans:
        return
    wanted = {(label, text.strip().casefold()): text.strip() for label, _, _, text in spans}
    ids = _entity_ids(conn, wanted.keys())
    missing = sorted(k for k in wanted if k not in ids)
    if missing:
        rows = [
            {"label": label, "key": key, "name": wanted[(label, key)]} for label, key in missing
        ]
        conn.execute(insert_ignore(conn, t.entities), rows)
        ids = _entity_ids(conn, wanted.keys())
    mentions = [
        (ids[(label, text.strip().casefold())], batch.doc.id, start, end)
        for label, start, end, text in spans
    ]
    insert_rows(conn, t.entity_mentions, ("entity_id", "doc_id", "start", "end"), mentions)


def _entity_ids(conn: Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    wanted = set(keys)
    e = t.entities.c
    found = conn.execute(
        select(e.id, e.label, e.key).where(e.key.in_(sorted({k for _, k in wanted})))
    )
    return {(row.label, row.key): row.id for row in found if (row.label, row.key) in wanted}


def _claim_rows(batch: Batch) -> list[dict[str, Any]]:
    index_of = {s.start: i for i, s in enumerate(batch.sentences)}
    return [_claim_row(batch, claim, n, index_of) for n, claim in enumerate(batch.claims)]


def _claim_row(batch: Batch, claim: Claim, ordinal: int, index_of: dict[int, int]) -> dict:
    low, high = claim.interval
    is_range = isinstance(claim.value, tuple)
    value_low, value_high = claim.value if isinstance(claim.value, tuple) else (None, None)
    return {
        "doc_id": batch.doc.id,
        "run_id": batch.run_id,
        "ordinal": ordinal,
        "kind": claim.kind,
        "value": None if is_range else claim.value,
        "value_low": value_low,
        "value_high": value_high,
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
        "interval_low": low,
        "interval_high": high,
        "rule": claim.rule,
        "evidence": dict(claim.evidence),
    }


def _insert_claims(conn: Connection, batch: Batch, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    ids = _next_claim_ids(conn, len(rows))
    columns = ("id", "status", *rows[0])
    values = [
        (i, "extracted", *(json.dumps(v) if k == "evidence" else v for k, v in row.items()))
        for i, row in zip(ids, rows, strict=True)
    ]
    insert_rows(conn, t.claims, columns, values)
    return ids


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


def _link_conversions(conn: Connection, claims: Sequence[Claim], ids: Sequence[int]) -> None:
    """``Claim.converts`` is an index into the document's claims; store it as a claim id."""
    links = [
        {"claim_id": ids[n], "target": ids[c.converts]}
        for n, c in enumerate(claims)
        if c.converts is not None and 0 <= c.converts < len(ids) and c.converts != n
    ]
    if links:
        statement = (
            update(t.claims)
            .where(t.claims.c.id == bindparam("claim_id"))
            .values(converts=bindparam("target"))
        )
        conn.execute(statement, links)


def _merge_claims(conn: Connection, batch: Batch) -> tuple[list[int], int]:
    """Match new claims to stored ones; returns the new claims' ids and how many were added."""
    old = conn.execute(
        select(t.claims).where(t.claims.c.doc_id == batch.doc.id).order_by(t.claims.c.id)
    ).all()
    matcher = _Matcher(old)
    rows = _claim_rows(batch)
    matched = [matcher.take(row) for row in rows]
    _update_matched(conn, [(m, r) for m, r in zip(matched, rows, strict=True) if m is not None])
    _drop_unreviewed(conn, [row.id for row in old if row.id not in matcher.used])
    fresh = [r for m, r in zip(matched, rows, strict=True) if m is None]
    fresh_ids = iter(_insert_claims(conn, batch, fresh))
    ids = [m if m is not None else next(fresh_ids) for m in matched]
    return ids, len(fresh)


class _Matcher:
    """Pairs new claims with stored ones: same kind and offsets, else same kind, value, quote."""

    def __init__(self, old: Sequence[Any]) -> None:
        self.by_span: dict[tuple, list[int]] = {}
        self.by_value: dict[tuple, list[int]] = {}
        for row in old:
            self.by_span.setdefault(_span_key(row._mapping), []).append(row.id)
            self.by_value.setdefault(_value_key(row._mapping), []).append(row.id)
        self.used: set[int] = set()

    def take(self, row: dict[str, Any]) -> int | None:
        for candidates in (self.by_span.get(_span_key(row)), self.by_value.get(_value_key(row))):
            for claim_id in candidates or ():
                if claim_id not in self.used:
                    self.used.add(claim_id)
                    return claim_id
        return None


def _span_key(row: Any) -> tuple:
    return (row["kind"], row["start"], row["end"])


def _value_key(row: Any) -> tuple:
    return (row["kind"], row["value"], row["value_low"], row["value_high"], row["quote"])


def _update_matched(conn: Connection, pairs: list[tuple[int, dict[str, Any]]]) -> None:
    if not pairs:
        return
    # bind names must differ from column names in an UPDATE ... SET
    names = [k for k in pairs[0][1] if k != "doc_id"] + ["converts"]
    rows = [
        {f"new_{k}": v for k, v in (row | {"converts": None}).items()} | {"claim_id": claim_id}
        for claim_id, row in pairs
    ]
    statement = (
        update(t.claims)
        .where(t.claims.c.id == bindparam("claim_id"))
        .values({name: bindparam(f"new_{name}") for name in names})
    )
    conn.execute(statement, rows)


def _drop_unreviewed(conn: Connection, claim_ids: list[int]) -> None:
    if claim_ids:
        conn.execute(
            delete(t.claims).where(t.claims.c.id.in_(claim_ids), t.claims.c.status == "extracted")
        )
