"""The date a figure refers to or was stated (``Claim.date``), per SCHEMA.md.

Dates are read from the claim's own clause (and the date of the attribution that governs it),
resolved against the publication date, at the precision the text gives: ``YYYY-MM-DD``,
``YYYY-MM`` or ``YYYY``. A reference time ("at the end of 2024") wins over a statement time
("said on Tuesday"); "now" means the statement time when there is one, else publication.
"since February 2022" starts a count and does not date it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from claimledger.extract.components.claims import updated
from claimledger.extract.components.clauses import Cue, clause_at, clause_spans, find_cues
from claimledger.extract.components.sources import governing_cues
from claimledger.extract.patterns import timewords as tw
from claimledger.extract.pipeline import Parse, component
from claimledger.model import CLAIM_KINDS, Claim


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
    combined: re.Pattern[str]
    start_marker: re.Pattern[str]
    statement_gap: re.Pattern[str]
    prefilter: re.Pattern[str]


@cache
def _rx() -> _Rx:
    months = "|".join(sorted(tw.MONTHS, key=len, reverse=True))
    days = "|".join(tw.WEEKDAYS)
    leads = "|".join(tw.MONTH_LEADS)
    year = r"(1[89]\d\d|20\d\d)"
    rel_years = "|".join(re.escape(k) for k in tw.RELATIVE_YEARS)
    rel_months = "|".join(re.escape(k) for k in tw.RELATIVE_MONTHS)
    now = "|".join(re.escape(k) for k in tw.NOW_WORDS if k != "today")
    patterns = (
        ("iso", rf"\b{year}-(\d\d)-(\d\d)\b"),
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
            rf"\b(?i:{leads})\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?({months})\b"
            r"(?!\.?,?\s+\d)",
        ),
        ("weekday", rf"\b({days})\b"),
        ("relative_year", rf"\b(?i:{rel_years})\b"),
        ("relative_month", rf"\b(?i:{rel_months})\b"),
        ("relative_day", r"\b(?i:yesterday|today)\b"),
        ("now", rf"\b(?i:{now})\b"),
        ("year", rf"(?<![\d$€£.,/])\b{year}\b(?!\s*(?:%|percent|per cent))(?![.,/]\d)"),
    )
    combined = "|".join(f"(?P<{name}>{rx})" for name, rx in patterns)
    return _Rx(
        tuple((name, re.compile(rx)) for name, rx in patterns),
        re.compile(combined),
        re.compile(r"\b(?:since|starting|beginning)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE),
        re.compile(r"^(?:\s+\w+ly)?\s*(?:on|in|at|during|,)?\s*(?:the\s+)?$"),
        # Most sentences hold no date; one cheap scan rules them out before twelve patterns.
        re.compile(
            rf"\b(?:1[89]\d\d|20\d\d|{months}|{days}|(?i:year|month|now|currently|today|yesterday)"
            r"|present|moment|presently)\b"
        ),
    )


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Date expressions in ``text``, the most specific reading where they overlap, in order."""
    return list(_cached_dates(text, published))


# Every claim of a sentence asks for the same sentence's dates.
@lru_cache(maxsize=256)
def _cached_dates(text: str, published: date | None) -> tuple[DateMention, ...]:
    if not _rx().prefilter.search(text):
        return ()
    found: list[DateMention] = []
    singles = dict(_rx().patterns)
    # One scan; alternatives are listed from most to least specific, so at any position the
    # fullest reading wins, and a bare month refuses to start where a day or year follows.
    for match in _rx().combined.finditer(text):
        name = match.lastgroup or "year"
        single = singles[name].match(text, match.start())
        if single is None:
            continue
        value = _resolve(name, single, published)
        kind = "now" if name == "now" else "date"
        found.append(DateMention(single.start(), single.end(), value, kind, f"date.{name}"))
    return tuple(found)


def _resolve(name: str, match: re.Match[str], pub: date | None) -> str | None:
    groups = match.groups()
    if name == "iso":
        return match.group()
    if name == "year":
        return groups[0]
    if name in ("month_day", "day_month"):
        month, day = (groups[0], groups[1]) if name == "month_day" else (groups[1], groups[0])
        return _day(tw.MONTHS[month], int(day), groups[2], pub)
    if name == "month_year":
        return f"{groups[1]}-{tw.MONTHS[groups[0]]:02d}"
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
    return pub.isoformat()


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
    cues = find_cues(text)
    clause = clause_at(clause_spans(text), start)
    governing = governing_cues(cues, start, end)[:1]
    mentions = [
        m
        for m in find_dates(text, published)
        if _in_scope(m, clause, governing) and not _blocked(m, blocked) and not _is_start(text, m)
    ]
    statements = [m for m in mentions if _is_statement(text, m, cues)]
    references = [m for m in mentions if m not in statements]
    stated = statements[0].value if statements else None
    if references:
        best = min(references, key=lambda m: _gap(text, m, start, end))
        if best.kind == "now":
            return stated or (published.isoformat() if published else None), "date.now"
        return best.value, best.rule
    if statements:
        return stated, statements[0].rule + ".statement"
    return None, "date.none"


def _in_scope(m: DateMention, clause: tuple[int, int], governing: list[Cue]) -> bool:
    if clause[0] <= m.start < clause[1]:
        return True
    return any(0 <= m.start - c.end <= 30 for c in governing)


def _blocked(m: DateMention, blocked: list[tuple[int, int]]) -> bool:
    return any(s < m.end and m.start < e for s, e in blocked)


def _is_start(text: str, m: DateMention) -> bool:
    if re.match(r"(?:since|starting|beginning)\b", text[m.start : m.end], re.IGNORECASE):
        return True
    window = text[max(0, m.start - 60) : m.start]
    if "since" not in window.lower() and "starting" not in window and "beginning" not in window:
        return False
    return bool(_rx().start_marker.search(window))


def _is_statement(text: str, m: DateMention, cues: list[Cue]) -> bool:
    for cue in cues:
        near = cue.kind in ("pre", "post") and 0 <= m.start - cue.end <= 30
        if near and _rx().statement_gap.match(text[cue.end : m.start]):
            return True
    return False


def _gap(text: str, m: DateMention, start: int, end: int) -> int:
    """Distance in characters; crossing "and", "that" or a comma counts as far away."""
    low, high = (m.end, start) if m.end <= start else (end, m.start)
    crossing = re.search(r"\b(?:and|that|which|who)\b|[,;]", text[low:high])
    return max(0, high - low) + (100 if crossing else 0)


def assign_dates(parse: Parse) -> tuple[Claim, ...]:
    published = parse.document.published
    out = []
    for claim in parse.claims:
        base = claim.sentence_start
        blocked = [
            (q.start - base, q.end - base)
            for q in parse.quantities
            if q.kind in CLAIM_KINDS and claim.sentence_start <= q.start < claim.sentence_end
        ]
        value, rule = date_for(
            claim.sentence, claim.start - base, claim.end - base, published, blocked
        )
        evidence = (*claim.evidence, ("date", rule))
        out.append(updated(claim, date=value, evidence=evidence))
    return tuple(out)


@component("dates", requires=("claims",), assigns=("claims.date",))
def _dates(parse: Parse) -> Parse:
    return dataclasses.replace(parse, claims=assign_dates(parse))


COMPONENT = _dates
