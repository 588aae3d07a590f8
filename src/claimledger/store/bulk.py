"""Plain ``executemany`` for the inserts that carry many rows per document.

SQLAlchemy processes every parameter of every row in Python; for sentences and claims,
tens of rows per document, that costs more than the database's own work. These rows go
to the driver as tuples; only the columns whose type needs it (dates on SQLite, JSON on
both) go through the type's own bind processor, looked up once per statement. Names come
from schema.py, never from input; values are always bound.

On PostgreSQL even psycopg's pipelined executemany costs a round of work per row, so the
rows go as one array per column in a single ``INSERT .. SELECT FROM unnest(...)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Dialect, Table

Processor = Callable[[Any], Any]


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
    key = (conn.dialect, table, tuple(columns), tuple(sorted((casts or {}).items())))
    sql, processors = _statement(*key)
    if processors:
        rows = [_processed(row, processors) for row in rows]
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(sql, tuple(list(values) for values in zip(*rows, strict=True)))
    else:
        conn.exec_driver_sql(sql, list(rows))


@dataclass(frozen=True)
class Part:
    """Rows for one table: tuples in ``columns`` order (see ``insert_rows``)."""

    table: Table
    columns: tuple[str, ...]
    rows: Sequence[Sequence[Any]]
    casts: tuple[tuple[str, str], ...] = ()


def insert_all(conn: Connection, parts: Sequence[Part], returning: str = "") -> list[Any]:
    """Insert every part; on PostgreSQL in one statement (one round trip), each table's
    ``INSERT .. unnest`` in a ``WITH`` clause of the last one. Foreign keys are checked at
    the end of that statement, so parents may come in the same one as their children.

    ``returning`` (PostgreSQL, two parts or more): columns of the last part's new rows to
    return; otherwise nothing is returned."""
    parts = [part for part in parts if part.rows]
    if conn.dialect.name != "postgresql" or len(parts) < 2:
        for part in parts:
            insert_rows(conn, part.table, part.columns, part.rows, dict(part.casts))
        return []
    statements: list[str] = []
    params: list[list[Any]] = []
    for part in parts:
        sql, processors = _statement(conn.dialect, part.table, part.columns, part.casts)
        rows = [_processed(row, processors) for row in part.rows] if processors else part.rows
        statements.append(sql)
        params.extend(list(values) for values in zip(*rows, strict=True))
    sql = _with(tuple(statements)) + (f" RETURNING {returning}" if returning else "")
    result = conn.exec_driver_sql(sql, tuple(params))
    return list(result) if returning else []


@lru_cache(maxsize=64)
def _with(statements: tuple[str, ...]) -> str:
    clauses = ", ".join(f"i{n} AS ({sql})" for n, sql in enumerate(statements[:-1]))
    return f"WITH {clauses} {statements[-1]}"


def _processed(
    row: Sequence[Any], processors: tuple[tuple[int, Processor], ...]
) -> tuple[Any, ...]:
    values = list(row)
    for index, process in processors:
        if values[index] is not None:
            values[index] = process(values[index])
    return tuple(values)


@lru_cache(maxsize=64)
def _statement(
    dialect: Dialect, table: Table, columns: tuple[str, ...], casts: tuple[tuple[str, str], ...]
) -> tuple[str, tuple[tuple[int, Processor], ...]]:
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in columns)
    processors = tuple(
        (i, p) for i, name in enumerate(columns) if (p := _processor(dialect, table, name))
    )
    if dialect.name == "postgresql":
        types = [_type(dialect, table, name, dict(casts)) for name in columns]
        # %b: arrays go in binary; psycopg writes text arrays in Python, escaping each
        # element with regular expressions, which cost more than the database's own work
        arrays = ", ".join(f"%b::{kind}[]" for kind in types)
        sql = f"INSERT INTO {quote(table.name)} ({names}) SELECT * FROM unnest({arrays})"
        return sql, processors
    values = ", ".join("?" for _ in columns)
    return f"INSERT INTO {quote(table.name)} ({names}) VALUES ({values})", processors


def _processor(dialect: Dialect, table: Table, name: str) -> Processor | None:
    """JSON is encoded here on both databases; dates as SQLAlchemy stores them on SQLite."""
    if name not in table.c:
        return None
    kind = table.c[name].type
    if isinstance(kind, JSON):
        return json.dumps
    if dialect.name == "sqlite" and isinstance(kind, Date | DateTime):
        return kind.dialect_impl(dialect).bind_processor(dialect)
    return None


def _type(dialect: Dialect, table: Table, name: str, casts: Mapping[str, str]) -> str:
    if name in casts:
        return casts[name]
    if name not in table.c:
        raise KeyError(f"{table.name} has no column {name}")
    return str(table.c[name].type.compile(dialect=dialect))
