"""A figure that converts another inherits its context."""

from __future__ import annotations

from datetime import date

from claimledger.extract import DEFAULT_COMPONENTS, build_pipeline
from claimledger.extract.components.claims import claims_from
from claimledger.extract.components.conversions import inherit
from claimledger.extract.pipeline import Parse
from claimledger.model import Document, Quantity, Sentence


def claims(text: str) -> list[tuple[object, ...]]:
    names = DEFAULT_COMPONENTS[: DEFAULT_COMPONENTS.index("conversions.v1") + 1]
    doc = Document(id="t", text=text, published=date(2025, 3, 14))
    out = build_pipeline(names)(doc).claims
    return [(c.quote, c.qualifier, c.subject, c.source, c.date, c.hedge) for c in out]


def test_conversion_inherits_qualifier_source_date_hedge_and_subject() -> None:
    text = "The ministry claimed on March 2 that bonuses reached at least 90,000 rubles ($1,000)."
    rubles, dollars = claims(text)
    assert dollars[0] == "$1,000"
    assert dollars[1:] == rubles[1:]
    assert dollars[1] == "at_least" and dollars[3] == "ministry" and dollars[4] == "2025-03-02"


def test_a_restated_share_keeps_its_own_qualifier() -> None:
    text = "Roughly one in four respondents (26 percent) said they had moved twice."
    share, restated = claims(text)
    assert share[1] == "about" and restated[1] == "exact"
    assert restated[2:] == share[2:]


def test_inherit_ignores_links_out_of_range() -> None:
    text = "Pay: 100 rubles."
    doc = Document(id="t", text=text)
    start = text.index("100")
    quantity = Quantity(start, start + 10, 100, "money", unit="RUB", converts=None, sentence=0)
    parse = Parse(doc, (Sentence(0, len(text), text),), (quantity,))
    (claim,) = claims_from(parse)
    broken = claim.__class__(**{**claim.__dict__, "converts": 7})
    assert inherit((broken,)) == (broken,)
