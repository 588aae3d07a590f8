"""Compile a word list into a trie-shaped regular expression.

Python's ``re`` tries every alternative of ``a|b|c`` at each position; a pattern that shares
prefixes ("sa(?:y|id|ys)") lets it fail after one character instead, which makes the large
word lists of the context layer (attribution verbs, places) several times faster to scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly the given words (longest alternative first)."""
    return _render(_trie(words))


def word_start_branches(words: Iterable[str]) -> list[str]:
    """``\\b(?:trie)`` as branches that each begin with a literal first character.

    ``re`` skips ahead in C to a possible first character only when a pattern begins with
    literals (or a class); a leading ``\\b`` makes it try the pattern at every position.
    Here the boundary is checked right after the first character, by lookbehind, which is
    the same test for words that begin with a word character. Join the branches with ``|``
    inside one group, with other branches that also begin with a literal.
    """
    trie = _trie(words)
    if any(char and not re.fullmatch(r"\w", char) for char in trie):
        raise ValueError("word_start_branches needs words that begin with a word character")
    return [
        re.escape(char) + r"(?<!\w.)" + _render(child)
        for char, child in sorted(trie.items())
        if char
    ]


def _trie(words: Iterable[str]) -> dict[str, dict]:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return trie


def _render(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    optional = _END in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return f"(?:{body})?"
    return body
