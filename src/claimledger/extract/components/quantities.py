"""The figure layer: every number in a sentence as a ``Quantity`` with kind, unit and qualifier.

Order of work for one piece of text: find the numbers (``extract.numbers``), attach currencies
and percent signs, join ranges, read qualifiers, tell non-claim numbers (years, dates, footnotes,
ordinals, identifiers, ages, durations ...) apart, then link parenthesised conversions.
The word lists live in ``extract/patterns``; this module only applies them.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import cache

from claimledger.extract.numbers import Number, find_numbers, merge_shares, trie_pattern
from claimledger.extract.patterns import currencies, qualifiers
from claimledger.extract.patterns import numbers as nw
from claimledger.extract.pipeline import Parse, component
from claimledger.model import Quantity, Value

CLAIM_KINDS = frozenset({"count", "money", "percent"})


@dataclass
class Figure:
    """A figure being built; becomes a ``Quantity``. ``name`` is the currency's display name."""

    start: int
    end: int
    value: Value
    kind: str = "count"
    unit: str | None = None
    qualifier: str = "exact"
    rules: list[str] = field(default_factory=list)
    number: Number | None = None
    high: Number | None = None
    name: str | None = None
    converts: int | None = None
    phrase: str = ""  # the qualifier's words, lower case ("more than")
    core: tuple[int, int] = (-1, -1)  # the span without the qualifier
    bounds: str = ""  # "(]" etc. when two one-sided qualifiers make a range

    @property
    def low_number(self) -> Number:
        assert self.number is not None
        return self.number


def _alt(items: object) -> str:
    return "(?:" + trie_pattern(list(items)) + ")"  # type: ignore[call-overload]


@dataclass(frozen=True)
class _Rx:
    cur_before: re.Pattern[str]
    cur_after: re.Pattern[str]
    percent_after: re.Pattern[str]
    qual_before: re.Pattern[str]
    qual_after: re.Pattern[str]
    range_link: re.Pattern[str]
    between_link: re.Pattern[str]
    opener: re.Pattern[str]
    blocked: re.Pattern[str]
    ident_before: re.Pattern[str]
    ident_after: re.Pattern[str]
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    age_before: re.Pattern[str]
    age_after: re.Pattern[str]
    time_after: re.Pattern[str]
    measure_after: re.Pattern[str]
    ratio_after: re.Pattern[str]
    period_before: re.Pattern[str]
    count_after: re.Pattern[str]
    bound_link: re.Pattern[str]
    minor_link: re.Pattern[str]
    minor_end: re.Pattern[str]
    clock_after: re.Pattern[str]


