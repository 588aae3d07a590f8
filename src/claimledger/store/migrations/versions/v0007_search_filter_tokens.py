"""Index filter tags beside each sentence's text, so search filters inside the index.

``sentences.tags`` holds the words of store/search.filter_tags: ``p<publisher id>`` and
``k<hex of the kind>`` for each kind of claim the sentence holds. FTS5 indexes them in a
second column (``tags``; FTS5 cannot add a column, so the table is made again and
rebuilt); PostgreSQL adds them to ``tsv`` as lexemes ``'#tag'``. Existing rows get their
tags from the stored documents and claims here, in SQL, the same words Python writes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"


def _sqlite_search(columns: str) -> tuple[str, ...]:
    """The FTS5 table over ``columns`` of sentences, filled, and the triggers that follow
    deletes and updates (inserts are indexed by the ledger: migration 0002)."""
    old = ", ".join(f"old.{c}" for c in columns.split(", "))
    new = ", ".join(f"new.{c}" for c in columns.split(", "))
    delete = (
        f"INSERT INTO sentences_fts(sentences_fts, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old});"
    )
    return (
        f"CREATE VIRTUAL TABLE sentences_fts USING fts5({columns}, content='sentences', "
        f"content_rowid='id', {_TOKENIZE})",
        "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')",
        f"CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN {delete} END",
        f"CREATE TRIGGER sentences_fts_update AFTER UPDATE OF {columns} ON sentences BEGIN "
        f"{delete} INSERT INTO sentences_fts(rowid, {columns}) VALUES (new.id, {new}); END",
    )


_SQLITE_DROP_SEARCH = (
    "DROP TRIGGER IF EXISTS sentences_fts_delete",
    "DROP TRIGGER IF EXISTS sentences_fts_update",
    "DROP TABLE IF EXISTS sentences_fts",
)
# The same words, in the same order, as search.filter_tags: publisher, then sorted kinds.
_SQLITE_TAGS = (
    "UPDATE sentences SET tags = trim("
    "coalesce((SELECT 'p' || d.publisher_id FROM documents d WHERE d.id = sentences.doc_id), '')"
    " || ' ' || coalesce((SELECT group_concat('k' || h, ' ') FROM (SELECT DISTINCT "
    "lower(hex(c.kind)) AS h FROM claims c WHERE c.doc_id = sentences.doc_id "
    "AND c.sentence_idx = sentences.idx ORDER BY h)), ''))"
)
_POSTGRES_TAGS = (
    "WITH tagged AS (SELECT s.id, concat_ws(' ', 'p' || d.publisher_id, "
    "(SELECT string_agg('k' || h, ' ' ORDER BY h) FROM (SELECT DISTINCT "
    "encode(convert_to(c.kind, 'UTF8'), 'hex') AS h FROM claims c "
    "WHERE c.doc_id = s.doc_id AND c.sentence_idx = s.idx) k)) AS tags "
    "FROM sentences s JOIN documents d ON d.id = s.doc_id) "
    "UPDATE sentences s SET tags = tagged.tags, tsv = s.tsv || array_to_tsvector("
    "ARRAY(SELECT '#' || w FROM unnest(string_to_array(tagged.tags, ' ')) w)) "
    "FROM tagged WHERE tagged.id = s.id AND tagged.tags <> ''"
)
_POSTGRES_UNTAG = (
    "UPDATE sentences SET tsv = ts_delete(tsv, "
    "ARRAY(SELECT '#' || w FROM unnest(string_to_array(tags, ' ')) w)) WHERE tags <> ''"
)
# The GIN index is made again after the update: cheaper than updating it row by row. The
# planner's statistics of tsv predate the tags: without them it misjudges filtered searches.
_POSTGRES_INDEX = (
    "CREATE INDEX ix_sentences_tsv ON sentences USING GIN (tsv)",
    "ANALYZE sentences",
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _SQLITE_DROP_SEARCH if sqlite else ("DROP INDEX ix_sentences_tsv",):
        op.execute(statement)
    op.add_column("sentences", sa.Column("tags", sa.Text(), nullable=False, server_default=""))
    for statement in _sqlite_search_with_tags() if sqlite else (_POSTGRES_TAGS, *_POSTGRES_INDEX):
        op.execute(statement)


def _sqlite_search_with_tags() -> tuple[str, ...]:
    return (_SQLITE_TAGS, *_sqlite_search("text, tags"))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _SQLITE_DROP_SEARCH if sqlite else (_POSTGRES_UNTAG,):
        op.execute(statement)
    op.execute("ALTER TABLE sentences DROP COLUMN tags")
    for statement in _sqlite_search("text") if sqlite else ():
        op.execute(statement)
