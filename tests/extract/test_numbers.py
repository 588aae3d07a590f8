"""Reading numbers: every form reports use, plus round-trip properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.extract.numbers import find_numbers, parse_number, plain_numbers

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"]
_TEENS += ["seventeen", "eighteen", "nineteen"]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        if parts:
            parts.append("and")
        if rest < 10:
            parts.append(_ONES[rest])
        elif rest < 20:
            parts.append(_TEENS[rest - 10])
        else:
            tens, ones = divmod(rest, 10)
            parts.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    return " ".join(parts)


def spell(n: int) -> str:
    """A plain English spelling, written independently of the code under test."""
    if n == 0:
        return "zero"
    groups = []
    for scale in ("", " thousand", " million", " billion"):
        n, group = divmod(n, 1000)
        if group:
            groups.append(_words_below_thousand(group) + scale)
    return " ".join(reversed(groups))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20,000", 20000),
        ("20 000", 20000),
        ("20\u202f000", 20000),
        ("20\u00a0000", 20000),
        ("1.5 million", 1_500_000),
        ("13.5 trillion", 13.5e12),
        ("20 thousand", 20000),
        ("100bn", 100e9),
        ("$2.5m", 2.5e6),
        ("4.2 bln", 4.2e9),
        ("10k", 10000),
        ("three million", 3e6),
        ("one hundred and sixteen", 116),
        ("two hundred and two thousand", 202000),
        ("forty-seven", 47),
        ("a dozen", 12),
        ("a hundred", 100),
        ("half a million", 500000),
        ("a quarter million", 250000),
        ("one and a half", 1.5),
        ("3 million and a half", 3.5e6),
        ("seven point five", 7.5),
        ("4 thousand 3 hundred and 21", 4321),
    ],
)
def test_parse_number_reads_every_form(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("half", 50),
        ("two-thirds", 66.7),
        ("a third", 33.3),
        ("one in five", 20),
        ("one out of four", 25),
        ("every fourth", 25),
        ("a quarter", 25),
        ("three quarters", 75),
        ("12%", 12),
        ("61 per cent", 61),
        ("61 percent", 61),
        ("0.5 percent", 0.5),
        ("3/4", 75),
    ],
)
def test_parse_number_reads_shares_as_percentages(text: str, percent: float) -> None:
    assert parse_number(text) == pytest.approx(percent, abs=0.1)


@pytest.mark.parametrize("text", ["dozens", "hundreds", "", "rubles", "4th", "the third", "1 2"])
def test_parse_number_rejects_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


def test_find_numbers_splits_adjacent_numbers_apart() -> None:
    text = "between 2.5 million and 3 million, and 5,000 and 10,000"
    assert [n.value for n in find_numbers(text)] == [2.5e6, 3e6, 5000, 10000]


def test_find_numbers_gives_offsets_into_the_text() -> None:
    text = "They counted two hundred and six tents."
    (number,) = find_numbers(text)
    assert text[number.start : number.end] == "two hundred and six"
    assert number.value == 206


def test_find_numbers_ignores_digits_glued_to_letters() -> None:
    assert find_numbers("a 29km road, Su34 jets and the B52") == []


def test_find_numbers_reads_ordinals_as_ordinals() -> None:
    forms = {n.form for n in find_numbers("the 4th and the twenty-first and the second")}
    assert forms == {"ordinal"}


def test_plain_numbers_skip_pronoun_one_and_keep_signs() -> None:
    values = [n.value for n in plain_numbers("The one she chose fell to -4.5 from one")]
    assert values == [-4.5, 1]


@given(st.integers(min_value=0, max_value=10**12))
def test_comma_grouped_integers_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=1000, max_value=10**12))
def test_space_grouped_integers_round_trip(n: int) -> None:
    grouped = f"{n:,}".replace(",", " ")
    assert parse_number(grouped) == n
    assert parse_number(grouped.replace(" ", "\u202f")) == n


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_spelled_out_integers_round_trip(n: int) -> None:
    assert parse_number(spell(n)) == n


@given(
    st.decimals(min_value=1, max_value=999, places=1),
    st.sampled_from([("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)]),
)
def test_decimal_with_scale_word_round_trips(coefficient: object, scale: tuple[str, float]) -> None:
    word, factor = scale
    value = parse_number(f"{coefficient} {word}")
    assert value == pytest.approx(float(str(coefficient)) * factor)


@given(st.integers(min_value=0, max_value=100), st.sampled_from(["%", " percent", " per cent"]))
def test_percentages_round_trip(n: int, sign: str) -> None:
    assert parse_number(f"{n}{sign}") == n


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=2, max_value=1000))
def test_n_in_m_is_a_share(n: int, m: int) -> None:
    value = parse_number(f"{n} in {m}")
    if n < m:
        assert value == pytest.approx(100 * n / m)
    else:
        assert value is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.3e6", 1.3e6), ("2.5x10^3", 2500), ("½", 50), ("one twenty-fifth", 4)],
)
def test_parse_number_reads_scientific_and_unicode_forms(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)
