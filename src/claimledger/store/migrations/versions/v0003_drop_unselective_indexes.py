"""Drop two claim indexes that no query can use but every insert pays for.

``source_key`` is matched with LIKE '%...%' (a part of the name), which no B-tree index
serves; ``status`` has four values, so filtering on it reads most rows either way.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_claims_source_key", table_name="claims")
    op.drop_index("ix_claims_status", table_name="claims")


def downgrade() -> None:
    op.create_index("ix_claims_status", "claims", ["status"])
    op.create_index("ix_claims_source_key", "claims", ["source_key"])
