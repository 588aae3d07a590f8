"""Clauses of a sentence for the context components: where "X said that ..." can reach.

A sentence is cut before clause breakers ("; ", ", and ", "but", "though", a "while" with an
attribution of its own, " - ") but not inside a list of names ("Moscow, Moscow Oblast, and
St. Petersburg"); the hedge clauses are also cut before a second "and that". Offsets are
relative to the sentence text. Split out of ``clauses``, which re-exports these names.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from claimledger.extract.components import clause_rx as rx


def clause_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence: cut at ";", ", and" (not "and that"), "but", "though" ..."""
    return list(_cached_spans(text))


@lru_cache(maxsize=512)
def _cached_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in rx.cue_rx().breaker.finditer(text):
        if rx.LIST_AND.match(match.group()) and _in_name_list(text, match.start()):
            continue  # "in Moscow, Moscow Oblast, and St. Petersburg": a list, not a clause
        spans.append((begin, match.start()))
        begin = match.start()
    spans.append((begin, len(text)))
    return tuple(spans)


def _in_name_list(text: str, comma: int) -> bool:
    """ "..., Moscow Oblast, and St. Petersburg in January": names on both sides of ", and"."""
    return bool(rx.NAME_BEFORE.search(text, max(0, comma - 40), comma)) and bool(
        rx.NAME_AFTER.match(text, comma)
    )


def hedge_spans(text: str) -> list[tuple[int, int]]:
    """Clauses for the reach of a hedging word: also cut where a second complement starts
    ("..., and that perhaps ..."), which a speaker's attribution still governs."""
    return list(_cached_hedge_spans(text))


@lru_cache(maxsize=512)
def _cached_hedge_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = _cached_spans(text)
    seconds = set()
    if "d that" in text or "r that" in text or "t that" in text:  # and / or / but that
        seconds = {m.start() for m in rx.SECOND_THAT.finditer(text)}
    if not seconds:
        return spans
    cuts = sorted({s for s, _ in spans} | seconds)
    return tuple(zip(cuts, [*cuts[1:], len(text)], strict=True))


def clause_at(spans: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= pos < end:
            return start, end
    return spans[-1]


def sentence_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """``clause_spans`` without the copy: the shared, cached tuple."""
    return _cached_spans(text)


def sentence_hedge_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """``hedge_spans`` without the copy: the shared, cached tuple."""
    return _cached_hedge_spans(text)
