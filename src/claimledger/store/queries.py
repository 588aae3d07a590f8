"""Every read: statements built with SQLAlchemy Core, rows turned into records.

Orderings are written so that SQLite and PostgreSQL return rows in the same order: text
keys are compared byte-wise (``COLLATE "C"`` on PostgreSQL, whose default collation
depends on the server's locale) and every ORDER BY ends on a unique key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, select, true

from claimledger.errors import NotFoundError
from claimledger.store import hot
from claimledger.store import schema as t
from claimledger.store.records import (
    AuditEntry,
    DocumentSummary,
    LedgerStats,
    Mention,
    StoredClaim,
    StoredDocument,
    StoredSentence,
    User,
)


@dataclass(frozen=True)
class Filters:
    """Filters shared by claims(), documents() and search(); None means no filter."""

    doc: str | None = None
    docs: tuple[str, ...] | None = None
    kind: str | None = None
    source: str | None = None
    publisher: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None
    include_duplicates: bool = False
    limit: int | None = None


def byte_order(conn: Connection, column: Any) -> Any:
    """``column`` compared byte-wise on both databases."""
    return column.collate("C") if conn.dialect.name == "postgresql" else column


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def document_conditions(filters: Filters) -> list[ColumnElement[bool]]:
    """Conditions on ``documents`` (and ``publishers``, outer-joined) for ``filters``."""
    conditions: list[ColumnElement[bool]] = []
    if filters.doc is not None:
        conditions.append(t.documents.c.id == filters.doc)
    if filters.docs is not None:
        conditions.append(t.documents.c.id.in_(filters.docs))
    if filters.publisher is not None:
        conditions.append(t.publishers.c.key == filters.publisher.strip().casefold())
    if filters.since is not None:
        conditions.append(t.documents.c.published >= filters.since)
    if filters.until is not None:
        conditions.append(t.documents.c.published <= filters.until)
    if not filters.include_duplicates:
        conditions.append(t.documents.c.duplicate_of.is_(None))
    return conditions


def claim_conditions(filters: Filters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.kind is not None:
        conditions.append(t.claims.c.kind == filters.kind)
    if filters.status is not None:
        conditions.append(t.claims.c.status == filters.status)
    if filters.source is not None:
        needle = like_escape(filters.source.strip().casefold())
        conditions.append(t.claims.c.source_key.like(f"%{needle}%", escape="\\"))
    return conditions


# ---------------------------------------------------------------- claims


def _claims_statement() -> Select[Any]:
    sentence_join = and_(
        t.sentences.c.doc_id == t.claims.c.doc_id, t.sentences.c.idx == t.claims.c.sentence_idx
    )
    return (
        select(
            t.claims,
            t.runs.c.extractor,
            t.runs.c.version.label("extractor_version"),
            t.sentences.c.text.label("sentence_text"),
        )
        .join(t.documents, t.documents.c.id == t.claims.c.doc_id)
        .join(t.runs, t.runs.c.id == t.claims.c.run_id)
        .outerjoin(t.publishers, t.publishers.c.id == t.documents.c.publisher_id)
        .outerjoin(t.sentences, sentence_join)
    )


def claims(conn: Connection, filters: Filters) -> list[StoredClaim]:
    statement = (
        _claims_statement()
        .where(*document_conditions(filters), *claim_conditions(filters))
        .order_by(
            t.documents.c.published.desc().nulls_last(),
            byte_order(conn, t.claims.c.doc_id),
            t.claims.c.start,
            t.claims.c.id,
        )
        .limit(filters.limit)
    )
    return [claim_record(row._mapping) for row in conn.execute(statement)]


def claim(conn: Connection, claim_id: int) -> StoredClaim:
    row = conn.execute(_claims_statement().where(t.claims.c.id == claim_id)).first()
    if row is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    return claim_record(row._mapping)


def claim_record(row: Any) -> StoredClaim:
    value: Any = row["value"]
    if value is None:
        value = (row["value_low"], row["value_high"])
    return StoredClaim(
        id=row["id"],
        doc=row["doc_id"],
        kind=row["kind"],
        value=value,
        qualifier=row["qualifier"],
        unit=row["unit"],
        subject=row["subject"],
        source=row["source"],
        date=row["date"],
        hedge=row["hedge"],
        quote=row["quote"],
        start=row["start"],
        end=row["end"],
        sentence_index=row["sentence_idx"],
        sentence_start=row["sentence_start"],
        sentence_end=row["sentence_end"],
        interval=(row["interval_low"], row["interval_high"]),
        converts=row["converts"],
        rule=row["rule"],
        evidence=dict(row["evidence"] or {}),
        extractor=row["extractor"],
        extractor_version=row["extractor_version"],
        status=row["status"],
        corrections=dict(row["corrections"] or {}),
        reviewed_by=row["reviewed_by"],
        reviewed_at=aware(row["reviewed_at"]),
        sentence=row["sentence_text"],
    )


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything the ledger writes is UTC."""
    return None if moment is None else utc(moment)


def utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# ---------------------------------------------------------------- documents


def _summary_statement() -> Select[Any]:
    counts = (
        select(t.claims.c.doc_id, func.count().label("n"))
        .group_by(t.claims.c.doc_id)
        .subquery("counts")
    )
    return (
        select(
            t.documents,
            t.publishers.c.name.label("publisher_name"),
            t.runs.c.extractor,
            t.runs.c.version.label("extractor_version"),
            func.coalesce(counts.c.n, 0).label("claim_count"),
        )
        .join(t.runs, t.runs.c.id == t.documents.c.run_id)
        .outerjoin(t.publishers, t.publishers.c.id == t.documents.c.publisher_id)
        .outerjoin(counts, counts.c.doc_id == t.documents.c.id)
    )


