"""Dates resolved against the publication date, at the precision the text gives."""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.extract import DEFAULT_COMPONENTS, build_pipeline
from claimledger.extract.components.dates import find_dates
from claimledger.model import Document

# A Friday.
PUBLISHED = date(2025, 3, 14)


def dates(text: str, published: date | None = PUBLISHED) -> list[str | None]:
    names = DEFAULT_COMPONENTS[: DEFAULT_COMPONENTS.index("dates.v1") + 1]
    doc = Document(id="t", text=text, published=published)
    return [claim.date for claim in build_pipeline(names)(doc).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency said on 2 February 2024 that 500 people left.", "2024-02-02"),
        ("On April 3 the camp held 7,000 people.", "2024-04-03"),
        ("On March 10 the camp held 7,000 people.", "2025-03-10"),
        ("The office said on Wednesday that 7,000 people were waiting.", "2025-03-12"),
        ("The office said on Friday that 7,000 people were waiting.", "2025-03-14"),
        ("In November the camp held 7,000 people.", "2024-11"),
        ("By the end of June 2023 the camp held 7,000 people.", "2023-06"),
        ("Last year the camp held 7,000 people.", "2024"),
        ("The camp held 7,000 people in the second half of 2023.", "2023"),
        ("There are currently 7,000 people in the camp.", "2025-03-14"),
        ("Yesterday 7,000 people were counted in the camp.", "2025-03-13"),
        ("The budget for next year sets aside $4 million for the camp.", "2026"),
    ],
)
def test_date_is_resolved(text: str, expected: str) -> None:
    assert dates(text) == [expected]


def test_reference_time_wins_over_statement_time() -> None:
    text = "The agency said on Monday that 9,000 people were displaced at the end of 2024."
    assert dates(text) == ["2024"]


def test_now_inside_a_dated_statement_means_the_statement_date() -> None:
    assert dates("The agency said on March 3 that 9,000 people now live in tents.") == [
        "2025-03-03"
    ]


def test_since_marks_the_start_of_a_count() -> None:
    assert dates("Some 9,000 people have left since February 2022.") == [None]
    assert dates("The count reached 9,000, the highest since records began in 2010.") == [None]


def test_may_the_verb_money_and_footnotes_are_not_dates() -> None:
    assert dates("As many as 9,000 people may return, costing $2025 each.[2]") == [None, None]


def test_date_in_another_clause_does_not_count() -> None:
    text = "Officials say 600 homes were lost, though a report on May 2 put it lower."
    assert dates(text) == [None]


def test_relative_dates_need_a_publication_date() -> None:
    assert dates("In November the camp held 7,000 people.", published=None) == [None]
    assert dates("In November 2024 the camp held 7,000 people.", published=None) == ["2024-11"]


def test_find_dates_reports_spans_and_rules() -> None:
    text = "Between May 5 and last week, 2023 figures were revised."
    found = find_dates(text, PUBLISHED)
    assert [text[d.start : d.end] for d in found] == ["May 5", "last week", "2023"]
    assert found[0].value == "2024-05-05" and found[0].rule == "date.month_day"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports fell by 9 percent in the first quarter.", "2025"),
        ("Some 2,400 people applied in the first two months of the year.", "2025"),
        ("Arrivals rose 14 percent in the first half of the year.", "2025"),
        ("Arrivals rose 14 percent in the second half of 2023.", "2023"),
        ("Arrivals rose 14 percent in the fourth quarter.", "2024"),
        ("Surveyors visited 600 homes between May and September 2024.", "2024"),
    ],
)
def test_parts_and_spans_of_a_year(text: str, expected: str) -> None:
    assert dates(text) == [expected]


def test_part_of_year_beats_the_statement_month() -> None:
    text = "The governor said in February that 300 flats had been rebuilt in the first quarter."
    assert dates(text) == ["2025"]


def test_comparison_base_year_does_not_date_the_change() -> None:
    text = "Grain exports reached $4 billion last year, up 11 per cent from 2022, officials said."
    assert dates(text) == ["2024", "2024"]


def test_a_year_range_after_from_is_not_a_comparison_base() -> None:
    assert dates("Enrolment grew by 7 percent from 2021 to 2023.") == ["2021"]


