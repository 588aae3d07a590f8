"""Claims from quantities: scored kinds only, exact quotes, remapped conversion links."""

from __future__ import annotations

import dataclasses

import pytest

from claimledger.extract.components.claims import COMPONENT, claims_from, updated
from claimledger.extract.pipeline import Parse
from claimledger.model import Claim, Document, Quantity, Sentence

TEXT = "In 2023 the fund paid 9,000 lari ($3,300) to 40 families, 15% more than before."


def parse_with_quantities() -> Parse:
    doc = Document(id="brief", text=TEXT)
    sentence = Sentence(0, len(TEXT), TEXT)

    def span(part: str) -> tuple[int, int]:
        start = TEXT.index(part)
        return start, start + len(part)

    quantities = (
        Quantity(*span("2023"), value=2023, kind="year", sentence=0),
        Quantity(*span("9,000 lari"), value=9000, kind="money", unit="GEL", rule="m", sentence=0),
        Quantity(*span("$3,300"), value=3300, kind="money", unit="USD", converts=1, sentence=0),
        Quantity(*span("40"), value=40, kind="count", sentence=0),
        Quantity(*span("15%"), value=15, kind="percent", unit="percent", sentence=0),
    )
    return Parse(doc, sentences=(sentence,), quantities=quantities)


def test_one_claim_per_scored_quantity_with_exact_quote() -> None:
    claims = claims_from(parse_with_quantities())
    assert [c.quote for c in claims] == ["9,000 lari", "$3,300", "40", "15%"]
    assert [c.kind for c in claims] == ["money", "money", "count", "percent"]
    for claim in claims:
        assert TEXT[claim.start : claim.end] == claim.quote
        assert claim.doc == "brief"
        assert (claim.sentence_start, claim.sentence_end) == (0, len(TEXT))


def test_placeholders_until_context_components_run() -> None:
    claim = claims_from(parse_with_quantities())[0]
    assert (claim.subject, claim.source, claim.date, claim.hedge) == ("", None, None, "asserted")
    assert claim.rule == "m"


def test_conversion_link_points_at_the_claim_index() -> None:
    claims = claims_from(parse_with_quantities())
    assert claims[1].converts == 0
    assert claims[0].converts is None


def test_component_sets_claims() -> None:
    parse = COMPONENT(parse_with_quantities())
    assert len(parse.claims) == 4


def test_updated_copies_and_rejects_unknown_fields() -> None:
    claim = claims_from(parse_with_quantities())[2]
    changed = updated(claim, subject="families")
    assert changed.subject == "families" and claim.subject == ""
    assert changed.quote == claim.quote
    with pytest.raises(TypeError, match="colour"):
        updated(claim, colour="red")


def test_placeholder_claims_set_every_field() -> None:
    # claims_from builds claims without Claim.__init__; a new field must not be left unset.
    claim = claims_from(parse_with_quantities())[0]
    assert set(vars(claim)) == {f.name for f in dataclasses.fields(Claim)}
    assert claim == dataclasses.replace(claim)
