"""One setting picks the database: a URL, checked and normalised here, turned into an Engine.

SQLite connections are set up for several processes sharing one file: WAL (readers never
block the writer), a long busy timeout (a second writer waits instead of failing), foreign
keys on, and transactions that start with ``BEGIN IMMEDIATE`` when they will write, so a
writer takes the lock up front instead of failing to upgrade a read lock halfway through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from claimledger.errors import StoreError

BUSY_TIMEOUT_MS = 60_000
PG_CONNECT_TIMEOUT_S = 5
PG_DRIVER = "postgresql+psycopg"
# Execution option a Connection sets to make its transactions start with BEGIN IMMEDIATE.
WRITE_OPTION = "claimledger_write"

_SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
_SQLITE_PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    # A larger page cache and memory-mapped reads: saves touch index pages all over a big
    # file (band keys, content hashes) and searches read scattered sentences.
    "PRAGMA cache_size = -131072",
    "PRAGMA mmap_size = 268435456",
)


def normalise_url(url: str) -> URL:
    """Parse a ledger URL; ``postgres://`` and bare ``postgresql://`` get the psycopg 3 driver.

    A bare path ending in .db, .sqlite or .sqlite3 is read as a SQLite file.
    """
    text = url.strip()
    if not text:
        raise StoreError("empty database URL; use sqlite:///PATH or postgresql://USER@HOST/DB")
    if "://" not in text and text.lower().endswith(_SQLITE_SUFFIXES):
        text = f"sqlite:///{Path(text).expanduser()}"
    for prefix in ("postgres://", "postgresql://"):
        if text.startswith(prefix):
            text = PG_DRIVER + "://" + text[len(prefix) :]
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise StoreError(
            f"invalid database URL {url!r}; use sqlite:///PATH or postgresql://USER@HOST:PORT/DB"
        ) from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"unsupported database {parsed.get_backend_name()!r} in {_safe(parsed)}; "
            "use sqlite:///PATH or postgresql://USER@HOST:PORT/DB"
        )
    return parsed


def make_engine(url: str) -> Engine:
    """An Engine for ``url``; creates a SQLite file's parent directory on first use."""
    parsed = normalise_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(parsed)
        return _postgres_engine(parsed)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"no database driver for {_safe(parsed)}: {exc}") from exc


def describe(url: URL | str) -> str:
    """The URL with any password hidden, for messages."""
    return _safe(url if isinstance(url, URL) else normalise_url(url))


def _safe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the directory for {path}: {exc.strerror}") from exc
        url = url.set(database=str(path))
    # The driver's own transaction handling is switched off (isolation_level=None) so that the
    # "begin" hook below decides how each transaction starts.
    engine = create_engine(url, connect_args={"isolation_level": None, "timeout": 60})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in _SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _postgres_engine(url: URL) -> Engine:
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True)
