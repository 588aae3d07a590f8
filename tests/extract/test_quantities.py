"""The figure layer: kinds, units, qualifiers, ranges, conversions and non-claim numbers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.extract.components.quantities import COMPONENT, find_quantities
from claimledger.extract.figures import token_after, token_before
from claimledger.extract.mentions import currency_mentions, percent_mentions
from claimledger.extract.pipeline import Parse
from claimledger.model import Document, Quantity, Sentence

CLAIMS = ("count", "money", "percent")


def claims(text: str) -> list[Quantity]:
    return [q for q in find_quantities(text) if q.kind in CLAIMS]


def one(text: str) -> Quantity:
    found = claims(text)
    assert len(found) == 1, found
    return found[0]


def span(text: str, q: Quantity) -> str:
    return text[q.start : q.end]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The camp holds 350 families.", "exact"),
        ("At least 350 volunteers registered.", "at_least"),
        ("No fewer than 350 volunteers registered.", "at_least"),
        ("A minimum of 350 volunteers registered.", "at_least"),
        ("More than 350 volunteers registered.", "more_than"),
        ("Just over 350 volunteers registered.", "more_than"),
        ("Upwards of 350 volunteers registered.", "more_than"),
        ("In excess of 350 volunteers registered.", "more_than"),
        ("Over 350 volunteers registered.", "more_than"),
        ("About 350 volunteers registered.", "about"),
        ("Around 350 volunteers registered.", "about"),
        ("Roughly 350 volunteers registered.", "about"),
        ("Approximately 350 volunteers registered.", "about"),
        ("Some 350 volunteers registered.", "about"),
        ("Nearly 350 volunteers registered.", "about"),
        ("Almost 350 volunteers registered.", "about"),
        ("Close to 350 volunteers registered.", "about"),
        ("An estimated 350 volunteers registered.", "about"),
        ("Up to 350 volunteers registered.", "up_to"),
        ("As many as 350 volunteers registered.", "up_to"),
        ("At most 350 volunteers registered.", "at_most"),
        ("No more than 350 volunteers registered.", "at_most"),
        ("Fewer than 350 volunteers registered.", "at_most"),
        ("Less than 350 volunteers registered.", "at_most"),
        ("Under 350 volunteers registered.", "at_most"),
        ("350 volunteers or more registered.", "at_least"),
        ("Some 350 or more volunteers registered.", "at_least"),
    ],
)
def test_qualifier_words(text: str, qualifier: str) -> None:
    q = one(text)
    assert (q.value, q.qualifier) == (350, qualifier)


def test_qualifier_is_part_of_the_span() -> None:
    text = "Officials counted just over 1,450 arrivals."
    assert span(text, one(text)) == "just over 1,450"


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The shelters took in 6,000 to 9,000 people.", (6000, 9000), "range"),
        ("The shelters took in from 6,000 to 9,000 people.", (6000, 9000), "range"),
        ("The shelters took in between 6,000 and 9,000 people.", (6000, 9000), "range"),
        ("The shelters took in 600,000-700,000 people.", (600000, 700000), "range"),
        ("The shelters took in 600,000–700,000 people.", (600000, 700000), "range"),
        ("The shelters took in between 1.5 million and 2 million people.", (1.5e6, 2e6), "range"),
        ("The shelters took in between 1.5 and 2 million people.", (1.5e6, 2e6), "range"),
        ("The shelters took in around 6,000 to 9,000 people.", (6000, 9000), "approx_range"),
        ("The brigade has 12,000-14,000 personnel.", (12000, 14000), "range"),
    ],
)
def test_ranges(text: str, value: tuple[float, float], qualifier: str) -> None:
    q = one(text)
    assert (q.value, q.qualifier) == (value, qualifier)


def test_range_span_covers_opener_and_unit() -> None:
    text = "Fees ran roughly from 40,000 to 90,000 roubles a head."
    q = one(text)
    assert span(text, q) == "roughly from 40,000 to 90,000 roubles"
    assert (q.kind, q.unit, q.qualifier) == ("money", "RUB", "approx_range")


def test_money_range_with_a_sign_on_both_ends() -> None:
    q = one("The tickets cost $410 to $780.")
    assert (q.value, q.unit, q.qualifier) == ((410, 780), "USD", "range")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a grant of 4 million rubles", 4e6, "RUB"),
        ("a grant of 4 million roubles", 4e6, "RUB"),
        ("a grant of 4 000 руб", 4000, "RUB"),
        ("a grant of ₽4,000", 4000, "RUB"),
        ("a grant of RUB 4m", 4e6, "RUB"),
        ("a grant of $7.75 billion", 7.75e9, "USD"),
        ("a grant of US$ 300", 300, "USD"),
        ("a grant of 300 dollars", 300, "USD"),
        ("a grant of USD 5m", 5e6, "USD"),
        ("a grant of €12 million", 12e6, "EUR"),
        ("a grant of 12 million euros", 12e6, "EUR"),
        ("a grant of EUR 12,000", 12000, "EUR"),
        ("a grant of 9,000 hryvnias", 9000, "UAH"),
        ("a grant of ₴9,000", 9000, "UAH"),
        ("a grant of £60,000", 60000, "GBP"),
        ("a grant of 60,000 pounds", 60000, "GBP"),
        ("a grant of 150,000 tenge", 150000, "KZT"),
        ("a grant of 150 000 ₸", 150000, "KZT"),
        ("a grant of 2 million soums", 2e6, "UZS"),
        ("a grant of 3,000 somoni", 3000, "TJS"),
        ("a grant of 25,000 soms", 25000, "KGS"),
        ("a grant of 25,000 KGS", 25000, "KGS"),
        ("a 70,000-ruble fine", 70000, "RUB"),
    ],
)
def test_money_units_are_iso_codes(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.kind, q.value, q.unit) == ("money", value, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices rose 9% last month.", 9),
        ("Prices rose 9 per cent.", 9),
        ("Prices rose 9 percent.", 9),
        ("Prices rose 0.4 percentage points.", 0.4),
        ("Half of the workers left.", 50),
        ("Two-thirds of the workers left.", 66.7),
        ("A third of the workers left.", 33.3),
        ("A quarter of the workers left.", 25),
        ("One in four workers left.", 25),
        ("Every fifth worker left.", 20),
    ],
)
def test_percentages_and_shares(text: str, value: float) -> None:
    q = one(text)
    assert (q.kind, q.unit) == ("percent", "percent")
    assert q.value == pytest.approx(value, abs=0.1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police held a dozen men.", 12),
        ("Police held five men.", 5),
        ("Police held two million men.", 2e6),
        ("Police held 9.4 million men.", 9.4e6),
        ("The total was 4 million higher than before.", 4e6),
    ],
)
def test_counts(text: str, value: float) -> None:
    q = one(text)
    assert (q.kind, q.value, q.unit) == ("count", value, None)


def test_conversion_links_to_the_figure_it_restates() -> None:
    text = "Each recruit gets 400,000 rubles ($4,400) up front."
    rubles, dollars = find_quantities(text)
    assert (rubles.unit, dollars.unit) == ("RUB", "USD")
    assert dollars.converts == 0
    assert rubles.converts is None


def test_conversion_inherits_the_qualifier() -> None:
    text = "Fines reach up to 30,000 rubles ($330) in Moscow."
    rubles, dollars = find_quantities(text)
    assert (rubles.qualifier, dollars.qualifier) == ("up_to", "up_to")


def test_converted_range_inherits_approximation() -> None:
    text = "Bribes cost roughly 20,000 to 40,000 rubles ($220 to $440)."
    rubles, dollars = find_quantities(text)
    assert rubles.qualifier == dollars.qualifier == "approx_range"
    assert dollars.value == (220, 440)


def test_conversion_keeps_its_own_qualifier() -> None:
    text = "Rent is 60,000 rubles (about $660) a month."
    _, dollars = find_quantities(text)
    assert (dollars.qualifier, dollars.converts) == ("about", 0)


def test_restated_share_is_its_own_figure() -> None:
    text = "Almost one in three workers (31 percent) had no contract."
    share, percent = find_quantities(text)
    assert (share.qualifier, share.value) == ("about", pytest.approx(33.3, abs=0.1))
    assert (percent.value, percent.qualifier, percent.converts) == (31, "exact", 0)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The decree was signed in 2023.", "year"),
        ("Russia's 2026 budget was adopted.", "year"),
        ("Flows peaked in 2021-2022.", "year"),
        ("Flows peaked in 2021–22.", "year"),
        ("It was signed on June 3.", "date"),
        ("It was signed on 3 June.", "date"),
        ("It was signed on 2024-06-03.", "date"),
        ("It was signed at 14:30.", "time"),
        ("Residents fled the city.[12]", "footnote"),
        ("They came 3rd in the vote.", "ordinal"),
        ("The second wave began.", "ordinal"),
        ("It breaches Article 275 of the code.", "law_number"),
        ("Federal Law No. 521-FZ entered into force.", "law_number"),
        ("The council passed Resolution 2139.", "law_number"),
        ("Bulletin No. 44 is out.", "identifier"),
        ("Troops fired Kh-101 missiles.", "identifier"),
        ("Men aged 18 to 50 were called up.", "age"),
        ("A 19-year-old was detained.", "age"),
        ("She faces up to 15 years in prison.", "duration"),
        ("The raids lasted three days.", "duration"),
        ("He signed a two-year contract.", "duration"),
        ("Fuel costs rose five times over.", "ratio"),
        ("The front line is 40 km away.", "measure"),
    ],
)
def test_non_claim_numbers_get_their_own_kind(text: str, kind: str) -> None:
    found = find_quantities(text)
    assert found, text
    assert {q.kind for q in found} == {kind}


def test_first_half_of_a_year_is_not_a_share() -> None:
    found = find_quantities("Arrivals fell in the first half of 2024.")
    assert not [q for q in found if q.kind in CLAIMS]


def test_lone_one_is_not_a_count() -> None:
    assert claims("One official said the one-off bonus was one of the largest.") == []


def test_rule_names_the_patterns_that_fired() -> None:
    q = one("The grant was around €3 million.")
    assert "currency.before" in q.rule and "qualifier.before" in q.rule


def test_offset_shifts_every_span() -> None:
    text = "Some 300 people left."
    (q,) = find_quantities(text, offset=100, sentence=4)
    assert (q.start, q.end, q.sentence) == (100, 108, 4)


def test_component_runs_per_sentence_and_remaps_conversions() -> None:
    text = "Up to 500 people fled. Fines hit 9,000 rubles ($99)."
    sentences = (Sentence(0, 22, text[:22]), Sentence(23, len(text), text[23:]))
    parse = COMPONENT(Parse(Document("d", text), sentences=sentences))
    people, rubles, dollars = parse.quantities
    assert (people.sentence, rubles.sentence, dollars.sentence) == (0, 1, 1)
    assert text[rubles.start : rubles.end] == "9,000 rubles"
    assert dollars.converts == 1
    assert COMPONENT.requires == ("sentences",) and COMPONENT.assigns == ("quantities",)


def test_change_between_two_levels_is_not_a_range() -> None:
    text = "The rate climbed from 8 to 11 percent over the year."
    low, high = claims(text)
    assert (low.kind, low.value, high.value) == ("percent", 8, 11)
    assert low.qualifier == high.qualifier == "exact"


def test_change_from_one_range_to_another_keeps_the_ranges() -> None:
    text = "Fees rose from 1,000 to 2,000 rubles to between 9,000 and 12,000 rubles."
    first, second = claims(text)
    assert (first.value, second.value) == ((1000, 2000), (9000, 12000))


def test_two_one_sided_bounds_make_a_range() -> None:
    q = one("Each unit has more than 40 and fewer than 60 soldiers.")
    assert (q.value, q.qualifier) == ((40, 60), "range")


def test_suffix_qualifier_and_its_limits() -> None:
    assert one("The camp holds 800 people or more.").qualifier == "at_least"
    assert claims("The camp holds 800 people or more precisely 810.")[0].qualifier == "exact"
    two = claims("They expect 800 or more than 900 arrivals.")
    assert [(q.value, q.qualifier) for q in two] == [(800, "exact"), (900, "more_than")]


@pytest.mark.parametrize(
    "text",
    [
        "1. Background of the decree",
        "The order lists (2) the duties of recruits.",
        "Children under 16 and men over 65 are exempt.",
        "The 2024-25 season ended.",
        "Deaths reached 11 per 100,000 residents.",
        "It cites Article 59(3) of the constitution.",
        "It was signed on 3/5 by the governor.",
    ],
)
def test_more_numbers_that_are_not_claims(text: str) -> None:
    kinds = {q.kind for q in find_quantities(text)}
    assert not kinds & {"money", "percent"}
    assert "count" not in kinds or text.startswith("Deaths")


def test_russian_scale_abbreviations() -> None:
    q = one("Бюджет составил 20 млн рублей.")
    assert (q.kind, q.value, q.unit) == ("money", 2e7, "RUB")


def test_dollars_and_cents_are_one_amount() -> None:
    q = one("A meal costs 12 dollars and 40 cents.")
    assert (q.value, q.unit) == (pytest.approx(12.4), "USD")


def test_currency_code_then_scale() -> None:
    q = one("They lost 40 EUR million.")
    assert (q.value, q.unit) == (4e7, "EUR")


def test_currency_mentions_without_amounts() -> None:
    text = "The dollar fell while 300 euros bought less."
    assert [(s, e, iso) for s, e, iso, _ in currency_mentions(text)] == [(4, 10, "USD")]


def test_increment_then_new_level_is_not_a_range() -> None:
    values = [q.value for q in claims("Arrivals grew by 2,000 to 14,000 last month.")]
    assert values == [2000, 14000]


def test_exchange_rates_are_not_money_claims() -> None:
    text = "At an exchange rate of 92, 1 million rubles buys less; 92 rubles to the dollar."
    assert [(q.kind, q.value) for q in claims(text)] == [("money", 1e6)]


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "kind"),
    [
        ("Полиция задержала около 300 человек.", 300, "about", "count"),
        ("Проверили более 7 тысяч мигрантов.", 7000, "more_than", "count"),
        ("Выслали от 2 до 3 тысяч человек.", (2000, 3000), "range", "count"),
        ("Въехали 4,5 млн иностранцев.", 4.5e6, "exact", "count"),
        ("Штраф составит до 50 тысяч рублей.", 50000, "up_to", "money"),
        ("Доля выросла на 12 процентов.", 12, "exact", "percent"),
    ],
)
def test_russian_figures(text: str, value: object, qualifier: str, kind: str) -> None:
    q = one(text)
    assert (q.value, q.qualifier, q.kind) == (value, qualifier, kind)


def test_russian_dates_and_durations_are_not_claims() -> None:
    assert claims("Закон подписан 8 августа 2024 года, срок до 5 лет.") == []


def test_prefix_only_currency_abbreviation() -> None:
    q = one("The plan sets aside Hr 40 billion for shelters, run in 12 hr shifts.")
    assert (q.value, q.unit) == (4e10, "UAH")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Spending grew over 2023.", "year"),
        ("The target holds up to 2027.", "year"),
        ("More than 2000 people signed.", "count"),
        ("About 1950 migrants arrived.", "count"),
    ],
)
def test_year_like_numbers_after_qualifiers(text: str, kind: str) -> None:
    (q,) = find_quantities(text)
    assert q.kind == kind


def test_estimated_at_is_a_hedge_not_a_qualifier() -> None:
    assert one("Losses were estimated at 4,000 men.").qualifier == "exact"


def test_overlong_digit_strings_are_identifiers() -> None:
    found = find_quantities("Card 4111111111111111 and 1e999 were listed.")
    assert [q.kind for q in found] == ["identifier", "identifier"]
    assert all(q.value == q.value and q.value != float("inf") for q in found)


def test_hyphenated_share() -> None:
    q = one("Roughly a 1-in-4 chance of being stopped.")
    assert (q.kind, q.value, q.qualifier) == ("percent", 25, "exact")


def test_token_before_skips_spaces_brackets_and_digits() -> None:
    text = "fees (about $900) or US$5 and 2022-23"
    assert token_before(text, text.index("$900")) == "about"
    assert token_before(text, text.index("900")) == "$"
    assert token_before(text, text.index("5 and")) == "us$"
    assert token_before(text, text.index("23")) == "-"


def test_token_after_reads_a_word_or_one_character() -> None:
    text = "12   Rubles, 7 ½ more, 9\u00b2x, 4    km"
    assert token_after(text, text.index(" ")) == "rubles"
    assert token_after(text, text.index(" ½")) == "½"  # letter-like, not a letter
    assert token_after(text, text.index("\u00b2")) == "\u00b2"
    assert token_after(text, text.index("    km")) == " "  # at most three spaces skipped
    assert token_after(text, len(text)) == ""


_PIECES = [
    *["1", "20", "3,000", "4.5", "2024", "19", "0", "9" * 30, "20\u202f000", "6,2"],
    *["million", "one", "hundred", "and", "a", "half", "thirds", "dozen", "twenty-one"],
    *["%", "per cent", "$", "€", "rubles", "USD", "руб", "млн", "тысяч"],
    *["(", ")", "-", "–", "to", "between", "from", "more than", "up to", "or more", "до"],
    *["in", "out of", "every", "fourth", "May", "[3]", "No.", "Article", "aged", "years"],
    *["1/2", "½", "x10^", "e5", "1e999", ",", ".", "\n", "k", "bn", "m"],
]


@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from([" ", ""]))
def test_any_text_gives_well_formed_quantities(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    found = find_quantities(text)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert q.converts is None or 0 <= q.converts < len(found)
        if q.kind in CLAIMS:
            values = q.value if isinstance(q.value, tuple) else (q.value,)
            assert all(math.isfinite(v) for v in values)
            assert values[0] <= values[-1]


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("Prices rose 7pc last year.", "percent", 7, "percent"),
        ("The fund holds Rbs90bn.", "money", 9e10, "RUB"),
        ("They paid USD250 each.", "money", 250, "USD"),
    ],
)
def test_press_abbreviations(text: str, kind: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q.kind, q.value, q.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Call 812 555-12-34 for help.",
        "See doi:10.1234/j.xyz for the data.",
        "Fighting covered 1,200 km² of farmland.",
    ],
)
def test_phone_numbers_references_and_areas_are_not_claims(text: str) -> None:
    assert claims(text) == []


def test_currency_conversion_with_a_note_inside_the_parentheses() -> None:
    text = "The ministry set aside 9 billion tenge ($18 million at current rates) for it."
    tenge, dollars = find_quantities(text)
    assert (tenge.unit, dollars.unit, dollars.converts) == ("KZT", "USD", 0)


def test_subset_in_parentheses_is_not_a_conversion() -> None:
    detained, men = find_quantities("Police held 900 people (600 of them men).")
    assert men.converts is None and detained.value == 900


def test_quantities_equal_ones_built_the_ordinary_way() -> None:
    (q,) = find_quantities("About 40 people.", offset=3, sentence=1)
    built = Quantity(3, 11, 40.0, "count", "about", None, None, q.rule, 1)
    assert q == built and hash(q) == hash(built) and repr(q) == repr(built)


def test_heading_numbers_are_not_counts() -> None:
    text = "2.4 Returns to Tajikistan\n3. Recommendations\nSome 4.5 million left."
    assert [(q.kind, q.value) for q in claims(text)] == [("count", 4.5e6)]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Just under 2 million refugees were counted.", "at_most"),
        ("Slightly below 40 percent of them work.", "at_most"),
        ("Just shy of 700 households applied.", "at_most"),
    ],
)
def test_just_under_keeps_the_upper_bound(text: str, qualifier: str) -> None:
    assert one(text).qualifier == qualifier


def test_plus_before_a_further_figure_is_addition_not_a_qualifier() -> None:
    text = "Recruits get 800,000 tenge plus another 200 thousand after training."
    first, second = claims(text)
    assert (first.qualifier, first.value) == ("exact", 800_000.0)
    assert (second.kind, second.unit, second.value) == ("money", "KZT", 200_000.0)


def test_bare_figure_after_a_cue_takes_the_currency_of_the_money_before_it() -> None:
    text = "Kazan pays 1.2 million rubles, whereas in Ufa it is 2 million."
    assert [(q.kind, q.unit) for q in claims(text)] == [("money", "RUB"), ("money", "RUB")]


def test_figure_that_counts_something_keeps_its_kind_after_money() -> None:
    text = "The budget reached 6 trillion rubles, while the army grew to 1.3 million soldiers."
    assert [q.kind for q in claims(text)] == ["money", "count"]


def test_figure_without_a_cue_keeps_its_kind_after_money() -> None:
    text = "The fund holds 2 billion som. Officials counted 4 million."
    assert [q.kind for q in claims(text)] == ["money", "count"]


def test_currency_is_carried_into_the_next_sentence_by_the_component() -> None:
    text = "Pensions cost 3.1 trillion rubles in 2023. This year the same item is 3.6 trillion."
    sentences = (Sentence(0, 42, text[:42]), Sentence(43, len(text), text[43:]))
    parse = COMPONENT(Parse(Document("d", text), sentences=sentences))
    money = [q for q in parse.quantities if q.kind == "money"]
    assert [(q.value, q.unit, q.sentence) for q in money] == [
        (3.1e12, "RUB", 0),
        (3.6e12, "RUB", 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Arrivals fell to 900,000, down from 1.4 million a year earlier.",
        "Some 7,000 migrants a month crossed the border.",
    ],
)
def test_a_year_after_a_count_is_not_a_duration(text: str) -> None:
    assert all(q.kind == "count" for q in claims(text)) and len(claims(text)) >= 1


def test_half_a_year_is_still_a_duration() -> None:
    assert claims("He was held for half a year.") == []


def test_aged_with_a_bound_is_an_age() -> None:
    kinds = [q.kind for q in find_quantities("A fifth of them were aged over 65.")]
    assert kinds == ["percent", "age"]


@pytest.mark.parametrize(
    "text",
    ["Shelling hit schools in the four districts again.", "Aid reached all three towns."],
)
def test_small_number_naming_things_already_named_is_a_reference(text: str) -> None:
    assert claims(text) == []


def test_small_number_as_subject_is_still_a_count() -> None:
    assert one("The two brothers were detained in March.").value == 2.0


def test_abbreviated_russian_thousands_with_a_dot_are_money() -> None:
    q = one("Штраф составит до 500 тыс. рублей.")
    assert (q.kind, q.value, q.unit, q.qualifier) == ("money", 500_000.0, "RUB", "up_to")


def test_estimated_noun_phrase_makes_its_range_approximate() -> None:
    q = one("Officials expect an estimated yearly intake of 3,000 to 4,500 conscripts.")
    assert (q.value, q.qualifier) == ((3000.0, 4500.0), "approx_range")
    assert one("A unit of 30 to 45 soldiers left.").qualifier == "range"


def test_minus_after_a_comparison_sign_is_a_negative_bound() -> None:
    q = one("Night temperatures stayed <-15 all week.")
    assert (q.value, q.qualifier) == (-15.0, "at_most")


def test_hyphenated_ranges_stay_positive() -> None:
    assert one("Between 400-500 people waited.").value == (400.0, 500.0)


def test_percent_mentions_without_a_figure() -> None:
    text = "Only a small percent of 40% returned; see https://x.org/a%20b."
    assert [text[s:e] for s, e in percent_mentions(text)] == ["percent"]


def test_russian_half_and_third_are_shares() -> None:
    assert [(q.value, q.qualifier) for q in claims("Примерно половина жителей и более трети")] == [
        (50.0, "about"),
        (pytest.approx(33.333, abs=0.01), "more_than"),
    ]


def test_limited_exceed_caps_the_figure() -> None:
    assert one("Rents seldom exceeded 900 euros a month.").qualifier == "at_most"
    assert one("Rents exceeded 900 euros a month.").qualifier == "more_than"


def test_age_in_apposition_after_a_name_is_not_a_count() -> None:
    assert claims("The driver, said Dilshod, 41, who was detained twice.") == []
    assert [q.value for q in claims("Latvia, 15, and Estonia, 9, agreed.")] == [15.0, 9.0]


def test_one_of_them_is_a_count_but_one_of_the_is_not() -> None:
    assert one("One of them later returned.").value == 1.0
    assert claims("It is one of the largest camps.") == []


def test_loose_range_dash_is_not_a_minus() -> None:
    q = one("Between 2014 -2022 some 4,000 left.")
    assert q.value == 4000.0


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("a man demanded 150,000 naira from her", "NGN"),
        ("the agent charged 200,000 Nepalese rupees", "NPR"),
        ("wages of 9,000 taka a month", "BDT"),
    ],
)
def test_currencies_of_migrant_origin_countries(text: str, unit: str) -> None:
    assert one(text).unit == unit


def test_percent_against_a_currency_is_a_change_not_an_exchange_rate() -> None:
    found = one("the ruble weakened by around 11 percent against the US dollar")
    assert (found.kind, found.value) == ("percent", 11)


def test_dash_range_after_by_stays_a_range() -> None:
    assert one("regions cut their bonuses by 20–50 per cent").value == (20, 50)


def test_change_verb_far_before_from_makes_two_levels() -> None:
    text = (
        "MPs voted to raise the one-time payment to families of prisoners"
        " from UAH 100,000 to UAH 150,000"
    )
    assert [q.value for q in claims(text)] == [100000, 150000]


@pytest.mark.parametrize(
    "text",
    [
        "removals were handled within 10 working days",
        "the average cost of sending the equivalent of US$ 200 was high",
        "a 10 percent fall in remittances would reduce consumption",
    ],
)
def test_durations_with_adjectives_and_parameters_are_not_claims(text: str) -> None:
    assert claims(text) == []


def test_every_one_is_not_a_count() -> None:
    assert claims('"Every one of them is a life that matters."') == []


def test_estimated_in_parentheses_after_a_figure_approximates_it() -> None:
    found = one("- Internally displaced persons: 3,600,000 (estimated)")
    assert found.qualifier == "about"
