"""The storage side of the ingest loop: chunks of extracted documents are saved here.

Two writers with one interface (``submit`` a chunk, collect its ``result``, ``close``):

* ``StorageThread`` saves on a thread of the same process. Starting it costs nothing, but
  its Python work takes turns with extraction for the interpreter lock.
* ``StorageProcess`` saves in a process of its own (a fresh interpreter: nothing of the
  caller's state is inherited), so storage and extraction run on two cores. Chunks travel
  to it pickled through a pipe that only the two processes hold.

Either one owns its own ledger connection and a group of transactions (``Ledger.grouped``):
every chunk is one savepoint, each document in it is stored whole or not at all, and what
is left is committed when the writer closes. If the caller dies, a storage process sees its
pipe close, commits the whole documents it was given and ends: nothing is half-stored, and
running the ingest again stores the rest.
"""

from __future__ import annotations

import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import time
from contextlib import suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from claimledger.analyze import dedupe
from claimledger.errors import StoreError
from claimledger.outcomes import (
    ADDED,
    DUPLICATE,
    OUTCOMES,
    UNCHANGED,
    FileOutcome,
    Timings,
    failure,
    unexpected,
)

if TYPE_CHECKING:
    from claimledger.store import Ledger, SaveResult, ToSave

Outcomes = dict[int, FileOutcome]


@dataclass(frozen=True)
class SaveJob:
    """One chunk to save: (index in the chunk, target, document with its rows), and the
    extractor (name, version) that made the rows."""

    items: list[tuple[int, str, ToSave]]
    run: tuple[str, str]


def save_job(ledger: Ledger, job: SaveJob) -> Outcomes:
    """Find near-duplicates (stored, or earlier in the chunk), then save the chunk at once."""
    from dataclasses import replace

    from claimledger.store import RunInfo

    keys = sorted({key for _, _, item in job.items for key in item.band_keys})
    originals = _originals(job, ledger.near_duplicates(keys))
    items = [replace(item, duplicate_of=originals[i]) for i, _, item in job.items]
    try:
        results = ledger.save_many(items, run=RunInfo(*job.run))
    except Exception as exc:  # noqa: BLE001 - every document of the chunk is reported
        results = [_as_store_error(exc, target) for _, target, _ in job.items]
    return {
        i: _outcome(target, item, result, originals[i])
        for (i, target, item), result in zip(job.items, results, strict=True)
    }


def _originals(job: SaveJob, stored: list[tuple[str, tuple[int, ...]]]) -> dict[int, str | None]:
    """The original each document re-posts, if any: a stored one, or one earlier in this
    chunk, sharing a MinHash band key with it (as if they had been saved one by one)."""
    pool = [(doc_id, sig, set(dedupe.band_keys(sig))) for doc_id, sig in stored]
    originals: dict[int, str | None] = {}
    for i, _, item in job.items:
        doc_id, mine = item.doc.id, set(item.band_keys)
        candidates = [(other, sig) for other, sig, keys in pool if other != doc_id and keys & mine]
        originals[i] = dedupe.best_match(item.signature, candidates)
        if originals[i] is None:
            pool.append((doc_id, item.signature, mine))
    return originals


def _as_store_error(exc: Exception, target: str) -> StoreError:
    if isinstance(exc, StoreError):
        return exc
    return StoreError(unexpected(exc, target, "store").message, target)


def _outcome(
    target: str, item: ToSave, result: SaveResult | StoreError, original: str | None
) -> FileOutcome:
    doc = item.doc
    if isinstance(result, StoreError):
        return failure(target, result, doc)
    if result.status == UNCHANGED:
        return FileOutcome(target, UNCHANGED, doc_id=result.doc_id, title=doc.title)
    status = DUPLICATE if original else result.status
    status = status if status in OUTCOMES else ADDED
    return FileOutcome(target, status, result.doc_id, len(item.claims), None, original, doc.title)


class Storage(Protocol):
    def submit(self, job: SaveJob) -> None: ...

    def result(self) -> Outcomes: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------- on a thread


class StorageThread:
    """Saves the jobs it is given, in order, on a thread that owns its own ledger."""

    def __init__(self, url: str, timings: Timings) -> None:
        self._url = url
        self._timings = timings
        self._jobs: queue.Queue[SaveJob | None] = queue.Queue(maxsize=1)
        self._results: queue.Queue[tuple[bool, Any]] = queue.Queue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._loop, name="claimledger-storage")
        self._thread.start()

    def submit(self, job: SaveJob) -> None:
        self._jobs.put(job)

    def result(self) -> Outcomes:
        """The outcome of the oldest job not yet collected; its error, if it failed."""
        with self._timings.measure("stalled"):
            ok, value = self._results.get()
        if not ok:
            raise value
        return dict(value)

    def close(self) -> None:
        """Commit what is left and stop; raises the thread's error, if it had one."""
        with self._timings.measure("stalled"):  # the last commit holds the ingest up
            while self._thread.is_alive():
                try:
                    self._jobs.put(None, timeout=0.1)
                    break
                except queue.Full:
                    continue
            self._thread.join()
        error, self._error = self._error, None
        if error is not None:
            raise error

    def _loop(self) -> None:
        from claimledger.store import Ledger

        try:
            with Ledger.open(self._url) as ledger, ledger.grouped():
                while (job := self._jobs.get()) is not None:
                    self._results.put(self._run(ledger, job))
                with self._timings.measure("store"):
                    ledger.flush()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            self._error = exc
            self._results.put((False, exc))

    def _run(self, ledger: Ledger, job: SaveJob) -> tuple[bool, Any]:
        try:
            with self._timings.measure("store"):
                return True, save_job(ledger, job)
        except Exception as exc:  # noqa: BLE001 - handed to the caller's thread
            return False, exc


