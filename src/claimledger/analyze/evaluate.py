"""Score predicted claim records against hand-annotated gold ones.

The rules are the "Scoring" section of the evaluation schema: a gold claim is *found* when a
predicted claim of the same document has a compatible unit and an equal value (both ends of a
range; percentages within 0.1). When several predictions could match, the pair whose quote and
subject agree best is taken first. For the pairs found, each field is judged on its own:
``qualifier``, ``hedge`` and ``unit`` exactly; ``subject`` by content-word F1 of at least 0.5;
``source`` when both are empty, one's content words contain the other's, or their F1 is at least
0.5; ``date`` exactly, at the precision the gold gives. A gold field of ``"*"`` accepts anything.

Used by the quality gate (tests/eval) and the benchmark script; it never prints.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimledger.analyze.scoring_words import (
    RUSSIAN_STEM_LENGTH,
    SPEAKER_TITLES,
    STOPWORDS,
    UNIT_SYNONYMS,
)
from claimledger.errors import InputError

Record = Mapping[str, Any]
Value = float | tuple[float, float] | None

SCORED_KINDS = frozenset({"count", "money", "percent"})
FIELDS = ("qualifier", "unit", "subject", "source", "date", "hedge")
ANY = "*"
PERCENT_TOLERANCE = 0.1
MIN_WORD_F1 = 0.5

_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile("[а-яё]")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


class RecordsError(InputError):
    """A gold or prediction file that is not one JSON object per line."""

    code = "CL120"


# --- reading -------------------------------------------------------------------------------


def load_records(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file of claim records; blank lines are skipped."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise RecordsError(f"cannot read claim records: {exc.strerror}", path=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise RecordsError("claim records are not UTF-8", path=str(path)) from exc
    return parse_records(text.splitlines(), str(path))


def parse_records(lines: Iterable[str], path: str = "<records>") -> list[dict[str, Any]]:
    """Parse JSON Lines text; a bad line raises ``RecordsError`` naming the file and line."""
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordsError(f"line {number} is not JSON ({exc.msg})", path=path) from exc
        if not isinstance(record, dict) or "doc" not in record:
            raise RecordsError(f"line {number} is not a claim record with a 'doc'", path=path)
        records.append(record)
    return records


# --- comparing single fields ---------------------------------------------------------------


def canonical_unit(unit: object) -> str | None:
    """``"%"`` and ``"per cent"`` -> ``percent``, currency codes upper-cased, counts -> None."""
    if unit is None:
        return None
    text = str(unit).strip()
    if text.lower() in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[text.lower()]
    is_code = len(text) == 3 and text.isalpha()
    return text.upper() if is_code else text.lower()


def canonical_value(value: object) -> Value:
    """A number, or a (low, high) pair for a range; None when the value is unusable."""
    if isinstance(value, Mapping) and {"low", "high"} <= value.keys():
        value = [value["low"], value["high"]]
    if isinstance(value, list | tuple):
        ends = [_number(end) for end in value]
        if len(ends) != 2 or ends[0] is None or ends[1] is None:
            return None
        return (ends[0], ends[1])
    return _number(value)


def _number(value: object) -> float | None:
    if not isinstance(value, int | float | str):
        return None
    try:
        return float(value)
    except ValueError:
        return None


def values_equal(gold: Value, pred: Value, tolerance: float = 0.0) -> bool:
    """Equal values; a range equals only a range with both ends equal."""
    if gold is None or pred is None or isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    golds = gold if isinstance(gold, tuple) else (gold,)
    preds = pred if isinstance(pred, tuple) else (pred,)
    return all(_close(g, p, tolerance) for g, p in zip(golds, preds, strict=True))


def _close(a: float, b: float, tolerance: float) -> bool:
    if tolerance:
        return abs(a - b) <= tolerance
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def content_words(text: object) -> list[str]:
    """Lower-cased words without function words, crudely stemmed (plural -s, Russian endings)."""
    words = []
    for word in _WORD.findall(str(text or "").lower()):
        if word in STOPWORDS:
            continue
        words.append(_stem(word))
    return words


def _stem(word: str) -> str:
    if _CYRILLIC.search(word):
        return word[:RUSSIAN_STEM_LENGTH]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def word_f1(first: object, second: object) -> float:
    """F1 of the two texts' sets of content words (0 when either has none)."""
    a, b = set(content_words(first)), set(content_words(second))
    common = len(a & b)
    if not common:
        return 0.0
    return 2 * common / (len(a) + len(b))


def sources_agree(gold: object, pred: object) -> bool:
    """Both empty, or one's content words (titles aside) contain the other's, or F1 >= 0.5."""
    if not gold or not pred:
        return not gold and not pred
    gold_words, pred_words = _name_words(gold), _name_words(pred)
    if not gold_words or not pred_words:
        return False
    contained = gold_words <= pred_words or pred_words <= gold_words
    return contained or word_f1(gold, pred) >= MIN_WORD_F1


def _name_words(text: object) -> set[str]:
    words = set(content_words(text))
    return (words - SPEAKER_TITLES) or words


def date_key(value: object) -> str | None:
    """``YYYY[-MM[-DD]]`` as written (time parts dropped); None for no date."""
    if value in (None, ""):
        return None
    match = _DATE.match(str(value))
    if not match:
        return str(value)
    return "-".join(part for part in match.groups() if part)


