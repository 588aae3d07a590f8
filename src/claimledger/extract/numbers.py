"""Reading numbers in every form reports use: digits, scale words, written-out numbers, fractions.

``find_numbers`` finds plain numbers in text with their offsets; ``parse_number`` reads one
expression. Both are pure; the regular expressions are built once, on first use.

>>> parse_number("13.5 trillion")
13500000000000.0
>>> round(parse_number("two-thirds"), 1)
66.7
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from claimledger.extract.number_parser import Number, Token, parse_run
from claimledger.extract.patterns import currencies
from claimledger.extract.patterns import numbers as words

__all__ = [
    "FORMS",
    "Number",
    "find_numbers",
    "merge_shares",
    "number_regex",
    "parse_number",
    "plain_numbers",
    "signed",
    "trie_pattern",
]

# Forms a Number can take. A "fraction" has no whole part ("half", "two-thirds") and a
# "share" is "one in five"; both are read as percentages in claims.
FORMS = ("digits", "words", "fraction", "share", "ordinal")


_DIGITS = (
    # "6,2 млн", "0,3%": a decimal comma, read only before a Russian scale word or a percent
    # (a thousands separator takes three digits, so "1,5%" can mean nothing else).
    r"(?:\d+,\d{1,2}(?=\s?(?:млн|млрд|тыс|трлн|миллион|миллиард|тысяч|%|процент))"
    r"|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(?:\.\d+)?"
    r"(?:[eE][+-]?\d+(?![\w])|[x×]10\^[+-]?\d+)?|\.\d+"
)


def _alternation(items: object) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))  # type: ignore[call-overload]


def trie_pattern(items: list[str]) -> str:
    """One regex for many words, factored by common prefixes.

    Python's regex engine tries a flat alternation word by word at every position; the
    factored form is about three times faster on report text.
    """
    root: dict[str, dict] = {}
    for item in items:
        node = root
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    ends = "" in node
    alts = [re.escape(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends else body


@cache
def _word_table() -> dict[str, tuple[str, float]]:
    table: dict[str, tuple[str, float]] = {}
    table.update({w: ("unit", v) for w, v in words.UNITS.items()})
    table.update({w: ("ten", v) for w, v in words.TENS.items()})
    table["hundred"] = ("hundred", 100.0)
    table["hundreds"] = ("hundred", 100.0)
    table.update({w: ("scale", v) for w, v in words.SCALES.items()})
    table.update({w: ("dozen", 12.0) for w in words.DOZEN_WORDS})
    table.update({w: ("ord", v) for w, v in words.ORDINALS.items()})
    table.update({w + "s": ("ords", v) for w, v in words.ORDINALS.items() if w != "second"})
    table.update({w: ("den", v) for w, v in words.DENOMINATORS.items()})
    table.update({w: ("neg", -1.0) for w in words.NEGATIVE_WORDS})
    table.update({"and": ("and", 0.0), "a": ("a", 1.0), "an": ("a", 1.0), "point": ("point", 0)})
    table["of"] = ("of", 0.0)
    return table


@cache
def _suffixes() -> tuple[str, str]:
    glued = _alternation(words.SCALE_SUFFIXES)
    spaced = _alternation(words.SPACED_SCALE_SUFFIXES)
    return glued, spaced


@cache
def number_regex() -> re.Pattern[str]:
    """A run of number words and digits; ``_parse_run`` splits it into numbers.

    Matched case-sensitively against the lower, Title and UPPER forms of every word: a
    case-insensitive scan of every word start costs about a third more on report text.
    """
    table = _word_table()
    core = [w for w, (kind, _) in table.items() if kind not in ("and", "a", "of", "point", "neg")]
    word = rf"\b{trie_pattern(_cased(core))}\b"
    glued = trie_pattern(_cased(words.SCALE_SUFFIXES))
    spaced = trie_pattern(_cased(words.SPACED_SCALE_SUFFIXES))
    ordinal = trie_pattern(_cased(["st", "nd", "rd", "th", "s"]))
    codes = trie_pattern(
        _cased(
            ["m" + code for code in currencies.CODES]
            + list(currencies.CODES)
            + ["pc", "pct", "percent"]
        )
    )
    three = "|".join(_cased(c for c in currencies.CODES if len(c) == 3 and c.isascii()))
    # Atomic, and never followed by a letter: "29km" and "Su34" are not numbers, "115USD" is.
    digits = (
        rf"(?:(?<![\w.,])|(?<={three}))(?>{_DIGITS})"
        rf"(?:(?:{glued})(?![\w])|\s(?:{spaced})\b|(?:{ordinal})\b)?"
        rf"(?:(?![^\W\d_])|(?=(?:{codes})\b))"
    )
    slash = rf"(?<![\w/.,])\d{{1,2}}/\d{{1,3}}(?![\d/])|[{words.VULGAR_FRACTIONS}]"
    atom = rf"(?:{slash}|{digits}|{word})"
    joins = trie_pattern(_cased(["and", "a", "an", "point"]))
    link = rf"(?:\s*-\s*|\s+)(?:(?:{joins}|[Oo][Ff]\s+[Aa][Nn]?)(?:\s+|\s*-\s*))*"
    lead = rf"(?:\b(?:{trie_pattern(_cased(['minus', 'negative', 'a', 'an']))})\s+)?"
    # Not inside a word; the lookahead skips most positions with one character test.
    edge = rf"(?:(?<![^\W\d_])|(?=\d)(?<={three}))"  # "USD115" is a number after a code
    return re.compile(rf"{edge}(?=[\w.]){lead}{atom}(?:{link}{atom})*")


def _cased(items: Iterable[str]) -> list[str]:
    return sorted({form for item in items for form in (item, item.capitalize(), item.upper())})


@cache
def _token_regex() -> re.Pattern[str]:
    glued, spaced = _suffixes()
    return re.compile(
        rf"(?P<f>\d{{1,2}}/\d{{1,3}}(?![\d/])|[{words.VULGAR_FRACTIONS}])"
        rf"|(?P<d>(?:{_DIGITS}))(?P<s>(?:{glued})(?![\w])|\s(?:{spaced})\b|(?:st|nd|rd|th|s)\b)?"
        r"|(?P<w>[^\W\d_]+)",
        re.IGNORECASE,
    )


def _tokens(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    table = _word_table()
    glued = words.SCALE_SUFFIXES
    for m in _token_regex().finditer(text, start, end):
        if m.group("w") is not None:
            kind, value = table.get(m.group("w").lower(), ("other", 0.0))
            out.append(Token(kind, value, m.start(), m.end(), m.group("w").lower()))
            continue
        if m.group("f") is not None:
            out.append(Token("slash", _slash_value(m.group("f")), m.start(), m.end(), ""))
            continue
        value = _digit_value(m.group("d"))
        suffix = (m.group("s") or "").strip().lower()
        kind = "num"
        if suffix in ("st", "nd", "rd", "th"):
            kind = "ordnum"
        elif suffix == "s":
            kind = "decade"
        elif suffix:
            kind = "numscaled"
            value *= glued[suffix]
        out.append(Token(kind, value, m.start(), m.end(), suffix))
    return out


def _slash_value(text: str) -> float:
    """ "3/4" = 0.75; a numerator not below the denominator ("24/7") gives 0, not a fraction."""
    if "/" not in text:
        return unicodedata.numeric(text)
    top, bottom = (int(part) for part in text.split("/"))
    # Larger denominators are references ("Resolution 68/262"), not fractions.
    return top / bottom if 0 < top < bottom <= words.MAX_SLASH_DENOMINATOR else 0.0


def _scaled(mantissa: float, power: int) -> float:
    """``mantissa * 10**power`` that saturates to inf or 0 instead of overflowing."""
    if power > 330:
        return math.inf if mantissa else 0.0
    return mantissa * 10.0 ** max(power, -330)


def _digit_value(text: str) -> float:
    mantissa, times, power = text.partition("10^")
    if times:  # "1.3x10^6"
        # Through the float parser: a huge power gives inf, not an OverflowError.
        return _scaled(_digit_value(mantissa.rstrip("x×")), int(power))
    if re.fullmatch(r"\d+,\d{1,2}", text):
        return float(text.replace(",", "."))  # a decimal comma: thousands take three digits
    return float(re.sub(r"[,\s\u00a0\u202f]", "", text))


@cache
def _candidate_regex() -> re.Pattern[str]:
    """Where a number may start: a digit run, a decimal point, a fraction sign, a number word.

    Every branch starts with a literal character, so the regex engine skips all other
    characters in C; ``number_regex`` starts with look-arounds and is tried at every position.
    """
    table = _word_table()
    core = [w for w, (kind, _) in table.items() if kind not in ("and", "a", "of", "point", "neg")]
    end = "\x00"  # marks where a word ends in the trie; becomes a word boundary
    words_alt = trie_pattern([w + end for w in _cased(core)]).replace(re.escape(end), r"\b")
    digits = "|".join(f"{d}\\d*" for d in "0123456789")
    fractions = "|".join(words.VULGAR_FRACTIONS)
    return re.compile(f"(?:{words_alt[3:-1]}|{digits}|\\.(?=\\d)|{fractions})")


@cache
def _lead_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{trie_pattern(_cased(_LEADS))})\s+$")


# Words that may open a number a word ahead ("a third", "minus five"), and their last letters.
_LEADS = ("minus", "negative", "a", "an")
_LEAD_ENDS = frozenset(word[-1] for word in _cased(_LEADS))


def _number_matches(text: str, start: int, stop: int) -> list[re.Match[str]]:
    """The matches of ``number_regex().finditer(text, start, stop)``, found faster.

    The full pattern is tried only where ``_candidate_regex`` finds a possible start, and
    before a number word also at a leading "a"/"an"/"minus" ("a third", "minus five").
    """
    full, lead = number_regex().match, _lead_regex().search
    out: list[re.Match[str]] = []
    last = start
    for candidate in _candidate_regex().finditer(text, start, stop):
        at = candidate.start()
        if at < last:
            continue
        found = None
        # Every lead word ends in one of these letters: most candidates skip the search.
        if at > start and text[at - 1].isspace():
            window = at - 30 if at - 30 > start else start
            if text[window:at].rstrip()[-1:] in _LEAD_ENDS:
                before = lead(text, window, at)
                if before is not None:
                    found = full(text, before.start(), stop)
                    if found is not None and found.end() <= at:
                        found = None
        if found is None:
            found = full(text, at, stop)
        if found is not None:
            out.append(found)
            last = found.end()
    return out


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Every number in ``text[start:end]``, with absolute offsets, in order."""
    stop = len(text) if end is None else end
    out: list[Number] = []
    plain = _plain_regex().fullmatch
    for m in _number_matches(text, start, stop):
        if plain(m.group()):
            # Most numbers are plain digits ("20,000"): no need to tokenise and parse them.
            value = float(m.group().replace(",", ""))
            out.append(_new_number(Number, (m.start(), m.end(), value, "digits", 1.0, False)))
        elif _DECIMAL_COMMA.fullmatch(m.group()):
            # "0,3%": the number regex saw the percent sign; the tokeniser, bounded by the
            # match, cannot, so the decimal comma is read here.
            out.append(Number(m.start(), m.end(), _digit_value(m.group())))
        else:
            at = m.start()
            out.extend(
                _new_number(
                    Number, (n.start + at, n.end + at, n.value, n.form, n.scale, n.negative)
                )
                for n in _parsed_run(m.group())
            )
    return out


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


