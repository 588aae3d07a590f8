from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from claimledger import api, ingest_loop
from claimledger.config import Settings
from claimledger.errors import NotFoundError
from claimledger.extract import default_pipeline
from claimledger.model import Document
from claimledger.store import Ledger

DATA = Path(__file__).parent / "data"
BATCH = DATA / "ledger" / "batch"
REPOST = DATA / "ledger" / "repost"
HTML_REPOST = DATA / "ingest" / "repost"
GOOD_IN_BATCH = 3


@pytest.fixture()
def settings(db_url: str) -> Settings:
    return Settings(db_url=db_url)


def _stats(settings: Settings) -> object:
    ledger = Ledger.open(settings.db_url)
    try:
        return ledger.stats()
    finally:
        ledger.close()


def test_ingest_folder_with_bad_files_goes_on_and_reports_them(settings: Settings) -> None:
    batch = api.ingest([str(BATCH)], settings)
    failed = {Path(o.target).name: o.reason for o in batch.failures}
    assert set(failed) == {"broken-encoding.txt", "empty.md"}
    assert "UTF-8" in str(failed["broken-encoding.txt"])
    assert "empty" in str(failed["empty.md"])
    assert batch.count(api.ADDED) == GOOD_IN_BATCH
    assert batch.exit_code == 1 and not batch.ok
    assert _stats(settings).documents == GOOD_IN_BATCH  # type: ignore[attr-defined]


def test_ingest_counts_the_claims_it_stored(settings: Settings) -> None:
    batch = api.ingest([str(BATCH / "aid-appeal.md")], settings)
    assert batch.ok and batch.exit_code == 0
    stats = _stats(settings)
    assert batch.claims_found == stats.claims > 0  # type: ignore[attr-defined]


def test_reingest_adds_nothing(settings: Settings) -> None:
    first = api.ingest([str(BATCH)], settings)
    before = _stats(settings)
    second = api.ingest([str(BATCH)], settings)
    assert second.count(api.UNCHANGED) == GOOD_IN_BATCH
    assert second.count(api.ADDED) == 0 and second.claims_found == 0
    assert _stats(settings) == before
    assert first.claims_found == before.claims  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("folder", "original", "repost"),
    [(REPOST, "original.md", "repost.md"), (HTML_REPOST, "original.html", "repost.html")],
)
def test_repost_is_linked_to_original_and_not_counted_twice(
    settings: Settings, folder: Path, original: str, repost: str
) -> None:
    first = api.ingest([str(folder / original)], settings)
    claims_before = _stats(settings).claims  # type: ignore[attr-defined]
    second = api.ingest([str(folder / repost)], settings)
    (outcome,) = second.outcomes
    assert outcome.status == api.DUPLICATE
    assert outcome.duplicate_of == first.outcomes[0].doc_id
    assert second.claims_found == 0
    stats = _stats(settings)
    assert stats.documents == 2 and stats.duplicates == 1  # type: ignore[attr-defined]
    assert stats.claims == claims_before  # type: ignore[attr-defined]
    assert api.show(outcome.doc_id or "", settings).duplicate_of == outcome.duplicate_of


def test_different_report_on_same_topic_is_not_linked(settings: Settings) -> None:
    api.ingest([str(REPOST / "original.md")], settings)
    batch = api.ingest([str(REPOST / "same-topic.md")], settings)
    assert [o.status for o in batch.outcomes] == [api.ADDED]
    assert batch.outcomes[0].duplicate_of is None


def test_progress_reports_every_target(settings: Settings) -> None:
    events: list[api.ProgressEvent] = []
    api.ingest([str(BATCH)], settings, on_progress=events.append)
    assert [e.done for e in events] == [1, 2, 3, 4, 5]
    assert {e.total for e in events} == {5}
    assert sum(len(e.outcomes) for e in events) == 5


