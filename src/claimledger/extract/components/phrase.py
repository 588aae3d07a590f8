"""Token-level reading of a sentence for the subject rules: tokens, noun phrases, clause subjects.

Not a pipeline component. A sentence is tokenised once (cached) and every rule reads windows
of it. Without a tagger, a noun phrase is a run of words that are neither function words nor
listed verbs (``patterns/phrases.py``); the subject of a clause is found by walking left from
the figure over particles, an optional indirect object and the verb group.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

from claimledger.extract.components.wordtrie import trie_pattern
from claimledger.extract.patterns import phrases as ph
from claimledger.extract.patterns.timewords import MONTHS, WEEKDAYS

# Words (with inner apostrophes and hyphens), figures ("80,000", "12%") and single marks.
# Markdown emphasis ("**6.9 million** refugees") is no token: it must not cut a noun phrase.
_TOKEN = re.compile(r"[\w'’%-]+(?:[,.]\d+)*|[^\w\s*]")
EDGE = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "where",
        "when",
        "while",
        "but",
        "though",
        "although",
        "because",
        "if",
        "whereas",
    ]
)
# fmt: on
PRONOUNS = frozenset(["it", "they", "this", "these", "those", "he", "she", "which", "them", "its"])
# fmt: off
DETS = frozenset([
        "the", "a", "an", "its", "their", "this", "that", "these", "those", "such", "his",
        "her", "our", "my", "your", "some", "all",
    ])
# fmt: on
_PARENS = re.compile(r"\([^()]*\)")
WINDOW = 60
_MAX_NP = 6
_MAX_CONT = 9
MAX_WORDS = 14


class Tok(NamedTuple):
    """A token of a sentence: a plain tuple, built by the thousand, so kept cheap."""

    start: int
    end: int
    text: str
    low: str
    is_word: bool


# Compared and hashed by identity: one Figure per claim, used as a cache key by every rule.
@dataclass(frozen=True, eq=False)
class Figure:
    text: str
    start: int
    end: int
    kind: str
    stops: tuple[int, ...]
    sentence: int
    others: tuple[tuple[int, int], ...] = ()
    # Where the sentence proper begins: after a bullet, a bold run-in head or a dateline.
    floor: int = 0


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """The tokens lying inside ``text[start:end]`` (the sentence is tokenised once)."""
    toks, starts = _sentence_tokens(text)
    stop = len(text) if end is None else end
    first = bisect_left(starts, start)
    last = bisect_left(starts, stop)
    while last > first and toks[last - 1].end > stop:
        last -= 1
    return toks[first:last]  # a new list: the cached one is never handed out


# Every rule looks at windows of the same sentence; tokenise it once.
@lru_cache(maxsize=256)
def _sentence_tokens(text: str) -> tuple[list[Tok], list[int]]:
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: slices would drift
        low = ""
    spans = list(map(_span, _TOKEN.finditer(text)))
    rows = [
        (s, e, text[s:e], low[s:e] if low else text[s:e].lower(), text[s].isalpha())
        for s, e in spans
    ]
    # tuple.__new__ through map: no Python-level call per token (this is the hot loop).
    return list(map(_new_tuple, repeat(Tok, len(rows)), rows)), [s for s, _ in spans]


_span = re.Match.span
_new_tuple = tuple.__new__


def is_np_word(tok: Tok) -> bool:
    low = tok.low
    return tok.is_word and low not in ph.FUNCTION_WORDS and low not in ph.VERBS


def noun_phrase(toks: list[Tok], i: int) -> tuple[list[Tok], int]:
    j = i
    while j < len(toks) and j - i < _MAX_NP and is_np_word(toks[j]) and not is_time(toks[j]):
        if toks[j].low in ph.TIME_UNITS:
            break
        j += 1
    return toks[i:j], j


def is_time(tok: Tok) -> bool:
    text = tok.text
    if text[:1].isdigit():
        return len(text) == 4 and text[:2] in ("19", "20") and text.isdigit()
    return text in MONTHS or text in WEEKDAYS


def is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def continuation(toks: list[Tok], i: int) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks[i : i + _MAX_CONT], start=i):
        if tok.low == "since" and _adverbial_since(toks, k):
            continue  # "have since been returned": an adverb, not the start of a date
        timed = is_time(tok)
        if timed and out and out[-1] is toks[k - 1] and _inner_date(toks, k):
            out.pop()  # "men detained in the capital in September were offered ...": go on
            continue
        if timed or not tok.is_word or tok.low in ph.CONTINUATION_STOPS:
            break
        if tok.low == "this" and k + 1 < len(toks) and toks[k + 1].low in ph.TIME_UNITS:
            break
        out.append(tok)
    while out and (out[-1].low in _TRAILING or out[-1].low in ph.FUNCTION_WORDS):
        out.pop()
    return out


def _inner_date(toks: list[Tok], k: int) -> bool:
    """A date PP ("in June") followed by the verb of the noun phrase's own clause."""
    prev = toks[k - 1].low if k > 0 else ""
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    return prev in ("in", "on") and nxt in _CLAUSE_VERBS


