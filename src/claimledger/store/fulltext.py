"""Full-text search over sentences: the one place where the two databases' SQL differs.

The database finds matching sentences (FTS5 ``MATCH`` / tsvector ``@@``), newest first, at
most ``CANDIDATES`` of them; ``search.rank`` orders those in Python. FTS5 walks its
matches in rowid order and stops at the limit, so a word found in a million sentences
costs about what a rare one does. Its own ranking, bm25(), needs each term's count over
the whole index and cost 15 ms and more per query at a million sentences; ranking here is
also the same on SQLite and PostgreSQL, so both return the same hits in the same order.

The publisher and kind filters are part of the full-text query (each sentence's filter tags,
store/tags.py): applied afterwards, one match at a time, a selective filter read every match
of the words before it found its 200 (or none).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
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
from claimledger.store.queries import Filters, claim_conditions, document_conditions
from claimledger.store.records import SearchHit
from claimledger.store.search import (
    Query,
    kind_tag,
    publisher_tag,
    rank,
    snippet,
    to_fts5,
    to_tsquery,
)

# Matching sentences ranked per query. Measured on 1M sentences (100k documents) on SQLite:
# 200 keeps the 95th percentile of 1,000 varied queries far under 50 ms.
CANDIDATES = 200
# PostgreSQL: sentences looked through newest first before the GIN index is asked for all
# matches; about 20 ms of walking at 100,000 documents (see _newest_first).
RECENT_SENTENCES = 30_000
_FTS = table("sentences_fts", column("rowid"))


def search(
    conn: Connection, query: Query, filters: Filters, marks: tuple[str, str]
) -> list[SearchHit]:
    if not query.searchable:
        return []
    tags = _filter_tags(conn, filters)
    if tags is None:
        return []
    statement = _candidates(conn, query, filters, tags)
    if conn.dialect.name == "postgresql":
        rows = _newest_first(conn, statement)
    else:
        rows = list(conn.execute(statement).all())
    scored = sorted(((rank(row.text, query), row) for row in rows), key=_order)
    return [_hit(row, score, query, marks) for score, row in scored[: filters.limit]]


def _filter_tags(conn: Connection, filters: Filters) -> list[str] | None:
    """The tags a matching sentence must carry for the publisher and kind filters (None: no
    publisher by that name, so nothing matches)."""
    tags = []
    if filters.publisher is not None:
        key = filters.publisher.strip().casefold()
        found = conn.execute(select(t.publishers.c.id).where(t.publishers.c.key == key)).scalar()
        if found is None:
            return None
        tags.append(publisher_tag(found))
    if filters.kind is not None:
        tags.append(kind_tag(filters.kind))
    return tags


def _newest_first(conn: Connection, statement: Select[Any]) -> list[Any]:
    """PostgreSQL: the newest ``CANDIDATES`` matches, looked for among the newest
    ``RECENT_SENTENCES`` sentences first (a short walk back along the primary key), then,
    when those hold fewer, among all matches through the GIN index.

    Left to itself the planner guessed per query: it walked the primary key back for word
    and tag combinations it wrongly thought common, filtering all 1.45M sentences (1 s at
    100,000 documents), or read every match of a common word through the index. Both
    steps give exactly the newest matches: those past the window are all older.
    """
    newest = conn.execute(select(func.max(t.sentences.c.id))).scalar() or 0
    window = statement.where(t.sentences.c.id > newest - RECENT_SENTENCES)
    rows = conn.execute(window).all()
    if len(rows) >= CANDIDATES:
        return list(rows)
    # "+ 0": an order the primary key cannot give, so the GIN index finds the matches
    unordered = statement.order_by(None).order_by((t.sentences.c.id + literal_column("0")).desc())
    return list(conn.execute(unordered).all())


def _order(pair: tuple[float, Any]) -> tuple[Any, ...]:
    score, row = pair
    published = row.published.toordinal() if row.published else 0
    return (-score, -published, row.doc_id.encode(), row.idx)


def _hit(row: Any, score: float, query: Query, marks: tuple[str, str]) -> SearchHit:
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
        rank=score,
    )


def _candidates(conn: Connection, query: Query, filters: Filters, tags: list[str]) -> Select[Any]:
    """The newest matching sentences that pass the filters, with their document's fields.

    The publisher and kind filters are in the full-text query itself (``tags``), so the
    index hands back only sentences that pass them; dates, source and duplicates are checked
    on each match."""
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
        )
        .join(t.documents, t.documents.c.id == s.doc_id)
        .outerjoin(t.publishers, t.publishers.c.id == t.documents.c.publisher_id)
        # the publisher is a tag in the full-text query: its name here too made PostgreSQL
        # start from the publisher's documents (460 ms for a word and a big publisher)
        .where(*document_conditions(replace(filters, publisher=None)), *_claim_filter(filters))
        .limit(CANDIDATES)
    )
    if conn.dialect.name == "postgresql":
        tsquery = cast(literal(to_tsquery(query, tags), String), TSQUERY)
        tsv: ColumnElement[Any] = literal_column("sentences.tsv")
        return statement.where(tsv.op("@@")(tsquery)).order_by(s.id.desc())
    # FTS5 hands back matches in rowid order itself: no sort, and it stops at the limit
    match = text("sentences_fts MATCH :fts_query").bindparams(fts_query=to_fts5(query, tags))
    return statement.join(_FTS, _FTS.c.rowid == s.id).where(match).order_by(_FTS.c.rowid.desc())


def _claim_filter(filters: Filters) -> list[Any]:
    """Only sentences holding a claim of this source (and kind, which must be the same
    claim's); a kind alone is a tag."""
    if filters.source is None:
        return []
    conditions = claim_conditions(Filters(kind=filters.kind, source=filters.source))
    return [
        exists().where(
            t.claims.c.doc_id == t.sentences.c.doc_id,
            t.claims.c.sentence_idx == t.sentences.c.idx,
            *conditions,
        )
    ]
