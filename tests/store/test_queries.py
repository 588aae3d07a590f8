"""claims(), documents() and stats(): filters and orderings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from storekit import Fig

from claimledger.model import Document
from claimledger.store import Ledger


@pytest.fixture()
def filled(ledger: Ledger, save, make_doc: Callable[..., Document]) -> Ledger:
    save(
        make_doc(
            "UNHCR counted 8,000 refugees. The UNHCR office spent EUR 2 million.",
            id="a-2024",
            publisher="Field Post",
            published=date(2024, 9, 1),
        ),
        [
            Fig("8,000", 8000, source="UNHCR"),
            Fig("EUR 2 million", 2e6, kind="money", unit="EUR", source="UNHCR office"),
        ],
    )
    save(
        make_doc(
            "По данным Минобороны, 300 человек. Some 15% left.",
            id="B-2025",
            publisher="Лента Севера",
            published=date(2025, 4, 4),
        ),
        [
            Fig("300", 300, source="Минобороны"),
            Fig("15%", 15, kind="percent", unit="percent", qualifier="about"),
        ],
    )
    return ledger


def quotes(claims: list) -> list[str]:  # type: ignore[type-arg]
    return [c.quote for c in claims]


def test_claims_newest_document_first_then_by_offset(filled: Ledger) -> None:
    assert quotes(filled.claims()) == ["300", "15%", "8,000", "EUR 2 million"]


def test_claims_filters(filled: Ledger) -> None:
    assert quotes(filled.claims(kind="money")) == ["EUR 2 million"]
    assert quotes(filled.claims(source="unhcr")) == ["8,000", "EUR 2 million"]
    assert quotes(filled.claims(source="OFFICE")) == ["EUR 2 million"]
    assert quotes(filled.claims(source="минобороны")) == ["300"]
    assert quotes(filled.claims(source="100%_")) == []
    assert quotes(filled.claims(publisher="лента севера")) == ["300", "15%"]
    assert quotes(filled.claims(since=date(2025, 1, 1))) == ["300", "15%"]
    assert quotes(filled.claims(until=date(2024, 12, 31))) == ["8,000", "EUR 2 million"]
    assert quotes(filled.claims(doc="a-2024", kind="count")) == ["8,000"]
    assert quotes(filled.claims(docs=["a-2024", "B-2025"], limit=3)) == ["300", "15%", "8,000"]
    assert quotes(filled.claims(docs=[])) == []


def test_claim_values_and_intervals_round_trip(filled: Ledger) -> None:
    by_quote = {c.quote: c for c in filled.claims()}
    assert by_quote["EUR 2 million"].value == 2e6
    assert by_quote["15%"].interval == pytest.approx((13.5, 16.5))
    assert by_quote["15%"].record()["interval"] == [13.5, 16.5]
    assert by_quote["300"].sentence == "По данным Минобороны, 300 человек."


def test_range_values_round_trip(ledger: Ledger, save, make_doc) -> None:
    save(
        make_doc("Between 150 and 200 people left.", id="r"),
        [Fig("Between 150 and 200", (150, 200), qualifier="range")],
    )
    [claim] = ledger.claims()
    assert claim.value == (150, 200)
    assert claim.record()["value"] == [150, 200]
    assert claim.interval == (150, 200)


def test_stats_counts_by_kind(filled: Ledger) -> None:
    stats = filled.stats()
    assert (stats.documents, stats.claims, stats.duplicates, stats.sentences) == (2, 4, 0, 4)
    assert stats.by_kind == {"count": 2, "money": 1, "percent": 1}
    assert stats.size_bytes > 10_000


def test_document_ids_sort_bytewise_on_both_databases(filled: Ledger, save, make_doc) -> None:
    for doc_id in ("b-lower", "B-upper", "a_under"):
        save(make_doc(f"Text of {doc_id}.", id=doc_id, published=None))
    undated = [d.id for d in filled.documents() if d.published is None]
    assert undated == ["B-upper", "a_under", "b-lower"]
