"""Whom each figure is attributed to, with pronouns and "the agency" resolved."""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.extract import DEFAULT_COMPONENTS, build_pipeline
from claimledger.extract.components.clauses import find_cues
from claimledger.extract.components.speakers import SpeakerMemory, speaker_type, tidy_name
from claimledger.model import Document


def sources(text: str) -> list[str | None]:
    names = DEFAULT_COMPONENTS[: DEFAULT_COMPONENTS.index("sources.v1") + 1]
    doc = Document(id="t", text=text, published=date(2025, 3, 14))
    return [claim.source for claim in build_pipeline(names)(doc).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said on Friday that 3,200 people had been evacuated.", "ministry"),
        ('"At least 70 civilians died," the governor told reporters.', "governor"),
        ("According to the regional health department, 45 people were hurt.", "regional health"),
        ("Amnesty International alleged that as many as 900 people were held.", "Amnesty"),
        ("The report, published by Memorial, found that 37% had no training.", "Memorial"),
        ("Data from the State Statistics Service show that 2% left.", "State Statistics"),
        ("Anna Lind, a spokeswoman for the mission, said 1,300 people remain.", "Anna Lind"),
        ("More than 800 people crossed, according to an analysis by the group Frontex.", "Frontex"),
    ],
)
def test_speaker_is_found(text: str, expected: str) -> None:
    found = sources(text)[0]
    assert found is not None and found.startswith(expected)


def test_author_voice_and_event_actor_have_no_source() -> None:
    assert sources("The fund pledged EUR 2 million to the shelters.") == [None]
    assert sources("Some 4,000 families fled the region in March.") == [None]


def test_titles_and_outlet_types_are_dropped() -> None:
    assert sources("Regional Governor Olga Marsh announced that 600 homes were rebuilt.") == [
        "Olga Marsh"
    ]
    assert sources("Independent outlet Novaya Gazeta reported that 150 men were drafted.") == [
        "Novaya Gazeta"
    ]


def test_pronoun_and_generic_noun_resolve_to_the_named_speaker() -> None:
    text = (
        "The Danish Refugee Council said 900 families returned. "
        "It added that 300 more were waiting. The council said 20 shelters closed."
    )
    assert sources(text) == ["Danish Refugee Council"] * 3


def test_she_and_surname_resolve_to_the_person() -> None:
    text = (
        "Deputy Minister Elena Sorokina said 5,000 claims were filed. "
        "She added that 1,200 were approved. Sorokina also said 80 were appealed."
    )
    assert sources(text) == ["Elena Sorokina"] * 3


def test_scope_ends_at_though_and_at_a_new_clause() -> None:
    text = (
        "Lawyers say fines reached 30,000 rubles, though a decree later capped fines at "
        "15,000 rubles."
    )
    assert sources(text) == ["Lawyers", None]


def test_generic_estimates_pass_the_attribution_outwards() -> None:
    text = "The outlet Meduza reported that several estimates suggest 12,000 men left."
    assert sources(text) == ["Meduza"]


def test_figure_in_the_speaker_phrase_speaks_for_itself() -> None:
    assert sources("Nearly half of the respondents said they lacked papers.") == ["respondents"]
    assert sources("A poll of 1,500 adults found that 40% opposed the plan.") == [None, "poll"]


def test_cues_and_speaker_helpers() -> None:
    kinds = [cue.kind for cue in find_cues("Officials said, according to the agency, it grew.")]
    assert "according" in kinds and "post" in kinds
    assert speaker_type("Ministry of Labour") == "ORG"
    assert speaker_type("officials") == "GROUP"
    assert speaker_type("Elena Sorokina") == "PERSON"
    assert tidy_name("Acting Mayor Ivan Gromov") == "Ivan Gromov"
    memory = SpeakerMemory()
    memory.remember("Ivan Gromov", "PERSON")
    assert memory.resolve("he") == "Ivan Gromov"
    assert memory.resolve("Gromov") == "Ivan Gromov"


def test_report_nouns_and_same_sentence_pronouns() -> None:
    assert sources("An investigation by the BBC identified 8,000 graves.") == ["BBC"]
    assert sources("The figures, released by Rosstat on Friday, show that 7,600 left.") == [
        "Rosstat"
    ]
    text = "The Danish Refugee Council reported that it had counted 5,000 returns."
    assert sources(text) == ["Danish Refugee Council"]


def test_quoted_first_person_is_the_quoted_speaker() -> None:
    text = '"We have registered 12,000 new claims," the minister said.'
    assert sources(text) == ["minister"]