@cache
def _rx() -> _Rx:
    """All patterns, compiled once on first use."""
    i = re.IGNORECASE
    codes = _alt(currencies.CODES)
    syms = _alt(currencies.SYMBOLS)
    cwords = _alt(list(currencies.WORDS) + list(currencies.MINOR_UNITS))
    before_words = _alt(currencies.WORDS_BEFORE)
    ordinals = _alt(list(nw.ORDINALS) + ["last", "final", "latter", "former", "other", "same"])
    return _Rx(
        cur_before=re.compile(
            rf"(?:(?<![\w])(?:{codes}|{before_words})|{syms})\s?$|(?<![\w])m(?:{codes})\s?$", i
        ),
        cur_after=re.compile(
            rf"(?:\s?({syms})|\s?({codes}|m{codes})\b|(?:\s|-)({cwords})\b)"
            rf"(?:\s({_alt(nw.SCALES)})\b)?",
            i,
        ),
        percent_after=re.compile(
            r"\s?%|\s?(?:per\s?cent|percent|percentage|pct)s?\b(?:\s+points?)?", i
        ),
        qual_before=re.compile(
            rf"(?:(?<![\w])(?:{_alt(qualifiers.PREFIXES)})|(?<![<>=])(?:{_alt(qualifiers.SIGNS)}))"
            r"\s*$",
            i,
        ),
        # A suffix is not one when a figure follows it: "500 or more than 400" is two figures.
        qual_after=re.compile(
            rf"\s*(?:{_alt(qualifiers.SUFFIXES)})(?![\w])(?!\s*(?:than|to)?\s*[\d$€£])", i
        ),
        range_link=re.compile(rf"\s*(?:{_alt(qualifiers.RANGE_LINKS)})\s*", i),
        between_link=re.compile(rf"\s*(?:{_alt(qualifiers.BETWEEN_LINKS)})\s*", i),
        opener=re.compile(rf"(?<![\w])(?:{_alt(qualifiers.RANGE_OPENERS)})\s+$", i),
        blocked=re.compile(
            r"(?=[hHwW\d+])(?:(?P<url>(?:https?://|www\.)\S+)"
            r"|(?P<date>\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)"
            r"|(?P<time>\b\d{1,2}:\d{2}(?::\d{2})?\b)|(?P<phone>\+\d[\d\s()-]{7,}\d))"
        ),
        ident_before=re.compile(rf"(?:(?<![\w])(?:{_alt(nw.IDENTIFIER_PREFIXES)})|№)\s*$", i),
        ident_after=re.compile(rf"\s?[-/]\s?(?:{_alt(nw.IDENTIFIER_SUFFIXES)})\b|[^\W\d_]", i),
        month_before=re.compile(rf"\b(?:{_alt(nw.MONTHS)})\.?\s+(?:of\s+)?$", i),
        month_after=re.compile(rf"\s*(?:-\s*\d{{1,2}}\s+)?(?:of\s+)?(?:{_alt(nw.MONTHS)})\b", i),
        age_before=re.compile(rf"\b(?:{_alt(nw.AGE_PREFIXES)})\s+(?:between\s+)?$", i),
        age_after=re.compile(
            r"\s*-?\s*(?:years?|yrs?)\s*-?\s*olds?\b|\s+years?\s+of\s+age\b|\s+and\s+(?:older|over|above|younger|under)\b",
            i,
        ),
        time_after=re.compile(rf"\s*-?\s*(?:an?\s+)?(?:{_alt(nw.TIME_UNITS)})\b", i),
        measure_after=re.compile(rf"\s?(?:{_alt(nw.MEASURE_UNITS)})(?![\w])", i),
        ratio_after=re.compile(rf"\s*-?\s*(?:{_alt(nw.RATIO_SUFFIXES)})\b", i),
        period_before=re.compile(rf"\b(?:{ordinals})\s+$", i),
        count_after=re.compile(rf"\s+(?:\w+\s+)?(?:{_alt(nw.COUNT_AFTER_YEARLIKE)})\b", i),
        minor_link=re.compile(r"\s+(?:and\s+)?", i),
        minor_end=re.compile(r"\s*(?:[.,;!?)]|$|and\b)", i),
        bound_link=re.compile(r"\s*,?\s*(?:and|but)?\s*", i),
        clock_after=re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|hrs\b|h\b)", i),
    )


def find_quantities(text: str, offset: int = 0, sentence: int = -1) -> list[Quantity]:
    """Every figure in ``text``, with offsets shifted by ``offset``, in text order.

    ``converts`` indexes into the returned list.
    """
    figures = find_figures(text)
    return [_to_quantity(fig, offset, sentence) for fig in figures]


def find_figures(text: str) -> list[Figure]:
    """The figures of ``text`` (offsets relative to it), before they become Quantities."""
    numbers = merge_shares(text, find_numbers(text))
    if not numbers:
        return []
    blocked = [(m.start(), m.end(), m.lastgroup or "") for m in _rx().blocked.finditer(text)]
    figures: list[Number | Figure] = (
        _blocked_figures(numbers, blocked) if blocked else list(numbers)
    )
    found = _join_ranges(text, _attach_all(text, figures))
    for fig in found:
        _qualify(text, fig)
        _classify(text, fig)
    found = _join_bounds(text, found)
    _link_conversions(text, found)
    return found


def _blocked_figures(
    numbers: list[Number], blocked: list[tuple[int, int, str]]
) -> list[Number | Figure]:
    """Numbers inside a date, time, phone number or URL become one figure for the whole span."""
    out: list[Number | Figure] = []
    for number in numbers:
        span = next((b for b in blocked if b[0] <= number.start < b[1]), None)
        if span is None:
            out.append(number)
        elif not (out and _same_span(out[-1], span)):
            out.append(Figure(span[0], span[1], number.value, span[2], number=number))
            out[-1].rules.append(f"nonclaim.{span[2]}")  # type: ignore[union-attr]
    return out


