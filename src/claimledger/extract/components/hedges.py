"""How firmly the text puts each figure (``Claim.hedge``), by SCHEMA.md precedence:
possible > likely > claimed > estimated > reported > asserted.

Signals counted: the attribution cues that govern the figure (their verb or noun: "claimed",
"estimated", "according to") and hedging words (may, likely, an estimated ...) in the part of
the figure's clause that no other attribution governs. A "claimed" two clauses away, or
after "though", does not reach the figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from claimledger.extract.components.claims import updated
from claimledger.extract.components.clauses import (
    HEDGE_RANK,
    Cue,
    clause_at,
    sentence_cues,
    sentence_hedge_clauses,
    stronger,
)
from claimledger.extract.components.sources import cue_chain, quote_speaker
from claimledger.extract.components.speakers import is_author
from claimledger.extract.components.wordtrie import trie_pattern
from claimledger.extract.patterns import context as cx
from claimledger.extract.pipeline import Parse, component, replaced
from claimledger.model import Claim


@cache
def _word_rx() -> re.Pattern[str]:
    """One pass over the region: each hedge class is a named group."""
    groups = []
    for hedge, words in cx.HEDGE_WORDS.items():
        groups.append(f"(?P<{hedge}>{trie_pattern(words)})")
    return re.compile(rf"\b(?:{'|'.join(groups)})\b")


@cache
def _any_word_rx() -> re.Pattern[str]:
    """Any hedge word anywhere, boundaries aside: a match of ``_word_rx`` needs one."""
    return re.compile(trie_pattern([w for words in cx.HEDGE_WORDS.values() for w in words]))


# Most sentences hold no hedging word at all: one scan per sentence (its figures share it)
# spares the scan of each figure's clause.
@lru_cache(maxsize=512)
def _has_hedge_word(text: str) -> bool:
    return _any_word_rx().search(text) is not None


def hedge_for(text: str, start: int, end: int, publisher: str | None = None) -> tuple[str, str]:
    """The hedge of the figure at ``start:end`` of sentence ``text`` and the rule used;
    ``publisher`` tells the author's own findings ("ISW has observed") from reports."""
    cues = sentence_cues(text)
    used = cue_chain(text, start, end)
    hedge, rule = "asserted", "hedge.none"
    base = _baseline(text, start)
    if base:
        # "to grow by 2.1 per cent, after an increase of 6.5 per cent": the base figure is
        # a fact the forecast starts from; a speaker's attribution still reaches it.
        used = tuple(c for c in used if c.start >= base or c.kind not in ("passive", "noun"))
    for cue in used:
        if (
            cue.kind in ("pre", "post")
            and cue.hedge == "reported"
            and is_author(cue.speaker, text[cue.start : cue.end], publisher)
        ):
            continue  # "we have identified", "our count": the author's voice
        if stronger(cue.hedge, hedge) != hedge:
            hedge, rule = cue.hedge, f"hedge.cue.{cue.kind}"
    if not _has_hedge_word(text):
        return hedge, rule
    low, high = _region(text, start, end, cues, used)
    low = max(low, base)
    for match in _word_rx().finditer(text, low, high):
        if match.group() == "could" and text.startswith(" not", match.end()):
            continue  # "could not afford", "could not be verified": ability, not doubt
        if match.lastgroup == "estimated" and not _estimate_reaches(text, match, start, end):
            continue
        name = match.lastgroup or hedge
        if HEDGE_RANK[name] < HEDGE_RANK[hedge]:
            hedge, rule = name, f"hedge.word.{name}"
    return hedge, rule


def _baseline(text: str, start: int) -> int:
    """Where a baseline phrase before the figure begins ("after an increase of", "up from",
    "compared with"), or 0."""
    if "after" not in text and "from" not in text and "compared" not in text:
        return 0
    match = _BASELINE.search(text, max(0, start - 50), start)
    return match.start() if match else 0


_BASELINE = re.compile(
    r"\b(?:after|compared\s+(?:with|to)|(?:up|down)\s+from|versus)\s+"
    r"(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:of\s+)?(?:about\s+|some\s+|around\s+)?$"
)


def _estimate_reaches(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """ "an estimated 170,000" hedges that figure only; "is estimated" hedges its clause."""
    if match.group() not in ("estimated", "an estimated"):
        return True
    if start - 12 <= match.end() and match.start() < end:
        return True
    return _BE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")


def _region(
    text: str, start: int, end: int, cues: Sequence[Cue], used: tuple[Cue, ...]
) -> tuple[int, int]:
    """The figure's clause, cut at attributions that do not govern the figure."""
    low, high = clause_at(sentence_hedge_clauses(text), start)
    for cue in cues:
        if cue in used or cue.kind == "adverb":
            continue
        if cue.end <= start and cue.end > low and cue.kind != "passive":
            low = cue.end
        elif cue.start >= end and cue.start < high and cue.kind not in ("passive", "according"):
            high = cue.start
    return low, high


def assign_hedges(parse: Parse) -> tuple[Claim, ...]:
    out = []
    previous = _previous_sentences(parse)
    for claim in parse.claims:
        base = claim.sentence_start
        publisher = parse.document.publisher
        hedge, rule = hedge_for(claim.sentence, claim.start - base, claim.end - base, publisher)
        if hedge == "asserted" and quote_speaker(previous.get(base, ""), claim.sentence):
            hedge, rule = "reported", "hedge.quote_continues"
        evidence = (*claim.evidence, ("hedge", rule))
        out.append(updated(claim, hedge=hedge, evidence=evidence))
    return tuple(out)


def _previous_sentences(parse: Parse) -> dict[int, str]:
    """The text of the sentence before each sentence, by sentence start."""
    texts = [s.text for s in parse.sentences]
    return {s.start: prev for s, prev in zip(parse.sentences[1:], texts, strict=False)}


@component("hedges", requires=("claims",), assigns=("claims.hedge",))
def _hedges(parse: Parse) -> Parse:
    return replaced(parse, claims=assign_hedges(parse))


COMPONENT = _hedges
