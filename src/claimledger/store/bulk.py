"""Plain ``executemany`` for the inserts that carry many rows per document.

SQLAlchemy processes every parameter of every row in Python; for sentences and claims,
tens of rows per document, that costs more than the database's own work. These rows hold
only plain values (numbers, strings, JSON already encoded), so they go to the driver as
tuples. Names come from schema.py, never from input; values are always bound.

On PostgreSQL even psycopg's pipelined executemany costs a round of work per row, so the
rows go as one array per column in a single ``INSERT .. SELECT FROM unnest(...)``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, Table


def insert_rows(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    casts: Mapping[str, str] | None = None,
) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order) into ``table`` in one statement.

    ``casts`` names the PostgreSQL type of columns that schema.py does not describe.
    """
    if not rows:
        return
    sql = _statement(conn.dialect, table, tuple(columns), tuple(sorted((casts or {}).items())))
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(sql, tuple(list(values) for values in zip(*rows, strict=True)))
    else:
        conn.exec_driver_sql(sql, list(rows))


@lru_cache(maxsize=64)
def _statement(
    dialect: Dialect, table: Table, columns: tuple[str, ...], casts: tuple[tuple[str, str], ...]
) -> str:
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in columns)
    types = [_type(dialect, table, name, dict(casts)) for name in columns]
    if dialect.name == "postgresql":
        arrays = ", ".join(f"%s::{kind}[]" for kind in types)
        return f"INSERT INTO {quote(table.name)} ({names}) SELECT * FROM unnest({arrays})"
    values = ", ".join("?" for _ in columns)
    return f"INSERT INTO {quote(table.name)} ({names}) VALUES ({values})"


def _type(dialect: Dialect, table: Table, name: str, casts: Mapping[str, str]) -> str:
    if name in casts:
        return casts[name]
    if name not in table.c:
        raise KeyError(f"{table.name} has no column {name}")
    return str(table.c[name].type.compile(dialect=dialect))
