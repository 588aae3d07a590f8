"""A figure that restates another ("5,000 rubles ($63)") inherits its context.

The converting claim takes the qualifier (money only, unless it has its own; "one in five
(19 percent)" restates more precisely and keeps its own), subject, source, date and
hedge of the claim it converts, as SCHEMA.md asks.
"""

from __future__ import annotations

from claimledger.extract.components.claims import updated
from claimledger.extract.pipeline import Parse, component, replaced
from claimledger.model import Claim

_INHERITED = ("subject", "source", "date", "hedge")


def inherit(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    out = list(claims)
    for index, claim in enumerate(out):
        target = claim.converts
        if target is None or not 0 <= target < len(out) or target == index:
            continue
        out[index] = _inherit_one(claim, out[target])
    return tuple(out)


def _inherit_one(claim: Claim, origin: Claim) -> Claim:
    changes: dict[str, object] = {name: getattr(origin, name) for name in _INHERITED}
    if claim.kind == "money" and claim.qualifier == "exact" and origin.qualifier != "exact":
        changes["qualifier"] = _matching_qualifier(claim, origin)
    evidence = dict(claim.evidence)
    evidence.update({name: f"inherited.from.{claim.converts}" for name in changes})
    return updated(claim, evidence=tuple(evidence.items()), **changes)


def _matching_qualifier(claim: Claim, origin: Claim) -> str:
    """A range converts a range: keep the range form; a point keeps the origin's bound."""
    if isinstance(claim.value, tuple) != isinstance(origin.value, tuple):
        return claim.qualifier
    return origin.qualifier


@component("conversions", requires=("claims",), assigns=("claims.inherited",))
def _conversions(parse: Parse) -> Parse:
    return replaced(parse, claims=inherit(parse.claims))


COMPONENT = _conversions
