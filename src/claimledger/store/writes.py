"""Saving a document: add it, leave it alone, or re-extract it, in the caller's transaction.

``save_document`` decides; ``rows`` writes a new document's rows and ``reextract`` merges
new claims into stored ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import Connection, delete, insert, update

from claimledger.store import hot, reextract, rows, tags
from claimledger.store import schema as t
from claimledger.store.records import RunInfo, SaveResult, content_hash
from claimledger.store.rows import Batch, now
from claimledger.store.session import MAY_WAIT, LockBusy


def record_run(conn: Connection, run: RunInfo) -> int:
    row = {
        "extractor": run.extractor,
        "version": run.version,
        "started_at": now(),
        "settings": dict(run.settings),
    }
    return int(conn.execute(insert(t.runs).returning(t.runs.c.id), row).scalar_one())


def save_document(conn: Connection, batch: Batch) -> SaveResult:
    """Add, skip or re-extract ``batch.doc``; the caller owns the transaction."""
    digest = content_hash(batch.doc.text)
    _prepare(conn, (batch.doc.id, digest))
    known = hot.known(conn, batch.doc.id, digest)
    same_id = next((row for row in known if row[0] == batch.doc.id), None)
    if same_id is None and known:
        return SaveResult(known[0][0], "unchanged")
    if same_id is None:
        return _add(conn, [batch], [digest])[0]
    if same_id[1] == digest and not newer(batch.run.version, same_id[2]):
        return SaveResult(batch.doc.id, "unchanged")
    return _reextract(conn, batch, digest)


def save_documents(conn: Connection, batches: Sequence[Batch]) -> list[SaveResult]:
    """``save_document`` for many; the new ones (most, in an ingest) all go in at once.

    A document whose id or text is stored already, or comes earlier in ``batches``, is
    saved on its own afterwards, so it sees what came before it.
    """
    digests = [content_hash(batch.doc.text) for batch in batches]
    _prepare(conn, [key for b, d in zip(batches, digests, strict=True) for key in (b.doc.id, d)])
    fresh = _fresh(batches, digests, hot.known_many(conn, [b.doc.id for b in batches], digests))
    added = _add(conn, [batches[i] for i in fresh], [digests[i] for i in fresh])
    results = dict(zip(fresh, added, strict=True))
    for i, batch in enumerate(batches):
        if i not in results:
            results[i] = save_document(conn, batch)
    return [results[i] for i in range(len(batches))]


def _fresh(
    batches: Sequence[Batch], digests: Sequence[str], stored: Sequence[tuple[str, str, str]]
) -> list[int]:
    """Indexes of the documents neither stored (by id or text) nor repeated in ``batches``."""
    ids, texts = {row[0] for row in stored}, {row[1] for row in stored}
    fresh = []
    for i, (batch, digest) in enumerate(zip(batches, digests, strict=True)):
        if batch.doc.id not in ids and digest not in texts:
            fresh.append(i)
        ids.add(batch.doc.id)
        texts.add(digest)
    return fresh


def newer(version: str, than: str) -> bool:
    """Whether extractor ``version`` is newer than ``than`` (dotted numbers compare as numbers)."""
    return _version_key(version) > _version_key(than)


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.split("."))


def _prepare(conn: Connection, keys: Sequence[str]) -> None:
    """PostgreSQL: serialise saves of one document or one text (SQLite's write lock does this).

    A save does not wait for its commit to reach the disk: a server crash may lose the last
    fraction of a second of saves (never half of one), which re-running the ingest restores;
    review decisions are written with full durability.
    """
    if conn.dialect.name != "postgresql":
        return
    numbers = [
        int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
        for key in sorted(keys)
    ]
    settings = "set_config('synchronous_commit', 'off', true)"
    if conn.info.get(MAY_WAIT, True):
        # one round trip; taken in a fixed order, so two saves cannot deadlock on them
        locks = ", ".join(f"pg_advisory_xact_lock({n})" for n in numbers)
        conn.exec_driver_sql(f"SELECT {settings}, {locks}")
        return
    # a grouped save already holds other locks: waiting here could deadlock
    tries = " AND ".join(f"pg_try_advisory_xact_lock({n})" for n in numbers)
    if not conn.exec_driver_sql(f"SELECT {settings}, {tries}").one()[1]:
        raise LockBusy(keys)


def _add(conn: Connection, batches: Sequence[Batch], digests: Sequence[str]) -> list[SaveResult]:
    documents = [
        rows.document_row(conn, batch, digest) | {"id": batch.doc.id}
        for batch, digest in zip(batches, digests, strict=True)
    ]
    ids = rows.add_documents(conn, batches, documents)
    rows.link_conversions(conn, batches, ids)
    return [
        SaveResult(b.doc.id, "duplicate" if b.duplicate_of else "added", len(claim_ids))
        for b, claim_ids in zip(batches, ids, strict=True)
    ]


def _reextract(conn: Connection, batch: Batch, digest: str) -> SaveResult:
    row = rows.document_row(conn, batch, digest)
    del row["ingested_at"]
    conn.execute(update(t.documents).where(t.documents.c.id == batch.doc.id), row)
    for part in (t.sentences, t.entity_mentions, t.doc_bands):
        conn.execute(delete(part).where(part.c.doc_id == batch.doc.id))
    rows.write_parts(conn, [batch])
    ids, added = reextract.merge_claims(conn, batch)
    tags.retag(conn, batch.doc.id)  # reviewed claims the merge kept count for the kind filter
    rows.link_conversions(conn, [batch], [ids])
    return SaveResult(batch.doc.id, "reextracted", added)