def test_published_fills_a_missing_date(settings: Settings, tmp_path: Path) -> None:
    report = tmp_path / "undated.txt"
    report.write_text("Some 7,500 people were evacuated from the valley, officials said.\n")
    batch = api.ingest([str(report)], settings, published=date(2025, 5, 1))
    doc = api.show(batch.outcomes[0].doc_id or "", settings)
    assert doc.summary.published == date(2025, 5, 1)


def test_ingest_documents_from_memory(settings: Settings) -> None:
    docs = [
        Document(id="mem-1", text="The agency said 2,300 families had returned by June.\n"),
        Document(
            id="mem-2", text="A survey found that 41 percent of the men had been called up.\n"
        ),
    ]
    batch = api.ingest_documents(docs, settings, pipeline=default_pipeline())
    assert [o.status for o in batch.outcomes] == [api.ADDED, api.ADDED]
    assert batch.timings.extract > 0 and batch.timings.store > 0


def test_search_claims_and_show_reach_the_ledger(settings: Settings) -> None:
    api.ingest([str(BATCH)], settings)
    hits = api.search("shelters", settings)
    assert hits and all("shelter" in h.sentence.lower() for h in hits)
    assert {h.doc_id for h in hits} == {"aid-appeal"}
    money = api.claims(settings, kind="money")
    assert money and all(c.kind == "money" for c in money)
    doc = api.show("aid-appeal", settings)
    assert doc.text.startswith("---") and doc.claims


def test_show_unknown_document_raises_not_found(settings: Settings) -> None:
    api.ingest([str(BATCH / "border-queues.md")], settings)
    with pytest.raises(NotFoundError):
        api.show("no-such-document", settings)


def test_run_ingests_given_folder_and_sums_up(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    shutil.copytree(BATCH, folder)
    (folder / "broken-encoding.txt").unlink()
    (folder / "nested" / "empty.md").unlink()
    report = api.run([str(folder)], settings)
    assert report.batch.ok
    assert report.stats.documents == GOOD_IN_BATCH
    assert sum(report.claims_by_kind.values()) == report.stats.claims
    assert 0 < len(report.top_claims) <= 10


def test_run_defaults_to_bundled_samples(settings: Settings) -> None:
    samples = sorted(p.name for p in Path(api.sample_reports()).iterdir() if p.suffix == ".md")
    report = api.run(None, settings)
    assert len(samples) >= 5
    assert report.batch.count(api.ADDED) == len(samples)
    assert report.stats.claims > 0


def test_a_crash_in_extraction_fails_one_document_only(settings: Settings, tmp_path: Path) -> None:
    from claimledger.extract.pipeline import Parse, Pipeline, component

    @component("explodes", assigns=("sentences",))
    def explode(parse: Parse) -> Parse:
        if "boom" in parse.document.text:
            raise RuntimeError("component bug")
        return parse

    (tmp_path / "a.txt").write_text("Nothing to see here.\n")
    (tmp_path / "b.txt").write_text("boom\n")
    batch = api.ingest([str(tmp_path)], settings, pipeline=Pipeline([explode]))
    assert [o.status for o in batch.outcomes] == [api.ADDED, api.FAILED]
    assert "RuntimeError: component bug" in str(batch.outcomes[1].reason)
    assert batch.exit_code == 1


def test_newer_extractor_reextracts_and_keeps_review_decisions(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = str(BATCH / "aid-appeal.md")
    monkeypatch.setattr(ingest_loop, "EXTRACTOR_VERSION", "0.0.1")
    api.ingest([target], settings)
    with Ledger.open(settings.db_url) as ledger:
        claim = ledger.claims(doc="aid-appeal")[0]
        ledger.review(claim.id, user="analyst", status="verified")
    monkeypatch.undo()
    batch = api.ingest([target], settings)
    assert [o.status for o in batch.outcomes] == [api.REEXTRACTED]
    with Ledger.open(settings.db_url) as ledger:
        assert ledger.claim(claim.id).status == "verified"
    assert api.ingest([target], settings).outcomes[0].status == api.UNCHANGED
