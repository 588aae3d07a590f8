"""Quality gate on the third held-out set (``fresh2/``, annotated blind): figures above floors.

Kept apart from the other gates because the sets were written by different people
at different times; a regression that shows on one and not the other is worth seeing separately.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.analyze.evaluate import Evaluation, evaluate, load_records
from claimledger.config import Settings
from claimledger.extract import default_pipeline
from claimledger.extract.batch import extract_targets

FRESH = Path(__file__).parent / "fresh2"
FLOORS: dict[str, float] = json.loads((FRESH / "baseline.json").read_text("utf-8"))["floors"]


@pytest.fixture(scope="module")
def scored() -> Evaluation:
    settings = Settings.from_env(environ={}, db_url="sqlite:///:memory:")
    predicted = []
    for result in extract_targets([str(FRESH / "docs")], settings, default_pipeline()):
        assert result.parse is not None, f"{result.target}: {result.error}"
        predicted.extend(claim.record() for claim in result.parse.claims)
    return evaluate(load_records(FRESH / "gold.jsonl"), predicted)


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_fresh2_figure_stays_above_its_floor(scored: Evaluation, figure: str) -> None:
    measured = scored.figures()[figure]
    assert measured >= FLOORS[figure], f"{figure} fell to {measured:.3f} < {FLOORS[figure]}"