_CLAUSE_VERBS = frozenset(["were", "was", "are", "is", "had", "have", "has", "said", "say"])


def _adverbial_since(toks: list[Tok], k: int) -> bool:
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.low in ("been", "then", "returned", "left", "fled", "moved")


# Words that only make sense before a date the continuation stopped at ("in early [2025]").
_TRAILING = ph.TIME_WORDS | ph.TIME_MODIFIERS


def text_of(toks: list[Tok]) -> str:
    return " ".join(map(_TOK_TEXT, toks))


_TOK_TEXT = itemgetter(2)  # Tok.text, read in C


@lru_cache(maxsize=256)
def clause_subject(fig: Figure, stop: int | None = None) -> tuple[str, str]:
    """Subject of the clause whose verb governs the figure, and an indirect object if any."""
    end = fig.start if stop is None else stop
    toks = unblocked(fig, tokens(fig.text, max(fig.floor, end - 3 * WINDOW), end))
    i = len(toks) - 1
    while i >= 0 and (is_particle(toks[i]) or toks[i].text == ","):
        i -= 1
    if stop is None and _starts_with_verb(fig):
        begin = subject_start(toks, i)  # "... now exceeds 5 million": the verb is in the figure
        return reorder_fronted(clean(text_of(toks[begin : i + 1]))), ""
    iobj_end = i
    while i >= 0 and _in_object(toks[i]) and not looks_verb(toks[i], i == iobj_end):
        if _verb_before_object(toks, i):
            break
        i -= 1
    iobj = [t for t in toks[i + 1 : iobj_end + 1] if t.low not in _OBJECT_WORDS]
    if i < 0 or not (looks_verb(toks[i], i == iobj_end) or _verb_before_object(toks, i)):
        return "", ""
    if toks[i].low in _MODALS:
        iobj = []  # "the gap could widen to ...": the word after a modal is the verb itself
    i = skip_verbs(toks, i - 1)
    if i >= 0 and toks[i].low == "and" and not (i > 0 and toks[i - 1].text == ","):
        i = coordinated(toks, i - 1)
    if i >= 0 and toks[i].low in PRONOUNS:
        return toks[i].low, text_of(iobj)
    begin = subject_start(toks, i)
    if begin > i and i >= 0 and toks[i].text == ",":
        begin, i = _sentence_subject(toks)
    raw = _ASIDE.sub("", text_of(toks[begin : i + 1]))
    if raw.lower() in PRONOUNS:
        return raw.lower(), text_of(iobj)
    return reorder_fronted(clean(raw)), text_of(iobj)


_SUBJECT_EDGE = EDGE | {"with"}
# ", operated by the ministry since 2025 ,": a participle aside inside a subject, dropped.
_ASIDE = re.compile(r"\s*,\s*(?:[a-z]+ed|which|who)\b[^,]*,")
_MODALS = frozenset(["could", "may", "might", "will", "would", "should", "can", "must", "shall"])


def _starts_with_verb(fig: Figure) -> bool:
    first = fig.text[fig.start : fig.end].split(" ", 1)[0].lower()
    return first in ph.VERBS or first in ph.CHANGE_VERBS


def _verb_before_object(toks: list[Tok], i: int) -> bool:
    """ "fined the company 2 million": an -ed word right before a determiner is a verb."""
    tok = toks[i]
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return tok.low.endswith("ed") and len(tok.low) > 4 and nxt in _OBJECT_WORDS


