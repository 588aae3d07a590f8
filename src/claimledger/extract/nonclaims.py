"""Numbers that are not claims: years, dates, footnotes, identifiers, ages, durations ...

``classify`` gives such a figure its own kind (SCHEMA.md: they are emitted, never scored), so a
reviewer can see why a number did not become a claim. The first test that fires names the kind:
``footnote`` ("[3]"), ``list`` ("1. "), ``law_number`` ("Article 328", "No. 260-FZ"),
``identifier`` ("Su-34", "No. 7"), ``date`` ("May 19"), ``year``, ``time`` ("10 a.m."),
``age`` ("aged 18 to 30"), ``duration`` ("two days"), ``measure`` ("40 km"), ``ratio``
("five times"), ``number`` (a lone "one"), ``rate`` (an exchange rate), ``reference``
("in the three oblasts": things already named) and ``parameter`` ("the cost of sending
US$ 200": an amount a calculation starts from). The figure layer
adds ``ordinal``, ``url`` and ``phone`` itself.
"""

from __future__ import annotations

import re

from claimledger.extract.figures import (
    CLAIM_KINDS,
    Figure,
    finals,
    patterns,
    token_after,
    token_before,
)
from claimledger.extract.numbers import Number
from claimledger.extract.patterns import numbers as nw
from claimledger.extract.patterns import qualifiers


def classify(text: str, fig: Figure) -> None:
    """Give non-claim numbers their own kind; a figure keeps its kind if no rule fires."""
    if fig.kind not in CLAIM_KINDS:
        return
    if fig.token is None:
        fig.token = token_before(text, fig.low.start)
    fig.after = token_after(text, fig.last.end)
    for name, test in _TESTS_BY_KIND[fig.kind]:
        if test(text, fig):
            fig.kind, fig.unit = name, None
            fig.rules.append(f"nonclaim.{name}")
            return


def _is_footnote(text: str, fig: Figure) -> bool:
    n = fig.low
    if n.form != "digits" or fig.kind != "count":
        return False
    left = text[n.start - 1 : n.start] if n.start else ""
    right = text[n.end : n.end + 1]
    return (left == "[" and right == "]") or left == "^"


def _is_list_marker(text: str, fig: Figure) -> bool:
    """ "1. Introduction", "(2) the army ...": numbering, not an amount."""
    n = fig.low
    if n.form != "digits" or fig.kind != "count" or n.value > nw.LIST_MARKER_MAX:
        return False
    right = text[n.end : n.end + 2]
    if _is_section_number(text, n):
        return True
    if right[:1] not in (".", ")", "]") or right[1:2] not in (" ", "\t", "\n", ""):
        return False
    if right[:1] == ")" and text[n.start - 1 : n.start] == "(":
        return True  # "(2) ..." anywhere
    return patterns().list_marker.search(text, max(0, n.start - 8), n.start) is not None


def _is_section_number(text: str, n: Number) -> bool:
    """ "1.1 Historical background" at the start of a line: a heading number."""
    raw = text[n.start : n.end]
    if "." not in raw or n.value >= 100 or text[n.end : n.end + 1] != " ":
        return False
    return patterns().list_marker.search(text, max(0, n.start - 8), n.start) is not None


def _is_law_number(text: str, fig: Figure) -> bool:
    """ "Article 328", "Federal Law No. 260-FZ", "Resolution 2334"."""
    n = fig.low
    if n.form != "digits" or fig.kind == "money":
        return False
    rx = patterns()
    if rx.law_before.search(text, n.start, token=fig.token):
        return True
    return rx.law_after.match(text, fig.last.end, token=fig.after) is not None


def _is_identifier(text: str, fig: Figure) -> bool:
    n = fig.low
    if n.form not in ("digits",) or fig.kind == "money":
        return False
    rx = patterns()
    if rx.ident_before.search(text, n.start, token=fig.token):
        return True
    left = text[max(0, n.start - 2) : n.start]
    if left[-1:].isalpha() or (left[-1:] == "-" and left[:1].isalpha() and not yearlike(text, n)):
        return True  # "Su-34", "COVID-19"; but "mid-2023" is a year
    if left[-1:] == "(" and left[:1].isalnum():
        return True  # "Article 328(2)"
    right = text[fig.last.end : fig.last.end + 3]
    reference = right[1:2].isdigit() or (right[1:2].isalpha() and right[2:] == ".")
    if right[:1] == "/" and reference and not yearlike(text, n):
        return True  # "10.1016/j.x", "68/262": a reference; "300/year" is a rate
    if rx.rate_before.search(text, n.start, token=fig.token):
        return True  # "12 per 100,000 people": the base of a rate
    last = fig.last
    return fig.kind == "count" and rx.ident_after.match(text, last.end) is not None


