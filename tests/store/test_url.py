"""Choosing the database by URL, and the errors a bad URL or a missing server give."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from claimledger.errors import StoreError
from claimledger.store import Ledger, normalise_url
from claimledger.store.url import describe, make_engine


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("postgres://ana@db.example:5433/ledger", "postgresql+psycopg"),
        ("postgresql://ana@db.example:5433/ledger", "postgresql+psycopg"),
        ("postgresql+psycopg://ana@db.example/ledger", "postgresql+psycopg"),
        ("sqlite:///relative/ledger.db", "sqlite"),
        ("sqlite+pysqlite:////abs/ledger.db", "sqlite+pysqlite"),
    ],
)
def test_urls_are_normalised(url: str, driver: str) -> None:
    parsed = normalise_url(url)
    assert parsed.drivername == driver
    assert parsed.database in ("ledger", "relative/ledger.db", "/abs/ledger.db")


def test_a_bare_path_is_a_sqlite_file(tmp_path: Path) -> None:
    parsed = normalise_url(str(tmp_path / "x.db"))
    assert (parsed.drivername, parsed.database) == ("sqlite", str(tmp_path / "x.db"))


def test_passwords_are_hidden_in_messages() -> None:
    assert "secret" not in describe("postgresql://ana:secret@h/db")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "empty database URL"),
        ("mysql://root@localhost/db", "unsupported database 'mysql'"),
        ("oracle+cx://x@y/z", "unsupported database"),
        ("postgresql+nosuchdriver://a@b/c", "no database driver"),
        ("::not a url::", "invalid database URL"),
    ],
)
def test_bad_urls_raise_store_errors(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Ledger.open(url)


def test_unreachable_server_is_a_clear_store_error() -> None:
    with pytest.raises(StoreError, match=r"cannot open the ledger at .*127\.0\.0\.1:1/") as info:
        Ledger.open("postgresql://postgres@127.0.0.1:1/nowhere")
    assert "\n" not in str(info.value)


def test_missing_postgres_database_is_named(pg_session_url: str) -> None:
    missing = pg_session_url.rsplit("/", 1)[0] + "/claimledger_no_such_db"
    with pytest.raises(StoreError, match="claimledger_no_such_db"):
        Ledger.open(missing)


def test_sqlite_parent_directories_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "ledger.db"
    Ledger.open(f"sqlite:///{path}").close()
    assert path.is_file()


def test_sqlite_directory_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create the directory"):
        Ledger.open(f"sqlite:///{tmp_path / 'file' / 'ledger.db'}")


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match="not a database"):
        Ledger.open(f"sqlite:///{path}")


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    try:
        with engine.connect() as conn:
            pragmas = [
                conn.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "foreign_keys", "busy_timeout")
            ]
    finally:
        engine.dispose()
    assert pragmas[0] == "wal" and pragmas[1] == 1 and pragmas[2] >= 10_000
