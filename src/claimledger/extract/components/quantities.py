"""The figure layer: every number in a sentence as a ``Quantity`` with kind, unit and qualifier.

Order of work for one piece of text (``find_figures``): find the numbers (``extract.numbers``),
give dates, times, phone numbers and URLs one figure each, attach percent signs and currencies,
join ranges ("5,000 to 10,000", "between 2.5 and 3 million") but not changes ("rose from 10 to
15 percent"), read qualifiers, tell non-claim numbers apart (``extract.nonclaims``), join two
one-sided bounds into a range, link parenthesised conversions ("5,000 rubles ($63)"), and give a
bare figure the currency of the money figure it parallels (``extract.ellipsis``).
Word lists live in ``extract/patterns``; compiled patterns in ``extract/figures``.

    >>> [(q.kind, q.value, q.qualifier, q.unit) for q in find_quantities("up to 9,000 rubles")]
    [('money', 9000.0, 'up_to', 'RUB')]
"""

from __future__ import annotations

import math
import re
from functools import cache

from claimledger.extract.ellipsis import carry_currency, last_money
from claimledger.extract.figures import (
    CLAIM_KINDS,
    Figure,
    patterns,
    token_before,
)
from claimledger.extract.nonclaims import classify
from claimledger.extract.numbers import Number, find_numbers, merge_shares, signed
from claimledger.extract.patterns import currencies, qualifiers
from claimledger.extract.patterns import numbers as nw
from claimledger.extract.pipeline import Parse, component, replaced
from claimledger.model import Quantity, Value


def find_quantities(text: str, offset: int = 0, sentence: int = -1) -> list[Quantity]:
    """Every figure in ``text``, with offsets shifted by ``offset``, in text order.

    ``converts`` indexes into the returned list.
    """
    return [_to_quantity(fig, offset, sentence) for fig in find_figures(text)]


def find_figures(text: str, carried: Figure | None = None) -> list[Figure]:
    """The figures of ``text`` (offsets relative to it), before they become Quantities.

    ``carried`` is the last money figure of the previous sentence, whose currency a bare
    figure of this one may take ("... 13.2 trillion rubles. In 2024 the same line stands at
    10.8 trillion.").
    """
    numbers = merge_shares(text, find_numbers(text))
    if not numbers:
        return []
    if "-" in text:
        numbers = [signed(text, number) for number in numbers]
    blocked = _blocked_spans(text, numbers)
    figures: list[Number | Figure] = (
        _blocked_figures(numbers, blocked) if blocked else list(numbers)
    )
    found = _join_ranges(text, _attach_all(text, figures))
    for fig in found:
        _qualify(text, fig)
        classify(text, fig)
    found = _join_bounds(text, found)
    _spread_identifiers(text, found)
    _link_conversions(text, found)
    carry_currency(text, found, carried)
    return found


def _blocked_spans(text: str, numbers: list[Number]) -> list[tuple[int, int, str]]:
    """Dates, times, phone numbers and URLs that numbers sit in: (start, end, kind)."""
    rx = patterns()
    spans: list[tuple[int, int, str]] = []
    if "://" in text or "www." in text:
        spans.extend((m.start(), m.end(), "url") for m in rx.url.finditer(text))
    for number in numbers:
        at = number.start - 1 if number.start and text[number.start - 1] == "+" else number.start
        if spans and spans[-1][0] <= at < spans[-1][1]:
            continue
        found = rx.blocked.match(text, at)
        if found and (at == 0 or not text[at - 1].isalnum()):
            spans.append((found.start(), found.end(), found.lastgroup or ""))
    return sorted(spans)


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
            rules = [f"nonclaim.{span[2]}"]
            out.append(Figure(span[0], span[1], number.value, span[2], rules=rules, number=number))
    return out


def _same_span(last: Number | Figure, span: tuple[int, int, str]) -> bool:
    return isinstance(last, Figure) and last.start == span[0] and last.end == span[1]


