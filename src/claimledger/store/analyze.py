"""Planner statistics on PostgreSQL: ANALYZE after bulk saves.

A server with autovacuum off (or lagging after a bulk load) keeps no statistics on the
tables an ingest fills, so the planner assumes they are tiny and scans: the near-duplicate
lookup read every document, search p95 was ~8x slower. The Ledger counts the documents it
saved and, after a commit, analyzes the tables the hot queries read once that count passes
a threshold growing with the table (as autoanalyze does), so the cost stays a small
fraction of the ingest. SQLite needs none of this: its planner copes without statistics.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Engine, Table, func, select, text
from sqlalchemy.exc import SQLAlchemyError

from claimledger.store import schema as t

FIRST_AFTER = 100  # documents saved before the first ANALYZE of a ledger session
GROWTH = 0.2  # then again once the saves reach this share of the documents last counted
# What near_duplicates, search and claims read (the rest are small or read by key), and of
# claims only the filtered and joined columns: its wide text and JSON columns tripled the cost.
_CLAIM_COLUMNS = (t.claims.c.id, t.claims.c.doc_id, t.claims.c.sentence_idx, t.claims.c.kind)
ANALYZED: tuple[tuple[Table, tuple[Column[Any], ...]], ...] = (
    (t.documents, ()),
    (t.doc_bands, ()),
    (t.sentences, ()),
    (t.claims, (*_CLAIM_COLUMNS, t.claims.c.status, t.claims.c.source_key)),
)


def analyze_due(saved_since: int, documents_at_last: int) -> bool:
    """Whether ``saved_since`` documents saved since the last ANALYZE (which counted
    ``documents_at_last`` documents; 0 if none ran) call for another."""
    return saved_since >= max(FIRST_AFTER, GROWTH * documents_at_last)


@dataclass
class Statistics:
    """Per-Ledger bookkeeping of saves since the last ANALYZE."""

    saved_since: int = 0
    documents_at_last: int = 0
    analyses: int = 0

    def saved(self) -> None:
        self.saved_since += 1

    def after_commit(self, engine: Engine) -> None:
        """ANALYZE the hot tables if due (PostgreSQL only)."""
        if engine.dialect.name != "postgresql":
            return
        if not analyze_due(self.saved_since, self.documents_at_last):
            return
        try:
            with engine.begin() as conn:
                self.documents_at_last = analyze(conn)
        except SQLAlchemyError:
            return  # the saves are committed; statistics only speed up reads: try next commit
        self.saved_since = 0
        self.analyses += 1


def analyze(conn: Connection) -> int:
    """ANALYZE the tables the hot queries read; the number of documents stored."""
    for table, columns in ANALYZED:
        conn.execute(text(_analyze_statement(conn, table, columns)))
    return int(conn.execute(select(func.count()).select_from(t.documents)).scalar_one())


def _analyze_statement(conn: Connection, table: Table, columns: tuple[Column[Any], ...]) -> str:
    """``ANALYZE table (columns)``; names come from schema.py, never from input."""
    quote = conn.dialect.identifier_preparer
    listed = ", ".join(quote.format_column(column) for column in columns)
    return f"ANALYZE {quote.format_table(table)}" + (f" ({listed})" if listed else "")
