"""The data that flows between stages: frozen dataclasses, no behaviour beyond small helpers.

Offsets are character offsets into ``Document.text`` (the whole decoded file, front matter
included), so a claim's ``start:end`` always points at the exact characters of the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Kinds that the evaluation scores; other kinds (year, date, ordinal, footnote, age, duration,
# law_number, rate ...) are still emitted so that a reviewer can see why a number was not a claim.
CLAIM_KINDS = ("count", "money", "percent")

QUALIFIERS = (
    "exact",
    "at_least",
    "more_than",
    "about",
    "up_to",
    "at_most",
    "range",
    "approx_range",
)

# Ordered from most to least uncertain; the first signal found in this order wins.
HEDGES = ("possible", "likely", "claimed", "estimated", "reported", "asserted")

REVIEW_STATUSES = ("extracted", "verified", "corrected", "rejected")

Value = float | tuple[float, float]


@dataclass(frozen=True)
class Document:
    """One report. ``text`` is kept exactly as read; ``body_start`` is where the body begins."""

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None
    body_start: int = 0
    path: str | None = None
    media_type: str = "text/plain"
    # Start offset in ``text`` of each page, for paged sources (PDF); empty otherwise.
    pages: tuple[int, ...] = ()

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quantity:
    """A figure found in the text, before context (subject, source, date, hedge) is attached.

    ``start:end`` covers the whole expression the figure was read from, qualifier and unit
    included ("around 50,000 to 100,000 rubles"). ``converts`` is the index (in the parse's
    quantity tuple) of the figure this one restates, e.g. "($63)" after "5,000 rubles".
    ``rule`` names the pattern that produced it, so every claim can be explained.
    """

    start: int
    end: int
    value: Value
    kind: str
    qualifier: str = "exact"
    unit: str | None = None
    converts: int | None = None
    rule: str = ""
    sentence: int = -1

    @property
    def interval(self) -> tuple[float, float | None]:
        return interval_of(self.value, self.qualifier)


@dataclass(frozen=True)
class Claim:
    """A quantitative claim: a figure with what it counts, who says it, when and how firmly."""

    doc: str
    kind: str
    value: Value
    qualifier: str
    unit: str | None
    subject: str
    source: str | None
    date: str | None
    hedge: str
    quote: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    converts: int | None = None
    rule: str = ""
    evidence: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def interval(self) -> tuple[float, float | None]:
        return interval_of(self.value, self.qualifier)

    def record(self) -> dict[str, object]:
        """The SCHEMA.md record plus provenance fields."""
        value: object = list(self.value) if isinstance(self.value, tuple) else _plain(self.value)
        low, high = self.interval
        return {
            "doc": self.doc,
            "kind": self.kind,
            "value": value,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "subject": self.subject,
            "source": self.source,
            "date": self.date,
            "hedge": self.hedge,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "interval": [_plain(low), None if high is None else _plain(high)],
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "converts": self.converts,
            "rule": self.rule,
            "evidence": dict(self.evidence),
        }


def _plain(number: float) -> float | int:
    return int(number) if float(number).is_integer() else round(number, 6)


# How far a qualifier stretches a point figure when read as an interval. "about" is read
# as +/-10 %, "up_to" as [0, x], "more_than" as (x, unbounded).
_ABOUT_SPREAD = 0.1


def interval_of(value: Value, qualifier: str) -> tuple[float, float | None]:
    """Read a figure and its qualifier as an interval ``(low, high)``; ``None`` = unbounded."""
    if isinstance(value, tuple):
        low, high = value
        if qualifier == "approx_range":
            return low * (1 - _ABOUT_SPREAD), high * (1 + _ABOUT_SPREAD)
        return low, high
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier in ("up_to", "at_most"):
        return 0.0, value
    if qualifier == "about":
        return value * (1 - _ABOUT_SPREAD), value * (1 + _ABOUT_SPREAD)
    return value, value
