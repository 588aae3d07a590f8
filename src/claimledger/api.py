"""The Python API: ingest reports into the ledger, then find and show what it holds.

Stage order of ``ingest``: discover targets -> read (a bad file becomes a failure and the
batch goes on) -> then, a chunk of documents at a time (ingest_loop.py): exact duplicate
check by content hash -> extract -> MinHash near-duplicate lookup -> save, each document
with its sentences and claims stored whole or not at all. Functions here compose the
stages and return dataclasses; they never print.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from itertools import zip_longest
from typing import TYPE_CHECKING, Any

from claimledger.config import Settings
from claimledger.errors import ClaimledgerError
from claimledger.extract.pipeline import Pipeline
from claimledger.ingest_loop import Entry, store_entries
from claimledger.model import Document
from claimledger.outcomes import (
    ADDED,
    DUPLICATE,
    FAILED,
    OUTCOMES,
    REEXTRACTED,
    UNCHANGED,
    BatchReport,
    FileOutcome,
    ProgressEvent,
    Timings,
    failure,
    unexpected,
)

if TYPE_CHECKING:
    from claimledger.store import Ledger, LedgerStats, SearchHit, StoredClaim, StoredDocument

__all__ = [
    "ADDED",
    "DUPLICATE",
    "FAILED",
    "OUTCOMES",
    "REEXTRACTED",
    "UNCHANGED",
    "BatchReport",
    "FileOutcome",
    "ProgressCallback",
    "ProgressEvent",
    "RunReport",
    "Timings",
    "claims",
    "ingest",
    "ingest_documents",
    "run",
    "sample_reports",
    "search",
    "show",
    "top_claims",
]


@dataclass(frozen=True)
class RunReport:
    """``run``: the batch, what the whole ledger now holds, and its most notable claims."""

    batch: BatchReport
    stats: LedgerStats
    claims_by_kind: dict[str, int]
    top_claims: tuple[StoredClaim, ...]
    db_url: str


ProgressCallback = Callable[[ProgressEvent], None]


def ingest(
    targets: Sequence[str],
    settings: Settings,
    *,
    published: date | None = None,
    pipeline: Pipeline | None = None,
    on_progress: ProgressCallback | None = None,
) -> BatchReport:
    """Read, extract and store every report ``targets`` stand for; never stops at a bad file."""
    from claimledger.ingest import discover

    start = time.perf_counter()
    timings = Timings()
    pipe = pipeline or _default_pipeline()
    found = list(discover(targets))
    outcomes: list[FileOutcome] = []
    read = ((target, _read_target(target, settings, published, timings)) for target in found)
    with _open_ledger(settings) as reader:
        stored = store_entries(reader, settings.db_url, read, pipe, timings)
        for done, (target, batch) in enumerate(stored, start=1):
            outcomes.extend(batch)
            if on_progress is not None:
                on_progress(ProgressEvent(target, done, len(found), tuple(batch)))
    return BatchReport(tuple(outcomes), time.perf_counter() - start, timings)


def ingest_documents(
    documents: Iterable[Document],
    settings: Settings,
    *,
    pipeline: Pipeline | None = None,
    on_progress: ProgressCallback | None = None,
    timings: Timings | None = None,
) -> BatchReport:
    """``ingest`` for documents already in memory (built by code, not read from files).

    ``timings``, if given, is filled in as the batch goes, so a caller can watch a long one.
    """
    start = time.perf_counter()
    timings = timings if timings is not None else Timings()
    pipe = pipeline or _default_pipeline()
    outcomes: list[FileOutcome] = []
    entries: Iterable[Entry] = ((doc.path or doc.id, [doc]) for doc in documents)
    with _open_ledger(settings) as reader:
        stored = store_entries(reader, settings.db_url, entries, pipe, timings)
        for done, (_, batch) in enumerate(stored, start=1):
            outcomes.extend(batch)
            if on_progress is not None:
                on_progress(ProgressEvent(batch[0].target, done, 0, tuple(batch)))
    return BatchReport(tuple(outcomes), time.perf_counter() - start, timings)


def _default_pipeline() -> Pipeline:
    from claimledger.extract import default_pipeline

    return default_pipeline()


def _open_ledger(settings: Settings) -> Ledger:
    # Imported here: the store pulls in SQLAlchemy and Alembic, which `extract` never needs.
    from claimledger.store import Ledger

    return Ledger.open(settings.db_url)


def _read_target(
    target: str, settings: Settings, published: date | None, timings: Timings
) -> list[Document] | FileOutcome:
    """The documents of one target, or the failure to read it."""
    from claimledger.ingest import read

    try:
        with timings.measure("read"):
            return list(read(target, settings, published=published))
    except ClaimledgerError as error:
        return failure(target, error)
    except Exception as exc:  # noqa: BLE001 - a reader bug on one file must not stop the batch
        return failure(target, unexpected(exc, target, "read"))


def search(query: str, settings: Settings, **filters: Any) -> list[SearchHit]:
    """Full-text search over sentences; filters as the store's ``search`` takes them."""
    with _open_ledger(settings) as ledger:
        return list(ledger.search(query, **filters))


def claims(settings: Settings, **filters: Any) -> list[StoredClaim]:
    """Stored claims matching the filters (publisher, since, until, source, kind, limit ...)."""
    with _open_ledger(settings) as ledger:
        return list(ledger.claims(**filters))


def show(doc_id: str, settings: Settings) -> StoredDocument:
    """One stored document with its claims; raises NotFoundError if there is none."""
    with _open_ledger(settings) as ledger:
        return ledger.document(doc_id)


def sample_reports() -> str:
    """The folder of bundled sample reports."""
    return str(resources.files("claimledger") / "samples")


def run(
    paths: Sequence[str] | None,
    settings: Settings,
    *,
    on_progress: ProgressCallback | None = None,
    top: int = 10,
) -> RunReport:
    """The main job: ingest ``paths`` (default: the bundled samples) and sum up the ledger."""
    batch = ingest(list(paths or [sample_reports()]), settings, on_progress=on_progress)
    with _open_ledger(settings) as ledger:
        stats = ledger.stats()
        ids = [o.doc_id for o in batch.outcomes if o.doc_id and o.status != FAILED]
        found = list(ledger.claims(docs=ids)) if ids else []
    by_kind = dict(Counter(claim.kind for claim in found))
    return RunReport(batch, stats, by_kind, top_claims(found, top), settings.db_url)


def top_claims(found: Sequence[StoredClaim], top: int) -> tuple[StoredClaim, ...]:
    """The largest figures, taking each kind in turn so that counts do not crowd out money."""
    by_kind: dict[str, list[StoredClaim]] = {}
    for claim in sorted(found, key=_magnitude, reverse=True):
        by_kind.setdefault(claim.kind, []).append(claim)
    ranked = [c for group in zip_longest(*by_kind.values()) for c in group if c is not None]
    return tuple(ranked[:top])


def _magnitude(claim: StoredClaim) -> float:
    low, high = claim.interval
    return float(high if high is not None else low or 0.0)