def _same_span(last: Number | Figure, span: tuple[int, int, str]) -> bool:
    return isinstance(last, Figure) and last.start == span[0] and last.end == span[1]


def _figure(number: Number) -> Figure:
    if number.form in ("fraction", "share"):
        return Figure(
            number.start,
            number.end,
            number.value * 100,
            "percent",
            "percent",
            rules=[f"number.{number.form}"],
            number=number,
        )
    kind = "ordinal" if number.form == "ordinal" else "count"
    return Figure(
        number.start, number.end, number.value, kind, rules=[f"number.{number.form}"], number=number
    )


def _attach_all(text: str, items: list[Number | Figure]) -> list[Figure]:
    """Attach units left to right; a sign or word already taken by a figure is not reused."""
    out: list[Figure] = []
    floor = 0
    for item in items:
        fig = _attach_units(text, _figure(item), floor) if isinstance(item, Number) else item
        floor = fig.end
        out.append(fig)
    return _join_minor(text, out)


def _attach_units(text: str, fig: Figure, floor: int) -> Figure:
    rx = _rx()
    if fig.kind != "count":
        return fig
    after = rx.percent_after.match(text, fig.end)
    if after:
        fig.kind, fig.unit, fig.end = "percent", "percent", after.end()
        fig.rules.append("percent.sign")
        return fig
    before = rx.cur_before.search(text, max(floor, fig.start - 12), fig.start)
    if before:
        return _set_currency(fig, before.group(0), before.start(), fig.end, "currency.before")
    after = rx.cur_after.match(text, fig.end)
    if after:
        surface = after.group(1) or after.group(2) or after.group(3)
        fig = _set_currency(fig, surface, fig.start, after.end(), "currency.after")
        if after.group(4) and fig.number is not None and fig.number.scale == 1:
            fig.value = float(fig.value) * nw.SCALES[after.group(4).lower()]  # type: ignore[arg-type]
    return fig


_MINOR_NAMES = frozenset(name for _, name, _ in currencies.MINOR_UNITS.values())


def _join_minor(text: str, figures: list[Figure]) -> list[Figure]:
    """ "thirteen dollars and forty-five cents", "15 dollars 50": one amount."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if prev is not None and _is_minor_part(text, prev, fig):
            prev.value = float(prev.value) + float(fig.value) / (  # type: ignore[arg-type]
                1 if fig.kind == "money" else 100
            )
            prev.end = fig.end
            prev.rules.append("currency.minor")
            continue
        out.append(fig)
    return out


def _is_minor_part(text: str, prev: Figure, fig: Figure) -> bool:
    if prev.kind != "money" or prev.name in _MINOR_NAMES or prev.number is None:
        return False
    if prev.number.scale != 1 or not float(prev.value).is_integer():  # type: ignore[arg-type]
        return False
    if fig.kind == "money" and fig.name not in _MINOR_NAMES:
        return False
    if fig.kind not in ("money", "count") or fig.number is None:
        return False
    if not (1 <= fig.number.value < 100 and float(fig.number.value).is_integer()):
        return False
    if not _rx().minor_link.fullmatch(text, prev.end, fig.start):
        return False
    return fig.kind == "money" or _rx().minor_end.match(text, fig.end) is not None


def _set_currency(fig: Figure, surface: str, start: int, end: int, rule: str) -> Figure:
    key = surface.strip().lower()
    million = False
    if key not in currencies.CODES and key[:1] == "m" and key[1:] in currencies.CODES:
        key, million = key[1:], True
    minor = currencies.MINOR_UNITS.get(key)
    if minor is not None:
        iso, name, factor = minor
        fig.value = float(fig.value) * factor  # type: ignore[arg-type]
    else:
        iso, name = (
            currencies.SYMBOLS.get(key) or currencies.CODES.get(key) or currencies.WORDS[key]
        )
    if million:
        fig.value = float(fig.value) * 1e6  # type: ignore[arg-type]
    fig.kind, fig.unit, fig.name = "money", iso, name
    fig.start, fig.end = start, end
    fig.rules.append(rule)
    return fig


def _join_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if prev is not None and _is_range(text, prev, fig):
            out[-1] = _merge(text, prev, fig)
        else:
            out.append(fig)
    return out


def _is_range(text: str, low: Figure, high: Figure) -> bool:
    if isinstance(low.value, tuple) or low.kind not in ("count", "money", "percent"):
        return False
    if high.kind not in ("count", "money", "percent") or isinstance(high.value, tuple):
        return False
    if low.unit is not None and high.unit is not None and low.unit != high.unit:
        return False
    if low.kind == "percent" and high.kind != "percent" and low.unit:
        return False
    gap = text[low.end : high.start]
    rx = _rx()
    if rx.range_link.fullmatch(gap):
        return _ordered(low, high)
    opener = rx.opener.search(text, max(0, low.start - 20), low.start)
    if opener and opener.group(0).lower().startswith("between") and rx.between_link.fullmatch(gap):
        return _ordered(low, high)
    return False


def _ordered(low: Figure, high: Figure) -> bool:
    low_value = _distributed(low, high)
    return isinstance(high.value, float | int) and 0 <= low_value < high.value


def _distributed(low: Figure, high: Figure) -> float:
    """ "between 2.5 and 3 million": a bare first figure takes the second one's scale."""
    low_value = float(low.value)  # type: ignore[arg-type]
    scale = high.number.scale if high.number is not None else 1.0
    base = float(high.value) / scale  # type: ignore[arg-type]
    if low.number is not None and low.number.scale == 1 and scale > 1 and low_value <= base:
        return low_value * scale
    return low_value


