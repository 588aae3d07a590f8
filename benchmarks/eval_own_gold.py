"""Score the extractor on the project's own held-out gold set and show where it goes wrong.

    .venv/bin/python benchmarks/eval_own_gold.py [--pred FILE] [--show N] [--json]

Runs the extraction pipeline over ``tests/eval/docs`` (or reads ``--pred``, a JSON Lines file of
claim records), scores it against ``tests/eval/gold.jsonl`` with ``claimledger.analyze.evaluate``
and prints: detection P/R/F1, accuracy per field, full F1, the floors of
``tests/eval/baseline.json`` next to each figure, a line per document, then the worst misses:
gold claims not found, predicted claims that match no gold claim, and wrong fields.
The Russian-language set (gated by tests/eval/test_heldout_gates.py) is scored with
``--docs tests/eval/ru/docs --gold tests/eval/ru/gold.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimledger.analyze.evaluate import FIELDS, Evaluation, evaluate, load_records
from claimledger.config import Settings
from claimledger.extract import default_pipeline
from claimledger.extract.batch import extract_targets

EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    pred = load_records(args.pred) if args.pred else _extract(args.docs)
    result = evaluate(load_records(args.gold), pred)
    if args.json:
        print(json.dumps(result.figures(), indent=1))
        return 0
    gated = Path(args.gold).resolve() == (EVAL / "gold.jsonl").resolve()
    _print_figures(result, _floors() if gated else {})
    _print_documents(result)
    _print_misses(result, args.show)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=str(EVAL / "gold.jsonl"))
    parser.add_argument("--docs", default=str(EVAL / "docs"))
    parser.add_argument("--pred", help="score this JSON Lines file instead of extracting")
    parser.add_argument("--show", type=int, default=15, help="misses to show per kind")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    return parser


def _extract(docs: str) -> list[dict[str, Any]]:
    settings = Settings.from_env(environ={}, db_url="sqlite:///:memory:")
    records: list[dict[str, Any]] = []
    for result in extract_targets([docs], settings, default_pipeline()):
        if result.error is not None:
            print(f"error: {result.error}", file=sys.stderr)
        if result.parse is not None:
            records.extend(claim.record() for claim in result.parse.claims)
    return records


def _floors() -> dict[str, float]:
    path = EVAL / "baseline.json"
    if not path.exists():
        return {}
    floors: dict[str, float] = json.loads(path.read_text(encoding="utf-8"))["floors"]
    return floors


def _print_figures(result: Evaluation, floors: dict[str, float]) -> None:
    print(f"gold {result.gold}  predicted {result.predicted}  found {result.found}")
    for name, value in result.figures().items():
        floor = floors.get(name)
        mark = "" if floor is None else f"  (floor {floor:.2f}{'  BELOW' if value < floor else ''})"
        print(f"  {name:<14} {value:.3f}{mark}")


def _print_documents(result: Evaluation) -> None:
    print("\nper document (gold / predicted / found / all fields right)")
    perfect: dict[str, int] = {}
    for pair in result.pairs:
        doc = str(pair.gold["doc"])
        perfect[doc] = perfect.get(doc, 0) + (not pair.wrong_fields)
    for doc, counts in sorted(result.per_doc.items()):
        found, right = counts["found"], perfect.get(doc, 0)
        print(f"  {doc:<42} {counts['gold']:>3} {counts['pred']:>4} {found:>4} {right:>4}")


def _print_misses(result: Evaluation, limit: int) -> None:
    print(f"\nmissed gold claims ({len(result.missed)})")
    for row in result.missed[:limit]:
        print(
            f"  [{row['doc']}] {row.get('quote')!r} value={row.get('value')} unit={row.get('unit')}"
        )
    print(f"\npredictions matching no gold claim ({len(result.spurious)})")
    for row in result.spurious[:limit]:
        print(f"  [{row['doc']}] {row.get('quote')!r} {row.get('kind')} value={row.get('value')}")
    for name in FIELDS:
        wrong = [pair for pair in result.pairs if name in pair.wrong_fields]
        print(f"\nwrong {name} ({len(wrong)})")
        for pair in wrong[:limit]:
            gold, pred = pair.gold, pair.pred
            print(f"  [{gold['doc']}] {gold.get('quote')!r}")
            print(f"      gold {gold.get(name)!r}\n      pred {pred.get(name)!r}")


if __name__ == "__main__":
    sys.exit(main())
