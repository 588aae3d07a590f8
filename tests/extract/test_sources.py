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
