"""The schema is created and upgraded by Alembic on open, idempotently, on both databases."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, inspect, select, text
from storekit import assert_index_is_sound

from claimledger.model import Document, Sentence
from claimledger.store import Ledger, migrate, schema
from claimledger.store.admin import empty
from claimledger.store.search import filter_tags, tsvector_literal
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


def test_a_populated_ledger_at_0006_gets_its_filter_tags(db_url: str) -> None:
    at_revision(db_url, "0006", fill_0006)
    with Ledger.open(db_url) as ledger:
        assert [h.sentence_index for h in ledger.search("trucks", kind="count")] == [0, 1]
        assert [h.sentence_index for h in ledger.search("trucks", kind="money")] == [1]
        assert ledger.search("trucks", publisher="north post", kind="money") == []
        assert len(ledger.search("trucks", publisher="SOUTH POST")) == 2
    # the very words the ledger writes for new sentences
    assert inspect_db(db_url, stored_tags) == [
        ("a", 0, filter_tags(SOUTH, ["count"])),
        ("a", 1, filter_tags(SOUTH, ["money", "count"])),
        ("b", 0, filter_tags(None, [])),
    ]
    assert_index_is_sound(db_url)


def test_filter_tags_are_undone_and_made_again(db_url: str) -> None:
    at_revision(db_url, "0006", fill_0006)
    Ledger.open(db_url).close()
    at_revision(db_url, "0006", lambda conn: None)
    names = inspect_db(
        db_url, lambda conn: {c["name"] for c in inspect(conn).get_columns("sentences")}
    )
    assert "tags" not in names
    assert inspect_db(
        db_url, lambda conn: conn.execute(text(_RAW_SEARCH[conn.dialect.name])).all()
    ) == [(3,)]
    with Ledger.open(db_url) as ledger:
        assert len(ledger.search("trucks", publisher="south post", kind="money")) == 1
    assert_index_is_sound(db_url)


SOUTH = 2
# "trucks" straight from the index as migration 0006 left it (no tags anywhere)
_RAW_SEARCH = {
    "sqlite": "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'trucks OR vans'",
    "postgresql": "SELECT count(*) FROM sentences WHERE tsv @@ 'trucks | vans'::tsquery "
    "AND tsv::text NOT LIKE '%#%'",
}


def at_revision(db_url: str, revision: str, fill: Any) -> None:
    """Bring the database to ``revision`` (up or down), then ``fill`` it."""
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            config = migrate._config(conn)
            if migrate.current(conn) is None:
                command.upgrade(config, revision)
            else:
                command.downgrade(config, revision)
            fill(conn)
    finally:
        engine.dispose()


def fill_0006(conn: Any) -> None:
    """Two documents written as the ledger wrote them at 0006 (no tags), one without a
    publisher; sentence a/1 holds two claims of different kinds."""
    now = datetime.now(UTC)
    run = {"id": 1, "extractor": "x", "version": "1", "started_at": now, "settings": {}}
    conn.execute(insert(schema.runs), run)
    publishers = [{"id": 1, "name": "North Post", "key": "north post"}]
    conn.execute(
        insert(schema.publishers),
        [*publishers, {"id": SOUTH, "name": "South Post", "key": "south post"}],
    )
    for doc_id, publisher in (("a", SOUTH), ("b", None)):
        conn.execute(insert(schema.documents), _document(doc_id, publisher, now))
    sentences = [
        ("a", 0, "Some 70 trucks waited."),
        ("a", 1, "Trucks cost $9 for 40 people."),
        ("b", 0, "Vans and trucks."),
    ]
    for sentence_id, (doc_id, idx, words) in enumerate(sentences, start=1):
        row = {
            "id": sentence_id,
            "doc_id": doc_id,
            "idx": idx,
            "start": 0,
            "end": len(words),
            "text": words,
        }
        conn.execute(insert(schema.sentences), row)
        _index_0006(conn, sentence_id, words)
    claims = [("a", 0, "count"), ("a", 1, "money"), ("a", 1, "count")]
    for ordinal, (doc_id, idx, kind) in enumerate(claims):
        conn.execute(insert(schema.claims), _claim(doc_id, idx, kind, ordinal))


def _index_0006(conn: Any, sentence_id: int, words: str) -> None:
    if conn.dialect.name == "sqlite":
        statement = "INSERT INTO sentences_fts(rowid, text) VALUES (:id, :words)"
        conn.execute(text(statement), {"id": sentence_id, "words": words})
    else:
        statement = "UPDATE sentences SET tsv = CAST(:tsv AS tsvector) WHERE id = :id"
        conn.execute(text(statement), {"id": sentence_id, "tsv": tsvector_literal(words)})


def _document(doc_id: str, publisher: int | None, now: datetime) -> dict[str, Any]:
    return {
        "id": doc_id,
        "publisher_id": publisher,
        "published": date(2025, 1, 1),
        "content_hash": doc_id * 64,
        "text": "",
        "body_start": 0,
        "media_type": "text/plain",
        "ingested_at": now,
        "run_id": 1,
    }


def _claim(doc_id: str, idx: int, kind: str, ordinal: int) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "run_id": 1,
        "ordinal": ordinal,
        "kind": kind,
        "qualifier": "exact",
        "subject": "trucks",
        "hedge": "asserted",
        "quote": "70",
        "start": 0,
        "end": 2,
        "sentence_idx": idx,
        "rule": "test",
        "evidence": {},
        "status": "extracted",
    }


def stored_tags(conn: Any) -> list[tuple[str, int, str]]:
    s = schema.sentences.c
    rows = conn.execute(select(s.doc_id, s.idx, s.tags).order_by(s.doc_id, s.idx))
    return [tuple(row) for row in rows]
