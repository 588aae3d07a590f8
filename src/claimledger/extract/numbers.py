"""Reading numbers in every form reports use: digits, scale words, written-out numbers, fractions.

``find_numbers`` finds plain numbers in text with their offsets; ``parse_number`` reads one
expression. Both are pure; the regular expressions are built once, on first use.

>>> parse_number("13.5 trillion")
13500000000000.0
>>> parse_number("two-thirds")
66.66666666666667
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from claimledger.extract.patterns import currencies
from claimledger.extract.patterns import numbers as words

# Forms a Number can take. A "fraction" has no whole part ("half", "two-thirds") and a
# "share" is "one in five"; both are read as percentages in claims.
FORMS = ("digits", "words", "fraction", "share", "ordinal")


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text. ``value`` is the plain value (a fraction is 0.5, not 50)."""

    start: int
    end: int
    value: float
    form: str = "digits"
    scale: float = 1.0  # the multiplier a scale word applied ("million" = 1e6), 1 if none
    negative: bool = False


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    value: float
    start: int
    end: int
    text: str


_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(?:\.\d+)?"
    r"(?:e[+-]?\d+(?![\w]))?|\.\d+"
)


def _alternation(items: object) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))  # type: ignore[call-overload]


def trie_pattern(items: list[str]) -> str:
    """One regex for many words, factored by common prefixes.

    Python's regex engine tries a flat alternation word by word at every position; the
    factored form is about three times faster on report text.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for item in items:
        node = root
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
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
    """A run of number words and digits; ``_parse_run`` splits it into numbers."""
    table = _word_table()
    core = [w for w, (kind, _) in table.items() if kind not in ("and", "a", "of", "point", "neg")]
    word = rf"\b{trie_pattern(core)}\b"
    glued, spaced = _suffixes()
    codes = trie_pattern(list(currencies.CODES))
    three = "|".join(code for code in currencies.CODES if len(code) == 3 and code.isascii())
    # Atomic, and never followed by a letter: "29km" and "Su34" are not numbers, "115USD" is.
    digits = (
        rf"(?:(?<![\w.,])|(?<={three}))(?>{_DIGITS})"
        rf"(?:(?:{glued})(?![\w])|\s(?:{spaced})\b|(?:st|nd|rd|th|s)\b)?"
        rf"(?:(?![^\W\d_])|(?=(?:m?{codes})\b))"
    )
    slash = rf"(?<![\w/.,])\d{{1,2}}/\d{{1,3}}(?![\d/])|[{words.VULGAR_FRACTIONS}]"
    atom = rf"(?:{slash}|{digits}|{word})"
    link = r"(?:\s*-\s*|\s+)(?:(?:and|a|an|point|of\s+an?)(?:\s+|\s*-\s*))*"
    lead = r"(?:\b(?:minus|negative|an?)\s+)?"
    # Not inside a word; the lookahead skips most positions with one character test.
    three = "|".join(code for code in currencies.CODES if len(code) == 3 and code.isascii())
    edge = rf"(?:(?<![^\W\d_])|(?<={three}))"  # "USD115" is a number after a code
    return re.compile(rf"{edge}(?=[\w.]){lead}{atom}(?:{link}{atom})*", re.IGNORECASE)


@cache
def _token_regex() -> re.Pattern[str]:
    glued, spaced = _suffixes()
    return re.compile(
        rf"(?P<f>\d{{1,2}}/\d{{1,3}}(?![\d/])|[{words.VULGAR_FRACTIONS}])"
        rf"|(?P<d>(?:{_DIGITS}))(?P<s>(?:{glued})(?![\w])|\s(?:{spaced})\b|(?:st|nd|rd|th|s)\b)?"
        r"|(?P<w>[^\W\d_]+)",
        re.IGNORECASE,
    )


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    out: list[_Token] = []
    table = _word_table()
    glued = words.SCALE_SUFFIXES
    for m in _token_regex().finditer(text, start, end):
        if m.group("w") is not None:
            kind, value = table.get(m.group("w").lower(), ("other", 0.0))
            out.append(_Token(kind, value, m.start(), m.end(), m.group("w").lower()))
            continue
        if m.group("f") is not None:
            out.append(_Token("slash", _slash_value(m.group("f")), m.start(), m.end(), ""))
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
        out.append(_Token(kind, value, m.start(), m.end(), suffix))
    return out


def _slash_value(text: str) -> float:
    """ "3/4" = 0.75; a numerator not below the denominator ("24/7") gives 0, not a fraction."""
    if "/" not in text:
        return unicodedata.numeric(text)
    top, bottom = (int(part) for part in text.split("/"))
    return top / bottom if 0 < top < bottom else 0.0


def _digit_value(text: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f]", "", text))


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Every number in ``text[start:end]``, with absolute offsets, in order."""
    stop = len(text) if end is None else end
    out: list[Number] = []
    for m in number_regex().finditer(text, start, stop):
        out.extend(_parse_run(_tokens(text, m.start(), m.end())))
    return out


