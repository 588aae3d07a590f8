"""Word lists as trie-shaped patterns: the word-start form finds what \\b(?:trie)\\b finds."""

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