def test_inverted_quote_registers_the_speaker_for_a_later_pronoun() -> None:
    text = (
        "Viktor Orlov said 40 families left the village. "
        '"Nobody wants to stay," said Elena Sokolova, a nurse at the clinic. '
        "She said 120 patients had been moved."
    )
    assert sources(text) == ["Viktor Orlov", "Elena Sokolova"]


def test_descriptive_speaker_is_a_pronoun_antecedent() -> None:
    text = (
        "The regional governor said 900 homes were damaged. "
        '"We were not paid," said a 41-year-old welder from Tver, who declined to give his name. '
        "He said 12 colleagues had left with him."
    )
    assert sources(text)[1] == "41-year-old welder from Tver"
    text = (
        "The mayor said 300 flats were empty. A source in the district council said that "
        'about 60 men had signed. "Most of them, 40 or so, came from Ryazan," he said.'
    )
    assert sources(text)[1:] == ["source in the district council"] * 2


def test_pronoun_prefers_the_speaker_of_its_gender() -> None:
    text = (
        "Irina Volkova said 70 people were evacuated. Pavel Smirnov, a local official, "
        "said 15 buses were sent. She said 30 more were waiting."
    )
    assert sources(text) == ["Irina Volkova", "Pavel Smirnov", "Irina Volkova"]


def test_name_wins_over_its_appositive_title() -> None:
    text = "Oleg Frolov, former deputy head of the migration service, said 8,000 permits lapsed."
    assert sources(text) == ["Oleg Frolov"]


def test_discourse_adverb_is_not_a_speaker() -> None:
    assert sources("Meanwhile, a Tajik diaspora group claimed that 210 men were held.") == [
        "Tajik diaspora group"
    ]
    assert sources("However, the border service said 3,400 people crossed.") == ["border service"]


def test_sentence_final_attribution_governs_the_clause() -> None:
    assert sources("Some 45 per cent of shelters lack heating, aid agencies estimate.") == [
        "aid agencies"
    ]


def test_share_of_respondents_speaks_for_itself() -> None:
    found = sources("About 70 per cent of families interviewed by the NRC said they lacked food.")
    assert found == ["families interviewed by the NRC"]


def test_author_we_has_no_source_and_added_with_an_object_is_no_attribution() -> None:
    assert sources("We estimate that the new rules cost employers at least $3 billion.") == [None]
    text = "Farms added about 12,000 seasonal jobs in 2024, according to the labour agency."
    assert sources(text) == ["labour agency"]


def test_forecast_verbs_attribute_like_estimate() -> None:
    text = "Private analysts expect arrivals to reach 90,000 this year."
    assert sources(text) == ["Private analysts"]


def test_label_line_is_not_a_speaker() -> None:
    assert sources("Returning refugees: 1.1 million") == [None]


def test_the_report_resolves_to_the_organisation_that_published_it() -> None:
    text = (
        "Freedom Watch said in a report on Monday that police raided 14 hostels. "
        "The report documents the detention of at least 90 men."
    )
    assert sources(text) == ["Freedom Watch", "Freedom Watch"]


def test_clause_then_inverted_said_names_the_speaker_after_the_verb() -> None:
    assert sources("Rents have risen 35%, said the housing ministry.") == ["housing ministry"]


def test_bare_share_speaks_for_the_last_group() -> None:
    text = (
        "Respondents reported average debts of 40,000 rubles. "
        "Nearly 60 per cent said they had borrowed from relatives."
    )
    assert sources(text) == ["Respondents", "Respondents"]


def test_according_to_an_owners_product_names_the_owner() -> None:
    text = "About 2.2 million people were displaced, according to UNICEF's regional tracking round."
    assert sources(text) == ["UNICEF"]
    text = "Some 600 homes were hit, according to Odesa's regional administration."
    assert sources(text) == ["Odesa regional administration"]


def test_speaker_before_a_relative_clause() -> None:
    text = "The driver, who asked that his name be withheld, said he paid 30,000 rubles."
    assert sources(text) == ["driver"]


def test_observed_that_attributes() -> None:
    assert sources("The monitoring group observed that 70 villages were emptied.") == [
        "monitoring group"
    ]


def test_capitalised_outlet_word_is_part_of_the_name() -> None:
    assert tidy_name("Radio Free Europe") == "Radio Free Europe"
    assert tidy_name("Meduza and BBC News Russian") == "Meduza and BBC News Russian"
    assert tidy_name("independent outlet Mediazona") == "Mediazona"