def _parse_run(tokens: list[_Token]) -> list[Number]:
    out: list[Number] = []
    i = 0
    while i < len(tokens):
        number, i = _parse_one(tokens, i)
        if number is not None:
            out.append(number)
    return out


@dataclass
class _State:
    total: float = 0.0
    group: float = 0.0
    last: str = ""
    floor: float = float("inf")  # smallest scale applied so far; later ones must be smaller
    hundred: bool = False
    words: bool = False
    scale: float = 1.0
    start: int = -1
    end: int = -1
    negative: bool = False
    form: str = ""
    mixed: bool = False


def _parse_one(tokens: list[_Token], i: int) -> tuple[Number | None, int]:
    """The number that starts at ``tokens[i]``, and the index after it."""
    state = _State()
    k = i
    checkpoint: tuple[_State, int] | None = None
    while k < len(tokens):
        if tokens[k].kind == "and" or (state.last == "scale" and tokens[k].kind != "and"):
            checkpoint = (replace(state), k)
        step = _step(state, tokens, k)
        if step == 0:
            if checkpoint is not None and tokens[k].kind in _GROUP_ENDERS:
                # "2.5 million and 3 million": the second group is a number of its own.
                state, k = checkpoint
            break
        k += step
    if state.start < 0:
        return None, max(k, i + 1)
    value = state.total + state.group
    if state.form == "fraction" and value > 1:
        state.form = "words"  # "twenty-three fifths" is 4.6, not a share
    number = Number(
        state.start,
        state.end,
        -value if state.negative else value,
        state.form or ("words" if state.words else "digits"),
        state.scale,
        state.negative,
    )
    return number, max(k, i + 1)


def _next_kind(tokens: list[_Token], k: int) -> str:
    return tokens[k].kind if k < len(tokens) else ""


def _step(state: _State, tokens: list[_Token], k: int) -> int:
    """Consume tokens at ``k`` into ``state``; return how many, 0 to stop."""
    tok = tokens[k]
    handler = _HANDLERS.get(tok.kind)
    if handler is None or state.form in ("fraction", "ordinal", "share"):
        return _after_fraction(state, tokens, k) if state.form == "fraction" else 0
    return handler(state, tokens, k)


def _take(state: _State, tok: _Token, last: str, *, word: bool = True) -> int:
    if state.start < 0:
        state.start = tok.start
    state.end = tok.end
    state.last = last
    state.words = state.words or word
    return 1


def _may_start_group(state: _State) -> bool:
    return state.last in ("", "hundred", "scale") or (
        state.last == "and" and (state.hundred or state.total > 0)
    )


def _on_num(state: _State, tokens: list[_Token], k: int) -> int:
    tok = tokens[k]
    if not _may_start_group(state):
        return 0
    if state.last == "and" and state.total == 0 and not state.hundred:
        return 0
    state.group += tok.value
    return _take(state, tok, "num", word=False)


def _on_numscaled(state: _State, tokens: list[_Token], k: int) -> int:
    if state.last:
        return 0
    tok = tokens[k]
    state.total = tok.value
    state.scale = words.SCALE_SUFFIXES[tok.text]
    state.floor = state.scale
    return _take(state, tok, "scale", word=False)


def _on_unit(state: _State, tokens: list[_Token], k: int) -> int:
    tok = tokens[k]
    after_ten = state.last == "ten" and tok.value < 10 and tok.value > 0
    if not (after_ten or _may_start_group(state)):
        return 0
    state.group += tok.value
    return _take(state, tok, "unit")


def _on_ten(state: _State, tokens: list[_Token], k: int) -> int:
    denominator = _next_kind(tokens, k + 1) in ("ord", "ords") and tokens[k + 1].value < 10
    if not (_may_start_group(state) or (denominator and state.last in ("unit", "ten"))):
        return 0
    state.group += tokens[k].value
    return _take(state, tokens[k], "ten")


def _on_hundred(state: _State, tokens: list[_Token], k: int) -> int:
    if state.hundred or state.last not in ("", "unit", "ten", "num", "a"):
        return 0
    if state.last == "" and tokens[k].text == "hundreds":
        return 0
    state.group = (state.group or 1) * 100
    state.hundred = True
    return _take(state, tokens[k], "hundred")


