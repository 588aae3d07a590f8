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
from typing import Any

from sqlalchemy import Connection, Table


def insert_rows(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    casts: Mapping[str, str] | None = None,
) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order) into ``table`` with one executemany."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        arrays = [list(values) for values in zip(*rows, strict=True)]
        conn.exec_driver_sql(_unnest_statement(conn, table, columns, casts or {}), tuple(arrays))
        return
    conn.exec_driver_sql(_statement(conn, table, columns, casts or {}), list(rows))


def _unnest_statement(
    conn: Connection, table: Table, columns: Sequence[str], casts: Mapping[str, str]
) -> str:
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in columns)
    arrays = ", ".join(f"%s::{_pg_type(conn, table, name, casts)}[]" for name in columns)
    return f"INSERT INTO {quote(table.name)} ({names}) SELECT * FROM unnest({arrays})"


def _pg_type(conn: Connection, table: Table, name: str, casts: Mapping[str, str]) -> str:
    if name in casts:
        return casts[name]
    if name not in table.c:
        raise KeyError(f"{table.name} has no column {name}")
    return str(table.c[name].type.compile(dialect=conn.dialect))


def _statement(
    conn: Connection, table: Table, columns: Sequence[str], casts: Mapping[str, str]
) -> str:
    quote = conn.dialect.identifier_preparer.quote
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    for name in columns:
        if name not in table.c and name not in casts:
            raise KeyError(f"{table.name} has no column {name}")
    names = ", ".join(quote(name) for name in columns)
    values = ", ".join(
        f"CAST({marker} AS {casts[name]})" if name in casts else marker for name in columns
    )
    return f"INSERT INTO {quote(table.name)} ({names}) VALUES ({values})"
