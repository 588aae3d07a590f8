"""The Python API: ingest reports into the ledger, then find and show what it holds.

Stage order of ``ingest``, per document: discover targets -> read (a bad file becomes a
failure and the batch goes on) -> exact duplicate check by content hash -> MinHash
near-duplicate lookup -> extract -> save the document with its sentences and claims in one
transaction. Functions here compose the stages and return dataclasses; they never print.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from itertools import zip_longest
from typing import TYPE_CHECKING, Any

from claimledger.analyze import dedupe
from claimledger.config import Settings
from claimledger.errors import ClaimledgerError
from claimledger.extract.pipeline import EXTRACTOR_NAME, EXTRACTOR_VERSION, Pipeline
from claimledger.model import Document

if TYPE_CHECKING:
    from claimledger.store import Ledger, LedgerStats, SearchHit, StoredClaim, StoredDocument

ADDED = "added"
UNCHANGED = "unchanged"
REEXTRACTED = "reextracted"
DUPLICATE = "duplicate"
FAILED = "failed"
OUTCOMES = (ADDED, UNCHANGED, REEXTRACTED, DUPLICATE, FAILED)


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one document (or to a target that could not be read)."""

    target: str
    status: str
    doc_id: str | None = None
    claims: int = 0
    reason: str | None = None
    duplicate_of: str | None = None
    title: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class ProgressEvent:
    """Sent after each target: ``done`` of ``total`` targets, with what the last one gave."""

    target: str
    done: int
    total: int
    outcomes: tuple[FileOutcome, ...]


@dataclass
class Timings:
    """Seconds spent per stage, summed over the batch (to tell extraction from storage)."""

    read: float = 0.0
    dedupe: float = 0.0
    extract: float = 0.0
    store: float = 0.0

    @contextmanager
    def measure(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            setattr(self, stage, getattr(self, stage) + time.perf_counter() - start)


@dataclass(frozen=True)
class BatchReport:
    outcomes: tuple[FileOutcome, ...]
    elapsed: float
    timings: Timings = field(default_factory=Timings)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def totals(self) -> dict[str, int]:
        return {status: self.count(status) for status in OUTCOMES}

    @property
    def failures(self) -> tuple[FileOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if outcome.status == FAILED)

    @property
    def claims_found(self) -> int:
        """Claims stored by this batch; a near-duplicate's claims are not counted again."""
        counted = (ADDED, REEXTRACTED)
        return sum(outcome.claims for outcome in self.outcomes if outcome.status in counted)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1


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
    with _open_ledger(settings) as ledger, _grouped(ledger, timings):
        for done, target in enumerate(found, start=1):
            batch = _ingest_target(ledger, target, settings, pipe, published, timings)
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
    with _open_ledger(settings) as ledger, _grouped(ledger, timings):
        for done, doc in enumerate(documents, start=1):
            outcome = _ingest_document(ledger, doc.path or doc.id, doc, pipe, timings)
            outcomes.append(outcome)
            if on_progress is not None:
                on_progress(ProgressEvent(outcome.target, done, 0, (outcome,)))
    return BatchReport(tuple(outcomes), time.perf_counter() - start, timings)


@contextmanager
def _grouped(ledger: Ledger, timings: Timings) -> Iterator[None]:
    """Many documents per transaction, each still all-or-nothing (a savepoint of its own).

    A commit per document cost more than most documents' rows. A process killed mid-batch
    loses at most the uncommitted group (never part of a document); running again stores it.
    """
    with ledger.grouped():
        yield
        with timings.measure("store"):  # the last commit is storage time too
            ledger.flush()


def _default_pipeline() -> Pipeline:
    from claimledger.extract import default_pipeline

    return default_pipeline()


def _open_ledger(settings: Settings) -> Ledger:
    # Imported here: the store pulls in SQLAlchemy and Alembic, which `extract` never needs.
    from claimledger.store import Ledger

    return Ledger.open(settings.db_url)


def _ingest_target(
    ledger: Ledger,
    target: str,
    settings: Settings,
    pipeline: Pipeline,
    published: date | None,
    timings: Timings,
) -> list[FileOutcome]:
    from claimledger.ingest import read

    try:
        with timings.measure("read"):
            documents = read(target, settings, published=published)
    except ClaimledgerError as error:
        return [_failure(target, error)]
    except Exception as exc:  # noqa: BLE001 - a reader bug on one file must not stop the batch
        return [_failure(target, _unexpected(exc, target, "read"))]
    return [_ingest_document(ledger, target, doc, pipeline, timings) for doc in documents]


def _ingest_document(
    ledger: Ledger, target: str, doc: Document, pipeline: Pipeline, timings: Timings
) -> FileOutcome:
    try:
        return _store_document(ledger, target, doc, pipeline, timings)
    except ClaimledgerError as error:
        return _failure(target, error, doc)
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not stop the batch
        return _failure(target, _unexpected(exc, target, "ingest"), doc)


def _unexpected(exc: Exception, target: str, stage: str) -> ClaimledgerError:
    return ClaimledgerError(f"failed to {stage} ({type(exc).__name__}: {exc})", target)


def _failure(target: str, error: ClaimledgerError, doc: Document | None = None) -> FileOutcome:
    return FileOutcome(
        target,
        FAILED,
        doc_id=doc.id if doc else None,
        reason=error.message,
        title=doc.title if doc else None,
        code=error.code,
    )


def _store_document(
    ledger: Ledger, target: str, doc: Document, pipeline: Pipeline, timings: Timings
) -> FileOutcome:
    from claimledger.store import RunInfo, content_hash

    with timings.measure("store"):
        known = ledger.has_document(content_hash(doc.text), version=EXTRACTOR_VERSION)
    if known is not None:
        return FileOutcome(target, UNCHANGED, doc_id=known, title=doc.title)
    with timings.measure("dedupe"):
        sig = dedupe.signature(doc.body)
        keys = dedupe.band_keys(sig)
    with timings.measure("store"):
        candidates = [c for c in ledger.near_duplicates(keys) if c[0] != doc.id]
    original = dedupe.best_match(sig, candidates)
    with timings.measure("extract"):
        parse = pipeline(doc)
    with timings.measure("store"):
        result = ledger.save(
            doc,
            parse.sentences,
            parse.claims,
            parse.spans,
            run=RunInfo(EXTRACTOR_NAME, EXTRACTOR_VERSION),
            signature=sig,
            band_keys=keys,
            duplicate_of=original,
        )
    status = DUPLICATE if original else _status_of(result)
    return FileOutcome(target, status, result.doc_id, len(parse.claims), None, original, doc.title)


def _status_of(result: Any) -> str:
    status = str(getattr(result, "status", ADDED))
    return status if status in OUTCOMES else ADDED


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
