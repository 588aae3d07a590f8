"""The ingest loop: chunks, the writer thread and process, re-posts inside one chunk."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger import api, ingest_loop
from claimledger.config import Settings
from claimledger.errors import StoreError
from claimledger.extract import default_pipeline
from claimledger.extract.pipeline import Parse
from claimledger.model import Document
from claimledger.outcomes import Timings
from claimledger.store import Ledger
from claimledger.writer import SaveJob, StorageProcess

REPOST = Path(__file__).parent / "data" / "ledger" / "repost"


@pytest.fixture()
def settings(db_url: str) -> Settings:
    return Settings(db_url=db_url)


def _reports(count: int) -> list[Document]:
    places = ("Narva", "Pskov", "Luga", "Tver", "Orel", "Kursk", "Bryansk", "Tula", "Oryol")
    return [
        Document(
            id=f"report-{n}",
            text=f"Officials in {places[n % len(places)]} said {1000 + n * 7} people left "
            f"in week {n}, and {n + 2} shelters opened.\n",
        )
        for n in range(count)
    ]


def _small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two documents per chunk, and the writer process from the second chunk on."""
    monkeypatch.setattr(ingest_loop, "CHUNK_DOCUMENTS", 2)
    monkeypatch.setattr(ingest_loop, "THREAD_CHUNKS", 1)


def test_storage_process_stores_every_chunk_in_order(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_chunks(monkeypatch)
    docs = _reports(7)
    timings = Timings()
    batch = api.ingest_documents(docs, settings, timings=timings)
    assert [o.doc_id for o in batch.outcomes] == [d.id for d in docs]
    assert {o.status for o in batch.outcomes} == {api.ADDED}
    with Ledger.open(settings.db_url) as ledger:
        assert ledger.stats().documents == 7
        assert ledger.claims(doc="report-6")[0].value == 1042
    assert timings.store > 0  # the process's storage time came back with its results
    again = api.ingest_documents(docs, settings)
    assert {o.status for o in again.outcomes} == {api.UNCHANGED}


def test_a_document_the_extractor_fails_on_is_reported_and_the_rest_stored(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_chunks(monkeypatch)
    pipeline = default_pipeline()

    def fragile(doc: Document) -> Parse:
        if doc.id == "report-3":
            raise ValueError("cannot parse this one")
        return pipeline(doc)

    batch = api.ingest_documents(_reports(6), settings, pipeline=fragile)  # type: ignore[arg-type]
    assert [o.status for o in batch.outcomes].count(api.FAILED) == 1
    assert "cannot parse this one" in (batch.failures[0].reason or "")
    assert batch.failures[0].target == "report-3"
    with Ledger.open(settings.db_url) as ledger:
        assert ledger.stats().documents == 5


def test_repost_in_the_same_chunk_is_linked_to_its_original(settings: Settings) -> None:
    batch = api.ingest([str(REPOST / "original.md"), str(REPOST / "repost.md")], settings)
    first, second = batch.outcomes
    assert (first.status, second.status) == (api.ADDED, api.DUPLICATE)
    assert second.duplicate_of == first.doc_id
    assert batch.claims_found == first.claims


def test_same_text_twice_in_one_chunk_is_stored_once(settings: Settings) -> None:
    doc = _reports(1)[0]
    copy = Document(id="copy", text=doc.text)
    batch = api.ingest_documents([doc, copy], settings)
    assert [(o.status, o.doc_id) for o in batch.outcomes] == [
        (api.ADDED, doc.id),
        (api.UNCHANGED, doc.id),
    ]


def test_storage_process_that_cannot_open_the_ledger_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    storage = StorageProcess(f"sqlite:///{blocker}/ledger.db", Timings())
    storage.submit(SaveJob([], ("test", "1.0")))
    with pytest.raises(StoreError, match="cannot"):
        storage.result()
    with pytest.raises(StoreError):
        storage.close()