def field_correct(name: str, gold: Record, pred: Record) -> bool:
    """Whether the prediction gets field ``name`` of a paired gold claim right."""
    expected = gold.get(name)
    if expected == ANY:
        return True
    if name == "unit":
        return canonical_unit(expected) == canonical_unit(pred.get("unit"))
    if name == "subject":
        return word_f1(expected, pred.get("subject")) >= MIN_WORD_F1
    if name == "source":
        return sources_agree(expected, pred.get("source"))
    if name == "date":
        return date_key(expected) == date_key(pred.get("date"))
    return (expected or None) == (pred.get(name) or None)


# --- pairing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """A gold claim and the prediction that found it."""

    gold: Record
    pred: Record

    @property
    def wrong_fields(self) -> tuple[str, ...]:
        return tuple(name for name in FIELDS if not field_correct(name, self.gold, self.pred))


def can_pair(gold: Record, pred: Record) -> bool:
    """Same unit (after aliases) and equal value; percentages within 0.1."""
    unit = canonical_unit(gold.get("unit"))
    if unit != canonical_unit(pred.get("unit")):
        return False
    tolerance = PERCENT_TOLERANCE if unit == "percent" else 0.0
    gold_value = canonical_value(gold.get("value"))
    return values_equal(gold_value, canonical_value(pred.get("value")), tolerance)


def agreement(gold: Record, pred: Record) -> float:
    """How well a candidate pair agrees on quote and subject (higher is better)."""
    quote = pred.get("quote") or pred.get("text") or ""
    return word_f1(gold.get("quote"), quote) + word_f1(gold.get("subject"), pred.get("subject"))


def pair_claims(gold: Sequence[Record], pred: Sequence[Record]) -> list[Pair]:
    """Pair one document's claims, best-agreeing candidates first, each claim used once."""
    candidates = [
        (-agreement(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if can_pair(g, p)
    ]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append(Pair(gold[gi], pred[pi]))
    return pairs


# --- the evaluation ------------------------------------------------------------------------


def f1_score(hits: int, predicted: int, expected: int) -> float:
    """Harmonic mean of hits/predicted and hits/expected (0 when either is 0)."""
    if not hits:
        return 0.0
    return 2 * hits / (predicted + expected)


@dataclass(frozen=True)
class Evaluation:
    """The outcome of scoring: counts, pairs, misses and the figures derived from them."""

    gold: int
    predicted: int
    pairs: tuple[Pair, ...]
    missed: tuple[Record, ...] = ()
    spurious: tuple[Record, ...] = ()
    per_doc: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    @property
    def found(self) -> int:
        return len(self.pairs)

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.found, self.predicted, self.gold)

    def accuracy(self, name: str) -> float:
        """Share of found pairs whose field ``name`` is right."""
        if not self.pairs:
            return 0.0
        right = sum(field_correct(name, pair.gold, pair.pred) for pair in self.pairs)
        return right / len(self.pairs)

    @property
    def full_f1(self) -> float:
        """Detection F1 counting only pairs with every field right."""
        perfect = sum(not pair.wrong_fields for pair in self.pairs)
        return f1_score(perfect, self.predicted, self.gold)

    def figures(self) -> dict[str, float]:
        """The figures by name, named as the shared scorer names them (``subject_acc``...)."""
        out = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        out.update({f"{name}_acc": self.accuracy(name) for name in FIELDS})
        out["full_f1"] = self.full_f1
        return out


def evaluate(gold: Iterable[Record], pred: Iterable[Record]) -> Evaluation:
    """Score predictions against gold claims; predictions for documents without gold are ignored."""
    gold_by_doc = _by_doc(gold)
    pred_by_doc = _by_doc(p for p in pred if p.get("kind") in SCORED_KINDS)
    pred_by_doc = {doc: rows for doc, rows in pred_by_doc.items() if doc in gold_by_doc}
    pairs: list[Pair] = []
    per_doc: dict[str, dict[str, int]] = {}
    for doc, golds in gold_by_doc.items():
        found = pair_claims(golds, pred_by_doc.get(doc, []))
        pairs.extend(found)
        per_doc[doc] = {
            "gold": len(golds),
            "pred": len(pred_by_doc.get(doc, [])),
            "found": len(found),
        }
    return Evaluation(
        gold=sum(len(rows) for rows in gold_by_doc.values()),
        predicted=sum(len(rows) for rows in pred_by_doc.values()),
        pairs=tuple(pairs),
        missed=_unused(gold_by_doc, {id(pair.gold) for pair in pairs}),
        spurious=_unused(pred_by_doc, {id(pair.pred) for pair in pairs}),
        per_doc=per_doc,
    )


def _by_doc(rows: Iterable[Record]) -> dict[str, list[Record]]:
    grouped: dict[str, list[Record]] = defaultdict(list)
    for row in rows:
        grouped[str(row.get("doc"))].append(row)
    return dict(grouped)


def _unused(by_doc: Mapping[str, Sequence[Record]], used: set[int]) -> tuple[Record, ...]:
    return tuple(row for rows in by_doc.values() for row in rows if id(row) not in used)


def evaluate_files(gold_path: str | Path, pred_path: str | Path) -> Evaluation:
    """``evaluate`` on two JSON Lines files."""
    return evaluate(load_records(gold_path), load_records(pred_path))