def _in_object(tok: Tok) -> bool:
    return is_np_word(tok) or tok.low in _OBJECT_WORDS


_OBJECT_WORDS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "them", "him", "us", "you", "me"]
)


def _sentence_subject(toks: list[Tok]) -> tuple[int, int]:
    """ "Prices ... rose, reaching 120,000": the clause is a participle; take the sentence's
    opening noun phrase, up to its first listed verb."""
    j = 0
    while j < len(toks) and toks[j].is_word and toks[j].low not in ph.VERBS:
        j += 1
    return 0, j - 1


def skip_verbs(toks: list[Tok], i: int) -> int:
    while i >= 0 and (looks_verb(toks[i], False) or is_particle(toks[i])):
        if modified_head(toks, i):
            break  # "the average cost remained", "Personal transfers were": the subject's head
        i -= 1
    return i


def modified_head(toks: list[Tok], i: int) -> bool:
    """A noun that is also a verb form, right after a determiner or an adjective."""
    if toks[i].low not in _NOUN_VERBS or i == 0:
        return False
    before = toks[i - 1]
    return before.low in DETS or before.low.endswith(_ADJECTIVE_ENDINGS)


def coordinated(toks: list[Tok], i: int) -> int:
    """ "X earns 80,000 a month and sends home half": back to the verb X governs."""
    j = i
    while j >= 0 and not looks_verb(toks[j], False) and toks[j].text not in ",;:":
        j -= 1
    return skip_verbs(toks, j) if j >= 0 and looks_verb(toks[j], False) else i


def subject_start(toks: list[Tok], end: int) -> int:
    """Walk left over the subject: "and" after a comma ends it, and so does a comma unless
    an "and" has shown that the commas separate a list ("war, violence and persecution")."""
    i = end
    listing = False
    while i >= 0:
        tok = toks[i]
        if tok.low in ("who", "which") and i > 0 and toks[i - 1].is_word:
            i -= 1  # "Employers who hire ...": the head noun before the relative clause
            continue
        if _elliptic_clause(toks, i, end):
            i -= 1  # "the office when summoned": a participle clause inside the noun phrase
            continue
        if tok.low in ph.VERBS and _noun_use(toks, i, end):
            i -= 1  # "The average cost of sending ...", "However, costs from the EU ..."
            continue
        if tok.low in _SUBJECT_EDGE or tok.text in ";:()–—" or tok.low in ph.VERBS:
            break
        if tok.low == "and":
            if i > 0 and toks[i - 1].text == ",":
                break
            listing = True
        if tok.text == "," and not listing:
            aside = _participle_aside(toks, i)
            if aside < 0:
                break
            i = aside  # "The registry, operated by the ministry since 2025, now holds"
        i -= 1
    return i + 1


def _participle_aside(toks: list[Tok], comma: int) -> int:
    """The comma that opens ", operated by ... ," when ``comma`` closes it; -1 for none."""
    j = comma - 1
    while j > 0 and toks[j].text not in ",;:()":
        j -= 1
    if j <= 0 or toks[j].text != "," or comma - j < 3:
        return -1
    first = toks[j + 1].low
    participle = first.endswith("ed") and first not in ph.VERBS
    if not ((participle or first in ("which", "who")) and toks[j - 1].is_word):
        return -1
    return j


def _noun_use(toks: list[Tok], i: int, end: int) -> bool:
    """A verb form that heads a noun phrase here: "cost"/"costs" right before "of", "from",
    "for" or "to", inside the subject (not its last word)."""
    if toks[i].low not in _NOUN_VERBS or i >= end:
        return False
    return toks[i + 1].low in ("of", "from", "for", "to")


_NOUN_VERBS = frozenset(["cost", "costs", "pays", "flows", "transfers", "returns", "claims"])
_ADJECTIVE_ENDINGS = ("al", "age", "ly", "ive", "ual", "ary", "ous")


def _elliptic_clause(toks: list[Tok], i: int, end: int) -> bool:
    """ "when summoned", "if required": a conjunction and a bare participle, no subject."""
    if toks[i].low not in ("when", "if", "where", "unless") or i + 1 > end or i == 0:
        return False
    nxt = toks[i + 1].low
    return nxt.endswith("ed") and (i + 2 > end or not toks[i + 2].is_word) or i + 1 == end


