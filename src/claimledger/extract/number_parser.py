"""The parser behind ``extract.numbers``: tokens of a run of number words become numbers.

A small state machine, one handler per token kind ("unit", "ten", "hundred", "scale", "and",
"a", fractions ...). Each handler either consumes tokens into the number being read or
returns 0, which ends that number; a group that cannot continue ("2.5 million and 3 million")
is rolled back so that it starts a number of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

from claimledger.extract.patterns import numbers as words


class Number(NamedTuple):
    """A number found in text. ``value`` is the plain value (a fraction is 0.5, not 50).

    A named tuple, not a frozen dataclass: as immutable, and built five times faster (a
    frozen dataclass sets each field through ``object.__setattr__``).
    """

    start: int
    end: int
    value: float
    form: str = "digits"
    scale: float = 1.0  # the multiplier a scale word applied ("million" = 1e6), 1 if none
    negative: bool = False


class Token(NamedTuple):
    kind: str
    value: float
    start: int
    end: int
    text: str


def parse_run(tokens: list[Token]) -> list[Number]:
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


def _parse_one(tokens: list[Token], i: int) -> tuple[Number | None, int]:
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


def _next_kind(tokens: list[Token], k: int) -> str:
    return tokens[k].kind if k < len(tokens) else ""


def _step(state: _State, tokens: list[Token], k: int) -> int:
    """Consume tokens at ``k`` into ``state``; return how many, 0 to stop."""
    tok = tokens[k]
    handler = _HANDLERS.get(tok.kind)
    if handler is None or state.form in ("fraction", "ordinal", "share"):
        return _after_fraction(state, tokens, k) if state.form == "fraction" else 0
    return handler(state, tokens, k)


def _take(state: _State, tok: Token, last: str, *, word: bool = True) -> int:
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


def _on_num(state: _State, tokens: list[Token], k: int) -> int:
    tok = tokens[k]
    if not _may_start_group(state):
        return 0
    if state.last == "and" and state.total == 0 and not state.hundred:
        return 0
    state.group += tok.value
    return _take(state, tok, "num", word=False)


def _on_numscaled(state: _State, tokens: list[Token], k: int) -> int:
    if state.last:
        return 0
    tok = tokens[k]
    state.total = tok.value
    state.scale = words.SCALE_SUFFIXES[tok.text]
    state.floor = state.scale
    return _take(state, tok, "scale", word=False)


def _on_unit(state: _State, tokens: list[Token], k: int) -> int:
    tok = tokens[k]
    after_ten = state.last == "ten" and tok.value < 10 and tok.value > 0
    if not (after_ten or _may_start_group(state)):
        return 0
    state.group += tok.value
    return _take(state, tok, "unit")


def _on_ten(state: _State, tokens: list[Token], k: int) -> int:
    denominator = _next_kind(tokens, k + 1) in ("ord", "ords") and tokens[k + 1].value < 10
    if not (_may_start_group(state) or (denominator and state.last in ("unit", "ten"))):
        return 0
    state.group += tokens[k].value
    return _take(state, tokens[k], "ten")


def _on_hundred(state: _State, tokens: list[Token], k: int) -> int:
    # A bare "hundred" is vague ("several hundred"); "a hundred" and "one hundred" are not.
    if state.hundred or state.last not in ("unit", "ten", "num", "a"):
        return 0
    state.group = (state.group or 1) * 100
    state.hundred = True
    return _take(state, tokens[k], "hundred")


def _on_scale(state: _State, tokens: list[Token], k: int) -> int:
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


def _on_dozen(state: _State, tokens: list[Token], k: int) -> int:
    if state.last not in ("unit", "num", "a"):
        return 0
    state.group = (state.group or 1) * 12
    return _take(state, tokens[k], "dozen")


def _on_and(state: _State, tokens: list[Token], k: int) -> int:
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


def _fraction_follows(tokens: list[Token], k: int) -> bool:
    j = k + 1
    if _next_kind(tokens, j) == "a":
        return _next_kind(tokens, j + 1) in ("den", "ord")
    while _next_kind(tokens, j) in ("unit", "ten"):
        j += 1
    return j > k + 1 and _next_kind(tokens, j) in ("ords", "den", "ord")


def _on_a(state: _State, tokens: list[Token], k: int) -> int:
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


def _on_neg(state: _State, tokens: list[Token], k: int) -> int:
    if state.last or _next_kind(tokens, k + 1) not in ("unit", "ten", "num", "numscaled"):
        return 0
    state.negative = True
    state.start = tokens[k].start
    state.last = ""
    return 1


def _on_point(state: _State, tokens: list[Token], k: int) -> int:
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


def _on_fraction(state: _State, tokens: list[Token], k: int) -> int:
    """ "three fifths", "a half", "one and a quarter", "twenty-three fifths"."""
    tok = tokens[k]
    after_ten = state.last == "ten" and state.group == tokens[k - 1].value < 100
    if tok.kind == "ord" and after_ten and tok.value < 10 and state.total == 0:
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


def _mixed_fraction(state: _State, tokens: list[Token], k: int, numerator: float) -> int:
    """ "one and a half" = 1.5; "one billion and a half million" = 1,000,500,000."""
    tok = tokens[k]
    state.form = "words"
    if _next_kind(tokens, k + 1) == "scale" and tokens[k + 1].value < state.floor:
        state.group = numerator / tok.value * tokens[k + 1].value
        _take(state, tokens[k + 1], "scale")
        return 2
    state.group = numerator / tok.value * state.scale
    return _take(state, tok, "frac")


def _on_slash(state: _State, tokens: list[Token], k: int) -> int:
    if state.last or tokens[k].value == 0:
        return 0
    state.group = tokens[k].value
    state.form = "fraction"
    return _take(state, tokens[k], "frac", word=False)


def _on_ordinal(state: _State, tokens: list[Token], k: int) -> int:
    if state.last:
        return 0
    state.group = tokens[k].value
    state.form = "ordinal"
    return _take(state, tokens[k], "ord")


def _after_fraction(state: _State, tokens: list[Token], k: int) -> int:
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


def _on_ordnum(state: _State, tokens: list[Token], k: int) -> int:
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
