"""The date a figure refers to or was stated (``Claim.date``), per SCHEMA.md.

Dates are read from the claim's own clause (and the date of the attribution that governs it),
resolved against the publication date, at the precision the text gives: ``YYYY-MM-DD``,
``YYYY-MM`` or ``YYYY``. A reference time ("at the end of 2024") wins over a statement time
("said on Tuesday"); "now" means the statement time when there is one, else publication.
"since February 2022" starts a count and does not date it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from claimledger.extract.components import date_context as ctx
from claimledger.extract.components.claims import updated
from claimledger.extract.components.clauses import (
    Cue,
    clause_at,
    sentence_cues,
    sentence_hedge_clauses,
)
from claimledger.extract.components.sources import cue_chain
from claimledger.extract.components.wordtrie import trie_pattern, word_start_branches
from claimledger.extract.patterns import timewords as tw
from claimledger.extract.pipeline import Parse, component, replaced
from claimledger.model import Claim


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None
    kind: str  # "date", "now"
    rule: str


@dataclass(frozen=True)
class _Rx:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    month_hint: re.Pattern[str]
    start_marker: re.Pattern[str]
    statement_gap: re.Pattern[str]
    prefilter: re.Pattern[str]
    base_marker: re.Pattern[str]
    range_after: re.Pattern[str]
    year_back: re.Pattern[str]


@cache
def _rx() -> _Rx:
    months = trie_pattern(tw.MONTHS)
    days = trie_pattern(tw.WEEKDAYS)
    leads = _either_case(tw.MONTH_LEADS)
    year = r"(1[89]\d\d|20\d\d)"
    # A year at a word start, written to begin with its first digit: the engine then skips
    # in C to the next "1" or "2" instead of trying the pattern at every position. The
    # lookbehind, after two digits, checks the character before the year as \b would.
    year_start = r"((?:1[89]|20)(?<!\w..)\d\d)"
    rel_years = _either_case(tw.RELATIVE_YEARS)
    rel_months = _either_case(tw.RELATIVE_MONTHS)
    now = _either_case(k for k in tw.NOW_WORDS if k != "today")
    ordinal = "|".join(tw.ORDINALS)
    count = "|".join(tw.COUNT_WORDS)
    patterns = (
        ("iso", rf"{year_start}-(\d\d)-(\d\d)\b"),
        (
            "month_span",
            rf"\b(?:[Bb]etween|[Ff]rom)\s+(?:{months})\.?\s+(?:and|to|until|through)\s+"
            rf"(?:{months})\.?,?\s+{year}\b",
        ),
        (
            # "between 3 and 25 March", "3–25 March 2026": a span of days dates the month
            "day_span",
            rf"\b(?:[Bb]etween\s+)?(\d{{1,2}})\s*(?:-|–|and|to)\s*\d{{1,2}}\s+({months})\b"
            rf"(?:,?\s+{year}\b)?",
        ),
        (
            # "between December 1 and 5", "March 1-10, 2026": the same, month first
            "month_span_days",
            rf"\b({months})\.?\s+\d{{1,2}}\s*(?:-|–|and|to|through)\s*\d{{1,2}}\b(?![,.]?\d)"
            rf"(?:,?\s+{year}\b)?",
        ),
        (
            # "In January–June", "from January to June 2026": a span of months dates the year
            "month_range",
            rf"\b({months})\s*(?:-|–|—|to|through|until)\s*({months})\b(?:,?\s+{year}\b)?",
        ),
        (
            "month_day",
            rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{year}\b)?(?![,.]?\d)",
        ),
        (
            "day_month",
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({months})\b\.?(?:,?\s+{year}\b)?",
        ),
        ("month_year", rf"\b({months})\.?,?\s+(?:of\s+)?{year}\b"),
        ("last_month_name", rf"\blast\s+({months})\b"),
        (
            "month",
            rf"\b{leads}\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?({months})\b"
            # Not "May 15" or "May 2025" (other patterns), but "in May, 3.6 million ...".
            r"(?!\.?,?\s+\d{1,4}\b(?![.,]\d))",
        ),
        ("weekday", rf"\b({days})\b"),
        ("relative_year", rf"\b{rel_years}\b"),
        (
            "year_part",
            rf"\b(?:the\s+)?({ordinal})\s+(quarter|half|(?:{count})\s+months)"
            r"(?:\s+of\s+(?:the|this)\s+year)?(?!\s+of\s+(?:\d|[A-Z]|last|next|the\s+previous))",
        ),
        ("relative_month", rf"\b{rel_months}\b"),
        ("relative_week", r"\b(?:[Ll]ast|[Tt]his)\s+week\b"),
        ("relative_day", rf"\b{_either_case(('yesterday', 'today'))}\b"),
        ("now", rf"\b{now}\b"),
        # Not after a digit, a currency sign or a decimal mark ("$2020", "1.2020").
        (
            "year",
            r"((?:1[89]|20)(?<![\w$€£.,/]..)\d\d)\b(?!\s*(?:%|percent|per cent))(?![.,/]\d)",
        ),
    )
    return _Rx(
        tuple((name, re.compile(rx)) for name, rx in patterns),
        re.compile(rf"(?:{'|'.join(word_start_branches(tw.MONTHS))})\b"),
        re.compile(r"\b(?:since|starting|beginning)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE),
        re.compile(r"^(?:\s+\w+ly)?\s*(?:on|in|at|during|,)?\s*(?:the\s+)?$"),
        # Most sentences hold no date; one cheap scan rules them out before twelve patterns.
        re.compile(rf"(?:{'|'.join(_prefilter_branches())})\b"),
        re.compile(
            r"\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?)"
            r"(?:\s+(?:in|the\s+end\s+of|end-|the\s+same\s+period\s+(?:of|in)))?\s+$"
        ),
        re.compile(r"\s*(?:to|until|through|till|and|[-–—])\s*(?:\d|[A-Z])"),
        re.compile(r"a year (?:earlier|before)", re.IGNORECASE),
    )


_HINTS = (
    "year", "month", "now", "currently", "today", "yesterday", "present", "moment", "quarter",
    "half", "months", "week",
)  # fmt: skip


def _prefilter_branches() -> list[str]:
    """A year, a month or weekday name, or a hint word, at a word start: branches that
    begin with a literal, so that the scan skips ahead in C (see ``word_start_branches``)."""
    hints = list(_HINTS) + [w[:1].upper() + w[1:] for w in _HINTS]
    words = word_start_branches([*tw.MONTHS, *tw.WEEKDAYS, *hints])
    return [r"1(?<!\w.)[89]\d\d", r"2(?<!\w.)0\d\d", *words]


def _either_case(words: Iterable[str]) -> str:
    """A trie pattern for the words in lower case and with a capital first letter."""
    items = list(words)
    return "(?:" + trie_pattern(items + [w[:1].upper() + w[1:] for w in items]) + ")"


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Date expressions in ``text``, longest first where they overlap, in text order."""
    return list(_cached_dates(text, published))