def unblocked(fig: Figure, toks: list[Tok]) -> list[Tok]:
    """Tokens outside other figures and parentheses, which a subject never spans."""
    blocked, starts = _blocked(fig.others, fig.text)
    if not blocked or not toks:
        return toks
    k = bisect_right(starts, toks[-1].start) - 1
    if k < 0 or blocked[k][1] <= toks[0].start:
        return toks  # merged spans are sorted: the last one starting in range ends last
    out = []
    for tok in toks:
        k = bisect_right(starts, tok.start) - 1
        if k < 0 or tok.start >= blocked[k][1]:
            out.append(tok)
    return out


@lru_cache(maxsize=64)
def _blocked(
    others: tuple[tuple[int, int], ...], text: str
) -> tuple[list[tuple[int, int]], list[int]]:
    blocked = _merged(sorted([*others, *parentheses(text)]))
    return blocked, [start for start, _ in blocked]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


@lru_cache(maxsize=256)
def _parentheses_cached(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _PARENS.finditer(text))


def parentheses(text: str) -> list[tuple[int, int]]:
    return list(_parentheses_cached(text)) if "(" in text else []


def is_particle(tok: Tok) -> bool:
    low = tok.low
    return tok.is_word and (
        low in ph.VERB_PARTICLES
        or (low.endswith("ly") and tok.text[0].islower())  # not "Italy", "July"
        or low in ("also", "now", "still", "already", "just", "as", "much", "many")
    )


def looks_verb(tok: Tok, first: bool = False) -> bool:
    """A verb from the lists; in the slot right before the figure also any -ing/-ed form."""
    if not tok.is_word:
        return False
    if tok.low in ph.VERBS or tok.low in ph.CHANGE_VERBS or tok.low in ph.TRANSACTION_VERBS:
        return True
    return first and len(tok.low) > 4 and tok.low.endswith(("ing", "ed"))


def reorder_fronted(subject: str) -> str:
    """ "In Kyrgyzstan the share" -> "share in Kyrgyzstan"."""
    match = _FRONTED.match(subject) if subject[:1] in "IAF" else None
    if match:
        return f"{match.group(2)} in {match.group(1)}"
    bare = _PREPOSITION_DET.match(subject)
    return subject[bare.end() :] if bare else subject  # "In the same line" -> "same line"


def join_toks(np: list[Tok], cont: list[Tok]) -> str:
    return join_text(text_of(np), text_of(cont))


def join_text(*parts: str) -> str:
    return clean(" ".join(filter(None, parts)))  # the non-empty parts, filtered in C


_FRONTED = re.compile(r"(?:In|Among|Across|For)\s+(.+?)\s+(?:the|a|an)\s+(.+)$")
_PREPOSITION_DET = re.compile(r"(?:In|By|For|At|On|From|Of)\s+(?:the|a|an|this|that)\s+")
_NOISE = re.compile(r"\[\d+\]|[\"“”()*]")


_LEADING_JUNK = DETS | {"and", "or", "but", "while"}
_NOISE_CHARS = frozenset('[“”()*"')


@lru_cache(maxsize=1024)  # a pure function of short phrases that recur across figures
def clean(phrase: str) -> str:
    if not _NOISE_CHARS.isdisjoint(phrase):
        phrase = _NOISE.sub(" ", phrase)
    words = phrase.split()
    while words and words[0].lower() in _LEADING_JUNK:
        words = words[1:]
    while words and words[-1].lower() in ph.FUNCTION_WORDS:
        words = words[:-1]
    return " ".join(words[:MAX_WORDS])


# Most sentences hold no change verb at all: one scan per sentence (its figures share it)
# for any of them, word boundaries aside, spares each figure the search of its window.
@lru_cache(maxsize=512)
def has_change_verb(text: str) -> bool:
    """Whether ``text`` holds a change verb ("rose", "cut") anywhere, even inside a word."""
    return _CHANGE_VERB.search(text) is not None


_CHANGE_VERB = re.compile(trie_pattern(ph.CHANGE_VERBS))
