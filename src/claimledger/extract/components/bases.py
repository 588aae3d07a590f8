"""The claim list's last touches, once every claim has its context: restated bases are
dropped, and equal quotes are told apart.

"Human Rights Watch interviewed 37 people, including 22 men ... Of the 22 recruited men we
interviewed, 15 said ...": a count after "of the" that repeats an earlier count of the
document names that group again; it is no new claim. It stays in the pipeline until the
subject and source components have read it ("15 said" needs it as its antecedent) and is
removed last, with the ``converts`` indexes of the claims after it moved down.

Two claims of a document with the same quote ("roughly 12,000" twice) get quotes widened to
the left, a word at a time within their sentences, until they differ ("claimed that roughly
12,000", "and that roughly 12,000"): SCHEMA.md uses the quote to tell equal figures apart.
"""

from __future__ import annotations

import re

from claimledger.extract.components.claims import updated
from claimledger.extract.pipeline import Parse, component, replaced
from claimledger.model import Claim

_OF_THE = re.compile(r"\b(?:of|none of|all of|each of)\s+(?:the|these|those)\s+$", re.IGNORECASE)


def restated(text: str, claims: tuple[Claim, ...]) -> set[int]:
    """Indexes of the claims that restate an earlier count of the document."""
    seen: set[float] = set()
    out = set()
    for index, claim in enumerate(claims):
        value = claim.value
        if claim.kind != "count" or not isinstance(value, float | int):
            continue
        if value in seen and _OF_THE.search(text, max(0, claim.start - 16), claim.start):
            out.add(index)
        seen.add(float(value))
    return out


def without(claims: tuple[Claim, ...], dropped: set[int]) -> tuple[Claim, ...]:
    """The claims but ``dropped``, with ``converts`` pointing at the same claims as before."""
    if not dropped:
        return claims
    new_index: dict[int, int] = {}
    for index in range(len(claims)):
        if index not in dropped:
            new_index[index] = len(new_index)
    out = []
    for index, claim in enumerate(claims):
        if index in dropped:
            continue
        target = new_index.get(claim.converts) if claim.converts is not None else None
        out.append(claim if target == claim.converts else updated(claim, converts=target))
    return tuple(out)


def distinct_quotes(text: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims, with quotes that two of them share widened until they differ."""
    seen: dict[str, list[int]] = {}
    for index, claim in enumerate(claims):
        seen.setdefault(claim.quote, []).append(index)
    out = list(claims)
    for indexes in seen.values():
        if len(indexes) < 2:
            continue
        for words in range(1, _MAX_WIDENING + 1):
            quotes = [_widened(text, claims[i], words) for i in indexes]
            if len(set(quotes)) == len(quotes):
                for i, quote in zip(indexes, quotes, strict=True):
                    out[i] = updated(claims[i], quote=quote)
                break
    return tuple(out)


def _widened(text: str, claim: Claim, words: int) -> str:
    """The quote with up to ``words`` more words before it, inside its sentence."""
    begin = claim.start
    for _ in range(words):
        before = text.rfind(" ", claim.sentence_start, begin - 1)
        begin = claim.sentence_start if before < 0 else before + 1
    return text[begin : claim.end]


_MAX_WIDENING = 4


@component("bases", requires=("claims",), assigns=("claims.dropped_bases", "claims.quote"))
def _bases(parse: Parse) -> Parse:
    dropped = restated(parse.document.text, parse.claims)
    claims = without(parse.claims, dropped)
    return replaced(parse, claims=distinct_quotes(parse.document.text, claims))


COMPONENT = _bases
