"""Sentence splitting: exact offsets, footnote markers, abbreviations, bullets, headings."""

from __future__ import annotations

from claimledger.extract.components.sentences import COMPONENT, split_sentences
from claimledger.extract.pipeline import Parse
from claimledger.model import Document


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_at_the_exact_text() -> None:
    text = "  First one here. Second one there!\n\nThird after a blank line?"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
    assert texts(text) == ["First one here.", "Second one there!", "Third after a blank line?"]


def test_splits_after_footnote_markers() -> None:
    text = "Troops crossed the river.[4] Officials denied it. Shelling resumed.[5][6] Then calm."
    assert texts(text) == [
        "Troops crossed the river.[4]",
        "Officials denied it.",
        "Shelling resumed.[5][6]",
        "Then calm.",
    ]


def test_abbreviations_initials_and_decimals_do_not_split() -> None:
    text = (
        "Dr. Petrova met Mr. J. K. Olsen of the U.S. mission on Jan. 4 to discuss approx. "
        "2.5 million returns under Art. 7 and Decree No. 12, e.g. in St. Petersburg."
    )
    assert texts(text) == [text]


def test_bullets_and_headings_are_their_own_sentences() -> None:
    text = "Main Points:\n  • Raids rose in the spring.\n- Fines doubled.\nA closing line."
    assert texts(text) == [
        "Main Points:",
        "Raids rose in the spring.",
        "Fines doubled.",
        "A closing line.",
    ]


def test_wrapped_lines_join_and_quotes_stay_whole() -> None:
    text = (
        "The mission said in its statement that the crossings had slowed considerably since\n"
        'the autumn. "We expect more," an official said. "Will it last?" he asked.'
    )
    assert texts(text) == [
        "The mission said in its statement that the crossings had slowed considerably since\n"
        "the autumn.",
        '"We expect more," an official said.',
        '"Will it last?" he asked.',
    ]


def test_non_breaking_space_after_a_stop_still_splits() -> None:
    assert texts("One ended.\u00a0Two began.") == ["One ended.", "Two began."]


def test_component_reads_only_the_body() -> None:
    text = "---\ntitle: T. Report\n---\nBody starts. It ends."
    doc = Document(id="d", text=text, body_start=text.index("Body"))
    parse = COMPONENT(Parse(doc))
    assert [s.text for s in parse.sentences] == ["Body starts.", "It ends."]
    assert parse.sentences[0].start == doc.body_start


def test_plain_hyphen_dateline_is_left_out_of_the_first_sentence() -> None:
    text = "TASHKENT - Remittances rose to $1.2 billion. Officials welcomed it."
    found = split_sentences(text)
    assert [s.text for s in found] == [
        "Remittances rose to $1.2 billion.",
        "Officials welcomed it.",
    ]
    assert found[0].start == text.index("Remittances")
    assert texts("ALMATY, Jan 9 (Reuters) - Prices rose 3%.") == ["Prices rose 3%."]
    assert texts("UNICEF - the children's agency - said 40 schools shut.") == [
        "UNICEF - the children's agency - said 40 schools shut."
    ]


def test_bold_run_in_head_is_its_own_sentence_without_markers() -> None:
    text = "**Kazan.** A court fined the firm 90,000 rubles. **Ufa.** Two more cases."
    found = split_sentences(text)
    assert [s.text for s in found] == [
        "Kazan.",
        "A court fined the firm 90,000 rubles.",
        "Ufa.",
        "Two more cases.",
    ]
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text


def test_emphasis_that_closes_inside_a_sentence_is_kept() -> None:
    assert texts("**4.1 million** people were displaced.") == [
        "**4.1 million** people were displaced."
    ]


def test_short_wrapped_line_that_goes_on_in_lower_case_is_not_a_heading() -> None:
    text = "Aid reached 40 villages. About 55 per cent got food or\nshelter. The rest waited."
    assert texts(text) == [
        "Aid reached 40 villages.",
        "About 55 per cent got food or\nshelter.",
        "The rest waited.",
    ]


def test_parenthesised_city_dateline() -> None:
    assert texts("(Vienna) - The agency counted 310 cases.") == ["The agency counted 310 cases."]
