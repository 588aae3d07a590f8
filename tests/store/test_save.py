from __future__ import annotations

from datetime import date

import pytest
from storekit import RUN, Fig, claim_of, split

from claimledger.errors import NotFoundError, StoreError
from claimledger.model import Claim
from claimledger.store import Ledger, content_hash

TEXT = (
    "---\ntitle: Border report\n---\n"
    "Officials said 12,400 people crossed the border in March. "
    "The fund paid 5,000 rubles ($63) to each family. "
    "About 40% of them were children."
)
FIGS = [
    Fig("12,400", 12400, source="Officials", hedge="reported", date="2025-03"),
    Fig("5,000 rubles", 5000, kind="money", unit="RUB", subject="payment per family"),
    Fig("$63", 63, kind="money", unit="USD", subject="payment per family", converts=1),
    Fig("About 40%", 40, kind="percent", unit="percent", qualifier="about", subject="children"),
]


@pytest.fixture()
def doc(make_doc):
    return make_doc(TEXT, id="border-report", body_start=TEXT.index("Officials"), path="/r/b.md")


def test_save_adds_document_sentences_and_claims(ledger: Ledger, save, doc) -> None:
    result = save(doc, FIGS)
    assert (result.doc_id, result.status, result.claims_added) == ("border-report", "added", 4)
    stored = ledger.document("border-report")
    assert stored.to_document() == doc
    assert [s.text for s in stored.sentences] == [s.text for s in split(doc)]
    assert [c.quote for c in stored.claims] == ["12,400", "5,000 rubles", "$63", "About 40%"]
    assert stored.summary.extractor_version == "1.0.0"
    assert stored.summary.content_hash == content_hash(TEXT)


def test_stored_claim_record_matches_the_extracted_record(ledger: Ledger, doc) -> None:
    sentences = split(doc)
    claims = [claim_of(doc, sentences, fig) for fig in FIGS]
    ledger.save(doc, sentences, claims, run=RUN)
    stored = ledger.claims(doc="border-report")
    for original, kept in zip(claims, stored, strict=True):
        expected = original.record()
        got = kept.record()
        assert {k: got[k] for k in expected if k != "converts"} == {
            k: v for k, v in expected.items() if k != "converts"
        }
    assert stored[0].sentence_index == 0 and stored[3].sentence_index == 2


def test_conversion_points_at_the_converted_claim_id(ledger: Ledger, save, doc) -> None:
    save(doc, FIGS)
    rubles, dollars = ledger.claims(kind="money")
    assert dollars.converts == rubles.id
    assert rubles.converts is None


def test_saving_the_same_document_twice_adds_nothing(ledger: Ledger, save, doc) -> None:
    save(doc, FIGS)
    again = save(doc, FIGS)
    assert (again.status, again.claims_added) == ("unchanged", 0)
    stats = ledger.stats()
    assert (stats.documents, stats.claims, stats.sentences) == (1, 4, 3)


def test_same_text_under_another_id_is_unchanged(ledger: Ledger, save, doc, make_doc) -> None:
    save(doc, FIGS)
    copy = make_doc(TEXT, id="copy-of-report", body_start=doc.body_start)
    result = save(copy, FIGS)
    assert (result.doc_id, result.status) == ("border-report", "unchanged")
    assert [d.id for d in ledger.documents()] == ["border-report"]


def test_has_document_by_hash_and_extractor_version(ledger: Ledger, save, doc) -> None:
    digest = content_hash(TEXT)
    assert ledger.has_document(digest) is None
    save(doc, FIGS)
    assert ledger.has_document(digest) == "border-report"
    assert ledger.has_document(digest, version="1.0.0") == "border-report"
    assert ledger.has_document(digest, version="1.10.0") is None


