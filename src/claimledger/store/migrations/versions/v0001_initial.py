"""Initial ledger schema: documents, sentences, claims, entities, audit log, users, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Parents before children; dropped in the reverse order.
_TABLES = (
    "audit_log",
    "entities",
    "publishers",
    "runs",
    "users",
    "documents",
    "claims",
    "doc_bands",
    "entity_mentions",
    "sentences",
)

# Sentences are indexed by FTS5 with the unicode61 tokenizer; the Python tokenizer in
# store/search.py mirrors it so that PostgreSQL indexes exactly the same words.
_SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN "
    "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "END",
    "CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)

# The tsvector is written by the ledger from the same Python tokens (not by to_tsvector,
# whose parser splits "12.5" and "COVID-19" differently from FTS5).
_POSTGRES_SEARCH = (
    "ALTER TABLE sentences ADD COLUMN tsv tsvector NOT NULL DEFAULT ''::tsvector",
    "CREATE INDEX ix_sentences_tsv ON sentences USING GIN (tsv)",
    "CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()",
)


def upgrade() -> None:
    creators = (
        _create_audit_log,
        _create_entities,
        _create_publishers,
        _create_runs,
        _create_users,
        _create_documents,
        _create_claims,
        _create_doc_bands,
        _create_entity_mentions,
        _create_sentences,
    )
    for create in creators:
        create()
    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_SEARCH if dialect == "sqlite" else _POSTGRES_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS sentences_fts")
    for name in reversed(_TABLES):
        op.drop_table(name)
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse()")


def _create_audit_log() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_audit_log_claim_id"), "audit_log", ["claim_id"], unique=False)


def _create_entities() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entities")),
        sa.UniqueConstraint("label", "key", name="uq_entities_label_key"),
    )


def _create_publishers() -> None:
    op.create_table(
        "publishers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publishers")),
        sa.UniqueConstraint("key", name=op.f("uq_publishers_key")),
    )


def _create_runs() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("extractor", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=50), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runs")),
    )


def _create_users() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('viewer', 'reviewer', 'admin')", name=op.f("ck_users_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )


def _create_documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=255), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher_id", sa.Integer(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=20), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("original", sa.Text(), nullable=True),
        sa.Column("original_bytes", sa.LargeBinary(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("body_start", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duplicate_of", sa.String(length=255), nullable=True),
        sa.Column("signature", sa.JSON(), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["duplicate_of"],
            ["documents.id"],
            name=op.f("fk_documents_duplicate_of_documents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["publisher_id"], ["publishers.id"], name=op.f("fk_documents_publisher_id_publishers")
        ),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_documents_run_id_runs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_index(op.f("ix_documents_content_hash"), "documents", ["content_hash"], unique=False)
    op.create_index(op.f("ix_documents_duplicate_of"), "documents", ["duplicate_of"], unique=False)
    op.create_index(op.f("ix_documents_published"), "documents", ["published"], unique=False)
    op.create_index(op.f("ix_documents_publisher_id"), "documents", ["publisher_id"], unique=False)


def _create_claims() -> None:
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("value_low", sa.Float(), nullable=True),
        sa.Column("value_high", sa.Float(), nullable=True),
        sa.Column("qualifier", sa.String(length=30), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("source_key", sa.Text(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("hedge", sa.String(length=30), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("sentence_idx", sa.Integer(), nullable=True),
        sa.Column("sentence_start", sa.Integer(), nullable=True),
        sa.Column("sentence_end", sa.Integer(), nullable=True),
        sa.Column("interval_low", sa.Float(), nullable=True),
        sa.Column("interval_high", sa.Float(), nullable=True),
        sa.Column("converts", sa.Integer(), nullable=True),
        sa.Column("rule", sa.String(length=200), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("corrections", sa.JSON(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=100), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('extracted', 'verified', 'corrected', 'rejected')",
            name=op.f("ck_claims_status"),
        ),
        sa.ForeignKeyConstraint(
            ["converts"], ["claims.id"], name=op.f("fk_claims_converts_claims"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["doc_id"],
            ["documents.id"],
            name=op.f("fk_claims_doc_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_claims_run_id_runs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_claims_doc_ordinal", "claims", ["doc_id", "ordinal"], unique=False)
    op.create_index("ix_claims_doc_sentence", "claims", ["doc_id", "sentence_idx"], unique=False)
    op.create_index(op.f("ix_claims_kind"), "claims", ["kind"], unique=False)
    op.create_index(op.f("ix_claims_source_key"), "claims", ["source_key"], unique=False)
    op.create_index(op.f("ix_claims_status"), "claims", ["status"], unique=False)


def _create_doc_bands() -> None:
    op.create_table(
        "doc_bands",
        sa.Column("band_key", sa.String(length=100), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"],
            ["documents.id"],
            name=op.f("fk_doc_bands_doc_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("band_key", "doc_id", name=op.f("pk_doc_bands")),
    )
    op.create_index("ix_doc_bands_doc_id", "doc_bands", ["doc_id"], unique=False)


def _create_entity_mentions() -> None:
    op.create_table(
        "entity_mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"],
            ["documents.id"],
            name=op.f("fk_entity_mentions_doc_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            name=op.f("fk_entity_mentions_entity_id_entities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entity_mentions")),
    )
    op.create_index("ix_entity_mentions_doc_id", "entity_mentions", ["doc_id"], unique=False)
    op.create_index("ix_entity_mentions_entity_id", "entity_mentions", ["entity_id"], unique=False)


def _create_sentences() -> None:
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"],
            ["documents.id"],
            name=op.f("fk_sentences_doc_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sentences")),
        sa.UniqueConstraint("doc_id", "idx", name="uq_sentences_doc_idx"),
    )
