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
    assert found == ["refugees hosted in Ethiopia", "refugees in Uganda"]


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


def subject_map(text: str) -> dict[str, str]:
    """Each claim's figure text (as written) mapped to its subject."""
    return {
        claim.sentence[claim.start - claim.sentence_start : claim.end - claim.sentence_start]: (
            claim.subject
        )
        for claim in run(text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asylum seekers: 12,400", "Asylum seekers"),
        ("- IDPs: 1.1 million", "internally displaced people"),
        ("* Families hosted – 8,300", "Families hosted"),
    ],
)
def test_the_label_of_a_key_figure_line_is_the_subject(text: str, expected: str) -> None:
    assert subjects(text) == [expected]


def test_a_table_cell_takes_its_column_header_and_row_label() -> None:
    text = (
        "Registered arrivals by region.\n\n"
        "| Region | Families registered (June) | Families registered (July) |\n"
        "|---|---|---|\n"
        "| Kherson | 4,200 | 4,650 |\n"
    )
    assert subjects(text) == ["Families registered in Kherson"] * 2


def test_bold_markers_do_not_break_the_noun_phrase() -> None:
    text = "**4.1 million** people displaced inside Sudan, of whom **1.3 million** are in Darfur."
    first, second = subjects(text)
    assert first.startswith("people displaced inside Sudan")
    assert second.startswith("people displaced inside Sudan") and second.endswith("in Darfur")
    for tok in tokens(text):
        assert "*" not in tok.text and text[tok.start : tok.end] == tok.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Budget.** Spending on housing grew to 3 billion rubles.", "Spending on housing"),
        (
            "ALMATY - Remittances from Russia to Tajikistan dropped to $3.1 billion last year.",
            "Remittances from Russia to Tajikistan",
        ),
        ("Tax revenues are projected to climb to 2 trillion rubles.", "Tax revenues"),
        ("In Armenia, the minimum pension averages 30,000 rubles.", "minimum pension in Armenia"),
        ("Joblessness sank to a record low of 3.1% in May.", "Joblessness"),
    ],
)
def test_the_sentence_subject_is_the_fallback(text: str, expected: str) -> None:
    assert subjects(text) == [expected]


def test_change_figures_name_the_change_in_the_measured_quantity() -> None:
    found = subject_map("Arrivals in Italy fell to 60,000, down 25 per cent from a year earlier.")
    assert found["25 per cent"] == "decline in Arrivals in Italy"
    found = subject_map("Applications reached 9,000, an increase of 15 percent.")
    assert found["15 percent"] == "increase in Applications"
    assert subjects("Transfers home are set to decline by 4 percent.") == [
        "decline in Transfers home"
    ]
    assert subjects("Police issued 20 percent fewer permits this year.") == ["decline in permits"]


def test_a_bare_change_noun_measures_the_opening_clause_subject() -> None:
    text = (
        "The number of visas issued has fallen, and analysts say the drop could reach 12 percent."
    )
    assert subjects(text) == ["drop in number of visas issued"]


def test_of_them_prefers_people_over_places() -> None:
    text = (
        "Researchers interviewed 900 teachers in 14 districts. "
        "Some 40 per cent of them were unpaid."
    )
    assert subject_map(text)["Some 40 per cent"].startswith("share of teachers")


def test_of_which_refers_to_the_figure_just_before() -> None:
    found = subject_map(
        "The fund's appeal seeks $80 million, of which 45 per cent has been received."
    )
    assert found["45 per cent"] == "share of fund's appeal received"


def test_trailing_durations_and_reporting_verbs_leave_the_subject() -> None:
    assert subjects("Guards held 12 other detainees in a cell for two weeks.") == [
        "detainees in a cell"
    ]
    found = subjects("At least 30 families told reporters they had received no compensation.")
    assert found == ["families received no compensation"]


def test_predicative_percent_is_a_share() -> None:
    assert subjects("The winter appeal is 41 per cent funded.") == ["share of winter appeal funded"]


def test_money_names_the_payment_and_swaps_the_beneficiary() -> None:
    assert subjects("Kazan pays 900,000 rubles to volunteers.")[0].startswith("Kazan payment")
    text = (
        "The decree raises the penalty for hiring undocumented workers to 800,000 rubles "
        "for firms and to 60,000 rubles for managers."
    )
    first, second = subjects(text)
    assert first == "penalty for hiring undocumented workers for firms"
    assert second == "penalty for hiring undocumented workers for managers"
    assert subjects("She was also fined 150,000 rubles.") == ["fine imposed"]
    assert subjects("Each volunteer receives 5,000 rubles a month.")[0].startswith("monthly")