# Every claim of a sentence asks for the same sentence's dates.
@lru_cache(maxsize=256)
def _cached_dates(text: str, published: date | None) -> tuple[DateMention, ...]:
    if not _rx().prefilter.search(text):
        return ()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    months = [m.start() for m in _rx().month_hint.finditer(text)]
    present = {needle for needle in _ALL_NEEDLES if needle in text}
    for name, rx in _rx().patterns:
        if name in _NEEDLES and not _worth_trying(name, present):
            continue
        for match in _matches(name, rx, text, months):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            value = _resolve(name, match, published)
            if value is None and name == "year_part":
                continue
            taken.append((match.start(), match.end()))
            kind = "now" if name == "now" else "date"
            found.append(DateMention(match.start(), match.end(), value, kind, f"date.{name}"))
    return tuple(sorted(found, key=lambda d: d.start))


_NEEDS_MONTH = frozenset(
    {
        "month_day",
        "day_month",
        "month_year",
        "last_month_name",
        "month",
        "day_span",
        "month_range",
        "month_span_days",
    }
)
# Patterns that begin with the month name itself: one anchored match per month mention.
_AT_MONTH = frozenset({"month_day", "month_year", "month_range", "month_span_days"})


def _matches(
    name: str, rx: re.Pattern[str], text: str, months: list[int]
) -> Iterable[re.Match[str]]:
    """Matches of one pattern; month patterns only look in a window around each month name.

    Not a generator: most patterns hand back their own ``finditer`` (iterated in C)."""
    if name not in _NEEDS_MONTH:
        return rx.finditer(text)
    if name in _AT_MONTH:
        return [match for pos in months if (match := rx.match(text, pos))]
    reach = _MONTH_REACH
    return [
        match for pos in months for match in rx.finditer(text, max(0, pos - reach), pos + reach)
    ]


