"""Word lists as trie-shaped patterns (word-start form, change-verb hint) and their uses."""

from __future__ import annotations

import re

import pytest

from claimledger.extract.components.wordtrie import trie_pattern, word_start_branches

WORDS = ["May", "March", "Monday", "now", "nowadays", "year", "years", "a"]
TEXTS = [
    "In May and March, now more than a year ago",
    "Mayday xMay May_ nowadays years a1 (a) ya",
    "On Monday's count; NOW: 2020-May-3 'now'",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_word_start_branches_match_like_a_bounded_trie(text: str) -> None:
    plain = re.compile(rf"\b(?:{trie_pattern(WORDS)})\b")
    fast = re.compile(rf"(?:{'|'.join(word_start_branches(WORDS))})\b")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pos in range(len(text)):
        found, expected = fast.search(text, pos), plain.search(text, pos)
        assert (found and found.span()) == (expected and expected.span())


def test_word_start_branches_need_word_characters_first() -> None:
    with pytest.raises(ValueError):
        word_start_branches(["$5", "five"])


def test_has_change_verb_looks_anywhere_in_the_sentence() -> None:
    from claimledger.extract.components.phrase import has_change_verb

    assert has_change_verb("The ministry raised fines to 5,000 rubles")
    assert not has_change_verb("The ministry said 5,000 people left")
