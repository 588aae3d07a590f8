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
from claimledger.errors import ClaimledgerError, StoreError
from claimledger.extract.pipeline import EXTRACTOR_NAME, EXTRACTOR_VERSION, Pipeline
from claimledger.model import Document

if TYPE_CHECKING:
    from claimledger.extract.pipeline import Parse
    from claimledger.store import (
        Ledger,
        LedgerStats,
        SaveResult,
        SearchHit,
        StoredClaim,
        StoredDocument,
    )

ADDED = "added"
UNCHANGED = "unchanged"
REEXTRACTED = "reextracted"
DUPLICATE = "duplicate"
FAILED = "failed"
OUTCOMES = (ADDED, UNCHANGED, REEXTRACTED, DUPLICATE, FAILED)
# Documents extracted, then saved together: enough that the store's work per statement
# is spread thin, few enough that a progress line or a crash never waits long for one.
CHUNK_DOCUMENTS = 50


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
    read = ((target, _read_target(target, settings, published, timings)) for target in found)
    with _open_ledger(settings) as ledger, _grouped(ledger, timings):
        stored = _in_chunks(ledger, read, pipe, timings)
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
    entries = ((doc.path or doc.id, [doc]) for doc in documents)
    with _open_ledger(settings) as ledger, _grouped(ledger, timings):
        stored = _in_chunks(ledger, entries, pipe, timings)
        for done, (_, batch) in enumerate(stored, start=1):
            outcomes.extend(batch)
            if on_progress is not None:
                on_progress(ProgressEvent(batch[0].target, done, 0, tuple(batch)))
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


def _read_target(
    target: str, settings: Settings, published: date | None, timings: Timings
) -> list[Document] | FileOutcome:
    """The documents of one target, or the failure to read it."""
    from claimledger.ingest import read

    try:
        with timings.measure("read"):
            return list(read(target, settings, published=published))
    except ClaimledgerError as error:
        return _failure(target, error)
    except Exception as exc:  # noqa: BLE001 - a reader bug on one file must not stop the batch
        return _failure(target, _unexpected(exc, target, "read"))


Entry = tuple[str, "list[Document] | FileOutcome"]


def _in_chunks(
    ledger: Ledger, entries: Iterable[Entry], pipeline: Pipeline, timings: Timings
) -> Iterator[tuple[str, list[FileOutcome]]]:
    """Each target with the outcomes of its documents, stored ``CHUNK_DOCUMENTS`` at a time
    (the store's work per statement, not per row, was most of its time)."""
    pending: list[Entry] = []
    count = 0
    for entry in entries:
        pending.append(entry)
        count += len(entry[1]) if isinstance(entry[1], list) else 0
        if count >= CHUNK_DOCUMENTS:
            yield from _settle(ledger, pending, pipeline, timings)
            pending, count = [], 0
    yield from _settle(ledger, pending, pipeline, timings)


def _settle(
    ledger: Ledger, pending: list[Entry], pipeline: Pipeline, timings: Timings
) -> Iterator[tuple[str, list[FileOutcome]]]:
    docs = [(target, doc) for target, got in pending if isinstance(got, list) for doc in got]
    outcomes = iter(_store_chunk(ledger, docs, pipeline, timings))
    for target, got in pending:
        yield target, [got] if isinstance(got, FileOutcome) else [next(outcomes) for _ in got]


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


