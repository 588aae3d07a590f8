"""The Ledger: the one object the rest of claimledger uses to store and find claims.

Every write goes through ``_write``: one transaction (``BEGIN IMMEDIATE`` on SQLite), retried
when the database reports a transient conflict (a lock held too long by another process, a
PostgreSQL deadlock). Every database error leaves as a ``StoreError`` with a clear message.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from types import TracebackType
from typing import TypeVar

from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from claimledger.errors import ClaimledgerError, StoreError
from claimledger.model import Claim, Document, Sentence
from claimledger.store import fulltext, migrate, queries, rows, writes
from claimledger.store import schema as t
from claimledger.store.analyze import Statistics
from claimledger.store.records import (
    ROLES,
    AuditEntry,
    DocumentSummary,
    LedgerStats,
    RunInfo,
    SaveResult,
    SearchHit,
    StoredClaim,
    StoredDocument,
    ToSave,
    User,
)
from claimledger.store.review import check_review, review_update
from claimledger.store.search import parse_query
from claimledger.store.session import MAY_WAIT, Group
from claimledger.store.url import WRITE_OPTION, describe, make_engine

T = TypeVar("T")

WRITE_ATTEMPTS = 8
_BACKOFF_S = 0.05
# SQLSTATEs worth retrying: serialization failure, deadlock.
_TRANSIENT_STATES = {"40001", "40P01"}


class Ledger:
    """A ledger of documents and their claims in SQLite or PostgreSQL.

    >>> with Ledger.open("sqlite:///ledger.db") as ledger:  # doctest: +SKIP
    ...     ledger.claims(kind="money", since=date(2025, 1, 1))
    """

    def __init__(self, engine: Engine, url: str) -> None:
        self._engine = engine
        self.url = url
        self._runs: dict[tuple[str, str, str], int] = {}
        self._ids = rows.IdCache()
        self._group: Group | None = None
        self.planner_statistics = Statistics()

    @classmethod
    def open(cls, url: str) -> Ledger:
        """Connect to ``url`` and create or migrate the schema (idempotent)."""
        engine = make_engine(url)
        where = describe(url)
        try:
            with engine.connect():
                pass
            migrate.upgrade(engine)
        except (SQLAlchemyError, CommandError) as exc:
            engine.dispose()
            raise StoreError(f"cannot open the ledger at {where}: {_reason(exc)}") from exc
        return cls(engine, where)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._engine.dialect.name

    # ------------------------------------------------------------ writing

    def save(
        self,
        doc: Document,
        sentences: Sequence[Sentence],
        claims: Sequence[Claim],
        spans: Sequence[tuple[str, int, int, str]] = (),
        *,
        run: RunInfo | tuple[str, str],
        signature: tuple[int, ...] = (),
        band_keys: Sequence[str] = (),
        duplicate_of: str | None = None,
        original_bytes: bytes | None = None,
    ) -> SaveResult:
        """Store a document with its sentences, claims and entity mentions in one transaction.

        Identical text already stored: nothing is written (``unchanged``). The same id stored
        by an older extractor version, or with other text: re-extracted, keeping review
        decisions (``reextracted``). Otherwise ``added``, or ``duplicate`` when
        ``duplicate_of`` names the original this document re-posts. ``run`` is a RunInfo
        or an ``(extractor, version)`` pair.
        """
        item = ToSave(
            doc, sentences, claims, spans, signature, band_keys, duplicate_of, original_bytes
        )
        batch = self._batch(item, run)
        result = self._save_one(batch)
        if self._group is None:
            self._after_commit()
        return result

    def save_many(
        self, items: Sequence[ToSave], *, run: RunInfo | tuple[str, str]
    ) -> list[SaveResult | StoreError]:
        """``save`` for many documents, in one transaction (or one savepoint of a group):
        far fewer statements than one save each. Each document is stored whole or not at
        all; one that cannot be stored gets its StoreError in the list and the others are
        stored (they are then saved one by one)."""
        batches = [self._batch(item, run) for item in items]
        try:
            results: list[SaveResult | StoreError] = list(
                self._write(
                    lambda conn: self._all_counted(writes.save_documents(conn, batches)),
                    documents=len(batches),
                )
            )
        except StoreError:
            results = [self._save_alone(batch) for batch in batches]
        if self._group is None:
            self._after_commit()
        return results

    def _save_one(self, batch: rows.Batch) -> SaveResult:
        return self._write(
            lambda conn: self._counted(writes.save_document(conn, batch)),
            batch.doc.path or batch.doc.id,
        )

    def _save_alone(self, batch: rows.Batch) -> SaveResult | StoreError:
        try:
            return self._save_one(batch)
        except StoreError as error:
            return error

    def _all_counted(self, results: list[SaveResult]) -> list[SaveResult]:
        return [self._counted(result) for result in results]

    def _batch(self, item: ToSave, run: RunInfo | tuple[str, str]) -> rows.Batch:
        if not isinstance(run, RunInfo):
            run = RunInfo(*run)
        return rows.Batch(
            doc=item.doc,
            sentences=item.sentences,
            claims=item.claims,
            spans=item.spans,
            run=run,
            run_id=self._run_id(run),
            signature=item.signature,
            band_keys=item.band_keys,
            duplicate_of=item.duplicate_of,
            original_bytes=item.original_bytes,
            ids=self._ids,
            dictionary=self._group.side_connection if self._group else None,
        )

    def _counted(self, result: SaveResult) -> SaveResult:
        """Count a save that wrote rows, before a group's commit may look at the count."""
        if result.status != "unchanged":
            self.planner_statistics.saved()
        return result

    @contextmanager
    def grouped(self, *, max_documents: int = 200, max_seconds: float = 0.5) -> Iterator[Ledger]:
        """Save many documents in few transactions (see store/session.py); each document is
        still stored whole or not at all. Saves made before an exception are kept.

        >>> with ledger.grouped():  # doctest: +SKIP
        ...     for doc in docs:
        ...         ledger.save(doc, ...)
        """
        if self._group is not None:
            yield self
            return
        group = Group(self._engine, self._ids, max_documents, max_seconds, self._after_commit)
        self._group = group
        try:
            yield self
        finally:
            self._group = None
            try:
                self._end_group(group)
            finally:
                group.close()

    def flush(self) -> None:
        """Commit what the open group holds now (the group goes on); nothing outside one."""
        if self._group is not None:
            self._end_group(self._group)

    def _end_group(self, group: Group) -> None:
        try:
            group.commit()
        except SQLAlchemyError as exc:
            group.rollback()
            raise StoreError(f"writing to {self.url} failed: {_reason(exc)}") from exc

    def _after_commit(self) -> None:
        self.planner_statistics.after_commit(self._engine)

    def _run_id(self, run: RunInfo) -> int:
        """The id of the runs row for ``run``, written in a transaction of its own."""
        key = (
            run.extractor,
            run.version,
            json.dumps(dict(run.settings), sort_keys=True, default=str),
        )
        if key not in self._runs:
            group, self._group = self._group, None
            if group is not None:
                self._end_group(group)  # SQLite: the group holds the write lock this needs
            try:
                self._runs[key] = self._write(lambda conn: writes.record_run(conn, run))
            finally:
                self._group = group
        return self._runs[key]

    def review(
        self,
        claim_id: int,
        *,
        user: str,
        status: str,
        changes: Mapping[str, object] | None = None,
        note: str | None = None,
    ) -> StoredClaim:
        """Set a claim's review status (and corrected values); appends to the audit log."""
        check_review(status, changes)

        def apply(conn: Connection) -> StoredClaim:
            self._check_reviewer(conn, user)
            before = queries.claim(conn, claim_id)
            values, entry = review_update(before, user, status, dict(changes or {}), note)
            conn.execute(update(t.claims).where(t.claims.c.id == claim_id), values)
            conn.execute(insert(t.audit_log), entry)
            return queries.claim(conn, claim_id)

        return self._write(apply)

    def _check_reviewer(self, conn: Connection, user: str) -> None:
        role = conn.execute(select(t.users.c.role).where(t.users.c.name == user)).scalar()
        if role == "viewer":
            raise StoreError(f"user {user!r} is a viewer and may not review claims")

    def add_user(self, name: str, role: str = "reviewer") -> User:
        """Add a user (or change the role of an existing one)."""
        if role not in ROLES:
            raise StoreError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")

        def apply(conn: Connection) -> None:
            row = {"name": name, "role": role, "created_at": rows.now()}
            conn.execute(rows.insert_ignore(conn, t.users), row)
            conn.execute(update(t.users).where(t.users.c.name == name), {"role": role})

        self._write(apply)
        return next(u for u in self.users() if u.name == name)

    # ------------------------------------------------------------ reading

    def has_document(self, content_hash: str, *, version: str | None = None) -> str | None:
        """The id of a stored document with exactly this text (its sha256), if any.

        With ``version`` (the running extractor's), a document stored by an older extractor
        does not count: it needs re-extraction, so ``save`` it again.
        """
        return self.has_documents([content_hash], version=version).get(content_hash)

    def has_documents(
        self, content_hashes: Sequence[str], *, version: str | None = None
    ) -> dict[str, str]:
        """``has_document`` for many hashes in one query: hash -> id, for those stored."""
        if not content_hashes:
            return {}
        found = self._read(lambda conn: queries.stored_versions(conn, content_hashes))
        return {
            digest: doc_id
            for digest, (doc_id, stored) in found.items()
            if version is None or not writes.newer(version, stored)
        }

    def near_duplicates(self, band_keys: Sequence[str]) -> list[tuple[str, tuple[int, ...]]]:
        """Stored originals sharing a MinHash band key with ``band_keys``: (id, signature)."""
        if not band_keys:
            return []  # no text to compare: spare the round trip
        return self._read(lambda conn: queries.near_duplicates(conn, band_keys))

    def search(
        self,
        query: str,
        *,
        publisher: str | None = None,
        since: date | None = None,
        until: date | None = None,
        source: str | None = None,
        kind: str | None = None,
        limit: int = 20,
        include_duplicates: bool = False,
        marks: tuple[str, str] = ("[", "]"),
    ) -> list[SearchHit]:
        """Sentences matching ``query`` (see store/search.py for the grammar), best first."""
        parsed = parse_query(query)
        filters = queries.Filters(
            publisher=publisher,
            since=since,
            until=until,
            source=source,
            kind=kind,
            include_duplicates=include_duplicates,
            limit=limit,
        )
        return self._read(lambda conn: fulltext.search(conn, parsed, filters, marks))

    def claims(
        self,
        *,
        doc: str | None = None,
        docs: Sequence[str] | None = None,
        kind: str | None = None,
        source: str | None = None,
        publisher: str | None = None,
        since: date | None = None,
        until: date | None = None,
        status: str | None = None,
        include_duplicates: bool = False,
        limit: int | None = None,
    ) -> list[StoredClaim]:
        """Stored claims, newest documents first. ``source`` matches a part of the source
        (any case), ``publisher`` the whole publisher name (any case), ``since``/``until``
        the document's publication date, ``docs`` a list of document ids. Claims of
        near-duplicates are left out unless ``include_duplicates`` (or ``doc`` names one)."""
        filters = queries.Filters(
            doc=doc,
            docs=tuple(docs) if docs is not None else None,
            kind=kind,
            source=source,
            publisher=publisher,
            since=since,
            until=until,
            status=status,
            include_duplicates=include_duplicates or doc is not None,
            limit=limit,
        )
        return self._read(lambda conn: queries.claims(conn, filters))

    def claim(self, claim_id: int) -> StoredClaim:
        """One claim; NotFoundError if there is none with this id."""
        return self._read(lambda conn: queries.claim(conn, claim_id))

    def document(self, doc_id: str) -> StoredDocument:
        """A document with its sentences, claims and mentions; NotFoundError if absent."""
        return self._read(lambda conn: queries.document(conn, doc_id))

    def original_bytes(self, doc_id: str) -> bytes | None:
        return self._read(lambda conn: queries.original_bytes(conn, doc_id))

    def documents(
        self,
        *,
        publisher: str | None = None,
        since: date | None = None,
        until: date | None = None,
        include_duplicates: bool = True,
        limit: int | None = None,
    ) -> list[DocumentSummary]:
        """Document summaries (with claim counts), newest first."""
        filters = queries.Filters(
            publisher=publisher,
            since=since,
            until=until,
            include_duplicates=include_duplicates,
            limit=limit,
        )
        return self._read(lambda conn: queries.documents(conn, filters))

    def stats(self) -> LedgerStats:
        return self._read(queries.stats)

    def audit_log(self, claim_id: int | None = None) -> list[AuditEntry]:
        """Every recorded change, oldest first (of one claim, if ``claim_id`` is given)."""
        return self._read(lambda conn: queries.audit_log(conn, claim_id))

    def users(self) -> list[User]:
        return self._read(queries.users)

    # ------------------------------------------------------------ transactions

    def _read(self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn`` on a connection; inside a group, on the group's (it sees its saves)."""
        grouped = self._group.open_connection if self._group else None
        try:
            if grouped is not None:
                return fn(grouped)
            with self._engine.connect() as conn:
                return fn(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"reading {self.url} failed: {_reason(exc)}") from exc

    def _write(
        self, fn: Callable[[Connection], T], what: str | None = None, documents: int = 1
    ) -> T:
        """Run ``fn`` (saving ``documents``) in one write transaction, retrying transient
        conflicts."""
        if self._group is not None:
            try:
                return self._group.run(fn, _transient, documents)
            except SQLAlchemyError as exc:
                raise StoreError(f"writing to {self.url} failed: {_reason(exc)}", what) from exc
        for attempt in range(WRITE_ATTEMPTS):
            try:
                return self._write_once(fn)
            except DBAPIError as exc:
                if not _transient(exc) or attempt == WRITE_ATTEMPTS - 1:
                    raise StoreError(f"writing to {self.url} failed: {_reason(exc)}", what) from exc
            except SQLAlchemyError as exc:
                raise StoreError(f"writing to {self.url} failed: {_reason(exc)}", what) from exc
            time.sleep(_BACKOFF_S * 2**attempt)
        raise StoreError(f"writing to {self.url} failed", what)  # pragma: no cover

    def _write_once(self, fn: Callable[[Connection], T]) -> T:
        self._ids.begin()
        with self._engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            conn.info[MAY_WAIT] = True
            with conn.begin():
                result = fn(conn)
        self._ids.commit()
        return result


def _transient(exc: DBAPIError) -> bool:
    if getattr(exc.orig, "sqlstate", None) in _TRANSIENT_STATES:
        return True
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


def _reason(exc: BaseException) -> str:
    """The database's own message, one line, without SQLAlchemy's statement dump."""
    if isinstance(exc, ClaimledgerError):
        return exc.message
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__