# A month pattern reaches at most this far from its month name ("the end of" ... ", 2024").
_MONTH_REACH = 40


# Cheap substring checks that skip patterns which cannot match (most of them, usually): a
# pattern listed here is tried only when the text holds one of its substrings.
_NEEDLES: dict[str, frozenset[str]] = {
    "weekday": frozenset({"day"}),
    "relative_day": frozenset({"day"}),
    "relative_year": frozenset({"year"}),
    "year_part": frozenset({"quarter", "half", "months"}),
    "month_span": frozenset({"etween", "rom"}),
    "relative_month": frozenset({"month"}),
    "relative_week": frozenset({"week"}),
    "iso": frozenset({"-"}),
}
_ALL_NEEDLES = frozenset().union(*_NEEDLES.values())


def _worth_trying(name: str, present: set[str]) -> bool:
    """Whether pattern ``name`` may match a text that holds the ``present`` substrings."""
    needles = _NEEDLES.get(name)
    return needles is None or not present.isdisjoint(needles)


def _resolve(name: str, match: re.Match[str], pub: date | None) -> str | None:
    groups = match.groups()
    if name == "iso":
        return match.group()
    if name in ("year", "month_span"):
        return groups[0]
    if name in ("month_day", "day_month"):
        month, day = (groups[0], groups[1]) if name == "month_day" else (groups[1], groups[0])
        return _day(tw.MONTHS[month], int(day), groups[2], pub)
    if name == "month_year":
        return f"{groups[1]}-{tw.MONTHS[groups[0]]:02d}"
    if name == "day_span":
        month = tw.MONTHS[groups[1]]
        return f"{groups[2]}-{month:02d}" if groups[2] else _month(month, pub)
    if name == "month_span_days":
        month = tw.MONTHS[groups[0]]
        return f"{groups[1]}-{month:02d}" if groups[1] else _month(month, pub)
    if name == "month_range":
        return groups[2] or (_month(tw.MONTHS[groups[1]], pub) or "")[:4] or None
    if name == "month":
        return _month(tw.MONTHS[groups[0]], pub)
    return _relative(name, match, pub)


def _relative(name: str, match: re.Match[str], pub: date | None) -> str | None:
    if pub is None:
        return None
    text = match.group().lower()
    if name == "last_month_name":
        return f"{pub.year - 1}-{tw.MONTHS[match.group(1)]:02d}"
    if name == "weekday":
        back = (pub.weekday() - tw.WEEKDAYS[match.group(1)]) % 7
        return (pub - timedelta(days=back)).isoformat()
    if name == "relative_year":
        return str(pub.year + tw.RELATIVE_YEARS[text])
    if name == "year_part":
        return _year_part(match.group(1).lower(), match.group(2).lower(), pub)
    if name == "relative_month":
        month = pub.month + tw.RELATIVE_MONTHS[text]
        year, month = (
            (pub.year - 1, 12)
            if month < 1
            else (pub.year + 1, 1)
            if month > 12
            else (pub.year, month)
        )
        return f"{year}-{month:02d}"
    if name == "relative_day":
        return (pub + timedelta(days=tw.RELATIVE_DAYS[text])).isoformat()
    if name == "relative_week":
        return ctx.week_month(pub, last=text.startswith("last"))
    return pub.isoformat()


