"""What an ingest reports: one outcome per document, progress events, stage timings."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from claimledger.errors import ClaimledgerError
from claimledger.model import Document

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
    """Seconds spent per stage, summed over the batch (to tell extraction from storage).

    Storage runs on a thread of its own while the next documents are extracted (see
    ingest_loop.py), so ``store`` (all the time storage took, on either thread) overlaps
    the other stages. ``stalled`` is the part of it that held up the ingest: the main
    thread's lookups and its waits for the storage thread.
    """

    read: float = 0.0
    dedupe: float = 0.0
    extract: float = 0.0
    store: float = 0.0
    stalled: float = 0.0
    # two threads add to these
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @contextmanager
    def measure(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - start)

    def add(self, stage: str, seconds: float) -> None:
        with self._lock:
            setattr(self, stage, getattr(self, stage) + seconds)


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


def failure(target: str, error: ClaimledgerError, doc: Document | None = None) -> FileOutcome:
    return FileOutcome(
        target,
        FAILED,
        doc_id=doc.id if doc else None,
        reason=error.message,
        title=doc.title if doc else None,
        code=error.code,
    )


def unexpected(exc: BaseException, target: str, stage: str) -> ClaimledgerError:
    return ClaimledgerError(f"failed to {stage} ({type(exc).__name__}: {exc})", target)
