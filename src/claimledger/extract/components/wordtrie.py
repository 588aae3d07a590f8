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
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _render(trie)


def _render(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    optional = _END in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return f"(?:{body})?"
    return body