def _year_part(ordinal: str, part: str, pub: date) -> str | None:
    """ "the first quarter" -> the publication year, or the year before when that part
    begins after the publication month (a report in February on "the fourth quarter")."""
    if ordinal == "last" and part.endswith("months"):
        return None  # "the last three months" is a rolling window, not a part of a year
    size = tw.YEAR_PARTS.get(part, 1)
    first_month = 1 if part.endswith("months") else (tw.ORDINALS[ordinal] - 1) * size + 1
    if ordinal in ("final", "last") and part == "half":
        first_month = 7
    if first_month > 12:
        return None
    return str(pub.year if first_month <= pub.month else pub.year - 1)


def _day(month: int, day: int, year: str | None, pub: date | None) -> str | None:
    if not 1 <= day <= 31:
        return None
    if year:
        return f"{year}-{month:02d}-{day:02d}"
    if pub is None:
        return None
    resolved = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    return f"{resolved}-{month:02d}-{day:02d}"


def _month(month: int, pub: date | None) -> str | None:
    if pub is None:
        return None
    year = pub.year if month <= pub.month else pub.year - 1
    return f"{year}-{month:02d}"


def date_for(
    text: str, start: int, end: int, published: date | None, blocked: list[tuple[int, int]]
) -> tuple[str | None, str]:
    """The date of the figure at ``start:end`` of sentence ``text``, and the rule used."""
    cues = sentence_cues(text)
    clause = clause_at(sentence_hedge_clauses(text), start)
    governing = list(cue_chain(text, start, end)[:1])
    mentions = [
        m
        for m in find_dates(text, published)
        if _in_scope(m, clause, governing)
        and not _blocked(m, blocked)
        and not _is_start(text, m)
        and not ctx.is_deadline(text, m.start)
        and not _is_base(text, m)
        and _dates_this_figure(text, m, end)
    ]
    statements = [
        m for m in mentions if _is_statement(text, m, cues) or ctx.is_issue(text, m.start)
    ]
    references = [m for m in mentions if m not in statements]
    # A time right after another figure is that figure's, unless this one has no other.
    mine = [m for m in references if not ctx.dates_other_figure(text, m.start, blocked, end)]
    if not mine and any(ctx.dates_base_figure(text, m.start, blocked) for m in references):
        references = []  # "60%, up from 45% in 2023": the year is the base figure's only
    references = mine or references
    # "under the law signed in early November", "men who signed after the autumn of 2023":
    # a time that dates another noun counts only when nothing else dates the figure.
    own = [m for m in references if not _modifies_other(text, m, start)]
    if own or statements:
        references = own
    stated = statements[0].value if statements else None
    if references:
        best = min(references, key=lambda m: _gap(text, m, start, end))
        if best.kind == "now":  # the time of speaking, not of a law "adopted in 2024"
            spoken = [m.value for m in statements if not ctx.is_issue(text, m.start)]
            return (spoken or [published.isoformat() if published else None])[0], "date.now"
        return ctx.year_back_from(text, best.start, best.end) or best.value, best.rule
    if statements:
        return stated, statements[0].rule + ".statement"
    return _shared_date(text, clause, published, blocked)


def _shared_date(
    text: str, clause: tuple[int, int], published: date | None, blocked: list[tuple[int, int]]
) -> tuple[str | None, str]:
    """ "8,900 entered in March, while some 7,300 left": a parallel clause without a time of
    its own shares the time closest before it."""
    if clause[0] == 0 or not _PARALLEL.match(text, clause[0]):
        return None, "date.none"
    mentions = find_dates(text, published)
    if any(clause[0] <= m.start < clause[1] and _is_start(text, m) for m in mentions):
        return None, "date.none"  # "..., and several have cut bonuses since December": its own
    before = [
        m for m in mentions if m.end <= clause[0] and m.kind == "date" and not _blocked(m, blocked)
    ]
    cues = sentence_cues(text)
    before = [
        m
        for m in before
        if not _is_start(text, m) and not _is_base(text, m) and not _is_statement(text, m, cues)
    ]
    if not before:
        return None, "date.none"
    return before[-1].value, before[-1].rule + ".shared"


# Openings of a clause that runs parallel to the one before it.
_PARALLEL = re.compile(r",?\s*(?:while|whereas|and)\b")


def _in_scope(m: DateMention, clause: tuple[int, int], governing: list[Cue]) -> bool:
    if clause[0] <= m.start < clause[1]:
        return True
    return any(0 <= m.start - c.end <= 30 for c in governing)


