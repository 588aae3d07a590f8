"""How firmly each figure is put, by SCHEMA.md precedence and scope."""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.extract import DEFAULT_COMPONENTS, build_pipeline
from claimledger.extract.components.clauses import stronger
from claimledger.model import Document


def hedges(text: str) -> list[str]:
    names = DEFAULT_COMPONENTS[: DEFAULT_COMPONENTS.index("hedges.v1") + 1]
    doc = Document(id="t", text=text, published=date(2025, 3, 14))
    return [claim.hedge for claim in build_pipeline(names)(doc).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 4,000 families fled the region.", "asserted"),
        ("The mayor said 4,000 families fled the region.", "reported"),
        ("Up to 4,000 families fled, according to the mayor.", "reported"),
        ("The army estimated that 4,000 families fled the region.", "estimated"),
        ("An estimated 4,000 families fled the region.", "estimated"),
        ("The army claimed that 4,000 families fled the region.", "claimed"),
        ("Reportedly 4,000 families fled the region.", "reported"),
        ("Observers say 4,000 families probably fled the region.", "likely"),
        ("The mayor said 4,000 families may have fled the region.", "possible"),
        ("About 4,000 families are believed to have fled the region.", "estimated"),
    ],
)
def test_hedge(text: str, expected: str) -> None:
    assert hedges(text) == [expected]


def test_a_verb_that_governs_a_later_figure_does_not_reach_an_earlier_one() -> None:
    text = "The mayor stated that 900 homes burned and claimed that 300 more were looted."
    assert hedges(text) == ["reported", "claimed"]


def test_a_modal_after_though_does_not_reach_the_figure() -> None:
    text = "Shelters housed 1,100 people, though the number could rise."
    assert hedges(text) == ["asserted"]


def test_precedence_helper() -> None:
    assert stronger("reported", "possible") == "possible"
    assert stronger("likely", "estimated") == "likely"
    assert stronger("asserted", "asserted") == "asserted"


def test_the_claim_that_hedges_without_a_speaker() -> None:
    assert hedges("Monitors have not seen proof of the claim that 2,000 troops were lost.") == [
        "claimed"
    ]


def test_could_not_is_ability_not_doubt() -> None:
    assert hedges("Nearly 700 families could not afford rent.") == ["asserted"]


def test_hedging_word_stays_in_its_own_complement_clause() -> None:
    text = (
        "The lawyer said she had handled 400 cases this year, and that possibly "
        "a third of them ended in deportation."
    )
    assert hedges(text) == ["reported", "possible"]


def test_passive_cues_hedge_without_a_speaker() -> None:
    assert hedges("Price rises of up to 25 percent have been reported in Lviv.") == ["reported"]
    assert hedges("Tax receipts are projected to drop to 4.2 trillion rubles.") == ["estimated"]


def test_trailing_attribution_and_forecast_verbs_set_the_hedge() -> None:
    assert hedges("Some 45 per cent of shelters lack heating, aid agencies estimate.") == [
        "estimated"
    ]
    assert hedges("We estimate that the new rules cost employers at least $3 billion.") == [
        "estimated"
    ]
    assert hedges("Bankers predict that lending will fall by 9 percent.") == ["estimated"]


def test_an_estimated_hedges_only_its_own_figure() -> None:
    text = "Officials said 5,000 people left in May, compared with an estimated 8,000 in April."
    assert hedges(text) == ["reported", "estimated"]


def test_adjective_expected_is_not_a_forecast_cue() -> None:
    assert hedges("Wages rose 6 percent, well below expected inflation of 9 percent.") == [
        "asserted",
        "asserted",
    ]


def test_than_expected_is_no_attribution() -> None:
    assert hedges("Food prices rose 11 percent, higher than expected.") == ["asserted"]


def test_comparison_with_an_expectation_is_no_estimate() -> None:
    assert hedges("Some 3,100 families left, more than previously thought.") == ["asserted"]
    assert hedges("About 900 people are thought to be trapped.") == ["estimated"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We have identified 3,400 soldiers by name.", "asserted"),
        (
            "Together with partners, we estimate from court files that 8,000 men were jailed.",
            "estimated",
        ),
        ("It is plausible that fees take 4 per cent of wages.", "possible"),
        ("That 2,000 more were drafted cannot be ruled out.", "possible"),
        ("Lenders urging states to act cost 50,000 dollars.", "asserted"),
    ],
)
def test_author_voice_and_possibility(text: str, expected: str) -> None:
    assert hedges(text)[-1] == expected


def test_a_baseline_is_not_hedged_by_the_forecast() -> None:
    text = "Exports are forecast to rise by 3 per cent in 2026, after an increase of 5 per cent."
    assert hedges(text) == ["estimated", "asserted"]


def test_a_speaker_still_reaches_the_baseline() -> None:
    text = "Officials told reporters that 410 people left, down from 500 a year earlier."
    assert hedges(text) == ["reported", "reported"]


def test_a_quotation_that_runs_on_is_reported() -> None:
    text = '"We waited for weeks," said Rustam Nazarov. "Only 12 of us got papers."'
    assert hedges(text)[-1] == "reported"


def test_by_someones_calculation_is_an_estimate_of_what_follows() -> None:
    from datetime import date

    from claimledger.extract import default_pipeline
    from claimledger.model import Document

    text = (
        "The centre budgets 312 million rubles for food, enough, by iStories' calculation,"
        " to feed about 1,200 detainees. Some 4,000 people left, by the agency's count."
    )
    doc = Document(id="t", text=text, published=date(2026, 3, 1), publisher="iStories")
    found = [(c.source, c.hedge) for c in default_pipeline()(doc).claims]
    assert found == [(None, "asserted"), (None, "estimated"), ("agency", "reported")]


def test_by_calculation_reaches_only_the_clause_of_its_figure() -> None:
    from datetime import date

    from claimledger.extract import default_pipeline
    from claimledger.model import Document

    text = (
        "The budget is enough, by our calculation, to feed about 1,200 detainees a day"
        " — almost twice the official capacity of 650 places."
    )
    doc = Document(id="t", text=text, published=date(2026, 3, 1), publisher="Probe")
    assert [c.hedge for c in default_pipeline()(doc).claims] == ["estimated", "asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is unlikely that more than 10,000 people left.", "possible"),
        ("It is highly probable that 5,000 people were recruited.", "likely"),
        ("There is a realistic possibility that 300 soldiers died.", "possible"),
    ],
)
def test_estimative_language(text: str, expected: str) -> None:
    from datetime import date

    from claimledger.extract import default_pipeline
    from claimledger.model import Document

    doc = Document(id="t", text=text, published=date(2026, 3, 1))
    assert [c.hedge for c in default_pipeline()(doc).claims] == [expected]
