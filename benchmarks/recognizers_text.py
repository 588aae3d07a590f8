"""Run Recognizers-Text English spec cases against claimledger's figure layer.

Usage: python benchmarks/recognizers_text.py FILE.jsonl [--show N]

FILE.jsonl holds one case a line: ``suite``, ``input`` and the expected ``results``
(``Text``, ``TypeName``, ``Resolution{value, unit ...}``, ``Start``, ``End``). Supported suites:
Number, NumberRange, Percent and Currency; DateParser is printed for reference only (dates from
the date component against RT's past resolution, not in the last line). A case passes when the
set of (text, value[, unit]) the library finds equals the expected one; texts are compared
case-insensitively and values numerically (RT prints 15 significant digits). Prints the pass
rate per suite and, last, ``overall PASSED/TOTAL`` over the four core suites.

This script only maps the library's output to RT's notation; all finding and parsing is done by
``claimledger.extract.numbers`` and ``claimledger.extract.components.quantities``.

Conventions we deliberately differ from (these cases still count as failures):
- Shares are percentages: "more than half" is (50,) and "more than 1/2" is (50,) to us, since
  the ledger stores shares as percent (SCHEMA.md); RT keeps the fraction, (0.5,).
- "N in M" with N < M <= 1000 is a share ("2 in 5 respondents" = 40 %): reports use it that
  way, so "more than 2 in 5" is a share, not RT's "(2,)".
- "1m" alone is one million to us (reports write "$2.5m"); RT rejects it without a currency.
- Comma decimals ("1,3" = 1.3, "1.111,11") and Indian grouping ("12,34,567") are not read in
  English text: the reports we read use international grouping. (A decimal comma is read
  before a Russian scale word: "6,2 млн".)
- A bare "hundred" ("hundred thousand dollars") is not a number: in reports it is nearly
  always vague ("several hundred").
- Ordinals are not ranges ("between the tenth and the fifteenth"), and "percent of 10" is not
  a percentage: neither occurs as a figure in reports. A percent word or sign without a number
  ("a small percent") is a mention without a value (``percent_mentions``), as RT has it.
- Powers written with a bare caret ("1.1^+23") are not read; "1.3x10^6" and "1.3e6" are.
- "from 200 to 300" is a range even before "in 2008" (RT drops it there).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from claimledger.extract.components.dates import find_dates
from claimledger.extract.components.quantities import Figure, find_figures
from claimledger.extract.mentions import currency_mentions, percent_mentions
from claimledger.extract.numbers import plain_numbers
from claimledger.extract.patterns.qualifiers import STRICT

SUITES = {
    "Number/English/NumberModel.json": "Number",
    "Number/English/NumberRangeModel.json": "NumberRange",
    "Number/English/PercentModel.json": "Percent",
    "NumberWithUnit/English/CurrencyModel.json": "Currency",
    "DateTime/English/DateParser.json": "DateParser",
}
# The suites the last line counts; DateParser is printed for reference only.
CORE = ("Number", "NumberRange", "Percent", "Currency")
MINOR_UNIT_NAMES = frozenset({"Cent", "Pence", "Penny", "Kopek", "Sen"})

Item = tuple[str, ...]


def _fmt(value: float) -> str:
    return repr(float(value))


def predict_number(text: str) -> list[Item]:
    return [(text[n.start : n.end], _fmt(n.value)) for n in plain_numbers(text)]


def predict_percent(text: str) -> list[Item]:
    out: list[Item] = []
    for fig in find_figures(text):
        if (
            fig.kind == "percent"
            and "percent.sign" in fig.rules
            and not isinstance(fig.value, tuple)
        ):
            start, end = fig.core
            out.append((text[start:end], _fmt(float(fig.value)) + "%"))
    out.extend((text[start:end], "null") for start, end in percent_mentions(text))
    return out


def predict_currency(text: str) -> list[Item]:
    out: list[Item] = []
    for fig in find_figures(text):
        if fig.kind != "money" or isinstance(fig.value, tuple):
            continue
        value = float(fig.value)
        if fig.name in MINOR_UNIT_NAMES:
            value = round(value * 100, 9)  # RT reports cents in cents
        start, end = fig.core  # RT leaves qualifiers out of the currency's text
        out.append((text[start:end], _fmt(value), fig.name or ""))
    out.extend((text[start:end], "None", name) for start, end, _, name in currency_mentions(text))
    return out


def predict_range(text: str) -> list[Item]:
    out: list[Item] = []
    for fig in find_figures(text):
        notation = _interval(fig)
        if notation is None:
            continue
        # RT has no approximate ranges: "about 20~100" is the range "20~100".
        start = fig.core[0] if fig.qualifier == "approx_range" else fig.start
        out.append((text[start : fig.end], notation))
    return out


def _interval(fig: Figure) -> str | None:
    if isinstance(fig.value, tuple):
        low, high = (_num(v) for v in fig.value)
        bounds = fig.bounds or "[)"  # RT reads "20 to 30" as half-open
        return f"{bounds[0]}{low},{high}{bounds[1]}"
    value = _num(fig.value)
    if fig.qualifier == "exact":
        return f"[{value},{value}]" if fig.phrase in ("equal to", "equals") else None
    return {
        "more_than": f"({value},)",
        "at_least": f"[{value},)",
        "up_to": f"(,{value}]",
        "at_most": f"(,{value})" if fig.phrase in STRICT else f"(,{value}]",
    }.get(fig.qualifier)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def predict_date(text: str, reference: date) -> list[Item]:
    """Dates resolved against the reference day, looking back (reports speak of the past)."""
    return [(text[m.start : m.end], str(m.value)) for m in find_dates(text, reference)]


def expected(case: dict[str, object], suite: str) -> list[Item]:
    out: list[Item] = []
    for result in case["results"]:  # type: ignore[attr-defined]
        if suite == "DateParser":
            past = result["Value"].get("PastResolution") or {}
            out.append((str(result["Text"]), str(past.get("date"))))
            continue
        text = str(result["Text"])
        resolution = result.get("Resolution") or {}
        value = resolution.get("value")
        if suite == "NumberRange":
            out.append((text, str(value)))
        elif suite == "Percent":
            out.append((text, "null" if value in (None, "null") else _fmt(float(value[:-1])) + "%"))
        elif suite == "Currency":
            shown = "None" if value is None else _fmt(float(value))
            out.append((text, shown, str(resolution.get("unit", ""))))
        else:
            out.append((text, _fmt(float(value)) if value is not None else "None"))
    return out


def _same(a: Item, b: Item) -> bool:
    if len(a) != len(b) or " ".join(a[0].lower().split()) != " ".join(b[0].lower().split()):
        return False
    return all(_same_value(x, y) for x, y in zip(a[1:], b[1:], strict=True))


def _same_value(x: str, y: str) -> bool:
    if x == y:
        return True
    if _NUMBER.fullmatch(x) and _NUMBER.fullmatch(y):
        fx, fy = float(x.rstrip("%")), float(y.rstrip("%"))
        return math.isclose(fx, fy, rel_tol=1e-9, abs_tol=1e-12)
    if _INTERVAL.fullmatch(x) and _INTERVAL.fullmatch(y):
        return _same_interval(x, y)
    return False  # dates and names compare as text


_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?")
_INTERVAL = re.compile(r"[\[(][^,]*,[^,]*[\])]")


def _same_interval(x: str, y: str) -> bool:
    if x[:1] != y[:1] or x[-1:] != y[-1:]:
        return False
    xs, ys = x[1:-1].split(","), y[1:-1].split(",")
    return len(xs) == len(ys) and all(
        (a == b) or (a and b and math.isclose(float(a), float(b), rel_tol=1e-9))
        for a, b in zip(xs, ys, strict=True)
    )


def passes(got: list[Item], want: list[Item]) -> bool:
    if len(got) != len(want):
        return False
    left = list(want)
    for item in got:
        match = next((w for w in left if _same(item, w)), None)
        if match is None:
            return False
        left.remove(match)
    return True


PREDICTORS: dict[str, Callable[[str], list[Item]]] = {
    "Number": predict_number,
    "NumberRange": predict_range,
    "Percent": predict_percent,
    "Currency": predict_currency,
}


def run(lines: Iterable[str], show: int) -> int:
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    shown = 0
    for line in lines:
        if not line.strip():
            continue
        case = json.loads(line)
        suite = SUITES.get(case["suite"])
        if suite is None:
            continue
        if suite == "DateParser":
            reference = date.fromisoformat(case["context"]["ReferenceDateTime"][:10])
            got = predict_date(case["input"], reference)
        else:
            got = PREDICTORS[suite](case["input"])
        want = expected(case, suite)
        total[suite] += 1
        if passes(got, want):
            passed[suite] += 1
        elif shown < show:
            shown += 1
            print(f"FAIL {suite}: {case['input']!r}\n  want {want}\n  got  {got}")
    for suite in (*CORE, "DateParser"):
        if total[suite]:
            note = "" if suite in CORE else "  (reference only, not in overall)"
            rate = passed[suite] / total[suite]
            print(f"{suite:12} {passed[suite]}/{total[suite]} ({rate:.1%}){note}")
    print(f"overall {sum(passed[s] for s in CORE)}/{sum(total[s] for s in CORE)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--show", type=int, default=0, help="print the first N failures")
    args = parser.parse_args(argv)
    path = Path(args.file)
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 2
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    bad = next((n for n, line in enumerate(lines, 1) if not _is_case(line)), None)
    if bad is not None:
        print(
            f"{path}:{bad}: not a Recognizers-Text case (JSON with suite/input/results)",
            file=sys.stderr,
        )
        return 2
    return run(lines, args.show)


def _is_case(line: str) -> bool:
    if not line.strip():
        return True
    try:
        case = json.loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(case, dict) and {"suite", "input", "results"} <= case.keys()


if __name__ == "__main__":
    sys.exit(main())
