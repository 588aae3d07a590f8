"""The reads every saved document makes, as plain driver SQL (one statement each).

An ingest runs these once or twice per document; through SQLAlchemy Core each cost more in
Python (compiling, result processing) than in the database. The statements are fixed text
(no input in them), written once for both databases: ``?`` placeholders become ``%s`` on
PostgreSQL, and a list of keys is one array parameter there, ``?`` per key on SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

_ENTITY_IDS = 'SELECT e.label, e."key", e.id FROM entities e WHERE e."key" {keys}'
_STORED_VERSIONS = (
    "SELECT d.content_hash, d.id, r.version FROM documents d JOIN runs r ON r.id = d.run_id "
    "WHERE d.content_hash {keys}"
)
_KNOWN = (
    "SELECT d.id, d.content_hash, r.version FROM documents d JOIN runs r ON r.id = d.run_id "
    "WHERE d.id = ? OR d.content_hash = ?"
)
_KNOWN_MANY = (
    "SELECT d.id, d.content_hash, r.version FROM documents d JOIN runs r ON r.id = d.run_id "
    "WHERE d.id {ids} OR d.content_hash {digests}"
)
# Driven by the doc_bands primary key on both databases; a duplicate_of filter here made
# PostgreSQL scan every document (its estimate for it is poor), so duplicates are left out
# in Python from the few candidates.
_NEAR_DUPLICATES = (
    "SELECT d.id, d.signature, d.duplicate_of FROM documents d "
    "WHERE d.id IN (SELECT b.doc_id FROM doc_bands b WHERE b.band_key {keys})"
)


def stored_versions(conn: Connection, digests: Sequence[str]) -> list[tuple[str, str, str]]:
    """(text hash, id, extractor version) of every document with one of these text hashes."""
    keys = sorted(set(digests))
    rows = _run(conn, _STORED_VERSIONS.format(keys=_in(conn, keys)), _params(conn, keys))
    return [(row[0], row[1], row[2]) for row in rows]


def known(conn: Connection, doc_id: str, digest: str) -> list[tuple[str, str, str]]:
    """(id, content hash, version) of the document with this id or with this text."""
    return [(row[0], row[1], row[2]) for row in _run(conn, _KNOWN, (doc_id, digest))]


def known_many(
    conn: Connection, doc_ids: Sequence[str], digests: Sequence[str]
) -> list[tuple[str, str, str]]:
    """``known`` for many documents at once."""
    ids, texts = sorted(set(doc_ids)), sorted(set(digests))
    sql = _KNOWN_MANY.format(ids=_in(conn, ids), digests=_in(conn, texts))
    rows = _run(conn, sql, _params(conn, ids) + _params(conn, texts))
    return [(row[0], row[1], row[2]) for row in rows]


def near_duplicates(conn: Connection, band_keys: Sequence[str]) -> list[tuple[str, Any]]:
    """(id, signature) of originals (not duplicates) sharing at least one band key."""
    keys = sorted(set(band_keys))
    rows = _run(conn, _NEAR_DUPLICATES.format(keys=_in(conn, keys)), _params(conn, keys))
    return [(row[0], _json(row[1])) for row in rows if row[2] is None]


def entity_ids(conn: Connection, keys: Sequence[str]) -> list[tuple[str, str, int]]:
    """(label, key, id) of the entities with these keys (any label)."""
    rows = _run(conn, _ENTITY_IDS.format(keys=_in(conn, keys)), _params(conn, keys))
    return [(row[0], row[1], int(row[2])) for row in rows]


def _in(conn: Connection, values: Sequence[Any]) -> str:
    """``IN (?, ...)`` on SQLite, ``= ANY(?)`` (one array) on PostgreSQL."""
    if conn.dialect.name == "postgresql":
        return "= ANY(?)"
    return "IN (" + ", ".join("?" for _ in values) + ")"


def _params(conn: Connection, values: Sequence[Any]) -> tuple[Any, ...]:
    return (list(values),) if conn.dialect.name == "postgresql" else tuple(values)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _run(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
    return list(conn.exec_driver_sql(_for(conn.dialect.name, sql), params))


@lru_cache(maxsize=128)
def _for(dialect: str, sql: str) -> str:
    return sql.replace("?", "%s") if dialect == "postgresql" else sql