def test_a_bare_noun_takes_what_its_clause_says() -> None:
    assert subjects("The hospital sector lacks about 40,000 nurses.") == [
        "nurses hospital sector lacks"
    ]
    found = subject_map("The plant lost 90 of its 700 welders to the army.")
    assert found["90"] == "welders to the army"


def test_a_fronted_of_phrase_is_the_whole() -> None:
    found = subjects("Of the families surveyed, 30 per cent had no income.")
    assert found[0].startswith("families surveyed")


def test_aid_delivered_to_people_names_what_they_received() -> None:
    text = (
        "Since March, agencies have delivered water to 90,000 people and blankets to some 12,000."
    )
    assert subjects(text) == ["people who received water", "people who received blankets"]


def test_since_as_an_adverb_and_an_inner_date_do_not_end_the_phrase() -> None:
    found = subject_map("Thirty detainees were moved. Five of them have since been released.")
    assert found["Five"].endswith("released")
    later = subjects("At least 25 women arrested in Tashkent in May were later released on bail.")
    assert "released on bail" in later[0]


def test_a_contribution_is_named_by_its_verb() -> None:
    found = subjects("Donors had contributed US$40 million by the end of June.")
    assert found == ["Donors contribution"]


def test_a_figure_with_only_a_predicate_is_named_by_it() -> None:
    found = subjects("Planners said that at least €15 million would be needed.")
    assert found == ["amount needed"]


def test_a_colon_after_a_clause_is_no_label() -> None:
    found = subjects("Officials were blunt: 40,000 recruits are needed by spring.")
    assert found[0].startswith("recruits")


def test_a_fine_names_who_is_fined() -> None:
    assert subjects("The driver was fined 20,000 rubles.") == ["fine imposed on driver"]
    text = "Landlords who rent to unregistered tenants may be fined up to 90,000 rubles."
    assert subjects(text) == ["fine for Landlords who rent to unregistered tenants"]


def test_a_possessive_pronoun_resolves_to_its_owner() -> None:
    found = subjects("The region of Perm raised its bonus to 1.5 million rubles in May.")
    assert found == ["Perm's bonus"]


def test_a_subset_shares_the_predicate_of_the_whole() -> None:
    text = "About 9,000 residents remain in the frontline town, among them some 700 children."
    assert subjects(text) == [
        "residents remain in the frontline town",
        "children remain in the frontline town",
    ]


# --- bare nouns, apposed conversions, relative heads, change subjects, "of them" (round C5) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inspectors spoke to 45 people.", "people spoken to by inspectors"),
        ("Inspectors met with 60 families.", "families met with by Inspectors"),
        ("Volunteers have verified the deaths of 2,300 pilots.", "pilots killed"),
        ("The agency plans to conscript 130,000 men.", "men to be conscripted by agency"),
    ],
)
def test_a_bare_noun_takes_the_verb_that_governs_it(text: str, expected: str) -> None:
    assert subjects(text)[0] == expected


def test_a_result_verb_with_to_adds_no_predicate() -> None:
    assert "led" not in subjects("The storms led to 9,000 evacuations.")[0]


def test_a_count_followed_by_its_own_verb_borrows_the_earlier_noun() -> None:
    text = "The group wrote to nine ministries. Only two answered."
    assert subjects(text)[1] == "ministries answered"
    text = "Some 12,000 refugees arrived in March. About 3,000 left for Poland."
    assert subjects(text)[1] == "refugees left for Poland"


def test_an_apposed_conversion_shares_the_subject_of_its_parent() -> None:
    text = "Recruits were promised a salary of 180,000 rubles a month, roughly $2,200."
    first, second = subjects(text)
    assert second == first
    assert "salary" in second


def test_a_non_restrictive_relative_clause_names_its_noun_phrase() -> None:
    text = "Regional bonuses, which rarely exceeded 90,000 rubles, have grown."
    assert subjects(text)[0] == "Regional bonuses"


def test_a_bare_count_after_noun_of_takes_that_noun() -> None:
    assert subjects("The army reported a weekly intake of about 9,000.")[0] == "weekly intake"


def test_a_change_verb_with_an_adverb_and_a_long_subject() -> None:
    text = "Remittance flows to Armenia are projected to grow by only 2.2 per cent."
    assert subjects(text)[0] == "increase in Remittance flows to Armenia"
    assert subjects("Arrivals to Italy were up 23 per cent.")[0] == "increase in Arrivals to Italy"
    assert subjects("Prices fell sharply by 8 per cent.")[0] == "decline in Prices"


def test_of_them_takes_the_people_the_previous_sentence_opens_with() -> None:
    text = "Conscripted students form a second group. Activists identified 2,100 of them."
    assert subjects(text)[0].startswith("Conscripted students")
    text = "Researchers interviewed 900 teachers. Some 40 per cent of them were unpaid."
    assert subjects(text)[1].startswith("share of teachers")  # a figure's noun comes first