def _is_date(text: str, fig: Figure) -> bool:
    n = fig.low
    if n.form == "fraction" and "/" in text[n.start : n.end]:
        return patterns().date_lead.search(text, n.start, token=fig.token) is not None
    if n.form not in ("digits", "ordinal") or n.value > 31 or fig.kind != "count":
        return bool(fig.kind == "percent" and _is_period_part(text, fig))
    rx = patterns()
    if rx.month_before.search(text, n.start, token=fig.token):
        return True
    if _DAY_SPAN_END.search(text, max(0, n.start - 30), n.start):
        return True  # "between December 1 and 5", "March 1-10": the end of a span of days
    return rx.month_after.match(text, fig.last.end, token=fig.after) is not None


_DAY_SPAN_END = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"\s*(?:-|–|and|to|through|until)\s*$"
)


def _is_period_part(text: str, fig: Figure) -> bool:
    """ "the first half of 2024", "the second quarter": a part of a period, not a share."""
    n = fig.low
    return n.form == "fraction" and bool(
        patterns().period_before.search(text, n.start, token=fig.token)
    )


def _is_year(text: str, fig: Figure) -> bool:
    # "over 2023", "by 2030", "up to 2025" are years; "more than 2000" is a count.
    if fig.kind != "count" or fig.phrase in qualifiers.NUMERIC_ONLY:
        return False
    n = fig.low
    if _year_with_glued_note(text, n):
        return True
    if not yearlike(text, n):
        return False
    if fig.high is not None and not yearlike(text, fig.high) and fig.high.value >= 100:
        return False
    return patterns().count_after.match(text, fig.last.end) is None


def _year_with_glued_note(text: str, n: Number) -> bool:
    """ "in 2024.12 The ...": a year with a footnote number glued to its full stop."""
    raw = text[n.start : n.end]
    whole, _, note = raw.partition(".")
    if len(whole) != 4 or not whole.isdigit() or not 1 <= len(note) <= 3:
        return False
    after = text[n.end : n.end + 2]
    year_ok = nw.YEAR_MIN <= int(whole) <= nw.YEAR_MAX
    return year_ok and (after == "" or (after[:1].isspace() and after[1:].isupper()))


def yearlike(text: str, n: Number) -> bool:
    raw = text[n.start : n.end]
    if len(raw) == 2 and raw.isdigit() and patterns().year_before.search(text, n.start):
        return True  # "2022-23"
    return (
        n.form == "digits"
        and raw.isdigit()
        and len(raw) == 4
        and nw.YEAR_MIN <= n.value <= nw.YEAR_MAX
    )


def _is_time(text: str, fig: Figure) -> bool:
    n = fig.last
    if fig.kind != "count" or n.value > 24:
        return False
    return patterns().clock_after.match(text, n.end, token=fig.after) is not None


def _is_age(text: str, fig: Figure) -> bool:
    if fig.kind != "count" or fig.last.value > 120:
        return False
    rx = patterns()
    start = fig.core[0]
    if _may_end_age_phrase(text, fig, start) and rx.age_before.search(text, start):
        return True
    if _is_apposed_age(text, fig):
        return True
    return rx.age_after.match(text, fig.last.end, token=fig.after) is not None


# Last words of the age phrases ("children under 14", "older than 60", "aged over 60").
_AGE_FINALS = finals(nw.AGE_BOUNDS, nw.AGE_PREFIX_BOUNDS, nw.AGE_PREFIXES)


def _may_end_age_phrase(text: str, fig: Figure, start: int) -> bool:
    """A cheap test that ``age_before`` may match: it needs "age" or one of its last words."""
    token = fig.token if start == fig.low.start and fig.token is not None else None
    if (token_before(text, start) if token is None else token) in _AGE_FINALS:
        return True
    return patterns().age_cue.search(text, max(0, start - 40), start) is not None


def _is_apposed_age(text: str, fig: Figure) -> bool:
    """ "said Oleksandr, 34, who fled": digits between commas right after a capitalised name."""
    n = fig.low
    if n.form != "digits" or fig.high is not None or fig.phrase or n.end - n.start > 2:
        return False
    before = text[max(0, n.start - 30) : n.start]
    if not before.endswith(", "):
        return False
    name = before[:-2].rsplit(None, 1)[-1] if before[:-2].strip() else ""
    if not (name[:1].isupper() and name[1:].isalpha() and name[1:].islower()):
        return False
    return patterns().age_apposition.match(text, n.end) is not None


