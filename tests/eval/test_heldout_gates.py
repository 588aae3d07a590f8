"""Quality gates on the held-out sets under ``tests/eval/<set>/``: each figure above its floor.

Each set (``docs/``, ``gold.jsonl``, ``baseline.json``, ``README.md``) was written and annotated
by a different person at a different time, so a regression that shows on one and not another
is worth seeing separately: every set is its own parameter. ``baseline.json`` pins each floor
a little under the measured figure; raise floors when the extractor improves, never lower one
to let a regression pass, and never edit the gold to match the extractor.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from claimledger.analyze.evaluate import Evaluation, evaluate, load_records
from claimledger.config import Settings
from claimledger.extract import default_pipeline
from claimledger.extract.batch import extract_targets

HERE = Path(__file__).parent
SETS = ("fresh", "fresh2", "fresh3", "fresh4", "ru")


def floors(name: str) -> dict[str, float]:
    baseline = json.loads((HERE / name / "baseline.json").read_text("utf-8"))
    return dict(baseline["floors"])


@cache
def scored(name: str) -> Evaluation:
    settings = Settings.from_env(environ={}, db_url="sqlite:///:memory:")
    predicted = []
    for result in extract_targets([str(HERE / name / "docs")], settings, default_pipeline()):
        assert result.parse is not None, f"{result.target}: {result.error}"
        predicted.extend(claim.record() for claim in result.parse.claims)
    return evaluate(load_records(HERE / name / "gold.jsonl"), predicted)


@pytest.mark.parametrize(
    ("name", "figure"), [(name, figure) for name in SETS for figure in sorted(floors(name))]
)
def test_figure_stays_above_its_floor(name: str, figure: str) -> None:
    measured = scored(name).figures()[figure]
    floor = floors(name)[figure]
    assert measured >= floor, f"{name}: {figure} fell to {measured:.3f} < {floor}"