def _merge(text: str, low: Figure, high: Figure) -> Figure:
    low_value = _distributed(low, high)
    kind = high.kind if high.kind != "count" else low.kind
    unit = high.unit or low.unit
    name = high.name or low.name
    value = (low_value, float(high.value))  # type: ignore[arg-type]
    if low.unit is None and high.kind == "percent" and low.kind == "count":
        kind = "percent"
    start = low.start
    opener = _rx().opener.search(text, max(0, low.start - 20), low.start)
    rule = "range.link"
    if opener:
        start, rule = opener.start(), f"range.{opener.group(0).split()[0].lower()}"
    rules = [*low.rules, *[r for r in high.rules if r not in low.rules], rule]
    return Figure(start, high.end, value, kind, unit, "range", rules, low.number, high.number, name)


def _qualify(text: str, fig: Figure) -> None:
    rx = _rx()
    fig.core = (fig.start, fig.end)
    before = rx.qual_before.search(text, max(0, fig.start - 30), fig.start)
    found = "exact"
    if before:
        fig.phrase = " ".join(before.group(0).split()).lower()
        found = qualifiers.PREFIXES.get(fig.phrase) or qualifiers.SIGNS[fig.phrase]
        fig.start = before.start()
        fig.rules.append("qualifier.before")
    after = rx.qual_after.match(text, fig.end)
    if after and not isinstance(fig.value, tuple):
        found = _suffix_qualifier(fig, " ".join(after.group(0).split()).lower(), found)
        fig.end = after.end()
        fig.rules.append("qualifier.after")
        if before and qualifiers.PREFIXES.get(fig.phrase) == "about" and found != "about":
            fig.start = fig.core[0]  # "about 500 or more": the suffix decides, not "about"
    if isinstance(fig.value, tuple):
        fig.qualifier = "approx_range" if found in qualifiers.APPROXIMATE else "range"
    else:
        fig.qualifier = found


def _suffix_qualifier(fig: Figure, word: str, found: str) -> str:
    """ "5,000 or more"; "more than 5,000 or equal to" widens the bound to include 5,000."""
    suffix = qualifiers.SUFFIXES[word.lstrip()]
    if suffix != "or_equal":
        return suffix if found in qualifiers.WEAK else found
    fig.phrase = fig.phrase + " or equal"
    return {"more_than": "at_least"}.get(found, found)


