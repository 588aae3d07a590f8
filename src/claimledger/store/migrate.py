"""Bring a database to the newest schema with Alembic, safely when several processes open it.

The migrations ship inside the package (``store/migrations``) so this works from an
installed wheel. Upgrading runs in one write transaction that first takes a lock (SQLite:
``BEGIN IMMEDIATE``; PostgreSQL: an advisory lock), so two processes opening a fresh
database at once do not both try to create it; the second finds it at head and does nothing.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from claimledger.store.url import WRITE_OPTION

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"
# Any fixed 64-bit number; it names the lock that serialises schema upgrades on PostgreSQL.
_PG_MIGRATION_LOCK = 7_431_206_155


def head() -> str | None:
    """The newest revision shipped with this version of claimledger."""
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current(connection: Connection) -> str | None:
    """The revision the database is at (None for an empty database)."""
    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def upgrade(engine: Engine, target: str | None = None) -> None:
    """Create or migrate the schema to ``target`` (default: head); one read when it is there."""
    target = target or head()
    with engine.connect() as connection:
        if current(connection) == target:
            return
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
                )
            command.upgrade(_config(connection), target or "head")


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config