def _on_scale(state: _State, tokens: list[_Token], k: int) -> int:
    tok = tokens[k]
    if state.last == "scale" and tok.value > state.floor and state.group == 0:
        # "three lakh crore", "a thousand million": stacked scales multiply.
        state.total *= tok.value
        state.floor = state.scale = state.floor * tok.value
        return _take(state, tok, "scale")
    if state.last not in ("unit", "ten", "num", "hundred", "a") or tok.value >= state.floor:
        return 0
    state.total += (state.group or 1) * tok.value
    state.group = 0.0
    state.hundred = False
    state.floor = state.scale = tok.value
    return _take(state, tok, "scale")


def _on_dozen(state: _State, tokens: list[_Token], k: int) -> int:
    if state.last not in ("unit", "num", "a"):
        return 0
    state.group = (state.group or 1) * 12
    return _take(state, tokens[k], "dozen")


def _on_and(state: _State, tokens: list[_Token], k: int) -> int:
    nxt = _next_kind(tokens, k + 1)
    if state.last in ("", "and", "a") or nxt not in ("unit", "ten", "num", "a"):
        return 0
    if _fraction_follows(tokens, k):
        # "one and a half", "twenty and three fifths": the fraction adds to the whole part.
        state.total += state.group
        state.group = 0.0
        state.mixed = True
        state.last = "and"
        return 1
    if nxt == "a" or not (state.hundred or state.total > 0) or tokens[k + 1].value == 0:
        return 0
    state.last = "and"
    return 1


def _fraction_follows(tokens: list[_Token], k: int) -> bool:
    j = k + 1
    if _next_kind(tokens, j) == "a":
        return _next_kind(tokens, j + 1) in ("den", "ord")
    while _next_kind(tokens, j) in ("unit", "ten"):
        j += 1
    return j > k + 1 and _next_kind(tokens, j) in ("ords", "den", "ord")


def _on_a(state: _State, tokens: list[_Token], k: int) -> int:
    nxt = _next_kind(tokens, k + 1)
    if state.last not in ("", "and") or nxt not in ("hundred", "scale", "dozen", "den", "ord"):
        return 0
    if state.last == "" and nxt == "ord" and tokens[k + 1].value not in _PART_ORDINALS:
        return 0
    state.last = "a"
    if state.start < 0:
        state.start = tokens[k].start
    return 1


# Ordinals that also name parts ("a third", "a fifth"); "a first" is not a number.
_PART_ORDINALS = frozenset(range(3, 101)) | {1000, 1_000_000}


def _on_neg(state: _State, tokens: list[_Token], k: int) -> int:
    if state.last or _next_kind(tokens, k + 1) not in ("unit", "ten", "num", "numscaled"):
        return 0
    state.negative = True
    state.start = tokens[k].start
    state.last = ""
    return 1


def _on_point(state: _State, tokens: list[_Token], k: int) -> int:
    if state.last not in ("unit", "ten", "hundred") or _next_kind(tokens, k + 1) not in (
        "unit",
        "ten",
    ):
        return 0
    j = k + 1
    digits = ""
    while _next_kind(tokens, j) in ("unit", "ten"):
        value = int(tokens[j].value)
        if _next_kind(tokens, j + 1) == "unit" and tokens[j].kind == "ten":
            value += int(tokens[j + 1].value)
            j += 1
        digits += str(value)
        j += 1
    state.group += float("0." + digits)
    _take(state, tokens[j - 1], "num")
    return j - k


def _on_fraction(state: _State, tokens: list[_Token], k: int) -> int:
    """ "three fifths", "a half", "one and a quarter", "twenty-three fifths"."""
    tok = tokens[k]
    if tok.kind == "ord" and state.last == "ten" and state.group == tokens[k - 1].value < 100:
        if tok.value < 10 and state.total == 0:
            state.group += tok.value  # "twenty-first" is an ordinal
            state.form = "ordinal"
            return _take(state, tok, "ord")
    if tok.kind == "ord" and tok.value in (1, 2) and state.last != "a":
        return _on_ordinal(state, tokens, k)
    if state.last == "":
        if tok.kind == "ord":
            return _on_ordinal(state, tokens, k)
        state.group = 1 / tok.value
        state.form = "fraction"
        return _take(state, tok, "frac")
    if state.last not in ("unit", "ten", "a", "num", "hundred"):
        return 0
    numerator = state.group or 1
    if state.mixed:
        return _mixed_fraction(state, tokens, k, numerator)
    if tok.value < 10 and tokens[k - 1].kind == "ten" and numerator > tokens[k - 1].value:
        # "three twenty-firsts" = 3/21, "one hundred thirty fifths" = 100/35.
        ten = tokens[k - 1].value
        state.group = (state.total + numerator - ten) / (ten + tok.value)
        state.total = 0.0
        state.form = "fraction"
    else:
        state.group = (state.total + numerator) / tok.value
        state.total = 0.0
        state.form = "fraction"
    return _take(state, tok, "frac")


