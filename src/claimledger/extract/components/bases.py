"""Restated bases are dropped once every claim has its context.

"Human Rights Watch interviewed 37 people, including 22 men ... Of the 22 recruited men we
interviewed, 15 said ...": a count after "of the" that repeats an earlier count of the
document names that group again; it is no new claim. It stays in the pipeline until the
subject and source components have read it ("15 said" needs it as its antecedent) and is
removed last, with the ``converts`` indexes of the claims after it moved down.
"""

from __future__ import annotations

import dataclasses
import re

from claimledger.extract.components.claims import updated
from claimledger.extract.pipeline import Parse, component
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


@component("bases", requires=("claims",), assigns=("claims.dropped_bases",))
def _bases(parse: Parse) -> Parse:
    dropped = restated(parse.document.text, parse.claims)
    return dataclasses.replace(parse, claims=without(parse.claims, dropped))


COMPONENT = _bases
