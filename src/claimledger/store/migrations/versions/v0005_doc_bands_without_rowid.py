"""SQLite: keep the MinHash band keys in one B-tree (WITHOUT ROWID) instead of two.

Every document writes 32 band keys at random places in the key order; as a rowid table
with a primary-key index each key touched two B-trees, which doubled the pages a save
wrote. PostgreSQL is unchanged.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _rebuild(without_rowid: bool) -> None:
    suffix = " WITHOUT ROWID" if without_rowid else ""
    for statement in (
        "CREATE TABLE doc_bands_new (band_key VARCHAR(100) NOT NULL, "
        "doc_id VARCHAR(255) NOT NULL, "
        "CONSTRAINT pk_doc_bands PRIMARY KEY (band_key, doc_id), "
        "CONSTRAINT fk_doc_bands_doc_id_documents FOREIGN KEY(doc_id) "
        f"REFERENCES documents (id) ON DELETE CASCADE){suffix}",
        "INSERT INTO doc_bands_new (band_key, doc_id) SELECT band_key, doc_id FROM doc_bands",
        "DROP TABLE doc_bands",
        "ALTER TABLE doc_bands_new RENAME TO doc_bands",
        "CREATE INDEX ix_doc_bands_doc_id ON doc_bands (doc_id)",
    ):
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(without_rowid=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(without_rowid=False)