def test_a_year_earlier_dates_only_the_base_figure() -> None:
    # "a year earlier" counts back from the year the sentence gives, when it gives one
    text = "Some 52 per cent had jobs in 2024, up from 41 per cent a year earlier."
    assert dates(text) == ["2024", "2023"]
    text = "The caseload was 900 higher than a year earlier, a rise of 8 per cent."
    assert dates(text) == [None, None]


def test_bare_month_followed_by_a_figure() -> None:
    assert dates("In late January, 4,100 people crossed the border.") == ["2025-01"]


def test_a_change_from_a_month_is_measured_against_it() -> None:
    text = "Some 2,100 migrants had permits at the end of February, up 12 per cent from November."
    assert dates(text) == ["2025-02", "2025-02"]


def test_the_specific_time_after_a_colon_wins() -> None:
    text = "Traffic eased in the first quarter: 4,200 people crossed in February."
    assert dates(text) == ["2025-02"]


def test_a_parallel_clause_shares_the_time() -> None:
    text = "In January 5,000 people arrived, while some 3,000 left."
    assert dates(text) == ["2025-01", "2025-01"]


def test_a_time_on_another_noun_does_not_date_the_figure() -> None:
    text = (
        "The governor said on March 3 that 900 men will be called under the decree "
        "signed in early February."
    )
    assert dates(text) == ["2025-03-03"]


def test_bullets_under_an_as_of_heading_take_its_date() -> None:
    text = "Key figures (as of 31 March 2025):\n\n- Displaced: 3,600,000\n- In centres: 94,500\n"
    assert dates(text) == ["2025-03-31", "2025-03-31"]


def test_bullets_under_a_title_line_with_as_of_take_its_date() -> None:
    text = "KEY FIGURES (as of 10 March)\n\n- 41,200 people evacuated\n- 23 sites open\n"
    assert dates(text) == ["2025-03-10", "2025-03-10"]


def test_bullets_after_a_sentence_with_as_of_stay_undated() -> None:
    text = "Partners reached many families, as of 15 March.\n\n- 41,200 people evacuated\n"
    assert dates(text) == [None]


def test_bullets_under_a_plain_heading_stay_undated() -> None:
    assert dates("Key figures:\n\n- Displaced persons: 3,600,000\n") == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The survey, conducted between 3 and 25 March, reached 20,074 people.", ["2025-03"]),
        ("In January–March, a total of 48.7 billion soums was paid.", ["2025"]),
        ("The children returned last week include three siblings.", ["2025-03"]),
        ("A tender published in February budgets 312 million rubles for 2026.", ["2026"]),
        ("The share fell from 83 percent in 2022 to 74 percent in 2024.", ["2022", "2024"]),
    ],
)
def test_spans_weeks_issue_dates_and_a_date_per_figure(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


def test_second_that_clause_and_name_lists_keep_their_own_dates() -> None:
    text = (
        "Bastrykin stated on February 15 that police conducted over 2,300 raids in Moscow,"
        " Moscow Oblast, and St. Petersburg in January 2025 and that roughly 12,000 citizens"
        " have been registered since January 1."
    )
    assert dates(text) == ["2025-01", "2025-02-15"]


def test_a_year_after_a_base_figure_dates_only_that_figure() -> None:
    assert dates("Nearly 60% said they faced abuse, up from 45% in 2023.") == [None, "2023"]


def test_month_first_day_spans_date_the_month_and_their_end_is_no_count() -> None:
    assert dates("Russian forces conducted 120 assaults between December 1 and 5.") == ["2024-12"]
    assert dates("Russia recruited 30,000 people from March 1-10.") == ["2025-03"]


def test_a_deadline_does_not_date_the_figure() -> None:
    text = (
        "The governor said on March 2 that the region will pay 500,000 rubles "
        "to men who sign before April 30."
    )
    assert dates(text) == ["2025-03-02"]
    assert dates("Applicants have until 30 June to claim 2,000 euros.") == [None]


def test_now_is_the_time_of_writing_not_of_a_law_adopted_earlier() -> None:
    text = "Nine regions now pay up to 10 million rubles under a federal law adopted in late 2024."
    assert dates(text) == [PUBLISHED.isoformat()] * 2


def test_a_parallel_clause_with_its_own_start_does_not_share_a_date() -> None:
    text = (
        "A third of regions ran a deficit in 2024, and several have cut bonuses by 20 per cent"
        " since December."
    )
    assert dates(text) == ["2024", None]
