"""Index claims by (document, sentence, kind) for the search filters on kind and source.

Search keeps sentences holding a claim of a kind; with only (doc_id, sentence_idx) indexed
beside kind, SQLite chose the kind index and read every claim of that kind for each
candidate sentence (seconds per query). With kind in the composite index, it is one lookup.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_claims_doc_sentence", table_name="claims")
    op.create_index("ix_claims_doc_sentence_kind", "claims", ["doc_id", "sentence_idx", "kind"])


def downgrade() -> None:
    op.drop_index("ix_claims_doc_sentence_kind", table_name="claims")
    op.create_index("ix_claims_doc_sentence", "claims", ["doc_id", "sentence_idx"])