# ---------------------------------------------------------------- in a process


class StorageProcess:
    """Saves the jobs it is given, in order, in a process of its own (see the module doc).

    The process is ``python -m claimledger.writer``, talking over its standard input and
    output: unlike multiprocessing's spawn, it never re-runs the caller's main script, so a
    script without an ``if __name__ == "__main__"`` guard can ingest too. Its storage time
    comes back with each result and is added to ``timings.store``."""

    def __init__(self, url: str, timings: Timings) -> None:
        self._timings = timings
        self._process = subprocess.Popen(
            [sys.executable, "-m", "claimledger.writer"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_child_environment(),
        )
        self._out, self._in = _channels(self._process)
        self._closed = False
        self._out.send(url)  # not on the command line, where a password would show

    def submit(self, job: SaveJob) -> None:
        try:
            self._out.send(job)
        except OSError as exc:
            raise self._ended() from exc

    def result(self) -> Outcomes:
        with self._timings.measure("stalled"):
            ok, value, seconds = self._receive()
        self._timings.add("store", seconds)
        if not ok:
            raise StoreError(str(value))
        return dict(value)

    def close(self) -> None:
        """Commit what is left and stop; raises its error, if it had one."""
        if self._closed:
            return
        self._closed = True
        with self._timings.measure("stalled"):
            try:
                self._out.send(None)
                ok, value, seconds = self._receive()
            except (OSError, StoreError) as exc:  # it ended already (its error was reported)
                ok, value, seconds = False, str(exc), 0.0
            finally:
                self._out.close()
                self._in.close()
                self._process.wait()
        self._timings.add("store", seconds)
        if not ok:
            raise StoreError(str(value))

    def _receive(self) -> tuple[bool, Any, float]:
        try:
            ok, value, seconds = self._in.recv()
        except (EOFError, OSError) as exc:
            raise self._ended() from exc
        return bool(ok), value, float(seconds)

    def _ended(self) -> StoreError:
        code = self._process.wait()
        return StoreError(f"the storage process ended unexpectedly (exit code {code})")


def _channels(process: subprocess.Popen[bytes]) -> tuple[Connection, Connection]:
    """Message channels over the child's standard input (to it) and output (from it)."""
    assert process.stdin is not None and process.stdout is not None
    to_child = Connection(os.dup(process.stdin.fileno()), readable=False)
    from_child = Connection(os.dup(process.stdout.fileno()), writable=False)
    process.stdin.close()
    process.stdout.close()
    return to_child, from_child


def _child_environment() -> dict[str, str]:
    """The caller's environment, with this claimledger first on the import path (the
    caller may have found it through its own sys.path, not an installed package)."""
    package_root = str(Path(__file__).resolve().parent.parent)
    environment = dict(os.environ)
    paths = [package_root, environment.get("PYTHONPATH", "")]
    environment["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    return environment


def serve(inbox: Connection, outbox: Connection, url: str) -> None:
    """The storage process: save each job received, answer (ok, outcomes or error, seconds);
    on ``None`` commit and answer once more. A closed channel (the caller died) ends it after
    committing what it was given."""
    from claimledger.store import Ledger

    jobs = _drained(inbox)
    try:
        with Ledger.open(url) as ledger, ledger.grouped():
            while (job := jobs.get()) is not None:
                outbox.send(_timed(lambda job=job: save_job(ledger, job)))
            outbox.send(_timed(ledger.flush))
    except Exception as exc:  # noqa: BLE001 - reported to the caller
        with suppress(OSError):
            outbox.send((False, _message(exc), 0.0))


def _drained(inbox: Connection) -> queue.Queue[Any]:
    """Jobs read off the channel by a thread of their own, so that the caller's send never
    waits for this process to finish the job before; ``None`` once the caller is done or
    gone (a closed channel: leaving grouped() then commits the saves made)."""
    jobs: queue.Queue[Any] = queue.Queue()

    def read() -> None:
        try:
            while True:
                data = inbox.recv_bytes()
                job = pickle.loads(data)
                jobs.put(job)
                if job is None:
                    return
        except (EOFError, OSError):
            jobs.put(None)

    threading.Thread(target=read, name="claimledger-storage-inbox", daemon=True).start()
    return jobs


def main() -> None:
    """Entry point of ``python -m claimledger.writer`` (started by StorageProcess)."""
    # Ctrl-C reaches the whole process group; the caller decides, then closes the channel
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    inbox = Connection(os.dup(0), writable=False)
    outbox = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)  # anything printed by accident goes to stderr, not into the channel
    try:
        url = inbox.recv()
    except EOFError:
        return
    serve(inbox, outbox, url)


def _timed(fn: Any) -> tuple[bool, Any, float]:
    start = time.perf_counter()
    try:
        value = fn()
    except Exception as exc:  # noqa: BLE001 - reported to the caller
        return False, _message(exc), time.perf_counter() - start
    return True, value, time.perf_counter() - start


def _message(exc: BaseException) -> str:
    return getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"


if __name__ == "__main__":
    main()