def _is_duration(text: str, fig: Figure) -> bool:
    if fig.kind not in ("count", "percent") or (fig.kind == "percent" and fig.unit != "percent"):
        return False
    if fig.kind == "percent" and fig.low.form not in ("fraction",):
        return False
    token = fig.after if fig.end == fig.last.end else None
    found = patterns().time_after.match(text, fig.end, token=token)
    # "half a year" is a duration; "1.8 million a year earlier", "5,000 a month" are not.
    return found is not None and not (fig.kind == "count" and found.group("a"))


def _is_measure(text: str, fig: Figure) -> bool:
    return fig.kind == "count" and bool(
        patterns().measure_after.match(text, fig.last.end, token=fig.after)
    )


def _is_ratio(text: str, fig: Figure) -> bool:
    return fig.kind == "count" and bool(
        patterns().ratio_after.match(text, fig.last.end, token=fig.after)
    )


def _is_vague(text: str, fig: Figure) -> bool:
    """A lone "one" ("one of the", "one lawyer") or a bare "quarter" is not a figure; "one of
    them" is."""
    n = fig.low
    raw = text[n.start : n.end].lower()
    if fig.kind == "percent" and raw in ("quarter", "quarters"):
        return True
    if fig.kind != "count" or fig.high is not None or raw not in ("one", "a", "an"):
        return False
    if raw == "one" and (fig.token or "").lower() in nw.NOT_COUNTED_BEFORE_ONE:
        return True  # "every one of them", "no one"
    # "One of them was released": one member of a group already named is counted.
    return n.scale == 1 and not (raw == "one" and patterns().one_of_group.match(text, n.end))


def _is_back_reference(text: str, fig: Figure) -> bool:
    """ "homes in the three oblasts": a small written-out number naming things already named."""
    n = fig.low
    if fig.kind != "count" or n.form != "words" or fig.high is not None or fig.phrase:
        return False
    if n.value > nw.BACK_REFERENCE_MAX or not (fig.after or "").isalpha() or fig.after == "of":
        return False
    return patterns().back_reference.search(text, n.start, token=fig.token) is not None


def _is_parameter(text: str, fig: Figure) -> bool:
    """ "the cost of sending US$ 200", "a 10 percent fall in remittances would ...": an amount
    that sets up a calculation, not a claim about the world."""
    if fig.kind == "money":
        return _SENDING.search(text, max(0, fig.start - 40), fig.start) is not None
    if not text[max(0, fig.start - 2) : fig.start].lower().startswith("a"):
        return False
    return _HYPOTHETICAL.match(text, fig.end) is not None


_SENDING = re.compile(r"\bsending\s+(?:the\s+equivalent\s+of\s+|an?\s+)?$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\s+(?:fall|drop|decline|rise|increase|cut|reduction)\s+in\b[^.;]{0,80}?\b(?:would|could)\b"
)


def _is_exchange_rate(text: str, fig: Figure) -> bool:
    """ "80 rubles to the dollar", "an exchange rate of 90": a price of money, not an amount."""
    rx = patterns()
    if rx.exchange_after.match(text, fig.end, token=fig.after if fig.end == fig.last.end else None):
        return True
    token = fig.token if fig.start == fig.low.start else None
    return rx.exchange_before.search(text, fig.start, token=token) is not None


_NON_CLAIM_TESTS = (
    ("footnote", _is_footnote),
    ("list", _is_list_marker),
    ("law_number", _is_law_number),
    ("identifier", _is_identifier),
    ("date", _is_date),
    ("year", _is_year),
    ("time", _is_time),
    ("age", _is_age),
    ("duration", _is_duration),
    ("measure", _is_measure),
    ("ratio", _is_ratio),
    ("number", _is_vague),
    ("rate", _is_exchange_rate),
    ("reference", _is_back_reference),
    ("parameter", _is_parameter),
)

# The tests that can fire for each claim kind, in the same order: most tests reject money and
# percent figures at once, so skipping them saves a call each (measured on report text).
_MONEY_TESTS = frozenset({"rate", "parameter"})
# A percent is never an exchange rate ("weakened by 11 percent against the dollar").
_PERCENT_TESTS = frozenset({"law_number", "identifier", "date", "duration", "number", "parameter"})
_TESTS_BY_KIND = {
    "count": _NON_CLAIM_TESTS,
    "money": tuple(t for t in _NON_CLAIM_TESTS if t[0] in _MONEY_TESTS),
    "percent": tuple(t for t in _NON_CLAIM_TESTS if t[0] in _PERCENT_TESTS),
}
