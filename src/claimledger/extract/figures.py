"""A figure being read, and the compiled patterns the figure layer applies.

Shared by ``components/quantities.py`` (which builds figures) and ``extract/nonclaims.py``
(which tells non-claim numbers apart). Patterns are compiled once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from claimledger.extract.numbers import Number, trie_pattern
from claimledger.extract.patterns import currencies, qualifiers
from claimledger.extract.patterns import numbers as nw
from claimledger.model import Value

CLAIM_KINDS = frozenset({"count", "money", "percent"})


@dataclass(slots=True)
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
    token: str | None = None  # token_before the (first) number, once computed
    after: str | None = None  # token_after the last number, once computed

    @property
    def low(self) -> Number:
        """The (first) number the figure was read from."""
        return self.number if self.number is not None else Number(self.start, self.end, 0.0)

    @property
    def last(self) -> Number:
        """The last number of the figure: the high end of a range, else the number itself."""
        # Read on every non-claim test: spelled out rather than through ``low``.
        if self.high is not None:
            return self.high
        return self.number if self.number is not None else Number(self.start, self.end, 0.0)


def alt(items: object) -> str:
    return "(?:" + trie_pattern(list(items)) + ")"  # type: ignore[call-overload]


_OPENING = "([{\"'“‘«"


def token_before(text: str, pos: int) -> str:
    """The lower-cased run of non-space, non-digit characters that ends right before ``pos``.

    Spaces in between are skipped; opening brackets and quotes are dropped: "(about $900)"
    gives "$" before "900" and "about" before "$".
    """
    chunk = text[max(0, pos - 27) : pos].rstrip()
    if not chunk:
        return ""
    last = chunk.rsplit(None, 1)[-1]
    if not last.isalpha():
        cut = len(last)
        while cut and not last[cut - 1].isdigit():
            cut -= 1
        last = last[cut:]
    return last.lower().lstrip(_OPENING)


@dataclass(frozen=True)
class Lookback:
    """A pattern that must end right at a position, searched only when the token there could
    end it: a set lookup instead of trying the pattern at every offset of a window.

    ``finals`` are the lower-cased last words of the phrases (None: always search); ``signs``
    are characters that may end a match ("$", "<", "-").
    """

    regex: re.Pattern[str]
    width: int
    finals: frozenset[str] | None = None
    signs: str = ""

    def search(
        self, text: str, pos: int, floor: int = 0, token: str | None = None
    ) -> re.Match[str] | None:
        """The match ending at ``pos`` (not before ``floor``); ``token`` if already known."""
        if self.finals is not None:
            token = token_before(text, pos) if token is None else token
            if token not in self.finals and not (token and token[-1] in self.signs):
                return None
        return self.regex.search(text, max(floor, pos - self.width), pos)


@cache
def _word_after() -> re.Pattern[str]:
    return re.compile(r"\s{0,3}([^\W\d_]*)")


def token_after(text: str, pos: int) -> str:
    """The lower-cased word (letters only) or the single character that follows ``pos``."""
    # One regex call instead of a loop per character; a run with letter-like characters
    # that are not letters ("½") takes the loop, which stops at them.
    found = _word_after().match(text, pos)
    word = found.group(1) if found is not None else ""
    if word.isalpha():
        return word.lower()
    if not word:
        start = found.end() if found is not None else pos
        return text[start : start + 1]
    start = pos
    while start < len(text) and start - pos < 3 and text[start].isspace():
        start += 1
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end].lower() if end > start else text[start : start + 1]


@dataclass(frozen=True)
class Lookahead:
    """A pattern anchored at a position, tried only when the token there could start it."""

    regex: re.Pattern[str]
    firsts: frozenset[str]
    signs: str = ""

    def match(self, text: str, pos: int, token: str | None = None) -> re.Match[str] | None:
        token = token_after(text, pos) if token is None else token
        if token not in self.firsts and not (len(token) == 1 and token in self.signs):
            return None
        return self.regex.match(text, pos)


def firsts(*phrases: Iterable[str]) -> frozenset[str]:
    """The leading words (letters only) of phrases, lower case."""
    out = set()
    for group in phrases:
        for phrase in group:
            lead = re.match(r"[^\W\d_]+", phrase.lower())
            if lead:
                out.add(lead.group())
    return frozenset(out)


def finals(*phrases: Iterable[str]) -> frozenset[str]:
    """The last words of phrases, lower case: where a phrase ending before a number ends."""
    return frozenset(p.split()[-1].lower() for group in phrases for p in group if p.split())


@dataclass(frozen=True)
class Patterns:
    cur_before: Lookback
    cur_after: re.Pattern[str]
    percent_after: re.Pattern[str]
    qual_before: Lookback
    qual_after: re.Pattern[str]
    range_link: re.Pattern[str]
    between_link: re.Pattern[str]
    opener: Lookback
    blocked: re.Pattern[str]
    url: re.Pattern[str]
    ident_before: Lookback
    ident_after: re.Pattern[str]
    month_before: Lookback
    month_after: Lookahead
    age_before: Lookback
    age_cue: re.Pattern[str]
    age_after: Lookahead
    time_after: Lookahead
    measure_after: Lookahead
    ratio_after: Lookahead
    period_before: Lookback
    count_after: re.Pattern[str]
    bound_link: re.Pattern[str]
    list_link: re.Pattern[str]
    law_before: Lookback
    law_after: Lookahead
    list_end: re.Pattern[str]
    by_before: Lookback
    exchange_after: Lookahead
    exchange_before: Lookback
    date_lead: Lookback
    list_marker: re.Pattern[str]
    then_to: re.Pattern[str]
    change_before: Lookback
    change_in_clause: re.Pattern[str]
    rate_before: Lookback
    year_before: Lookback
    minor_link: re.Pattern[str]
    note_close: re.Pattern[str]
    minor_end: re.Pattern[str]
    clock_after: Lookahead
    back_reference: Lookback
    ellipsis_cue: re.Pattern[str]
    approximate_head: Lookback
    age_apposition: re.Pattern[str]
    one_of_group: re.Pattern[str]


def _suffix_blockers() -> list[str]:
    """Words that make a following suffix a link to another figure: the list plus numbers."""
    spelled = list(nw.UNITS) + list(nw.TENS) + list(nw.SCALES) + ["hundred"]
    return list(qualifiers.SUFFIX_BLOCKERS) + spelled


# Words before "half"/"quarter" that make it a part of a period ("the first half of 2024").
_PERIOD_WORDS = ("last", "final", "latter", "former", "other", "same")


# "draft age 18 to 27": words that make "age" a phrase that can end in any word.
_AGE_LEADS = "draft|conscription|retirement|minimum|maximum"


@cache
def patterns() -> Patterns:
    """All patterns, compiled once on first use.

    Long on purpose: it is one table of named patterns, each built from the word lists in
    ``extract/patterns``, and splitting it would only scatter the table.
    """
    i = re.IGNORECASE
    codes = alt(currencies.CODES)
    syms = alt(currencies.SYMBOLS)
    cwords = alt(list(currencies.WORDS) + list(currencies.MINOR_UNITS))
    before_words = alt(list(currencies.WORDS_BEFORE) + list(currencies.PREFIX_ONLY))
    ordinals = alt(list(nw.ORDINALS) + list(_PERIOD_WORDS) + list(nw.RUSSIAN_PERIOD_WORDS))
    return Patterns(
        cur_before=Lookback(
            re.compile(
                rf"(?:(?<![\w])(?:{codes}|{before_words})|{syms})\s?$|(?<![\w])m(?:{codes})\s?$",
                i,
            ),
            12,
            finals(
                currencies.CODES,
                currencies.WORDS_BEFORE,
                currencies.PREFIX_ONLY,
                currencies.SYMBOLS,
                ["m" + code for code in currencies.CODES],
            ),
            "".join({key[-1] for key in currencies.SYMBOLS}),
        ),
        cur_after=re.compile(
            rf"(?:\s?({syms})|\s?({codes}|m{codes})\b|(?:\s|-)({cwords})\b)"
            rf"(?:\s({alt(nw.SCALES)})\b)?",
            i,
        ),
        percent_after=re.compile(
            r"\s?%|\s?(?:per\s?cent|percent|percentage|pct|pc)s?\b(?:\s+points?)?"
            rf"|\s(?:{alt(nw.RUSSIAN_PERCENT_WORDS)})(?!\w)",
            i,
        ),
        qual_before=Lookback(
            re.compile(
                rf"(?:(?<![\w])(?:{alt(qualifiers.PREFIXES)})"
                rf"|(?<![<>=])(?:{alt(qualifiers.SIGNS)}))\s*$",
                i,
            ),
            30,
            finals(qualifiers.PREFIXES),
            "".join({key[-1] for key in qualifiers.SIGNS}),
        ),
        # A suffix is not one when a figure follows it: "500 or more than 400" is two figures.
        # "500 or more", "500 people or more"; not "500 or more than 400", "or more precisely".
        qual_after=re.compile(
            rf"(?:\s+[^\W\d_]{{3,}}(?=\s+or\s))?\s*(?P<s>{alt(qualifiers.SUFFIXES)})(?![\w])"
            r"(?!\s*(?:than|to)?\s*[\d$€£])(?!\s+\w+ly\b)"
            rf"(?!\s+(?:than\s+|to\s+)?(?:{alt(_suffix_blockers())})\b)",
            i,
        ),
        range_link=re.compile(rf"\s*(?:{alt(qualifiers.RANGE_LINKS)})\s*", i),
        between_link=re.compile(rf"\s*(?:{alt(qualifiers.BETWEEN_LINKS)})\s*", i),
        opener=Lookback(
            re.compile(rf"(?<![\w])(?:{alt(qualifiers.RANGE_OPENERS)})\s+$", i),
            20,
            finals(qualifiers.RANGE_OPENERS),
        ),
        # Tried at each number's start only; URLs are searched when the text has one.
        blocked=re.compile(
            r"(?P<date>\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)"
            r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?\b)|(?P<phone>\+\d[\d\s()-]{7,}\d"
            r"|\d{3}\)?[\s-]?\d{3}-\d{2}-\d{2}(?!\d)|\d{3}-\d{2}-\d{2}(?!\d)|\d{3}\)\s?\d{3}-\d{4}(?!\d))"
        ),
        url=re.compile(r"(?:https?://|www\.)\S+", i),
        ident_before=Lookback(
            re.compile(rf"(?:(?<![\w])(?:{alt(nw.IDENTIFIER_PREFIXES)})|№)\s*$", i),
            14,
            finals(nw.IDENTIFIER_PREFIXES),
            "№#§",
        ),
        ident_after=re.compile(rf"\s?[-/]\s?(?:{alt(nw.IDENTIFIER_SUFFIXES)})\b|[^\W\d_]", i),
        month_before=Lookback(
            re.compile(rf"\b(?:{alt(nw.MONTHS)})\.?\s+(?:of\s+)?$", i),
            12,
            finals(nw.MONTHS, [m + "." for m in nw.MONTHS], ["of"]),
        ),
        month_after=Lookahead(
            re.compile(rf"\s*(?:-\s*\d{{1,2}}\s+)?(?:of\s+)?(?:{alt(nw.MONTHS)})\b", i),
            firsts(nw.MONTHS, ["of"]),
            "-",
        ),
        age_before=Lookback(
            re.compile(
                rf"\b(?:(?:{alt(nw.AGE_PREFIXES)})\s+(?:(?:{alt(nw.AGE_PREFIX_BOUNDS)})\s+)?"
                rf"|(?:{_AGE_LEADS})\s+ages?\s+(?:[a-z]+\s+){{0,3}}"
                rf"|(?:{alt(nw.AGE_NOUNS)})\s+(?:{alt(nw.AGE_BOUNDS)})\s+(?:the\s+age\s+of\s+)?)$",
                i,
            ),
            40,
        ),
        # What ``age_before`` needs when the word before the number cannot end an age phrase.
        age_cue=re.compile(rf"(?:{_AGE_LEADS})\s+age", i),
        age_after=Lookahead(
            re.compile(
                r"\s*-?\s*(?:years?|yrs?)\s*-?\s*olds?\b|\s+years?\s+of\s+age\b"
                r"|\s+and\s+(?:older|over|above|younger|under)\b",
                i,
            ),
            frozenset({"year", "years", "yr", "yrs", "and"}),
            "-",
        ),
        time_after=Lookahead(
            re.compile(
                rf"\s*-?\s*(?P<a>an?\s+)?(?:(?:{alt(nw.TIME_UNIT_ADJECTIVES)})\s+)?"
                rf"(?:{alt(nw.TIME_UNITS)})\b",
                i,
            ),
            firsts(nw.TIME_UNITS, ["a", "an", *nw.TIME_UNIT_ADJECTIVES]),
            "-",
        ),
        measure_after=Lookahead(
            re.compile(rf"\s?(?:{alt(nw.MEASURE_UNITS)})(?![\w])", i),
            firsts(nw.MEASURE_UNITS),
            "".join({u[0] for u in nw.MEASURE_UNITS if not u[0].isalpha()}),
        ),
        ratio_after=Lookahead(
            re.compile(rf"\s*-?\s*(?:{alt(nw.RATIO_SUFFIXES)})\b", i),
            firsts(nw.RATIO_SUFFIXES),
            "-",
        ),
        period_before=Lookback(
            re.compile(rf"\b(?:{ordinals})\s+$", i),
            12,
            finals(nw.ORDINALS, _PERIOD_WORDS, nw.RUSSIAN_PERIOD_WORDS),
        ),
        count_after=re.compile(rf"\s+(?:\w+\s+)?(?:{alt(nw.COUNT_AFTER_YEARLIKE)})\b", i),
        note_close=re.compile(r"[^()\d]{0,40}\)"),
        minor_link=re.compile(r"\s+(?:and\s+)?", i),
        minor_end=re.compile(r"\s*(?:[.,;!?)]|$|and\b)", i),
        year_before=Lookback(re.compile(r"(?<!\d)(?:1[89]|20)\d\d[-–/]$"), 5, frozenset(), "-–/"),
        rate_before=Lookback(re.compile(r"\b(?:per|every)\s+$", i), 6, frozenset({"per", "every"})),
        change_before=Lookback(
            re.compile(rf"\b{alt(qualifiers.CHANGE_VERBS)}\b(?:\s+\S+){{0,3}}\s+$", i), 40
        ),
        # "raise the payment to families of POWs from X to Y": the verb further back, same clause
        change_in_clause=re.compile(
            rf"\b{alt(qualifiers.CHANGE_VERBS)}\b[^,;:.()\d]{{0,100}}\s+$", i
        ),
        then_to=re.compile(r"(?:\s*\([^()]{0,40}\))?\s+to\b", i),
        date_lead=Lookback(
            re.compile(rf"\b(?:{alt(nw.DATE_LEADS)})\s+$", i), 8, finals(nw.DATE_LEADS)
        ),
        list_marker=re.compile(r"(?:^|\n)[ \t]*(?:[-*•]\s*)?[(\[]?$"),
        by_before=Lookback(re.compile(r"\bby\s+$", i), 4, frozenset({"by"})),
        exchange_after=Lookahead(
            re.compile(
                r"\s+(?:to|per|against)\s+(?:the\s+|one\s+|1\s+|a\s+)?(?:us\s+)?"
                r"(?:dollar|euro|\$|€|usd|eur|ruble|rouble|rub)\b",
                i,
            ),
            frozenset({"to", "per", "against"}),
        ),
        exchange_before=Lookback(
            re.compile(r"\bexchange\s+rates?\s+(?:of\s+)?(?:about\s+|around\s+)?$", i),
            30,
            frozenset({"rate", "rates", "of", "about", "around"}),
        ),
        list_link=re.compile(r"\s*(?:,|and|or|&|to|through|of|-|–)\s*(?:,\s*)?(?:and\s+)?", i),
        list_end=re.compile(r"\s*(?:[,.;:)\]]|(?:and|or|of|to|in)\b|$)", i),
        law_before=Lookback(
            re.compile(rf"(?:(?<![\w])(?:{alt(nw.LAW_PREFIXES)})|№)\s*(?:no\.?\s*|№\s*)?$", i),
            20,
            finals(nw.LAW_PREFIXES, ["no", "no."]),
            "№§",
        ),
        law_after=Lookahead(
            re.compile(rf"\s?[-/]\s?(?:{alt(nw.IDENTIFIER_SUFFIXES)})\b", i), frozenset(), "-/"
        ),
        bound_link=re.compile(r"\s*,?\s*(?:and|but)?\s*", i),
        age_apposition=re.compile(rf"\s*,\s+(?:{alt(nw.AGE_APPOSITION_FOLLOWERS)})\b", i),
        one_of_group=re.compile(rf"\s+of\s+(?:{alt(nw.ONE_OF_GROUP)})\b", i),
        approximate_head=Lookback(
            re.compile(
                rf"\b(?:{alt(qualifiers.APPROXIMATE_HEADS)})\s+(?:[^\W\d_][\w-]*\s+){{1,3}}of\s+$",
                i,
            ),
            60,
            frozenset({"of"}),
        ),
        ellipsis_cue=re.compile(rf"\b(?:{alt(currencies.ELLIPSIS_CUES)})\b", i),
        back_reference=Lookback(
            re.compile(
                rf"(?:\b(?:{alt(nw.BACK_REFERENCE_PREPOSITIONS)})\s+"
                rf"(?:{alt(nw.BACK_REFERENCE_DETERMINERS)})|\ball(?:\s+(?:of\s+)?the)?)\s+$",
                i,
            ),
            24,
            finals(nw.BACK_REFERENCE_DETERMINERS),
        ),
        clock_after=Lookahead(
            re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|hrs\b|h\b)", i),
            frozenset({"a", "p", "am", "pm", "o", "hrs", "h"}),
        ),
    )
