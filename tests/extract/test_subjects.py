"""What each figure counts: the noun phrase after it, its of-phrase, or its clause."""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.extract import DEFAULT_COMPONENTS, build_pipeline
from claimledger.extract.components.subjects import tokens
from claimledger.model import Claim, Document


def run(text: str) -> tuple[Claim, ...]:
    names = DEFAULT_COMPONENTS[: DEFAULT_COMPONENTS.index("subjects.v1") + 1]
    doc = Document(id="t", text=text, published=date(2025, 3, 14))
    return build_pipeline(names)(doc).claims


def subjects(text: str) -> list[str]:
    return [claim.subject for claim in run(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Border guards turned back more than 4,500 asylum seekers at the northern crossing.",
            "asylum seekers at the northern crossing",
        ),
        ("Fines for hiring undocumented workers were raised to 800,000 rubles.", "Fines for"),
        ("Unemployment among returnees stood at 31 percent.", "Unemployment among returnees"),
        ("Recruiters promised a signing bonus of 1.2 million rubles.", "signing bonus"),
        ("Roughly 60 percent of the households had lost their income.", "share of households"),
    ],
)
def test_subject_phrase_starts_as_expected(text: str, expected: str) -> None:
    assert subjects(text)[0].startswith(expected)


def test_a_place_holding_a_bare_figure_borrows_the_earlier_noun() -> None:
    found = subjects("Ethiopia hosts 1.1 million refugees, while Uganda hosts 1.6 million.")
    assert found == ["refugees in Ethiopia", "refugees in Uganda"]


def test_of_them_resolves_to_the_figure_before() -> None:
    found = subjects("An estimated 6,000 families fled the town, and 450 of them found shelter.")
    assert found[1].startswith("families")


def test_a_participle_before_the_figure_is_kept() -> None:
    assert subjects("Police arrested at least 240 people.")[0] == "people arrested by Police"


def test_such_refers_back_to_the_earlier_subject() -> None:
    text = (
        "Typical penalties for late registration rose to 9,000 rubles. "
        "A new decree then cut such penalties to 4,000 rubles."
    )
    first, second = subjects(text)
    assert second == first == "Typical penalties for late registration"


def test_percent_of_a_whole_names_the_owner() -> None:
    found = subjects("Pensions would take up about 30 percent of the regional budget.")
    assert found == ["Pensions share of regional budget"]


def test_a_conversion_is_not_part_of_the_subject() -> None:
    found = subjects("The city spent 45 million euros ($49 million) on temporary housing.")
    assert found[0] == "city spending on temporary housing"


def test_tokens_are_exact_slices() -> None:
    text = "Some 1,200 low- and middle-income homes, i.e. 12%."
    for tok in tokens(text):
        assert text[tok.start : tok.end] == tok.text
    assert "1,200" in [tok.text for tok in tokens(text)]


def test_evidence_names_the_subject_rule() -> None:
    claim = run("About 700 volunteers joined.")[0]
    assert dict(claim.evidence)["subject"].startswith("subject.")


def test_a_share_of_a_counted_group_reads_through_the_count() -> None:
    found = subjects("Two-thirds of the 900 households visited by the team lacked heating.")
    assert found[0].startswith("share of households visited")


def test_change_verbs_and_participle_clauses() -> None:
    assert subjects("The decree would cap the number of permits at 250,000.") == [
        "number of permits"
    ]
    assert subjects("Bus fares to the border rose sharply, reaching 9,000 rubles.") == [
        "Bus fares to the border"
    ]