# Number's own __new__ is a Python function; every field is given here, so tuple's is used.
_new_number = tuple.__new__


# Runs of number words repeat ("two", "1.2 million", "half"): each is tokenised and parsed
# once. A run's tokens depend on its own characters only (the token regex looks neither
# before its start nor past its end), so offsets relative to the run are shifted per use.
@lru_cache(maxsize=1024)
def _parsed_run(run: str) -> tuple[Number, ...]:
    return tuple(parse_run(_tokens(run, 0, len(run))))


@cache
def _plain_regex() -> re.Pattern[str]:
    return re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@cache
def _share_link_regex() -> re.Pattern[str]:
    links = _alternation(words.SHARE_LINKS)
    return re.compile(rf"(?:\s+|-)(?:{links})(?:\s+|-)", re.IGNORECASE)  # "1-in-5" too


def merge_shares(text: str, numbers: list[Number]) -> list[Number]:
    """Join "one in five" into one share (0.2) and read "every fourth" as 0.25."""
    out: list[Number] = []
    for number in numbers:
        prev = out[-1] if out else None
        if prev is not None and _is_share_pair(text, prev, number):
            out[-1] = Number(prev.start, number.end, prev.value / number.value, "share")
            continue
        out.append(_every_nth(text, number))
    return out


def _is_share_pair(text: str, first: Number, second: Number) -> bool:
    if first.form not in ("digits", "words") or second.form not in ("digits", "words"):
        return False
    if not (0 < first.value < second.value <= 1000) or first.scale > 1 or second.scale > 1:
        return False
    gap = text[first.end : second.start]
    if gap.strip(" -").lower() in words.SHARE_LINKS_AFTER_ONE and first.value != 1:
        return False
    return _share_link_regex().fullmatch(gap) is not None


