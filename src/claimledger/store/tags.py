"""Each sentence's filter tags (search.filter_tags): computed when it is written, and
brought up to date after a re-extraction, whose merge may keep claims the new extraction
does not have (reviewed ones).

Stored in ``sentences.tags`` and indexed beside the text (FTS5 column ``tags``; tsvector
lexemes ``'#tag'``), so search applies the publisher and kind filters inside the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select, text

from claimledger.model import Claim, Sentence
from claimledger.store import schema as t
from claimledger.store.search import filter_tags, tsvector_literal

_SQLITE_RETAG = text("UPDATE sentences SET tags = :tags WHERE id = :sentence_id")
_POSTGRES_RETAG = text(
    "UPDATE sentences SET tags = :tags, tsv = CAST(:tsv AS tsvector) WHERE id = :sentence_id"
)


def sentence_tags(
    sentences: Sequence[Sentence], claims: Sequence[Claim], publisher_id: int | None
) -> list[str]:
    """The tags of each sentence of a document about to be written with these claims."""
    # a claim's sentence is found by its start, as rows.claim_rows numbers it
    index_of = {s.start: i for i, s in enumerate(sentences)}
    kinds: dict[int, set[str]] = {}
    for claim in claims:
        idx = index_of.get(claim.sentence_start)
        # a claim without a kind is refused by the database (NOT NULL), not here
        if idx is not None and claim.kind is not None:
            kinds.setdefault(idx, set()).add(claim.kind)
    return [filter_tags(publisher_id, kinds.get(i, ())) for i in range(len(sentences))]


def retag(conn: Connection, doc_id: str) -> None:
    """Rewrite the tags of the document's sentences that no longer match its stored claims."""
    publisher_id = conn.execute(
        select(t.documents.c.publisher_id).where(t.documents.c.id == doc_id)
    ).scalar()
    kinds = _stored_kinds(conn, doc_id)
    s = t.sentences.c
    stored = conn.execute(select(s.id, s.idx, s.text, s.tags).where(s.doc_id == doc_id))
    changed = [
        (row, tags)
        for row in stored
        if (tags := filter_tags(publisher_id, kinds.get(row.idx, ()))) != row.tags
    ]
    if changed:
        _write(conn, changed)


def _stored_kinds(conn: Connection, doc_id: str) -> dict[int, set[str]]:
    c = t.claims.c
    rows = conn.execute(select(c.sentence_idx, c.kind).where(c.doc_id == doc_id).distinct())
    kinds: dict[int, set[str]] = {}
    for idx, kind in rows:
        kinds.setdefault(idx, set()).add(kind)
    return kinds


def _write(conn: Connection, changed: list[tuple[Any, str]]) -> None:
    """SQLite's update trigger re-indexes the row; PostgreSQL's tsvector is written here."""
    if conn.dialect.name != "postgresql":
        rows = [{"sentence_id": row.id, "tags": tags} for row, tags in changed]
        conn.execute(_SQLITE_RETAG, rows)
        return
    rows = [
        {"sentence_id": row.id, "tags": tags, "tsv": tsvector_literal(row.text, tags)}
        for row, tags in changed
    ]
    conn.execute(_POSTGRES_RETAG, rows)
