"""The English claim extractor: a pipeline of small rule-based components.

Stage order (each component declares what it needs and sets):
sentences -> quantities -> claims -> subjects -> sources -> dates -> hedges -> russian
(the same fields for sentences written in Russian) -> conversions -> bases (restated
counts dropped) -> entities.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimledger.extract.pipeline import (
    EXTRACTOR_NAME,
    EXTRACTOR_VERSION,
    Parse,
    Pipeline,
)
from claimledger.model import Claim, Document
from claimledger.registry import Registry

DEFAULT_COMPONENTS = (
    "sentences.v1",
    "quantities.v1",
    "claims.v1",
    "subjects.v1",
    "sources.v1",
    "dates.v1",
    "hedges.v1",
    "russian.v1",
    "conversions.v1",
    "bases.v1",
    "entities.v1",
)


def build_pipeline(names: Sequence[str], registry: Registry | None = None) -> Pipeline:
    reg = registry or Registry()
    return Pipeline(reg.get("components", name) for name in names)


# The components a claim's fields come from: all but ``entities``, whose named spans
# (speakers, places, laws) only the ledger stores.
CLAIM_COMPONENTS = tuple(name for name in DEFAULT_COMPONENTS if name != "entities.v1")


def default_pipeline() -> Pipeline:
    return build_pipeline(DEFAULT_COMPONENTS)


def claims_pipeline() -> Pipeline:
    """The default pipeline without the named spans: the same claims, for callers that use
    only the claims (``claimledger extract``)."""
    return build_pipeline(CLAIM_COMPONENTS)


def extract(document: Document, pipeline: Pipeline | None = None) -> tuple[Claim, ...]:
    """The claims of one document (count, money and percent figures with their context)."""
    return (pipeline or default_pipeline())(document).claims


__all__ = [
    "CLAIM_COMPONENTS",
    "DEFAULT_COMPONENTS",
    "EXTRACTOR_NAME",
    "EXTRACTOR_VERSION",
    "Parse",
    "Pipeline",
    "build_pipeline",
    "claims_pipeline",
    "default_pipeline",
    "extract",
]