def _mixed_fraction(state: _State, tokens: list[_Token], k: int, numerator: float) -> int:
    """ "one and a half" = 1.5; "one billion and a half million" = 1,000,500,000."""
    tok = tokens[k]
    state.form = "words"
    if _next_kind(tokens, k + 1) == "scale" and tokens[k + 1].value < state.floor:
        state.group = numerator / tok.value * tokens[k + 1].value
        _take(state, tokens[k + 1], "scale")
        return 2
    state.group = numerator / tok.value * state.scale
    return _take(state, tok, "frac")


def _on_slash(state: _State, tokens: list[_Token], k: int) -> int:
    if state.last or tokens[k].value == 0:
        return 0
    state.group = tokens[k].value
    state.form = "fraction"
    return _take(state, tokens[k], "frac", word=False)


def _on_ordinal(state: _State, tokens: list[_Token], k: int) -> int:
    if state.last:
        return 0
    state.group = tokens[k].value
    state.form = "ordinal"
    return _take(state, tokens[k], "ord")


def _after_fraction(state: _State, tokens: list[_Token], k: int) -> int:
    """ "half a million", "three quarters billion", "two thirds of a million"."""
    j = k
    while _next_kind(tokens, j) in ("a", "of"):
        j += 1
    if _next_kind(tokens, j) != "scale" or state.total:
        return 0
    state.group *= tokens[j].value
    state.scale = tokens[j].value
    state.form = "words"
    state.last = "scale"
    state.end = tokens[j].end
    state.floor = tokens[j].value
    return j - k + 1


def _on_ordnum(state: _State, tokens: list[_Token], k: int) -> int:
    if state.last:
        return 0
    state.group = tokens[k].value
    state.form = "ordinal"
    return _take(state, tokens[k], "ord", word=False)


_GROUP_ENDERS = frozenset({"scale", "hundred", "numscaled", "dozen", "num"})

_HANDLERS = {
    "num": _on_num,
    "numscaled": _on_numscaled,
    "unit": _on_unit,
    "ten": _on_ten,
    "hundred": _on_hundred,
    "scale": _on_scale,
    "dozen": _on_dozen,
    "and": _on_and,
    "a": _on_a,
    "neg": _on_neg,
    "point": _on_point,
    "ord": _on_fraction,
    "ords": _on_fraction,
    "den": _on_fraction,
    "ordnum": _on_ordnum,
    "slash": _on_slash,
}


@cache
def _share_link_regex() -> re.Pattern[str]:
    links = _alternation(words.SHARE_LINKS)
    return re.compile(rf"\s+(?:{links})\s+$|\s+(?:{links})\s+", re.IGNORECASE)


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
    if gap.strip().lower() in words.SHARE_LINKS_AFTER_ONE and first.value != 1:
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
_PRONOUN_LEADS = frozenset({"the", "this", "that", "which", "each", "any", "every", "no", "another"})


def plain_numbers(text: str) -> list[Number]:
    """The numbers a reader would list: no ordinals, no pronoun "one", signed digits."""
    out: list[Number] = []
    for number in merge_shares(text, find_numbers(text)):
        if number.form == "ordinal" or _is_pronoun(text, number):
            continue
        out.append(_signed(text, number))
    return out


def _is_pronoun(text: str, number: Number) -> bool:
    if text[number.start : number.end].lower() != "one":
        return False
    before = text[max(0, number.start - 10) : number.start].split()
    return bool(before) and before[-1].lower() in _PRONOUN_LEADS


def _signed(text: str, number: Number) -> Number:
    """ "-9.5" at the start of a word is negative; "400-500" is a range, not a sign."""
    at = number.start - 1
    if number.form not in ("digits", "fraction") or at < 0 or text[at] != "-":
        return number
    if not text[number.start].isdigit():
        return number
    if at > 0 and not text[at - 1].isspace():
        return number
    return Number(at, number.end, -number.value, number.form, number.scale, True)
