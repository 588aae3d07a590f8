"""What follows a figure, read as tokens: the words after its number, the noun phrase that
names what it counts ("20,000 migrants to fight ..."), an "of" phrase ("of the world's
refugees", "of them"). Not a pipeline component: ``subjects.py`` calls it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimledger.extract.components.phrase import (
    DETS,
    WINDOW,
    Figure,
    Tok,
    continuation,
    is_np_word,
    noun_phrase,
    tokens,
)
from claimledger.extract.patterns import phrases as ph

_SKIP_AFTER_FIGURE = re.compile(r"(?:\s*(?:\([^()]*\)|\[\d+\]|[\"”’](?=\s)))+")
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|every|each|dozen|hundred|thousand)\b"
)
_OF_LEAD = re.compile(r"\s*of\s+(?:(?:the|these|those|all|its|their|her|his|our|my|your)\s+)?")


_NUMBER_END = frozenset(["percent", "cent", "%", "half", "third", "thirds", "quarter", "fifth"])


@lru_cache(maxsize=64)
def tail(fig: Figure) -> list[Tok]:
    """The words after the figure's number, inside its span ("38 per cent funded") or after."""
    span = tokens(fig.text, fig.start, fig.end)
    last = -1
    for k, tok in enumerate(span):
        if tok.text[:1].isdigit() or tok.low in _NUMBER_END:
            last = k
    inner = span[last + 1 :] if last >= 0 else []
    return [*inner, *right_tokens(fig)]


@lru_cache(maxsize=64)
def right_tokens(fig: Figure) -> list[Tok]:
    own_of = fig.text.rfind(" of ", fig.start, fig.end)
    counted = own_of >= 0 and _counted_after_of(fig, own_of)
    pos = own_of + 1 if counted else fig.end
    if own_of >= 0 and not counted and fig.kind == "count":
        pos = _partitive_noun(fig, pos)
    skipped = _SKIP_AFTER_FIGURE.match(fig.text, pos)
    if skipped:
        pos = skipped.end()
    # A figure right after "of (the)" belongs to the phrase ("two-thirds of the 850 families").
    lead = _OF_LEAD.match(fig.text, pos)
    near = lead.end() if lead else pos
    limit = min([s for s in fig.stops if s > near] + [len(fig.text), pos + 3 * WINDOW])
    return tokens(fig.text, pos, limit)


def _partitive_noun(fig: Figure, pos: int) -> int:
    """ "150 of its 1,800 workers": the span ends on the counted noun; read from there."""
    span = tokens(fig.text, fig.start, fig.end)
    if len(span) > 2 and span[-1].is_word and span[-2].text[:1].isdigit():
        return span[-1].start
    return pos


def _counted_after_of(fig: Figure, own_of: int) -> bool:
    """ "less than a quarter of that amount": the span's own "of" names what is counted,
    unless a number follows it ("upwards of 80,000", "two out of every five")."""
    after = fig.text[own_of : fig.end]
    return not any(c.isdigit() for c in after) and not _NUMBER_WORD.search(after)


def right_np(toks: list[Tok]) -> tuple[str, list[Tok], list[Tok]]:
    """How the text goes on after the figure: ``np``, ``of``, ``verb`` or ``bare``."""
    i = 1 if toks and toks[0].low in ph.SKIP_AFTER else 0
    while i < len(toks) and toks[i].low in ("such", "these", "those", "the"):
        i += 1
    if i >= len(toks) or not toks[i].is_word:
        return "bare", [], []
    first = toks[i].low
    if first == "of":
        return _of_np(toks, i + 1)
    if first in ph.TIME_WORDS and i + 1 < len(toks) and toks[i + 1].low in ph.TIME_UNITS:
        return "bare", [], []
    if first in ph.COMPARATIVES:
        return "bare", [], []
    np, j = noun_phrase(toks, i)
    if np:
        np, j = _coordinated(toks, np, j)
        return "np", np, continuation(toks, j)
    if first in ph.VERBS or first.endswith("ed"):
        return "verb", [], continuation(toks, i)
    return "bare", [], []


def _coordinated(toks: list[Tok], np: list[Tok], j: int) -> tuple[list[Tok], int]:
    """ "150 foreigners and naturalized citizens", "43 camps and facilities": a second noun
    phrase joined by "and"/"or" belongs to what is counted."""
    if j + 1 >= len(toks) or toks[j].low not in ("and", "or") or not is_np_word(toks[j + 1]):
        return np, j
    second, k = noun_phrase(toks, j + 1)
    if not second or len(second) > 3 or second[0].text[:1].isupper() != np[0].text[:1].isupper():
        return np, j
    tail = toks[k : k + 4]
    if any(t.text[:1].isdigit() for t in tail) or (tail and len(tail) < 2 and not tail[0].is_word):
        return np, j  # "water to 90,000 people and blankets to some 12,000": a parallel clause
    if tail and tail[0].low in ("to", "for", "at") and len(tail) < 3:
        return np, j  # the next figure cuts the tokens: "... and blankets to [some 12,000]"
    return [*np, toks[j], *second], k


def _of_np(toks: list[Tok], i: int) -> tuple[str, list[Tok], list[Tok]]:
    j = i
    while j < len(toks) and (toks[j].low in DETS or toks[j].text[:1].isdigit()):
        j += 1
    if j < len(toks) and toks[j].low in ("them", "it", "which", "those", "these", "whom"):
        return "of-anaphor", [toks[j]], continuation(toks, j + 1)
    np, k = noun_phrase(toks, j)
    if len(np) == 1 and np[0].low in ph.ANAPHORIC_NOUNS:
        return "of-anaphor", np, continuation(toks, k)
    return ("of", np, continuation(toks, k)) if np else ("bare", [], [])