def sourced(text: str, publisher: str | None = None) -> list[str | None]:
    names = DEFAULT_COMPONENTS[: DEFAULT_COMPONENTS.index("sources.v1") + 1]
    doc = Document(id="t", text=text, published=date(2025, 3, 14), publisher=publisher)
    return [claim.source for claim in build_pipeline(names)(doc).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demographers who have studied the registry say up to 9,000 men died.", "Demographers"),
        ("The Norwegian council, which runs 14 shelters, said 2,300 people arrived.", "Norwegian"),
        ("A nurse who has treated 60 patients said that 300 families left.", "nurse"),
        ("Farid Aliev, Azerbaijan's deputy labour minister, said 4,000 workers left.", "Farid"),
        ("Desertion, which local officials put at some 120 soldiers a week, grew.", "local"),
    ],
)
def test_speaker_is_the_head_of_the_subject(text: str, expected: str) -> None:
    found = sourced(text)[-1]
    assert found is not None and found.startswith(expected)


def test_first_person_voice_has_no_source() -> None:
    text = "We have verified the names of 2,150 conscripts. Our volunteers found 40 more."
    assert sourced(text) == [None, None]


def test_publisher_naming_its_own_finding_is_the_author() -> None:
    text = "Troops may have taken 6 villages, but the Institute has observed proof of only one."
    assert sourced(text, publisher="Institute for Conflict Study")[-1] is None
    text = "Troops may have taken 6 villages, but ICS has observed proof of only one."
    assert sourced(text, publisher="Institute for Conflict Study")[-1] is None


def test_the_bank_resolves_to_an_earlier_name_with_that_head() -> None:
    text = (
        "Armenia's central bank raised its rate on Monday. Bread cost 9% more, "
        "according to the statistics service.\n\nTransfers fell to $300 million, the bank said."
    )
    assert sourced(text)[-1] == "Armenia central bank"


def test_the_agency_resolves_to_the_publisher() -> None:
    text = "The ministry counted 600 arrivals.\n\nThe agency estimates that 1,200 people need help."
    assert sourced(text, publisher="IOM, the UN Migration Agency")[-1] == "IOM"


def test_staff_speak_for_the_organisation_named_just_before() -> None:
    text = (
        "The Baltic Migration Institute has documented 80 camps. "
        "Researchers said they had traced 950 transfers."
    )
    assert sourced(text)[-1] == "Baltic Migration Institute"


def test_he_resolves_to_a_first_name_given_with_an_age() -> None:
    text = '"They took everyone," said Timur, 41, who fled in May. He told us that 25 men vanished.'
    assert sourced(text)[-1] == "Timur"


def test_contact_without_a_statement_is_no_attribution() -> None:
    assert sourced("Each week about 300 parents write to us to ask for help.") == [None]


def test_the_reporter_of_a_nested_belief_is_the_source() -> None:
    text = (
        '"We keep waiting," Olena Marchuk, Kherson\'s deputy mayor, told reporters. '
        "She said the city believed about 2,600 residents were still missing."
    )
    assert sourced(text)[-1] == "Olena Marchuk"


def test_a_quotation_that_runs_on_keeps_its_speaker() -> None:
    text = '"We waited for weeks," said Rustam Nazarov. "Only 12 of us got papers."'
    assert sourced(text)[-1] == "Rustam Nazarov"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia deported 81,000 people, according to Interior Ministry data reviewed by Vot.",
            "Interior Ministry",
        ),
        (
            "An official, speaking on condition of anonymity because he was not authorised to"
            " speak, said 5% were errors.",
            "official",
        ),
        ("A Russian milblogger complained on May 14 that a third were untrained.", "milblogger"),
    ],
)
def test_owner_of_reviewed_data_asides_and_more_reporting_verbs(text: str, expected: str) -> None:
    found = sources(text)[0]
    assert found is not None and found.endswith(expected)


def test_an_adverb_before_a_weak_verb_is_no_speaker() -> None:
    assert sources("Officially recorded remittances totalled US$ 27.4 billion in 2025.") == [None]


def test_still_before_a_passive_keeps_the_outer_speaker() -> None:
    text = (
        "Petro Yatsenko told reporters that roughly 8,000 Ukrainians are still believed to be held."
    )
    assert sources(text) == ["Petro Yatsenko"]


def test_definite_noun_for_the_publisher_keeps_its_acronym() -> None:
    doc = Document(
        id="t",
        text="The organization said 5,000 people were helped.",
        publisher="International Organization for Migration (IOM), DTM",
    )
    names = DEFAULT_COMPONENTS[: DEFAULT_COMPONENTS.index("sources.v1") + 1]
    claims = build_pipeline(names)(doc).claims
    assert claims[0].source == "International Organization for Migration (IOM)"


