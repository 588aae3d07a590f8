"""The ingest loop: documents go in chunks; each chunk is checked, extracted, then saved.

Per chunk, on the caller's thread: documents stored already (by content hash; one query on
a connection of its own) are skipped, the others are extracted and their MinHash
signatures made. The chunk then goes to the writer (writer.py: a thread, then a process of
its own for a large batch), which finds near-duplicates and saves the whole chunk
(``Ledger.save_many``: one savepoint of a grouped transaction) while the caller extracts
the next chunk. So storage costs the ingest only what it keeps the caller waiting, and the
database and the writer work on the second core meanwhile.

At most one chunk waits for storage, so memory stays flat, outcomes come back in order, and
a process killed mid-batch loses at most the group not yet committed (never part of a
document); running the ingest again stores it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimledger.analyze import dedupe
from claimledger.errors import ClaimledgerError
from claimledger.extract.pipeline import EXTRACTOR_NAME, EXTRACTOR_VERSION, Pipeline
from claimledger.model import Document
from claimledger.outcomes import UNCHANGED, FileOutcome, Timings, failure, unexpected
from claimledger.writer import SaveJob, Storage, StorageProcess, StorageThread

if TYPE_CHECKING:
    from claimledger.extract.pipeline import Parse
    from claimledger.store import Ledger

# Documents extracted, then saved together: enough that the store's work per statement
# is spread thin, few enough that a progress line or a crash never waits long for one.
CHUNK_DOCUMENTS = 50
# Chunks stored by a thread before a process takes over: a small batch (the demo, most
# tests) never pays for starting one; a large one stops sharing the interpreter lock
# with extraction, which slowed extraction by a quarter (benchmarks/README.md).
THREAD_CHUNKS = 4

# A target with the documents read from it, or the failure to read it.
Entry = tuple[str, "list[Document] | FileOutcome"]
Stored = tuple[str, list[FileOutcome]]


@dataclass
class Chunk:
    """One chunk on its way: its entries, the outcomes known so far, what was extracted."""

    entries: list[Entry]
    docs: list[tuple[str, Document]]
    outcomes: dict[int, FileOutcome] = field(default_factory=dict)
    parsed: dict[int, Parse] = field(default_factory=dict)


def store_entries(
    reader: Ledger, url: str, entries: Iterable[Entry], pipeline: Pipeline, timings: Timings
) -> Iterator[Stored]:
    """Each target with the outcomes of its documents, in order. ``reader`` serves the
    caller's lookups; the documents are written to the ledger at ``url`` by a storage
    thread, and from the ``THREAD_CHUNKS``-th chunk on by a storage process (storage.py)."""
    storage: Storage = StorageThread(url, timings)
    try:
        waiting: Chunk | None = None
        for number, entries_of_chunk in enumerate(_chunked(entries)):
            chunk = _prepare(reader, entries_of_chunk, pipeline, timings)
            if waiting is not None:
                yield from _finish(waiting, storage.result())
            if number == THREAD_CHUNKS:
                storage.close()
                storage = StorageProcess(url, timings)
            storage.submit(_job(chunk, timings))
            waiting = chunk
        if waiting is not None:
            yield from _finish(waiting, storage.result())
    except BaseException:
        _close_quietly(storage)  # the error on its way out says more than the writer's
        raise
    storage.close()


def _close_quietly(storage: Storage) -> None:
    with suppress(Exception):  # another error is already on its way out
        storage.close()


def _chunked(entries: Iterable[Entry]) -> Iterator[list[Entry]]:
    pending: list[Entry] = []
    count = 0
    for entry in entries:
        pending.append(entry)
        count += len(entry[1]) if isinstance(entry[1], list) else 0
        if count >= CHUNK_DOCUMENTS:
            yield pending
            pending, count = [], 0
    if pending:
        yield pending


def _finish(chunk: Chunk, saved: dict[int, FileOutcome]) -> Iterator[Stored]:
    outcomes = chunk.outcomes | saved
    numbered = iter(range(len(chunk.docs)))
    for target, got in chunk.entries:
        if isinstance(got, FileOutcome):
            yield target, [got]
        else:
            yield target, [outcomes[next(numbered)] for _ in got]


# ---------------------------------------------------------------- the caller's thread


def _prepare(reader: Ledger, entries: list[Entry], pipeline: Pipeline, timings: Timings) -> Chunk:
    """Skip what is stored already; extract and sign the rest."""
    docs = [(target, doc) for target, got in entries if isinstance(got, list) for doc in got]
    chunk = Chunk(entries, docs)
    _skip_stored(reader, chunk, timings)
    for i in range(len(docs)):
        if i not in chunk.outcomes:
            _extract(chunk, i, pipeline, timings)
    return chunk


def _job(chunk: Chunk, timings: Timings) -> SaveJob:
    """What the storage side needs: each extracted document with its MinHash signature."""
    from claimledger.store import ToSave

    items = []
    for i, parse in chunk.parsed.items():
        target, doc = chunk.docs[i]
        with timings.measure("dedupe"):
            signature = dedupe.signature(doc.body)
            keys = dedupe.band_keys(signature)
        item = ToSave(doc, parse.sentences, parse.claims, parse.spans, signature, keys)
        items.append((i, target, item))
    return SaveJob(items, (EXTRACTOR_NAME, EXTRACTOR_VERSION))


def _skip_stored(reader: Ledger, chunk: Chunk, timings: Timings) -> None:
    """Documents whose text is stored (by this extractor version or a newer one)."""
    from claimledger.store import content_hash

    digests = [content_hash(doc.text) for _, doc in chunk.docs]
    with timings.measure("store"), timings.measure("stalled"):
        known = reader.has_documents(digests, version=EXTRACTOR_VERSION)
    for i, (target, doc) in enumerate(chunk.docs):
        if (doc_id := known.get(digests[i])) is not None:
            chunk.outcomes[i] = FileOutcome(target, UNCHANGED, doc_id=doc_id, title=doc.title)


def _extract(chunk: Chunk, i: int, pipeline: Pipeline, timings: Timings) -> None:
    target, doc = chunk.docs[i]
    try:
        with timings.measure("extract"):
            chunk.parsed[i] = pipeline(doc)
    except ClaimledgerError as error:
        chunk.outcomes[i] = failure(target, error, doc)
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not stop the batch
        chunk.outcomes[i] = failure(target, unexpected(exc, target, "ingest"), doc)
