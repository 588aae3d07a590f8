"""Date rules that look past a single date mention: the figure a date belongs to when two
figures share a sentence, when a document was issued, "a year earlier" after an explicit
year, and the date of a list heading ("Key figures (as of 31 March 2026):") for its bullets.
Not a pipeline component: ``dates.py`` calls it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

_RIGHT_AFTER = re.compile(r"\s*(?:in|during|by|at the end of)?\s*")
# "a tender published in February": when a document was issued, a statement time.
_ISSUED_BEFORE = re.compile(
    r"\b(?:published|released|issued|dated|posted|adopted)\s+(?:(?:in|on)\s+)?"
    r"(?:early\s+|late\s+)?$"
)
_YEAR_BACK = re.compile(r"a year (?:earlier|before)", re.IGNORECASE)
_YEAR_IN = re.compile(r"\bin\s+((?:19|20)\d\d)\b")
_BULLET_LEAD = re.compile(r"[ \t]*(?:[-*•·▪–]|\d{1,2}[.)])[ \t]+")
_AS_OF = re.compile(r"\b(?:as (?:of|at)|at the end of|on)\b", re.IGNORECASE)


def dates_other_figure(text: str, start: int, blocked: list[tuple[int, int]], end: int) -> bool:
    """ "from 83 percent in 2022 to 74 percent in 2025": "in 2022" right after another
    figure of the sentence dates that figure, not this one (``end`` ends this figure)."""
    return any(
        e != end and e <= start and _RIGHT_AFTER.fullmatch(text, e, start) for _, e in blocked
    )


def dates_base_figure(text: str, start: int, blocked: list[tuple[int, int]]) -> bool:
    """The date mention at ``start`` follows a base figure ("up from 45% in 2023")."""
    return any(
        e <= start and _RIGHT_AFTER.fullmatch(text, e, start) and _BASE_BEFORE.search(text, 0, s)
        for s, e in blocked
    )


_BASE_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:about\s+|some\s+|around\s+)?$")


def is_issue(text: str, start: int) -> bool:
    """The date mention at ``start`` says when a document was issued."""
    return _ISSUED_BEFORE.search(text, max(0, start - 30), start) is not None


def year_back_from(text: str, start: int, end: int) -> str | None:
    """ "81,000 in 2025, up from 69,500 a year earlier": a year before the sentence's year."""
    if not _YEAR_BACK.fullmatch(text, start, end):
        return None
    years = _YEAR_IN.findall(text, 0, start)
    return str(int(years[-1]) - 1) if years else None


def list_heading_date(
    text: str,
    start: int,
    published: date | None,
    find: Callable[[str, date | None], Sequence[Any]],
) -> tuple[str, str] | None:
    """A bullet under "Key figures (as of 31 March 2026):" takes the heading's date."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _BULLET_LEAD.fullmatch(text, line_start, start):
        return None
    pos = line_start - 1
    while pos > 0:
        begin = text.rfind("\n", 0, pos) + 1
        line = text[begin:pos]
        pos = begin - 1
        if not line.strip() or _BULLET_LEAD.match(line):
            continue
        if not _is_list_heading(line) or not _AS_OF.search(line):
            return None
        values = [m.value for m in find(line, published) if m.value and m.kind == "date"]
        return (values[0], "date.list_heading") if values else None
    return None


def _is_list_heading(line: str) -> bool:
    """ "Key figures (as of 31 March):" or a short title line with no full stop
    ("KEY FIGURES (as of 15 May)"): a heading, not a sentence of the text."""
    stripped = line.rstrip()
    if stripped.endswith(":"):
        return True
    return len(stripped.split()) <= 10 and not stripped.endswith((".", "!", "?", ";", ","))


# "pay 500,000 rubles to those who sign before April 30": a deadline, not the figure's time.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:before|ahead\s+of|until|till|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def is_deadline(text: str, start: int) -> bool:
    """The time at ``start`` follows "before", "until" ...: a deadline."""
    return _DEADLINE_BEFORE.search(text, max(0, start - 24), start) is not None


def week_month(pub: date, last: bool) -> str | None:
    """ "last week", "this week": the month, when the whole week lies in one month."""
    monday = pub - timedelta(days=pub.weekday() + (7 if last else 0))
    end = monday + timedelta(days=6) if last else pub
    return f"{monday.year}-{monday.month:02d}" if monday.month == end.month else None