def _every_nth(text: str, number: Number) -> Number:
    if number.form != "ordinal" or number.value < 2:
        return number
    before = text[max(0, number.start - 6) : number.start].lower()
    if not before.endswith("every "):
        return number
    return Number(number.start - 6, number.end, 1 / number.value, "share")


@cache
def _strip_regex() -> re.Pattern[str]:
    return re.compile(
        r"^(?:us\$|[$€£₽₴₸¥]|usd|eur|gbp|rub)\s*|\s*(?:%|per\s*cent|percent)$", re.IGNORECASE
    )


def parse_number(text: str) -> float | None:
    """The value of one number expression, or None if ``text`` is not exactly one number.

    Fractions and shares are read as percentages ("half" = 50, "one in five" = 20), as are
    "12%" and "61 per cent" (= 12, 61). Vague amounts ("dozens") have no value.
    """
    body = _strip_regex().sub("", text.strip()).strip()
    body = _strip_regex().sub("", body).strip()
    if not body:
        return None
    numbers = merge_shares(body, find_numbers(body))
    if len(numbers) != 1 or numbers[0].start != 0 or numbers[0].end != len(body):
        return None
    number = numbers[0]
    if number.form in ("fraction", "share"):
        return number.value * 100
    if number.form == "ordinal":
        return None
    return number.value