def _join_bounds(text: str, figures: list[Figure]) -> list[Figure]:
    """ "more than 10 and less than 20": two one-sided figures that make one range."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        pair = _bound_pair(text, prev, fig) if prev is not None else None
        if pair is None:
            out.append(fig)
            continue
        low, high = pair
        bounds = ("(" if low.qualifier == "more_than" else "[") + (
            ")" if high.phrase in qualifiers.STRICT else "]"
        )
        value = (float(low.value), float(high.value))  # type: ignore[arg-type]
        rules = [*low.rules, "range.bounds"]
        out[-1] = Figure(
            prev.start, fig.end, value, low.kind, low.unit, "range", rules, low.number,
            high.number, low.name, phrase=low.phrase, core=(prev.start, fig.end), bounds=bounds,
        )  # fmt: skip
    return out


_LOWER = frozenset({"more_than", "at_least"})
_UPPER = frozenset({"at_most", "up_to"})


def _bound_pair(text: str, prev: Figure, fig: Figure) -> tuple[Figure, Figure] | None:
    if prev.kind != fig.kind or prev.unit != fig.unit or fig.kind not in CLAIM_KINDS:
        return None
    if not _rx().bound_link.fullmatch(text, prev.end, fig.start):
        return None
    pair = (prev, fig) if prev.qualifier in _LOWER else (fig, prev)
    low, high = pair
    if low.qualifier not in _LOWER or high.qualifier not in _UPPER:
        return None
    if isinstance(low.value, tuple) or isinstance(high.value, tuple) or low.value >= high.value:
        return None
    return pair


def _classify(text: str, fig: Figure) -> None:
    """Give non-claim numbers their own kind; a figure keeps its kind if no rule fires."""
    if fig.kind not in CLAIM_KINDS:
        return
    for name, test in _NON_CLAIM_TESTS:
        if test(text, fig):
            fig.kind, fig.unit = name, None
            fig.rules.append(f"nonclaim.{name}")
            return


def _num(fig: Figure) -> Number:
    return fig.number if fig.number is not None else Number(fig.start, fig.end, 0.0)


def _last_num(fig: Figure) -> Number:
    return fig.high if fig.high is not None else _num(fig)


def _is_footnote(text: str, fig: Figure) -> bool:
    n = _num(fig)
    if n.form != "digits" or fig.kind != "count":
        return False
    left = text[n.start - 1 : n.start] if n.start else ""
    right = text[n.end : n.end + 1]
    return (left == "[" and right == "]") or left == "^"


def _is_identifier(text: str, fig: Figure) -> bool:
    n = _num(fig)
    if n.form not in ("digits",) or fig.kind == "money":
        return False
    rx = _rx()
    if rx.ident_before.search(text, max(0, n.start - 14), n.start):
        return True
    left = text[max(0, n.start - 2) : n.start]
    if left[-1:].isalpha() or (left[-1:] == "-" and left[:1].isalpha()):
        return True
    last = _last_num(fig)
    return fig.kind == "count" and rx.ident_after.match(text, last.end) is not None


def _is_date(text: str, fig: Figure) -> bool:
    n = _num(fig)
    if n.form not in ("digits", "ordinal") or n.value > 31 or fig.kind != "count":
        return bool(fig.kind == "percent" and _is_period_part(text, fig))
    rx = _rx()
    if rx.month_before.search(text, max(0, n.start - 12), n.start):
        return True
    return rx.month_after.match(text, _last_num(fig).end) is not None


def _is_period_part(text: str, fig: Figure) -> bool:
    """ "the first half of 2024", "the second quarter": a part of a period, not a share."""
    n = _num(fig)
    return n.form == "fraction" and bool(
        _rx().period_before.search(text, max(0, n.start - 12), n.start)
    )


def _is_year(text: str, fig: Figure) -> bool:
    if fig.kind != "count" or fig.qualifier not in ("exact", "range"):
        return False
    n = _num(fig)
    if not _yearlike(text, n):
        return False
    if fig.high is not None and not _yearlike(text, fig.high) and fig.high.value >= 100:
        return False
    return _rx().count_after.match(text, _last_num(fig).end) is None


def _yearlike(text: str, n: Number) -> bool:
    raw = text[n.start : n.end]
    return (
        n.form == "digits"
        and raw.isdigit()
        and len(raw) == 4
        and nw.YEAR_MIN <= n.value <= nw.YEAR_MAX
    )


def _is_time(text: str, fig: Figure) -> bool:
    n = _last_num(fig)
    return fig.kind == "count" and n.value <= 24 and bool(_rx().clock_after.match(text, n.end))


def _is_age(text: str, fig: Figure) -> bool:
    if fig.kind != "count":
        return False
    rx = _rx()
    start = fig.start if fig.high is None else fig.start
    if rx.age_before.search(text, max(0, start - 24), start):
        return True
    return rx.age_after.match(text, _last_num(fig).end) is not None


def _is_duration(text: str, fig: Figure) -> bool:
    if fig.kind not in ("count", "percent") or (fig.kind == "percent" and fig.unit != "percent"):
        return False
    if fig.kind == "percent" and _num(fig).form not in ("fraction",):
        return False
    return _rx().time_after.match(text, fig.end) is not None


def _is_measure(text: str, fig: Figure) -> bool:
    if fig.kind != "count":
        return False
    rx = _rx()
    end = _last_num(fig).end
    return bool(rx.measure_after.match(text, end) or rx.ratio_after.match(text, end))


def _is_vague(text: str, fig: Figure) -> bool:
    """A lone "one" ("one of the", "one lawyer") or a bare "quarter" is not a figure."""
    n = _num(fig)
    raw = text[n.start : n.end].lower()
    if fig.kind == "percent" and raw in ("quarter", "quarters"):
        return True
    return (
        fig.kind == "count" and fig.high is None and raw in ("one", "a", "an") and n.scale == 1
    )


_NON_CLAIM_TESTS = (
    ("footnote", _is_footnote),
    ("identifier", _is_identifier),
    ("date", _is_date),
    ("year", _is_year),
    ("time", _is_time),
    ("age", _is_age),
    ("duration", _is_duration),
    ("measure", _is_measure),
    ("number", _is_vague),
)


@cache
def _conversion_regex() -> re.Pattern[str]:
    return re.compile(r"[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3}\s*", re.IGNORECASE)


def _link_conversions(text: str, figures: list[Figure]) -> None:
    """ "5,000 rubles ($63)": the parenthesised figure restates the one before it."""
    for index, fig in enumerate(figures):
        if index == 0 or fig.kind not in CLAIM_KINDS or not _in_parens(text, fig):
            continue
        prev = figures[index - 1]
        if prev.kind not in CLAIM_KINDS:
            continue
        gap = text[prev.end : _open_paren(text, fig)].strip()
        if gap and not _conversion_regex().fullmatch(gap):
            continue
        fig.converts = index - 1
        fig.rules.append("conversion.parenthetical")
        if fig.qualifier in ("exact", "range") and prev.kind == fig.kind == "money":
            fig.qualifier = _inherited(prev.qualifier, fig)


def _inherited(qualifier: str, fig: Figure) -> str:
    if isinstance(fig.value, tuple):
        return "approx_range" if qualifier in ("approx_range", "about") else "range"
    return qualifier if qualifier not in ("range", "approx_range") else fig.qualifier


def _open_paren(text: str, fig: Figure) -> int:
    return text.rfind("(", max(0, fig.start - 20), fig.start + 1)


def _in_parens(text: str, fig: Figure) -> bool:
    opened = _open_paren(text, fig)
    if opened < 0 or text[opened + 1 : fig.start].strip(" ~≈"):
        return False
    return text[fig.end : fig.end + 3].lstrip().startswith(")")


def _to_quantity(fig: Figure, offset: int, sentence: int) -> Quantity:
    value: Value = fig.value
    if isinstance(value, tuple):
        value = (float(value[0]), float(value[1]))
    else:
        value = float(value)
    return Quantity(
        start=fig.start + offset,
        end=fig.end + offset,
        value=value,
        kind=fig.kind,
        qualifier=fig.qualifier,
        unit=fig.unit if fig.kind in CLAIM_KINDS else None,
        converts=fig.converts,
        rule="+".join(fig.rules),
        sentence=sentence,
    )


@component("quantities", requires=("sentences",), assigns=("quantities",))
def COMPONENT(parse: Parse) -> Parse:  # noqa: N802 - a module-level component, named as such
    """Find the figures of every sentence; ``converts`` indexes into the whole tuple."""
    text = parse.document.text
    found: list[Quantity] = []
    for index, sent in enumerate(parse.sentences):
        base = len(found)
        for q in find_quantities(text[sent.start : sent.end], sent.start, index):
            moved = None if q.converts is None else q.converts + base
            found.append(dataclasses.replace(q, converts=moved))
    return dataclasses.replace(parse, quantities=tuple(found))
