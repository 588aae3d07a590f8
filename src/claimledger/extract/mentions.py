"""Currency and percent words named without an amount ("the dollar fell", "a small percent").

Recognizers-Text reports such mentions with no value; the conformance runner uses these.
"""

from __future__ import annotations

import re
from functools import cache

from claimledger.extract.components.quantities import find_figures
from claimledger.extract.figures import alt
from claimledger.extract.patterns import currencies
from claimledger.extract.patterns import numbers as nw


@cache
def _mention_regex() -> re.Pattern[str]:
    names = list(currencies.WORDS) + list(currencies.CODES)
    return re.compile(rf"(?<![\w$])(?:{alt(names)})(?![\w$])", re.IGNORECASE)


def currency_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """Currencies named without an amount ("the dollar fell"): (start, end, ISO code, name)."""
    taken = [(fig.start, fig.end) for fig in find_figures(text) if fig.kind == "money"]
    out: list[tuple[int, int, str, str]] = []
    for m in _mention_regex().finditer(text):
        if any(start <= m.start() < end for start, end in taken):
            continue
        key = m.group(0).lower()
        iso, name = currencies.WORDS.get(key) or currencies.CODES[key]
        out.append((m.start(), m.end(), iso, name))
    return out


@cache
def _percent_word_regex() -> re.Pattern[str]:
    words = [w for w in nw.PERCENT_WORDS if w != "%"]
    return re.compile(rf"(?<![\w%])(?:{alt(words)}|%)(?![\w%])", re.IGNORECASE)


def percent_mentions(text: str) -> list[tuple[int, int]]:
    """Percent words and signs without a figure ("a small percent", "the % of"): (start, end)."""
    taken = [(f.start, f.end) for f in find_figures(text) if f.kind in ("percent", "url")]
    return [
        (m.start(), m.end())
        for m in _percent_word_regex().finditer(text)
        if not any(start <= m.start() < end for start, end in taken)
    ]