def documents(conn: Connection, filters: Filters) -> list[DocumentSummary]:
    statement = (
        _summary_statement()
        .where(*document_conditions(filters))
        .order_by(t.documents.c.published.desc().nulls_last(), byte_order(conn, t.documents.c.id))
        .limit(filters.limit)
    )
    return [summary_record(row._mapping) for row in conn.execute(statement)]


def summary_record(row: Any) -> DocumentSummary:
    return DocumentSummary(
        id=row["id"],
        title=row["title"],
        publisher=row["publisher_name"],
        published=row["published"],
        url=row["url"],
        language=row["language"],
        media_type=row["media_type"],
        content_hash=row["content_hash"],
        ingested_at=utc(row["ingested_at"]),
        duplicate_of=row["duplicate_of"],
        extractor=row["extractor"],
        extractor_version=row["extractor_version"],
        claims=row["claim_count"],
    )


def document(conn: Connection, doc_id: str) -> StoredDocument:
    row = conn.execute(_summary_statement().where(t.documents.c.id == doc_id)).first()
    if row is None:
        raise NotFoundError(f"no document with id {doc_id!r}")
    found = row._mapping
    return StoredDocument(
        summary=summary_record(found),
        text=found["text"],
        body_start=found["body_start"],
        original=found["original"],
        sentences=_sentences(conn, doc_id),
        claims=tuple(claims(conn, Filters(doc=doc_id, include_duplicates=True))),
        mentions=_mentions(conn, doc_id),
        pages=tuple(found["pages"] or ()),
    )


def original_bytes(conn: Connection, doc_id: str) -> bytes | None:
    statement = select(t.documents.c.original_bytes).where(t.documents.c.id == doc_id)
    return conn.execute(statement).scalar()


def _sentences(conn: Connection, doc_id: str) -> tuple[StoredSentence, ...]:
    s = t.sentences.c
    rows = conn.execute(
        select(s.idx, s.start, s.end, s.text).where(s.doc_id == doc_id).order_by(s.idx)
    )
    return tuple(StoredSentence(r.idx, r.start, r.end, r.text) for r in rows)


def _mentions(conn: Connection, doc_id: str) -> tuple[Mention, ...]:
    m = t.entity_mentions.c
    rows = conn.execute(
        select(t.entities.c.label, t.entities.c.name, m.start, m.end)
        .join(t.entities, t.entities.c.id == m.entity_id)
        .where(m.doc_id == doc_id)
        .order_by(m.start, m.end, m.id)
    )
    return tuple(Mention(r.label, r.name, r.start, r.end) for r in rows)


def stored_versions(conn: Connection, digests: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Text hash -> (id, extractor version) of a document with that text, for those stored
    (the smallest id when several have it)."""
    found: dict[str, tuple[str, str]] = {}
    for digest, doc_id, version in sorted(hot.stored_versions(conn, digests), key=_by_id_2):
        found.setdefault(digest, (doc_id, version))
    return found


def _by_id_2(row: Any) -> bytes:
    return str(row[1]).encode()


def near_duplicates(
    conn: Connection, band_keys: Sequence[str]
) -> list[tuple[str, tuple[int, ...]]]:
    """Originals (not themselves duplicates) sharing at least one band key, found by index."""
    if not band_keys:
        return []
    rows = sorted(hot.near_duplicates(conn, band_keys), key=_by_id)
    return [(doc_id, tuple(signature or ())) for doc_id, signature in rows]


def _by_id(row: Any) -> bytes:
    return str(row[0]).encode()


# ---------------------------------------------------------------- stats, audit, users


def stats(conn: Connection) -> LedgerStats:
    d = t.documents.c
    total, duplicates = conn.execute(
        select(func.count(), func.count(d.duplicate_of)).select_from(t.documents)
    ).one()
    counted = t.claims.join(t.documents, d.id == t.claims.c.doc_id)
    original = d.duplicate_of.is_(None)
    by_kind = _grouped(conn, t.claims.c.kind, counted, original)
    by_status = _grouped(conn, t.claims.c.status, counted, original)
    sentences = conn.execute(select(func.count()).select_from(t.sentences)).scalar_one()
    return LedgerStats(
        size_bytes=_size(conn),
        documents=total,
        claims=sum(by_kind.values()),
        duplicates=duplicates,
        sentences=sentences,
        by_kind=by_kind,
        by_status=by_status,
    )


def _size(conn: Connection) -> int:
    if conn.dialect.name == "postgresql":
        statement = "SELECT pg_database_size(current_database())"
        return int(conn.exec_driver_sql(statement).scalar_one())
    pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    return int(pages) * int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())


def _grouped(conn: Connection, key: Any, source: Any, where: Any) -> dict[str, int]:
    statement = (
        select(key, func.count()).select_from(source).where(where).group_by(key).order_by(key)
    )
    return {row[0]: row[1] for row in conn.execute(statement)}


def audit_log(conn: Connection, claim_id: int | None) -> list[AuditEntry]:
    a = t.audit_log.c
    condition = a.claim_id == claim_id if claim_id is not None else true()
    rows = conn.execute(select(t.audit_log).where(condition).order_by(a.id))
    return [
        AuditEntry(
            id=r.id,
            claim_id=r.claim_id,
            user=r.user,
            at=utc(r.at),
            action=r.action,
            before=r.before,
            after=r.after,
            note=r.note,
        )
        for r in rows
    ]


def users(conn: Connection) -> list[User]:
    rows = conn.execute(select(t.users).order_by(byte_order(conn, t.users.c.name)))
    return [User(r.name, r.role, utc(r.created_at)) for r in rows]