def _blocked(m: DateMention, blocked: list[tuple[int, int]]) -> bool:
    return any(s < m.end and m.start < e for s, e in blocked)


_START_WORD = re.compile(r"(?:since|starting|beginning)\b", re.IGNORECASE)
_CROSSING = re.compile(r"\b(?:and|that|which|who)\b|[,;:]")


def _is_start(text: str, m: DateMention) -> bool:
    if _START_WORD.match(text, m.start, m.end):
        return True
    window = text[max(0, m.start - 60) : m.start]
    if "since" not in window.lower() and "starting" not in window and "beginning" not in window:
        return False
    return bool(_rx().start_marker.search(window))


def _modifies_other(text: str, m: DateMention, start: int) -> bool:
    """The time sits in a participle or relative phrase on another noun, away from the figure."""
    if m.start < start and _RELATIVE_BEFORE.search(text, max(0, m.start - 60), m.start):
        return not re.search(r"[,;:]", text[m.end : start])
    return (
        m.start > start
        and _PARTICIPLE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
    )


_BASE_LEAD = re.compile(r"(?:from|against|than)\s", re.IGNORECASE)
# "the law signed in", "a decree published on": a participle on a noun, then the time.
_PARTICIPLE_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z]+ed\s+"
    r"(?:(?:in|on|at|during)\s+)?(?:(?:early|late|mid)\s+)?$"
)
# "who signed a contract after": a relative clause whose verb comes before the time.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+[a-z]+ed\b[^,;:]*$")


def _is_base(text: str, m: DateMention) -> bool:
    """ "down 18 per cent from 2023", "up 18 per cent from December": the time the change
    is measured against."""
    if m.kind != "date":
        return False
    before = _rx().base_marker.search(text, max(0, m.start - 80), m.start)
    if before is None:
        before = _BASE_LEAD.match(text, m.start)  # the mention took "from" as its lead
    if before is None or _rx().range_after.match(text, m.end):
        return False
    words = set(text[max(0, before.start() - 60) : before.start()].lower().split())
    return bool(words & tw.COMPARISON_CHANGE_WORDS)


def _dates_this_figure(text: str, m: DateMention, end: int) -> bool:
    """ "up from 38 per cent a year earlier": a year back from the main figure, so it dates
    only the base figure right before it."""
    if m.rule != "date.relative_year" or not _rx().year_back.fullmatch(text, m.start, m.end):
        return True
    return 0 <= m.start - end <= 3


def _is_statement(text: str, m: DateMention, cues: Sequence[Cue]) -> bool:
    for cue in cues:
        near = cue.kind in ("pre", "post") and 0 <= m.start - cue.end <= 30
        if near and _rx().statement_gap.match(text[cue.end : m.start]):
            return True
    return False


def _gap(text: str, m: DateMention, start: int, end: int) -> int:
    """Distance in characters; crossing "and", "that" or a comma counts as far away."""
    low, high = (m.end, start) if m.end <= start else (end, m.start)
    crossing = _CROSSING.search(text, low, max(low, high))
    return max(0, high - low) + (100 if crossing else 0)


def assign_dates(parse: Parse) -> tuple[Claim, ...]:
    published = parse.document.published
    figures: dict[int, list[tuple[int, int]]] = {}
    for claim in parse.claims:
        figures.setdefault(claim.sentence_start, []).append((claim.start, claim.end))
    out = []
    for claim in parse.claims:
        base = claim.sentence_start
        blocked = [(start - base, end - base) for start, end in figures[base]]
        value, rule = date_for(
            claim.sentence, claim.start - base, claim.end - base, published, blocked
        )
        if value is None:
            heading = ctx.list_heading_date(parse.document.text, base, published, find_dates)
            value, rule = heading or (value, rule)
        evidence = (*claim.evidence, ("date", rule))
        out.append(updated(claim, date=value, evidence=evidence))
    return tuple(out)


@component("dates", requires=("claims",), assigns=("claims.date",))
def _dates(parse: Parse) -> Parse:
    return replaced(parse, claims=assign_dates(parse))


COMPONENT = _dates