def test_what_the_counted_people_said_is_not_part_of_the_subject() -> None:
    text = "A teacher in Lviv said 43 pupils told her that their homes had been shelled."
    assert "homes" not in subjects(text)[0]


def test_new_level_of_a_change_shares_the_old_level_subject() -> None:
    text = (
        "MPs voted to raise the state payment to families of prisoners"
        " from UAH 100,000 to UAH 150,000."
    )
    assert subjects(text) == ["state payment to families of prisoners"] * 2


def test_participle_clause_inside_the_subject_noun_phrase() -> None:
    text = (
        "The fine for a citizen who fails to appear when summoned rises"
        " from 10,000 rubles to 30,000 rubles."
    )
    assert all(s.startswith("fine for a citizen") for s in subjects(text))


def test_long_label_only_when_the_figure_ends_its_line() -> None:
    assert subjects(
        "- Share of IDP households with at least one member with a disability: 28%"
    ) == ["Share of IDP households with at least one member with a disability"]
    long_intro = "Arrivals slowed in the first quarter of the year: 8,900 refugees entered."
    assert subjects(long_intro) != ["Arrivals slowed in the first quarter of the year"]


def test_sanction_frames_name_the_offence() -> None:
    text = (
        "Failure to register within two weeks is now punishable by a fine of up to 20,000 rubles."
    )
    assert subjects(text) == ["fine for Failure to register within two weeks"]
    text = (
        "Employers who fail to notify face fines of 50,000 rubles; legal entities, 500,000 rubles."
    )
    assert subjects(text) == ["fines for Employers who fail to notify", "fines for legal entities"]


def test_previous_level_in_parentheses_shares_the_subject() -> None:
    text = "The fee for a patent is now 9,000 rubles (previously 7,500 rubles)."
    found = subjects(text)
    assert found[0] and found[1] == found[0]


def test_bare_share_under_a_fronted_group() -> None:
    assert subjects("Among non-displaced households, the share was 17 per cent.") == [
        "share among non-displaced households"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recruits were offered monthly pay of at least 210,000 rubles.", "monthly pay"),
        (
            "However, costs from the EU to Central Asia averaged over 7 percent.",
            "costs from the EU",
        ),
        ("The average cost of sending money to the region was 1.6 percent.", "average cost of"),
        ("Refugees, displaced by the war, numbered 300,000.", "Refugees"),
        ("The registry now contains records of about 32 million men.", "men recorded"),
    ],
)
def test_noun_uses_of_verb_forms_asides_and_record_frames(text: str, expected: str) -> None:
    found = subjects(text)[-1]
    assert found.startswith(expected), found


def test_such_noun_takes_its_adjectives_from_the_sentence_before() -> None:
    text = (
        "The law lets the state strip naturalized citizens of their passports. "
        "Officials said that more than 80,000 such citizens have been detained."
    )
    assert subjects(text) == ["naturalized citizens detained"]


def test_fraction_of_a_possessed_noun() -> None:
    assert subjects('"Half of my salary goes to rent," he said.')[0].startswith("share of salary")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several regions have quietly cut their bonuses by 20–50 per cent.", "cut in bonuses"),
        ("The government raised pensions by 5 per cent.", "increase in pensions"),
        (
            "Without new funding, cash assistance may be cut by 40 per cent.",
            "cut in cash assistance",
        ),
    ],
)
def test_a_verb_that_moves_its_object_by_the_figure(text: str, expected: str) -> None:
    assert subjects(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He said the Ukrainians coming home included soldiers, border guards and 11 civilians.",
            "civilians among Ukrainians coming home",
        ),
        (
            "A volunteer who has helped bring home 43 children said families paid.",
            "children helped bring home by volunteer",
        ),
        (
            "The charity, which evacuated 3,000 people, is based in Lviv.",
            "people evacuated by charity",
        ),
    ],
)
def test_included_members_and_objects_of_relative_clauses(text: str, expected: str) -> None:
    assert subjects(text) == [expected]


def test_that_after_a_reporting_verb_is_no_relative_clause() -> None:
    text = "The Judicial Department reported that courts handed down 5,517 sentences in 2024."
    assert "by" not in subjects(text)[0].split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Globally, the average cost remained close to 6.4 per cent.", "average cost"),
        (
            "Regional bonuses, which rarely exceeded 100,000 rubles in 2023, now reach 2 million"
            " rubles.",
            "Regional bonuses",
        ),
        ("Personal transfers were equivalent to 45 per cent of GDP.", "Personal transfers"),
    ],
)
def test_noun_heads_that_look_like_verbs_and_relative_asides(text: str, expected: str) -> None:
    assert subjects(text)[-1].startswith(expected)


