"""Full-text search over sentences: the one place where the two databases' SQL differs.

Ranking is computed over at most ``CANDIDATES`` matching sentences, the most recently
stored first. FTS5 can walk its matches in rowid order and stop early, so a query for a
word found in a million sentences costs the same as one found in a thousand; a full
relevance sort over every match would take seconds at that size. The final order is by
rank, then publication date, then document and sentence, so it is the same on both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Select,
    String,
    cast,
    column,
    exists,
    func,
    literal,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import TSQUERY

from claimledger.store import schema as t
from claimledger.store.queries import (
    Filters,
    byte_order,
    claim_conditions,
    document_conditions,
)
from claimledger.store.records import SearchHit
from claimledger.store.search import Query, snippet, to_fts5, to_tsquery

CANDIDATES = 2000
_FTS = table("sentences_fts", column("rowid"))


def search(
    conn: Connection, query: Query, filters: Filters, marks: tuple[str, str]
) -> list[SearchHit]:
    if not query.searchable:
        return []
    candidates = _candidates(conn, query, filters).subquery("hits")
    s = t.sentences.c
    statement = (
        select(
            s.doc_id,
            s.idx,
            s.start,
            s.end,
            s.text,
            t.documents.c.title,
            t.documents.c.published,
            t.publishers.c.name.label("publisher"),
            candidates.c.rank,
        )
        .join(candidates, candidates.c.id == s.id)
        .join(t.documents, t.documents.c.id == s.doc_id)
        .outerjoin(t.publishers, t.publishers.c.id == t.documents.c.publisher_id)
        .order_by(
            candidates.c.rank.desc(),
            t.documents.c.published.desc().nulls_last(),
            byte_order(conn, s.doc_id),
            s.idx,
        )
        .limit(filters.limit)
    )
    return [_hit(row, query, marks) for row in conn.execute(statement)]


def _hit(row: Any, query: Query, marks: tuple[str, str]) -> SearchHit:
    return SearchHit(
        doc_id=row.doc_id,
        title=row.title,
        publisher=row.publisher,
        published=row.published,
        sentence_index=row.idx,
        start=row.start,
        end=row.end,
        sentence=row.text,
        snippet=snippet(row.text, query, marks),
        rank=round(float(row.rank), 6),
    )


def _candidates(conn: Connection, query: Query, filters: Filters) -> Select[Any]:
    """Matching sentence ids with a rank (higher is better), filtered, newest first."""
    if conn.dialect.name == "postgresql":
        statement = _postgres_candidates(query)
    else:
        statement = _sqlite_candidates(query)
    return (
        statement.join(t.documents, t.documents.c.id == t.sentences.c.doc_id)
        .outerjoin(t.publishers, t.publishers.c.id == t.documents.c.publisher_id)
        .where(*document_conditions(filters), *_claim_filter(filters))
        .order_by(t.sentences.c.id.desc())
        .limit(CANDIDATES)
    )


def _sqlite_candidates(query: Query) -> Select[Any]:
    # bm25() is lower for better matches; negated so that higher is better on both databases.
    rank = cast(-literal_column("bm25(sentences_fts)"), Float).label("rank")
    return (
        select(t.sentences.c.id, rank)
        .select_from(_FTS)
        .join(t.sentences, t.sentences.c.id == _FTS.c.rowid)
        .where(text("sentences_fts MATCH :fts_query").bindparams(fts_query=to_fts5(query)))
    )


def _postgres_candidates(query: Query) -> Select[Any]:
    tsquery = cast(literal(to_tsquery(query), String), TSQUERY)
    tsv: ColumnElement[Any] = literal_column("sentences.tsv")
    rank = cast(func.ts_rank_cd(tsv, tsquery), Float).label("rank")
    return select(t.sentences.c.id, rank).where(tsv.op("@@")(tsquery))


def _claim_filter(filters: Filters) -> list[Any]:
    """Only sentences holding a claim of this kind or source (when those filters are set)."""
    conditions = claim_conditions(Filters(kind=filters.kind, source=filters.source))
    if not conditions:
        return []
    return [
        exists().where(
            t.claims.c.doc_id == t.sentences.c.doc_id,
            t.claims.c.sentence_idx == t.sentences.c.idx,
            *conditions,
        )
    ]
