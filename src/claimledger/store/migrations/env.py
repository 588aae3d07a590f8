"""Alembic environment: migrations run on the connection the Ledger hands over.

The Ledger runs migrations programmatically (``claimledger.store.migrate.upgrade``), inside
the transaction and lock it already holds, so this module never opens a connection itself.
"""

from __future__ import annotations

from alembic import context

from claimledger.store.schema import metadata

VERSION_TABLE = "alembic_version"


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