def _store_chunk(
    ledger: Ledger, docs: list[tuple[str, Document]], pipeline: Pipeline, timings: Timings
) -> list[FileOutcome]:
    """Skip the documents stored already, extract the others and save them all at once;
    one outcome per document, in order."""
    from claimledger.store import content_hash

    digests = [content_hash(doc.text) for _, doc in docs]
    with timings.measure("store"):
        known = ledger.has_documents(digests, version=EXTRACTOR_VERSION)
    outcomes: dict[int, FileOutcome] = {}
    for i, (target, doc) in enumerate(docs):
        if (doc_id := known.get(digests[i])) is not None:
            outcomes[i] = FileOutcome(target, UNCHANGED, doc_id=doc_id, title=doc.title)
    todo = [i for i in range(len(docs)) if i not in outcomes]
    parsed = _extract_all(docs, todo, pipeline, timings)
    outcomes.update({i: got for i, got in parsed.items() if isinstance(got, FileOutcome)})
    extracted = {i: got for i, got in parsed.items() if not isinstance(got, FileOutcome)}
    outcomes.update(_save_extracted(ledger, docs, extracted, timings))
    return [outcomes[i] for i in range(len(docs))]


def _extract_all(
    docs: list[tuple[str, Document]], todo: list[int], pipeline: Pipeline, timings: Timings
) -> dict[int, Parse | FileOutcome]:
    """The extractor's parse of each document, or its failure (the others go on)."""
    parsed: dict[int, Parse | FileOutcome] = {}
    for i in todo:
        target, doc = docs[i]
        try:
            with timings.measure("extract"):
                parsed[i] = pipeline(doc)
        except ClaimledgerError as error:
            parsed[i] = _failure(target, error, doc)
        except Exception as exc:  # noqa: BLE001 - a bug on one document must not stop the batch
            parsed[i] = _failure(target, _unexpected(exc, target, "ingest"), doc)
    return parsed


def _save_extracted(
    ledger: Ledger, docs: list[tuple[str, Document]], parsed: dict[int, Parse], timings: Timings
) -> dict[int, FileOutcome]:
    """Find near-duplicates, then save the extracted documents in one go."""
    from claimledger.store import RunInfo, ToSave

    with timings.measure("dedupe"):
        sigs = {i: dedupe.signature(docs[i][1].body) for i in parsed}
        keys = {i: dedupe.band_keys(sig) for i, sig in sigs.items()}
    with timings.measure("store"):
        stored = ledger.near_duplicates(sorted({k for found in keys.values() for k in found}))
    originals = _originals(docs, sigs, keys, stored)
    items = [
        ToSave(docs[i][1], p.sentences, p.claims, p.spans, sigs[i], keys[i], originals[i])
        for i, p in parsed.items()
    ]
    with timings.measure("store"):
        results = ledger.save_many(items, run=RunInfo(EXTRACTOR_NAME, EXTRACTOR_VERSION))
    outcomes: dict[int, FileOutcome] = {}
    for i, result in zip(parsed, results, strict=True):
        target, doc = docs[i]
        if isinstance(result, StoreError):
            outcomes[i] = _failure(target, result, doc)
        else:
            outcomes[i] = _outcome(target, doc, result, len(parsed[i].claims), originals[i])
    return outcomes


def _originals(
    docs: list[tuple[str, Document]],
    sigs: dict[int, tuple[int, ...]],
    keys: dict[int, list[str]],
    stored: list[tuple[str, tuple[int, ...]]],
) -> dict[int, str | None]:
    """The original each document re-posts, if any: a stored one, or one earlier in this
    chunk, sharing a MinHash band key with it (as if they had been saved one by one)."""
    pool = [(doc_id, sig, set(dedupe.band_keys(sig))) for doc_id, sig in stored]
    originals: dict[int, str | None] = {}
    for i, sig in sigs.items():
        doc_id, mine = docs[i][1].id, set(keys[i])
        candidates = [(other, s) for other, s, k in pool if other != doc_id and k & mine]
        originals[i] = dedupe.best_match(sig, candidates)
        if originals[i] is None:
            pool.append((doc_id, sig, mine))
    return originals


def _outcome(
    target: str, doc: Document, result: SaveResult, claims: int, original: str | None
) -> FileOutcome:
    if result.status == UNCHANGED:
        return FileOutcome(target, UNCHANGED, doc_id=result.doc_id, title=doc.title)
    status = DUPLICATE if original else _status_of(result)
    return FileOutcome(target, status, result.doc_id, claims, None, original, doc.title)


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
