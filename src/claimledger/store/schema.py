"""The ledger's tables, defined once; migrations create them, queries and writes use them.

Dialect-specific search structures live beside these tables but outside this metadata,
because SQLAlchemy cannot describe them portably: on SQLite an FTS5 table ``sentences_fts``
over the columns ``text`` and ``tags`` (external content over ``sentences``, kept in sync by
triggers), on PostgreSQL a ``tsv`` column on ``sentences`` (the text's words and the tags)
with a GIN index. Both are created by the migrations.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

publishers = Table(
    "publishers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    # casefolded name: lookups and filters ignore case in every script, on both databases
    Column("key", Text, nullable=False, unique=True),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("extractor", String(100), nullable=False),
    Column("version", String(50), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("settings", JSON, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("title", Text),
    Column("publisher_id", Integer, ForeignKey("publishers.id"), index=True),
    Column("published", Date, index=True),
    Column("url", Text),
    Column("language", String(20)),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("original", Text),
    Column("original_bytes", LargeBinary),
    Column("text", Text, nullable=False),
    Column("body_start", Integer, nullable=False, default=0),
    Column("media_type", String(100), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column(
        "duplicate_of", String(255), ForeignKey("documents.id", ondelete="SET NULL"), index=True
    ),
    Column("signature", JSON),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    # where each page starts in ``text`` (paged sources such as PDF), else NULL
    Column("pages", JSON),
)

# MinHash LSH band keys: near-duplicate candidates are found through this index, not by a scan.
doc_bands = Table(
    "doc_bands",
    metadata,
    Column("band_key", String(100), primary_key=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sqlite_with_rowid=False,
)
Index("ix_doc_bands_doc_id", doc_bands.c.doc_id)

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    # filter words indexed beside the text (store/tags.py), so search filters in the index
    Column("tags", Text, nullable=False, server_default=""),
    UniqueConstraint("doc_id", "idx", name="uq_sentences_doc_idx"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("kind", String(30), nullable=False, index=True),
    Column("value", Float),
    Column("value_low", Float),
    Column("value_high", Float),
    Column("qualifier", String(30), nullable=False),
    Column("unit", String(30)),
    Column("subject", Text, nullable=False),
    Column("source", Text),
    Column("source_key", Text),
    Column("date", String(10)),
    Column("hedge", String(30), nullable=False),
    Column("quote", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence_idx", Integer),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("interval_low", Float),
    Column("interval_high", Float),
    Column("converts", Integer, ForeignKey("claims.id", ondelete="SET NULL")),
    Column("rule", String(200), nullable=False),
    Column("evidence", JSON, nullable=False),
    Column("status", String(20), nullable=False),
    Column("corrections", JSON),
    Column("reviewed_by", String(100)),
    Column("reviewed_at", DateTime(timezone=True)),
    CheckConstraint("status IN ('extracted', 'verified', 'corrected', 'rejected')", name="status"),
    sqlite_autoincrement=True,
)
Index("ix_claims_doc_sentence_kind", claims.c.doc_id, claims.c.sentence_idx, claims.c.kind)
Index("ix_claims_doc_ordinal", claims.c.doc_id, claims.c.ordinal)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("label", String(50), nullable=False),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False),
    UniqueConstraint("label", "key", name="uq_entities_label_key"),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)
Index("ix_entity_mentions_doc_id", entity_mentions.c.doc_id)
Index("ix_entity_mentions_entity_id", entity_mentions.c.entity_id)

# Append-only (triggers refuse UPDATE and DELETE). No foreign key to claims: the history of a
# claim must outlive the claim.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, nullable=False, index=True),
    Column("user", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("action", String(30), nullable=False),
    Column("before", JSON),
    Column("after", JSON),
    Column("note", Text),
    sqlite_autoincrement=True,
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    CheckConstraint("role IN ('viewer', 'reviewer', 'admin')", name="role"),
)
