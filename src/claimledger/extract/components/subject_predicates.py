"""The predicate that defines a set named only by a bare noun: "spoke to 31 people" ->
"people spoken to by <agent>", "verified the deaths of 2,300 pilots" -> "pilots killed",
"plans to conscript 130,000 men" -> "men to be conscripted". Not a pipeline component:
``subjects.py`` calls it when the noun after a figure stands alone.
"""

from __future__ import annotations

import re

from claimledger.extract.components.phrase import (
    PRONOUNS,
    WINDOW,
    Figure,
    Tok,
    clean,
    is_particle,
    join_text,
    skip_verbs,
    subject_start,
    text_of,
    tokens,
)
from claimledger.extract.patterns import phrases as ph
from claimledger.extract.patterns import subject_predicates as sp


def bare_predicate(fig: Figure) -> str:
    """Participle, kept preposition and agent for the verb or event noun governing ``fig``;
    empty when the plain "-ed" verb right before the figure is already read elsewhere."""
    toks = tokens(fig.text, max(fig.floor, fig.start - 2 * WINDOW), fig.start)
    i = len(toks) - 1
    if i < 0:
        return ""
    event = _event_noun(toks, i)
    if event:
        return event
    prep = ""
    if toks[i].low in sp.KEPT_PREPOSITIONS:
        prep, i = toks[i].low, i - 1
    while i >= 0 and is_particle(toks[i]) and toks[i].low not in ("to", "of", "by"):
        i -= 1  # "interviewed nearly 45 people": adverbs between verb and figure
    if i < 0 or not toks[i].is_word or not toks[i].text.islower():
        return ""
    if prep and toks[i].low not in sp.PREPOSITION_VERBS:
        return ""
    participle = _participle(toks, i, bool(prep))
    if not participle:
        return ""
    return join_text(participle, prep, _agent(toks, i))


def _event_noun(toks: list[Tok], i: int) -> str:
    """ "the deaths of 2,300 pilots" -> "killed"."""
    if toks[i].low != "of" or i < 1:
        return ""
    return sp.EVENT_NOUNS.get(toks[i - 1].low, "")


def _participle(toks: list[Tok], i: int, prep: bool) -> str:
    word = toks[i].low
    if word in sp.REPORTING or word in ph.FUNCTION_WORDS:
        return ""
    infinitive = i >= 2 and toks[i - 1].low == "to" and toks[i - 2].low in sp.INTENT_VERBS
    if infinitive:
        return f"to be {sp.IRREGULAR.get(word) or _regular(word)}"
    if word in sp.IRREGULAR:
        return sp.IRREGULAR[word]
    if word.endswith("ed") and len(word) > 4:
        return word if prep else ""  # a plain "-ed" object verb is read by ``_count_np``
    return ""


def _regular(base: str) -> str:
    if base.endswith("e"):
        return f"{base}d"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return f"{base[:-1]}ied"
    return f"{base}ed"


def _agent(toks: list[Tok], verb: int) -> str:
    """ "The monitors spoke to ...": who did it, unless a pronoun or nothing names them."""
    j = verb - 1
    while j >= 0 and (toks[j].low == "to" or toks[j].low in sp.INTENT_VERBS):
        j -= 1
    j = skip_verbs(toks, j)
    if j < 0 or not toks[j].is_word:
        return ""
    begin = subject_start(toks, j)
    for k in range(j, begin - 1, -1):
        if toks[k].low in _ARTICLES:
            begin = k  # "For its new briefing the organization": the last article's phrase
            break
    agent = clean(text_of(toks[begin : j + 1]))
    if not agent or agent.lower() in PRONOUNS or len(agent.split()) > _MAX_AGENT:
        return ""
    return f"by {agent}"


_ARTICLES = frozenset(["the", "a", "an"])
# Longer runs are rarely a clean agent (a subject read across a clause).
_MAX_AGENT = 5


def stands_as_verb(np: list[Tok], cont: list[Tok]) -> bool:
    """ "some 7,300 left for Poland", "only two answered": the word after the count is its
    verb, not a noun it counts (the count is the clause's subject)."""
    if len(np) != 1 or (cont and cont[0].low not in ph.FUNCTION_WORDS):
        return False
    word = np[0]
    if not word.text.islower():
        return False
    return word.low in sp.INTRANSITIVE_PAST or (word.low.endswith("ed") and len(word.low) > 4)


def noun_only(head: str) -> str:
    """An earlier head without the predicate it carried ("ministries written to" ->
    "ministries"), for a count whose own verb follows."""
    kept: list[str] = []
    for word in head.split():
        low = word.lower()
        if kept and (low.endswith("ed") or low in _PARTICIPLES or low in ph.FUNCTION_WORDS):
            break
        kept.append(word)
    return " ".join(kept)


_PARTICIPLES = frozenset(sp.IRREGULAR.values())


def restated(fig: Figure, earlier: str) -> str:
    """ "210,000 rubles a month, roughly $2,600", "US$ 5 billion, or about 6 per cent": a
    figure set off after the previous one restates it and shares its subject."""
    if fig.kind != "money" or not earlier or ph.SHARE_PREFIX in earlier:
        return ""  # a share restated as money names a different quantity
    ends = [end for _, end in fig.others if end <= fig.start]
    if not ends:
        return ""
    between = fig.text[max(ends) : fig.start]
    match = _APPOSED.fullmatch(between)
    return earlier if match else ""


# A comma or dash (a rate like "a month" may come first), then optionally "or"/"i.e.".
_APPOSED = re.compile(
    r"(?:\s+(?:a|an|per|each)\s+(?:day|week|month|year))?\s*[,–—]\s*"
    r"(or\s+|i\.e\.\s*|that is\s*,?\s*|equivalent to\s+)?"
)


def cut_reported(cont: list[Tok]) -> list[Tok]:
    """ "children said that some families ...": a reporting verb with "that" opens what was
    said, which is no part of the counted set."""
    for k in range(len(cont) - 1):
        if cont[k].low not in sp.SAYING:
            continue
        nxt = k + 2 if cont[k + 1].low in _HEARERS and k + 2 < len(cont) else k + 1
        if cont[nxt].low == "that":  # "told her that"
            return cont[:k]
    return cont


_HEARERS = frozenset(["her", "him", "them", "us", "me", "you", "reporters", "journalists"])