def test_near_duplicate_is_linked_and_its_claims_not_counted(
    ledger: Ledger, save, doc, make_doc
) -> None:
    save(doc, FIGS, signature=(5, 6, 7), band_keys=["b0:aa", "b1:bb"])
    repost_text = TEXT + " Share this story."
    repost = make_doc(repost_text, id="repost", body_start=doc.body_start)
    assert ledger.near_duplicates(["b1:bb", "b9:zz"]) == [("border-report", (5, 6, 7))]
    result = save(repost, FIGS, band_keys=["b1:bb"], duplicate_of="border-report")
    assert (result.status, result.claims_added) == ("duplicate", 4)
    assert len(ledger.claims()) == 4
    assert len(ledger.claims(include_duplicates=True)) == 8
    assert len(ledger.claims(doc="repost")) == 4
    stats = ledger.stats()
    assert (stats.documents, stats.duplicates, stats.claims) == (2, 1, 4)
    assert ledger.document("repost").duplicate_of == "border-report"
    # a duplicate is never offered as an original
    assert [d for d, _ in ledger.near_duplicates(["b1:bb"])] == ["border-report"]


def test_near_duplicates_without_keys_is_empty(ledger: Ledger) -> None:
    assert ledger.near_duplicates([]) == []


def test_mentions_and_entities_are_stored(ledger: Ledger, save, doc) -> None:
    start = TEXT.index("Officials")
    spans = [("source", start, start + 9, "Officials"), ("org", start, start + 9, "officials")]
    save(doc, FIGS, spans=spans)
    mentions = ledger.document("border-report").mentions
    assert {(m.label, m.name, m.start) for m in mentions} == {
        ("source", "Officials", start),
        ("org", "officials", start),
    }


def test_original_bytes_are_kept(ledger: Ledger, save, doc) -> None:
    save(doc, FIGS, original_bytes=b"%PDF-1.4 raw")
    assert ledger.original_bytes("border-report") == b"%PDF-1.4 raw"
    assert ledger.document("border-report").original == "/r/b.md"


def test_a_failing_save_leaves_nothing_behind(ledger: Ledger, doc) -> None:
    sentences = split(doc)
    good = claim_of(doc, sentences, FIGS[0])
    broken = Claim(**{**good.__dict__, "subject": None})  # NOT NULL column: the insert fails
    with pytest.raises(StoreError):
        ledger.save(doc, sentences, [good, broken], run=RUN)
    stats = ledger.stats()
    assert (stats.documents, stats.sentences, stats.claims) == (0, 0, 0)
    with pytest.raises(NotFoundError):
        ledger.document("border-report")
    # the publisher made by the failed save was rolled back: its id must not be reused
    assert ledger.save(doc, sentences, [good], run=RUN).status == "added"
    assert ledger.document("border-report").summary.publisher == "Test Monitor"
    assert [d.publisher for d in ledger.documents(publisher="test monitor")] == ["Test Monitor"]


def test_documents_lists_summaries_newest_first(ledger: Ledger, save, make_doc) -> None:
    save(make_doc("Some 300 people left.", id="old", published=date(2024, 1, 5)), [Fig("300", 300)])
    save(make_doc("Nobody counted them.", id="undated", published=None))
    save(make_doc("Then 900 people left.", id="new", published=date(2025, 6, 1)), [Fig("900", 900)])
    summaries = ledger.documents()
    assert [(d.id, d.claims) for d in summaries] == [("new", 1), ("old", 1), ("undated", 0)]
    assert [d.id for d in ledger.documents(since=date(2025, 1, 1))] == ["new"]
    assert [d.id for d in ledger.documents(publisher="TEST MONITOR", limit=1)] == ["new"]


def test_missing_document_raises_not_found(ledger: Ledger) -> None:
    with pytest.raises(NotFoundError, match="nowhere"):
        ledger.document("nowhere")
    with pytest.raises(NotFoundError):
        ledger.claim(123456)


def test_page_starts_of_paged_sources_are_kept(ledger: Ledger, save, make_doc) -> None:
    text = "Page one says 10 people.\n\fPage two says 20 people."
    doc = make_doc(text, id="paged", media_type="application/pdf", pages=(0, 26))
    save(doc, [Fig("20", 20)])
    stored = ledger.document("paged")
    assert stored.pages == (0, 26)
    assert stored.to_document() == doc
    assert stored.page_of(stored.claims[0].start) == 2
    assert stored.page_of(3) == 1
    save(make_doc("No pages here.", id="flat"))
    assert ledger.document("flat").page_of(3) is None