def test_while_clause_stays_with_the_speaker_unless_it_has_its_own() -> None:
    text = "The outlet Verstka estimated that 35 regions cut their payments, while 14 raised them."
    assert sources(text) == ["Verstka", "Verstka"]
    text = "The agency said 25,000 were listed, while the ministry said that 11,000 were listed."
    assert sources(text) == ["agency", "ministry"]


def test_a_list_of_names_does_not_end_the_reported_clause() -> None:
    text = (
        "Bastrykin stated that police conducted 2,300 raids in Moscow, Moscow Oblast, and"
        " St. Petersburg and that roughly 12,000 citizens were registered."
    )
    assert sources(text) == ["Bastrykin", "Bastrykin"]


def test_a_cue_inside_the_figure_names_no_speaker() -> None:
    assert sources("- Internally displaced persons: 3,600,000 (estimated)") == [None]


def test_capitalised_title_before_of_is_a_person_for_she() -> None:
    assert speaker_type("IOM Chief of Mission in Ukraine") == "PERSON"
    text = (
        '"We need help," said the IOM Chief of Mission in Ukraine. '
        "She added that around 120,000 people had left."
    )
    assert sources(text) == ["IOM Chief of Mission in Ukraine"]


def test_report_noun_made_by_a_named_body_attributes_the_figure() -> None:
    text = (
        "Independent counts of confirmed dead by Mediazona and the BBC had reached 160,000 names."
    )
    assert sources(text) == ["Mediazona and the BBC"]
    assert sources("Data by region show 5,000 arrivals.") == [None]


def test_a_figure_in_the_speaker_phrase_speaks_only_for_itself() -> None:
    text = "Nearly 60% of those surveyed said they faced abuse, up from 45% in 2023."
    assert sources(text) == ["those surveyed", "those surveyed"]
    assert sources("Only 3 in 10 refugees have found work.") == [None]


def test_markdown_link_brackets_leave_the_speaker() -> None:
    assert sources("According to the [IOM](https://iom.int) survey, 62% plan to stay.") == ["IOM"]


def test_footnote_after_an_according_speaker_is_no_part_of_it() -> None:
    text = "The region paid 1.5 million rubles, according to the governor's channel.[6]"
    assert sources(text) == ["governor channel"]


def test_a_share_of_a_group_citing_something_speaks() -> None:
    text = "More than 60 per cent of respondents from occupied areas cited fear of conscription."
    assert sources(text) == ["respondents from occupied areas"]


def test_a_sector_label_opening_a_bullet_is_no_speaker() -> None:
    assert sources("Cash: some 18,000 people received a payment of UAH 10,800.") == [None, None]
    assert sources("Protection: the hotline registered 640 calls in May.") == [None]


def test_a_headline_name_is_still_a_speaker() -> None:
    assert (
        sources("UNHCR: 3,000 people crossed into Moldova on Sunday, officials at the border say.")[
            0
        ]
        == "UNHCR"
    )


def test_write_in_a_compound_or_phrasal_verb_attributes_nothing() -> None:
    text = "Nine regions have introduced debt write-offs of up to 10 million rubles."
    assert sources(text) == [None, None]
    assert sources("Nine regions now write off debts of up to 10 million rubles.") == [None, None]
    assert sources("The analyst wrote that 400 men had signed contracts.") == ["analyst"]


def test_a_monitor_that_verified_a_toll_is_its_source() -> None:
    text = (
        "In June, the Monitoring Mission (HRMMU) verified that at least 232 civilians were killed."
    )
    assert sources(text) == ["Monitoring Mission"]
    assert sources("Officials verified 40 of the claims.") == [None]


def test_verified_with_a_noun_object_leaves_the_sentence_to_its_according_to() -> None:
    text = (
        "Officials have verified the transfer of 1,200 children, "
        "according to the Lost Children portal."
    )
    assert sources(text) == ["Lost Children portal"]


def test_a_witness_named_by_first_name_is_who_he_means() -> None:
    text = "Farrukh said he was promised 1,500 dollars. He received 400 dollars, he said."
    assert sources(text) == ["Farrukh", "Farrukh"]


def test_a_project_named_after_a_country_is_no_person() -> None:
    assert speaker_type("Russia Behind Bars") == "ORG"
    assert speaker_type("Anna Hakobyan") == "PERSON"