# Plain digits at or above this are identifiers (16+ digits); scaled amounts may be larger.
_LONGEST = 1e15


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
    value = number.value
    if not math.isfinite(value) or (number.scale == 1 and value >= _LONGEST):
        kind = "identifier"  # a 16-digit number is an account or a code, not an amount
        value = value if math.isfinite(value) else 0.0
    return Figure(
        number.start, number.end, value, kind, rules=[f"number.{number.form}"], number=number
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
    rx = patterns()
    if fig.kind != "count":
        return fig
    fig.token = token_before(text, fig.start)  # the number's start: reused by classify
    after = rx.percent_after.match(text, fig.end)
    if after:
        fig.kind, fig.unit, fig.end = "percent", "percent", after.end()
        fig.rules.append("percent.sign")
        return fig
    before = rx.cur_before.search(text, fig.start, floor, token=fig.token)
    if before:
        return _set_currency(fig, before.group(0), before.start(), fig.end, "currency.before")
    after = rx.cur_after.match(text, fig.end) or _after_abbreviation(text, fig)
    if after:
        surface = after.group(1) or after.group(2) or after.group(3)
        fig = _set_currency(fig, surface, fig.start, after.end(), "currency.after")
        if after.group(4) and fig.number is not None and fig.number.scale == 1:
            fig.value = float(fig.value) * nw.SCALES[after.group(4).lower()]  # type: ignore[arg-type]
    return fig


def _after_abbreviation(text: str, fig: Figure) -> re.Match[str] | None:
    """ "5 тыс. рублей", "2 mln. dollars": the currency after an abbreviated scale's dot."""
    number = fig.number
    if number is None or number.scale == 1 or not text.startswith(".", fig.end):
        return None
    if not text[fig.end - 1].isalpha():
        return None
    return patterns().cur_after.match(text, fig.end + 1)


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
    if not patterns().minor_link.fullmatch(text, prev.end, fig.start):
        return False
    return fig.kind == "money" or patterns().minor_end.match(text, fig.end) is not None


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
            currencies.SYMBOLS.get(key)
            or currencies.CODES.get(key)
            or currencies.PREFIX_ONLY.get(key)
            or currencies.WORDS[key]
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
            if _is_change(text, prev, fig):
                _share_unit(prev, fig)
                out.append(fig)
            else:
                out[-1] = _merge(text, prev, fig)
        else:
            out.append(fig)
    return out


def _is_change(text: str, low: Figure, high: Figure) -> bool:
    """ "rose from 10 to 15 percent": a change between two levels, not a range.

    "rose from 10 to 15 (...) to 20 to 25" is a change between two ranges.
    """
    rx = patterns()
    if rx.then_to.match(text, high.end):
        return False
    token = _start_token(low)
    worded = text[low.end : high.start].strip().lower() == "to"  # "by 20–50 per cent": a range
    if worded and rx.by_before.search(text, low.start, token=token):
        return True  # "grew by 5,000 to 25,000": an increment, then the new level
    opener = rx.opener.search(text, low.start, token=token)
    if opener is None or not opener.group(0).lower().startswith("from"):
        return False
    if rx.change_before.search(text, opener.start()) is not None:
        return True
    floor = max(0, opener.start() - 120)
    return rx.change_in_clause.search(text, floor, opener.start()) is not None


def _share_unit(low: Figure, high: Figure) -> None:
    low.value = _distributed(low, high)
    if low.kind == "count" and high.kind != "count":
        low.kind, low.unit, low.name = high.kind, high.unit, high.name
        low.rules.append("unit.shared")


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
    rx = patterns()
    if rx.range_link.fullmatch(gap):
        return _ordered(low, high)
    opener = rx.opener.search(text, low.start, token=_start_token(low))
    if opener and opener.group(0).lower().startswith("between") and rx.between_link.fullmatch(gap):
        return _ordered(low, high)
    return False


def _start_token(fig: Figure) -> str | None:
    """The token before the figure's start when already known (it starts at its number)."""
    return fig.token if fig.start == fig.low.start else None


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
    opener = patterns().opener.search(text, low.start, token=_start_token(low))
    rule = "range.link"
    if opener:
        start, rule = opener.start(), f"range.{opener.group(0).split()[0].lower()}"
    rules = [*low.rules, *[r for r in high.rules if r not in low.rules], rule]
    return Figure(start, high.end, value, kind, unit, "range", rules, low.number, high.number, name)


def _qualify(text: str, fig: Figure) -> None:
    rx = patterns()
    fig.core = (fig.start, fig.end)
    token = fig.token if fig.start == fig.low.start else None
    before = rx.qual_before.search(text, fig.start, token=token)
    found = "exact"
    if before:
        fig.phrase = " ".join(before.group(0).split()).lower()
        found = qualifiers.PREFIXES.get(fig.phrase) or qualifiers.SIGNS[fig.phrase]
        fig.start = before.start()
        fig.rules.append("qualifier.before")
    after = rx.qual_after.match(text, fig.end)
    if after and not isinstance(fig.value, tuple):
        found = _suffix_qualifier(fig, " ".join(after.group("s").split()).lower(), found)
        fig.end = after.end()
        fig.rules.append("qualifier.after")
        if before and qualifiers.PREFIXES.get(fig.phrase) == "about" and found != "about":
            fig.start = fig.core[0]  # "about 500 or more": the suffix decides, not "about"
    if isinstance(fig.value, tuple):
        approximate = found in qualifiers.APPROXIMATE or (
            found == "exact" and rx.approximate_head.search(text, fig.start) is not None
        )
        fig.qualifier = "approx_range" if approximate else "range"
    else:
        fig.qualifier = found


def _suffix_qualifier(fig: Figure, word: str, found: str) -> str:
    """ "5,000 or more"; "more than 5,000 or equal to" widens the bound to include 5,000."""
    suffix = qualifiers.SUFFIXES[word.lstrip()]
    if suffix != "or_equal":
        return suffix if found in qualifiers.WEAK else found
    fig.phrase = fig.phrase + " or equal"
    return {"more_than": "at_least"}.get(found, found)


def _spread_identifiers(text: str, figures: list[Figure]) -> None:
    """ "Articles 322.1 and 322.2": a number listed after an identifier is one as well."""
    for prev, fig in zip(figures, figures[1:], strict=False):
        if prev.kind not in ("identifier", "law_number") or fig.kind != "count":
            continue
        if fig.low.form != "digits":
            continue
        rx = patterns()
        if rx.list_link.fullmatch(text, prev.end, fig.start) and rx.list_end.match(text, fig.end):
            fig.kind = prev.kind
            fig.rules.append(f"nonclaim.{prev.kind}_list")


def _join_bounds(text: str, figures: list[Figure]) -> list[Figure]:
    """ "more than 10 and less than 20": two one-sided figures that make one range."""
    out: list[Figure] = []
    for fig in figures:
        pair = _bound_pair(text, out[-1], fig) if out else None
        if pair is None:
            out.append(fig)
            continue
        low, high = pair
        prev = out[-1]
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
    if not patterns().bound_link.fullmatch(text, prev.end, fig.start):
        return None
    pair = (prev, fig) if prev.qualifier in _LOWER else (fig, prev)
    low, high = pair
    if low.qualifier not in _LOWER or high.qualifier not in _UPPER:
        return None
    if isinstance(low.value, tuple) or isinstance(high.value, tuple) or low.value >= high.value:
        return None
    return pair


@cache
def _conversion_regex() -> re.Pattern[str]:
    return re.compile(r"[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3}\s*", re.IGNORECASE)


def _link_conversions(text: str, figures: list[Figure]) -> None:
    """ "5,000 rubles ($63)": the parenthesised figure restates the one before it."""
    for index, fig in enumerate(figures):
        if index == 0 or fig.kind not in CLAIM_KINDS:
            continue
        prev = figures[index - 1]
        # A currency conversion may carry a note: "($27 million at today's rate)".
        loose = prev.kind == fig.kind == "money" and prev.unit != fig.unit
        if prev.kind not in CLAIM_KINDS or not _in_parens(text, fig, loose):
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


def _in_parens(text: str, fig: Figure, loose: bool = False) -> bool:
    opened = _open_paren(text, fig)
    if opened < 0 or text[opened + 1 : fig.start].strip(" ~≈"):
        return False
    if loose:
        return patterns().note_close.match(text, fig.end) is not None
    return text[fig.end : fig.end + 3].lstrip().startswith(")")


def _to_quantity(fig: Figure, offset: int, sentence: int, base: int = 0) -> Quantity:
    """``base`` shifts ``converts`` when the figure joins a longer list (a whole document).

    Built without ``Quantity.__init__``: a frozen dataclass sets each field through
    ``object.__setattr__``, which was a fifth of this layer's time; every field is set here.
    """
    value: Value = fig.value
    value = (float(value[0]), float(value[1])) if isinstance(value, tuple) else float(value)
    quantity = object.__new__(Quantity)
    values = {
        "start": fig.start + offset,
        "end": fig.end + offset,
        "value": value,
        "kind": fig.kind,
        "qualifier": fig.qualifier,
        "unit": fig.unit if fig.kind in CLAIM_KINDS else None,
        "converts": None if fig.converts is None else fig.converts + base,
        "rule": "+".join(fig.rules),
        "sentence": sentence,
    }
    object.__setattr__(quantity, "__dict__", values)
    return quantity


@component("quantities", requires=("sentences",), assigns=("quantities",))
def COMPONENT(parse: Parse) -> Parse:  # noqa: N802 - a module-level component, named as such
    """Find the figures of every sentence; ``converts`` indexes into the whole tuple."""
    text = parse.document.text
    found: list[Quantity] = []
    carried: Figure | None = None
    for index, sent in enumerate(parse.sentences):
        base = len(found)
        figures = find_figures(text[sent.start : sent.end], carried)
        carried = last_money(figures) if figures else None
        found.extend(_to_quantity(fig, sent.start, index, base) for fig in figures)
    return replaced(parse, quantities=tuple(found))
