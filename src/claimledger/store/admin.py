"""Whole-database chores: create, drop and empty a ledger database (tests, resets).

Kept in store/ with the rest of the SQL. PostgreSQL identifiers are checked against a
strict pattern before they are put into a statement, since CREATE DATABASE takes no
bound parameters.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from claimledger.errors import StoreError
from claimledger.store import migrate, schema
from claimledger.store.url import describe, make_engine, normalise_url

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def create_database(admin_url: str, name: str) -> str:
    """Create PostgreSQL database ``name`` through ``admin_url``; returns the new URL."""
    _check_identifier(name)
    _admin(admin_url, f'CREATE DATABASE "{name}"')
    return normalise_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, name: str) -> None:
    """Drop PostgreSQL database ``name``, disconnecting whoever is still connected."""
    _check_identifier(name)
    _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def empty(url: str, *, drop_schema: bool = False) -> None:
    """Empty the ledger at ``url``: truncate its tables, or with ``drop_schema`` (or when
    it is not at the current schema) drop them; the next ``Ledger.open`` recreates them."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        _remove_sqlite(parsed.database or "")
        return
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            _empty_postgres(conn, drop_schema)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot empty {describe(url)}: {exc.__class__.__name__}") from exc
    finally:
        engine.dispose()


def _empty_postgres(conn: Connection, drop_schema: bool) -> None:
    if not drop_schema and migrate.current(conn) == migrate.head():
        # replica mode silences the append-only triggers of audit_log for this transaction
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        names = ", ".join(f'"{table.name}"' for table in schema.metadata.sorted_tables)
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        return
    conn.execute(text("DROP SCHEMA public CASCADE"))
    conn.execute(text("CREATE SCHEMA public"))


def _remove_sqlite(database: str) -> None:
    if not database or database == ":memory:":
        return
    for suffix in ("", "-wal", "-shm"):
        Path(database + suffix).unlink(missing_ok=True)


def _admin(admin_url: str, statement: str) -> None:
    engine = _autocommit_engine(admin_url)
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise StoreError(f"{statement!r} failed on {describe(admin_url)}: {reason}") from exc
    finally:
        engine.dispose()


def _autocommit_engine(admin_url: str) -> Engine:
    url = normalise_url(admin_url)
    if url.get_backend_name() != "postgresql":
        raise StoreError(f"{describe(url)} is not a PostgreSQL server")
    return create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})


def _check_identifier(name: str) -> None:
    if not _IDENTIFIER.match(name):
        raise StoreError(f"invalid database name {name!r}: use lower-case letters, digits, _")
