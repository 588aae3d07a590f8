"""The schema is created and upgraded by Alembic on open, idempotently, on both databases."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from claimledger.model import Document, Sentence
from claimledger.store import Ledger, migrate, schema
from claimledger.store.admin import empty
from claimledger.store.url import make_engine

TABLES = {
    "alembic_version",
    "audit_log",
    "claims",
    "doc_bands",
    "documents",
    "entities",
    "entity_mentions",
    "publishers",
    "runs",
    "sentences",
    "users",
}


@pytest.fixture()
def db_url(db_url: str) -> str:
    """Migrations start from an empty database: no tables at all, on both databases."""
    empty(db_url, drop_schema=True)
    return db_url


def inspect_db(db_url: str, fn: Any) -> Any:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return fn(conn)
    finally:
        engine.dispose()


def test_open_creates_the_schema_at_head(db_url: str) -> None:
    Ledger.open(db_url).close()
    names = inspect_db(db_url, lambda conn: set(inspect(conn).get_table_names()))
    assert names >= TABLES
    assert inspect_db(db_url, migrate.current) == migrate.head() == "0007"


def test_reopening_is_idempotent_and_keeps_data(db_url: str) -> None:
    with Ledger.open(db_url) as ledger:
        ledger.add_user("ana")
    for _ in range(2):
        with Ledger.open(db_url) as ledger:
            assert [u.name for u in ledger.users()] == ["ana"]
    assert inspect_db(db_url, migrate.current) == migrate.head()


def test_migrations_build_exactly_the_tables_in_schema_py(db_url: str) -> None:
    Ledger.open(db_url).close()

    def diff(conn: Any) -> list[Any]:
        context = MigrationContext.configure(conn, opts={"include_object": _portable})
        return compare_metadata(context, schema.metadata)

    assert inspect_db(db_url, diff) == []


def _portable(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Skip the search structures that only one database has (FTS5 tables, tsvector)."""
    if type_ == "table":
        return name == "alembic_version" or not (name or "").startswith(
            ("sentences_fts", "alembic")
        )
    if type_ == "column":
        return name != "tsv"
    if type_ == "index":
        return name != "ix_sentences_tsv"
    return True


def test_many_processes_opening_a_fresh_database_at_once(db_url: str) -> None:
    def open_and_count(_: int) -> int:
        with Ledger.open(db_url) as ledger:
            return ledger.stats().documents

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(open_and_count, range(4))) == [0, 0, 0, 0]


def test_a_ledger_from_the_first_schema_is_upgraded_with_its_data(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine, "0001")
        assert inspect_db(db_url, migrate.current) == "0001"
    finally:
        engine.dispose()
    with Ledger.open(db_url) as ledger:
        ledger.save(
            Document(id="d", text="Some 70 trucks waited."),
            [Sentence(0, 22, "Some 70 trucks waited.")],
            [],
            run=("x", "1"),
        )
        assert inspect_db(db_url, migrate.current) == migrate.head()
        assert [h.doc_id for h in ledger.search("trucks")] == ["d"]
