"""Ledger.save_many: many documents in one go, each still whole or not at all."""

from __future__ import annotations

from dataclasses import replace

from storekit import RUN, Fig, claim_of, split

from claimledger.errors import StoreError
from claimledger.model import Claim, Document
from claimledger.store import Ledger, SaveResult, ToSave

FIGS = [
    Fig("12,400", 12400, source="Officials", date="2025-03"),
    Fig("5,000 rubles", 5000, kind="money", unit="RUB", subject="payment per family"),
    Fig("$63", 63, kind="money", unit="USD", subject="payment per family", converts=1),
]


def _text(place: str) -> str:
    return (
        f"Officials said 12,400 people crossed the border at {place} in March. "
        "The fund paid 5,000 rubles ($63) to each family."
    )


def _item(doc: Document, broken: bool = False) -> ToSave:
    sentences = split(doc)
    claims = [claim_of(doc, sentences, fig) for fig in FIGS]
    if broken:  # NOT NULL column: this document's insert fails
        claims[0] = Claim(**{**claims[0].__dict__, "subject": None})
    return ToSave(doc, sentences, claims, band_keys=[f"b1:{doc.id}"], signature=(1, 2))


def _statuses(results: list[SaveResult | StoreError]) -> list[str]:
    return [r.status if isinstance(r, SaveResult) else "error" for r in results]


def test_save_many_stores_every_document_with_its_claims(ledger: Ledger, make_doc) -> None:
    docs = [make_doc(_text(place), id=place) for place in ("Narva", "Ivangorod", "Pskov")]
    results = ledger.save_many([_item(doc) for doc in docs], run=RUN)
    assert _statuses(results) == ["added", "added", "added"]
    assert [r.claims_added for r in results if isinstance(r, SaveResult)] == [3, 3, 3]
    stats = ledger.stats()
    assert (stats.documents, stats.claims) == (3, 9)
    for doc in docs:
        stored = ledger.document(doc.id)
        assert [s.text for s in stored.sentences] == [s.text for s in split(doc)]
        dollars = next(c for c in stored.claims if c.quote == "$63")
        rubles = next(c for c in stored.claims if c.quote == "5,000 rubles")
        assert dollars.converts == rubles.id  # the link points inside its own document
    assert [h.doc_id for h in ledger.search("Ivangorod")] == ["Ivangorod"]


def test_one_bad_document_fails_alone(ledger: Ledger, make_doc) -> None:
    good, bad, other = (make_doc(_text(p), id=p) for p in ("Narva", "Pskov", "Luga"))
    results = ledger.save_many([_item(good), _item(bad, broken=True), _item(other)], run=RUN)
    assert _statuses(results) == ["added", "error", "added"]
    assert ledger.stats().documents == 2
    assert {d.id for d in ledger.documents()} == {"Narva", "Luga"}


def test_same_text_twice_in_one_call_is_stored_once(ledger: Ledger, make_doc) -> None:
    first = make_doc(_text("Narva"), id="first")
    again = replace(first, id="again")
    results = ledger.save_many([_item(first), _item(again)], run=RUN)
    assert [(r.doc_id, r.status) for r in results if isinstance(r, SaveResult)] == [
        ("first", "added"),
        ("first", "unchanged"),
    ]
    assert ledger.stats().documents == 1


def test_stored_documents_are_left_alone_or_reextracted(ledger: Ledger, make_doc) -> None:
    kept = make_doc(_text("Narva"), id="kept")
    ledger.save_many([_item(kept)], run=RUN)
    newer = replace(RUN, version="2.0.0")
    results = ledger.save_many([_item(kept), _item(make_doc(_text("Luga"), id="new"))], run=RUN)
    assert _statuses(results) == ["unchanged", "added"]
    assert _statuses(ledger.save_many([_item(kept)], run=newer)) == ["reextracted"]


def test_has_documents_answers_for_many_hashes(ledger: Ledger, make_doc) -> None:
    from claimledger.store import content_hash

    doc = make_doc(_text("Narva"), id="narva")
    ledger.save_many([_item(doc)], run=RUN)
    digests = [content_hash(doc.text), content_hash("never stored")]
    assert ledger.has_documents(digests) == {digests[0]: "narva"}
    assert ledger.has_documents(digests, version="9.0.0") == {}
