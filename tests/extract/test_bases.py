"""Restated counts ("none of the 22") are dropped after the context components read them."""

from __future__ import annotations

from datetime import date

from claimledger.extract import default_pipeline
from claimledger.model import Claim, Document


def claims(text: str) -> tuple[Claim, ...]:
    return default_pipeline()(Document(id="t", text=text, published=date(2025, 3, 1))).claims


def test_a_count_after_of_the_that_repeats_an_earlier_count_is_dropped() -> None:
    text = (
        "The group interviewed 37 people, including 22 men who had been recruited. "
        "Of the 22 recruited men, 15 said they were deceived, and none of the 22 got a contract."
    )
    assert [c.value for c in claims(text)] == [37, 22, 15]
    assert claims(text)[-1].subject.startswith("recruited men")


def test_a_new_count_after_of_the_stays() -> None:
    assert [c.kind for c in claims("Two-thirds of the 850 families had no income.")] == [
        "percent",
        "count",
    ]


def test_conversions_still_point_at_their_claims() -> None:
    text = "Officials counted 40 men. Of the 40 men, 12 were paid 5,000 rubles ($63) each."
    found = claims(text)
    converted = [c for c in found if c.converts is not None]
    assert converted and found[converted[0].converts].unit == "RUB"


def test_equal_quotes_are_widened_until_they_differ() -> None:
    text = (
        "The Committee claimed that roughly 12,000 citizens were listed. Bastrykin stated that"
        " police raided 300 sites and that roughly 12,000 citizens were registered."
    )
    assert [c.quote for c in claims(text)] == [
        "claimed that roughly 12,000",
        "300",
        "and that roughly 12,000",
    ]