# Words before "one" that make it a pronoun ("the one you mentioned", "which one").
_PRONOUN_LEADS = frozenset(
    {"the", "this", "that", "which", "each", "any", "every", "no", "another"}
)


def plain_numbers(text: str) -> list[Number]:
    """The numbers a reader would list: no ordinals, no pronoun "one", signed digits."""
    out: list[Number] = []
    for number in merge_shares(text, find_numbers(text)):
        if number.form == "ordinal" or _is_pronoun(text, number):
            continue
        out.append(signed(text, number))
    return out


def _is_pronoun(text: str, number: Number) -> bool:
    if text[number.start : number.end].lower() != "one":
        return False
    before = text[max(0, number.start - 10) : number.start].split()
    return bool(before) and before[-1].lower() in _PRONOUN_LEADS


def signed(text: str, number: Number) -> Number:
    """ "-9.5" at the start of a word is negative; "400-500" is a range, not a sign.

    After a comparison sign the minus may touch it: "<-30" is below minus thirty; after a
    number and a space it is a range dash ("2014 -2022").
    """
    at = number.start - 1
    if number.form not in ("digits", "fraction") or at < 0 or text[at] != "-":
        return number
    if not text[number.start].isdigit():
        return number
    if at > 0 and not (text[at - 1].isspace() or text[at - 1] in "<>=≤≥~≈"):
        return number
    if at > 1 and text[at - 1].isspace() and text[at - 2].isdigit():
        return number  # "2014 -2022", "12 -15": a range written loosely
    return Number(at, number.end, -number.value, number.form, number.scale, True)
