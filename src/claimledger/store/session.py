"""Grouped writes: many documents' saves in one transaction, each still all-or-nothing.

A transaction per document costs more than the document's own rows when documents are
short (a commit writes every page it touched, FTS5 starts a new segment). Inside
``Ledger.grouped()`` saves share one transaction that commits every ``max_documents``
saves or ``max_seconds``, whichever comes first, and when the block ends. Each save runs
in a savepoint: a failing document is rolled back alone and the others stay. A process
killed mid-group loses the uncommitted saves of that group, never part of a document,
and running the ingest again stores them.

Concurrency: on SQLite the group holds the write lock until it commits (at most
``max_seconds``), and another writer waits for it. On PostgreSQL a save that would wait
for a document another process is saving first commits the group, so two ingests never
hold locks the other is waiting for.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from claimledger.store.rows import IdCache
from claimledger.store.url import WRITE_OPTION

T = TypeVar("T")

# Key in Connection.info: whether a save may block on another process's document lock
# (only when it holds no locks yet, i.e. first in its transaction).
MAY_WAIT = "claimledger_may_wait"
_SAVEPOINT = "SAVEPOINT claimledger_save"
_ROLLBACK_TO = "ROLLBACK TO SAVEPOINT claimledger_save"
_RELEASE = "RELEASE SAVEPOINT claimledger_save"


class LockBusy(Exception):
    """Another process holds the lock of a document this group wants to save."""


class Group:
    def __init__(
        self,
        engine: Engine,
        ids: IdCache,
        max_documents: int,
        max_seconds: float,
        on_commit: Callable[[], None] | None = None,
    ) -> None:
        self._engine = engine
        self._on_commit = on_commit
        self._ids = ids
        self._max_documents = max_documents
        self._max_seconds = max_seconds
        self._conn: Connection | None = None
        self._side: Connection | None = None
        self._count = 0
        self._started = 0.0

    @property
    def side_connection(self) -> Connection | None:
        """PostgreSQL: an autocommit connection for publishers and entities, which commit
        at once, so the group's long transaction never holds locks other saves need. Its
        commits need not wait for the disk: re-running an ingest re-adds what a server
        crash lost, and a save's own commit comes later in the log. None on SQLite."""
        if self._engine.dialect.name != "postgresql":
            return None
        if self._side is None:
            side = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            side.exec_driver_sql("SET synchronous_commit = off")
            self._side = side
        return self._side

    def close(self) -> None:
        """Close the side connection (the group's own is closed by commit or rollback)."""
        side, self._side = self._side, None
        if side is not None:
            side.close()

    @property
    def open_connection(self) -> Connection | None:
        """The connection of the open transaction, if one is open (reads use it)."""
        return self._conn

    def run(
        self,
        fn: Callable[[Connection], T],
        transient: Callable[[DBAPIError], bool],
        documents: int = 1,
    ) -> T:
        """Run ``fn`` (which saves ``documents``) in a savepoint of the group's transaction;
        commit when one is due."""
        try:
            result = self._in_savepoint(fn)
        except LockBusy:
            result = self._after_commit(fn)
        except DBAPIError as exc:
            if not transient(exc) or self._count == 0:
                raise
            result = self._after_commit(fn)
        self._count += documents
        if self._count >= self._max_documents or self._age() >= self._max_seconds:
            self.commit()
        return result

    def _after_commit(self, fn: Callable[[Connection], T]) -> T:
        """Commit what the group holds (releasing its locks), then try again first in line."""
        self.commit()
        return self._in_savepoint(fn)

    def _in_savepoint(self, fn: Callable[[Connection], T]) -> T:
        conn = self._connection()
        conn.info[MAY_WAIT] = self._count == 0
        # Plain SQL: SQLAlchemy's begin_nested() cost more per document than its rows.
        conn.exec_driver_sql(_SAVEPOINT)
        try:
            result = fn(conn)
        except BaseException:
            conn.exec_driver_sql(_ROLLBACK_TO)
            self._ids.begin()  # ids learned in this transaction may be gone
            raise
        conn.exec_driver_sql(_RELEASE)
        return result

    def _connection(self) -> Connection:
        if self._conn is None:
            conn = self._engine.connect()
            conn.execution_options(**{WRITE_OPTION: True})
            conn.begin()
            self._conn, self._count, self._started = conn, 0, time.monotonic()
        return self._conn

    def _age(self) -> float:
        return time.monotonic() - self._started

    def commit(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.commit()
        except BaseException:
            self._ids.begin()  # ids made in the failed transaction must not be reused
            raise
        else:
            self._ids.commit()
        finally:
            conn.close()
            self._count = 0
        if self._on_commit is not None:
            self._on_commit()

    def rollback(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._ids.begin()
            conn.rollback()
            conn.close()