def test_fronted_time_and_pronoun_subject_leave_the_verb() -> None:
    assert subjects("Last month it received almost 6,500 calls.") == ["calls received"]


def test_sanction_offender_without_a_fronted_legal_reference() -> None:
    text = "Under new Article 18.8.1, individuals who break the regime face fines of 5,000 rubles."
    assert subjects(text) == ["fines for individuals who break the regime"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Transfers from Russia fell 9.5% in the first half, to $3.2 billion.", "Transfers from"),
        (
            'He said "no more than 5%" of people on the list were there by mistake.',
            "share of people",
        ),
        ("A fall would reduce household consumption by up to 4 percent.", "cut in household"),
    ],
)
def test_level_after_a_change_quoted_shares_and_base_form_verbs(text: str, expected: str) -> None:
    assert subjects(text)[-1].startswith(expected)


def test_respectively_pairs_list_items_with_figures() -> None:
    text = (
        "Russia, Belarus and Moldova accounted for 40 per cent, 20 per cent and 10 per cent"
        " of arrivals, respectively."
    )
    assert subjects(text) == [
        "share of arrivals for Russia",
        "share of arrivals for Belarus",
        "share of arrivals for Moldova",
    ]
    text = "Poland and Germany host 1 million and 1.2 million refugees, respectively."
    assert subjects(text) == ["refugees for Poland", "refugees for Germany"]


def test_prepositions_end_the_counted_noun() -> None:
    text = "Russian forces conducted 46 assaults along the Pokrovsk direction."
    assert subjects(text)[0].startswith("assaults conducted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation slowed to 7.4% in March from 8.1% in February.", ["Inflation", "Inflation"]),
        (
            "Defence spending will reach 13.5 trillion rubles in 2025, or 6.3% of GDP.",
            ["Defence spending", "Defence spending as share of GDP"],
        ),
    ],
)
def test_base_levels_and_shares_restating_an_amount(text: str, expected: list[str]) -> None:
    assert subjects(text) == expected


def test_apposed_change_after_an_amount() -> None:
    text = (
        "The budget allocates 13.5 trillion rubles to defense, a 25% increase on the current year."
    )
    assert subjects(text)[1].startswith("increase in budget allocation")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The centre runs 12 shelters.", "shelters run by centre"),
        ("Germany hosts 1.2 million Ukrainian refugees.", "Ukrainian refugees hosted in Germany"),
    ],
)
def test_present_tense_holding_verbs_give_a_participle(text: str, expected: str) -> None:
    assert subjects(text) == [expected]


def test_coordinated_counted_nouns_stay_together() -> None:
    assert subjects("Children passed through 43 camps and facilities in Russia.") == [
        "camps and facilities in Russia"
    ]


def test_a_bare_figure_takes_the_latest_subject_of_its_kind_in_the_sentence() -> None:
    text = (
        "Syria had the most first-time applicants (22 185), followed by Venezuela (17 830), "
        "while 12% of them were minors."
    )
    found = subjects(text)
    assert found[1] == found[0] != ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March, UNHCR and partners reached 12,300 people with cash assistance.",
            "people reached by UNHCR and partners with cash assistance",
        ),
        ("UNHCR requires US$ 10.25 billion in 2025.", "UNHCR requirement"),
    ],
)
def test_reached_counts_and_requirements(text: str, expected: str) -> None:
    assert subjects(text)[0] == expected


def test_fronted_of_inside_a_quotation() -> None:
    text = '"Of the appeals our team filed, we won perhaps a quarter," said a lawyer.'
    assert subjects(text) == ["share of appeals our team filed"]


def test_a_currency_move_is_named_by_its_noun() -> None:
    text = "The ruble weakened by around 11 percent against the US dollar."
    assert subjects(text) == ["weakening of ruble against the US dollar"]


def test_parts_that_account_for_a_total() -> None:
    text = (
        "A record 83.4 million people were living in displacement. Conflict accounted for"
        " 73.5 million of the total, while disasters accounted for 9.8 million."
    )
    assert subjects(text)[1:] == ["people from Conflict", "people from disasters"]


def test_a_share_of_it_is_a_share_of_the_amount_before() -> None:
    text = "A migrant worker earns around 80,000 rubles a month and sends home roughly half of it."
    assert subjects(text)[1].startswith("share of monthly migrant worker earnings sends home")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hotline registered 640 calls in May.", "calls registered by hotline"),
        (
            "The mission documented 86 cases of arbitrary detention.",
            "cases of arbitrary detention documented by mission",
        ),
    ],
)
def test_a_verb_of_recording_describes_the_counted_thing(text: str, expected: str) -> None:
    assert subjects(text) == [expected]
