"""Re-extraction with a newer extractor replaces the claims but keeps every human decision."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from storekit import NEWER_RUN, RUN, Fig, assert_index_is_sound

from claimledger.model import Document
from claimledger.store import Ledger, RunInfo
from claimledger.store.url import make_engine

TEXT = (
    "Volunteers counted 2,300 people at the station. "
    "The mayor said 45 buses left on Monday. "
    "Nearly 600 children were among them."
)
OLD_FIGS = [
    Fig("2,300", 2300, subject="people at the station"),
    Fig("45", 45, subject="buses", source="The mayor"),
    Fig("600", 600, subject="children"),
]


@pytest.fixture()
def doc(make_doc: Callable[..., Document]) -> Document:
    return make_doc(TEXT, id="station")


def test_newer_extractor_reextracts_and_keeps_reviews(ledger: Ledger, save, doc) -> None:
    save(doc, OLD_FIGS)
    people, buses, children = ledger.claims()
    ledger.review(people.id, user="ana", status="verified")
    ledger.review(buses.id, user="ana", status="corrected", changes={"subject": "coaches"})
    new_figs = [
        Fig("2,300", 2300, subject="people counted"),
        Fig("45", 45, subject="buses", source="The mayor", hedge="reported"),
        Fig("Nearly 600", 600, subject="children", qualifier="about"),
    ]
    result = save(doc, new_figs, run=NEWER_RUN)
    assert result.status == "reextracted"
    after = {c.id: c for c in ledger.claims()}
    assert after[people.id].status == "verified"
    assert after[people.id].subject == "people counted"
    assert after[buses.id].status == "corrected"
    assert after[buses.id].record()["subject"] == "coaches"
    assert after[buses.id].hedge == "reported"
    assert {c.extractor_version for c in after.values()} == {"1.1.0"}
    # "600" grew into "Nearly 600": not the same offsets, and unreviewed, so it is replaced
    assert children.id not in after
    assert result.claims_added == 1
    changes = {(e.claim_id, e.action): e for e in ledger.audit_log() if e.action != "review"}
    assert set(changes) == {
        (people.id, "reextract"),
        (buses.id, "reextract"),
        (children.id, "remove"),
    }
    assert changes[(people.id, "reextract")].after == {"subject": "people counted"}
    assert changes[(children.id, "remove")].before["quote"] == "600"


def test_claims_match_by_value_and_quote_when_offsets_move(
    ledger: Ledger, save, doc, make_doc
) -> None:
    save(doc, OLD_FIGS)
    children = ledger.claims()[2]
    ledger.review(children.id, user="ana", status="rejected", note="not a count of people")
    edited = make_doc("Update: " + TEXT, id="station")
    result = save(edited, OLD_FIGS)  # same version, other text: re-extracted too
    assert result.status == "reextracted"
    kept = ledger.claim(children.id)
    assert kept.status == "rejected"
    assert kept.start == children.start + len("Update: ")
    review, moved = ledger.audit_log(children.id)
    assert (review.action, moved.action, moved.user) == (
        "review",
        "reextract",
        "test-extractor 1.0.0",
    )
    assert moved.before == {"start": children.start, "end": children.end}


def test_reviewed_claim_survives_when_the_new_extractor_drops_it(ledger: Ledger, save, doc) -> None:
    save(doc, OLD_FIGS)
    buses = ledger.claims()[1]
    ledger.review(buses.id, user="ana", status="verified")
    save(doc, [OLD_FIGS[0]], run=NEWER_RUN)
    remaining = ledger.claims()
    assert [c.quote for c in remaining] == ["2,300", "45"]
    assert ledger.claim(buses.id).status == "verified"


def test_kind_filter_follows_the_claims_a_reextraction_leaves(
    db_url: str, ledger: Ledger, save, doc
) -> None:
    save(doc, OLD_FIGS)
    assert [h.sentence_index for h in ledger.search("buses", kind="count")] == [1]
    ledger.review(ledger.claims()[2].id, user="ana", status="verified")
    # "45" becomes money, "600" is dropped but was reviewed, so it stays a count
    save(doc, [OLD_FIGS[0], Fig("45", 45, kind="money")], run=NEWER_RUN)
    assert ledger.search("buses", kind="count") == []
    assert [h.sentence_index for h in ledger.search("buses", kind="money")] == [1]
    assert [h.sentence_index for h in ledger.search("children", kind="count")] == [2]
    assert_index_is_sound(db_url)


def test_publisher_filter_follows_a_reextraction(ledger: Ledger, save, doc, make_doc) -> None:
    save(doc, OLD_FIGS)
    save(make_doc(TEXT, id="station", publisher="Other Post"), OLD_FIGS, run=NEWER_RUN)
    assert ledger.search("buses", publisher="test monitor") == []
    assert [h.publisher for h in ledger.search("buses", publisher="other post")] == ["Other Post"]


def test_older_or_same_extractor_leaves_the_document_alone(ledger: Ledger, save, doc) -> None:
    save(doc, OLD_FIGS, run=NEWER_RUN)
    ids = [c.id for c in ledger.claims()]
    assert save(doc, OLD_FIGS[:1], run=RUN).status == "unchanged"
    assert save(doc, OLD_FIGS[:1], run=NEWER_RUN).status == "unchanged"
    assert [c.id for c in ledger.claims()] == ids


def test_version_numbers_compare_as_numbers(ledger: Ledger, save, doc) -> None:
    save(doc, OLD_FIGS, run=RunInfo("test-extractor", "1.9.0"))
    result = save(doc, OLD_FIGS[:2], run=RunInfo("test-extractor", "1.10.0"))
    assert result.status == "reextracted"
    assert len(ledger.claims()) == 2


def test_reextraction_replaces_sentences_and_search_follows(
    ledger: Ledger, save, doc, make_doc
) -> None:
    save(doc, OLD_FIGS)
    assert ledger.search("station")
    edited = make_doc(TEXT.replace("station", "depot"), id="station")
    save(edited, OLD_FIGS, run=NEWER_RUN)
    assert ledger.search("station") == []
    assert [h.sentence_index for h in ledger.search("depot")] == [0]
    assert ledger.stats().sentences == 3


def test_run_may_be_given_as_a_pair(ledger: Ledger, doc) -> None:
    result = ledger.save(doc, [], [], run=("pair-extractor", "0.3"))
    assert result.status == "added"
    assert ledger.document("station").summary.extractor == "pair-extractor"


def test_search_index_matches_the_sentences_after_rewrites(
    db_url: str, ledger: Ledger, save, doc, make_doc
) -> None:
    save(doc, OLD_FIGS)
    save(make_doc(TEXT.replace("buses", "coaches"), id="station"), OLD_FIGS, run=NEWER_RUN)
    save(make_doc("A second report of 9 vans.", id="vans"))
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.execute(
                    text("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
                )
                indexed = conn.execute(text("SELECT count(*) FROM sentences_fts")).scalar()
            else:
                indexed = conn.execute(
                    text("SELECT count(*) FROM sentences WHERE tsv <> ''")
                ).scalar()
    finally:
        engine.dispose()
    assert indexed == ledger.stats().sentences == 4
    assert ledger.search("buses") == []
    assert sorted(h.doc_id for h in ledger.search("coaches OR vans")) == ["station", "vans"]
