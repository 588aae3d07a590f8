"""Subjects from the frame a figure sits in, read before (or instead of) the noun-phrase rules.

Label lines ("IDPs: 3.7 million") and Markdown table rows take their label and column header;
change figures ("down 18 per cent", "an increase of 12 percent", "decline by 1.3 percent")
name the change in the quantity the clause measures; "of which N" refers to the figure just
before. When nothing else applies, the sentence's own subject (the noun phrase before the verb
that governs the figure) is used, skipping bullets, bold run-in heads, datelines, introductory
phrases and reporting clauses. Not a pipeline component: ``subjects.py`` calls it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimledger.extract.components.clauses import find_cues
from claimledger.extract.components.phrase import (
    PRONOUNS,
    Figure,
    Tok,
    clean,
    continuation,
    is_np_word,
    is_particle,
    modified_head,
    text_of,
    tokens,
    unblocked,
)
from claimledger.extract.patterns import phrases as ph
from claimledger.extract.patterns import subject_frames as sf

_PUNCT_STOPS = frozenset(",;:()–—-|[]")
_MAX_SUBJECT = 14
_INTRO_PLACE = re.compile(
    r"\s*(?:In|Inside|Across|Throughout)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,"
)
_OF_WHICH = re.compile(r"\bof\s+(?:which|whom)\s*$")
_FINED = re.compile(r"\b(was|were|been|be|is|are|get|got)\s+(?:also\s+|later\s+|then\s+)?fined\s+$")
_LEAD_AUX = re.compile(
    r"^(?:(?:have|has|had|are|is|were|was|will|would|could|may|might|should|must|can|be|been)\s+)+"
)
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:(?:estimated|reported|total|further|additional)\s+)?"
    r"((?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(sf.CHANGE_NOUNS)) + r"))\s+(?:of\s+)?$"
)
_UP_DOWN_BEFORE = re.compile(
    r"(?:^|[,;(]\s*|\band\s+|\b(?:is|are|was|were|be|been)\s+)(up|down)\s+(?:by\s+)?$"
)
# "rise by only 3.4 per cent", "fell sharply by": an adverb may stand before the figure.
_CHANGE_VERB_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:[a-z]+ly\s+)?(by\s+)?(?:(?:only|just|[a-z]+ly)\s+)?$"
)


@lru_cache(maxsize=512)
def body_start(text: str) -> int:
    """Where the sentence proper begins (after a bullet, a bold run-in head, a dateline)."""
    pos = 0
    for rx in (sf.BULLET, sf.RUN_IN_HEAD, sf.DATELINE):
        match = rx.match(text, pos)
        if match:
            pos = match.end()
    return pos


def clause_floor(fig: Figure) -> int:
    """Reporting clauses before the figure ("economists say", "Officials have said that")
    are not part of a subject: read from the end of the last one."""
    floor = fig.floor
    for cue in find_cues(fig.text):
        if cue.kind == "pre" and cue.end <= fig.start and cue.scope[0] <= fig.start < cue.scope[1]:
            floor = max(floor, cue.end)
    return floor


def grammatical_subject(fig: Figure, end: int | None = None) -> str:
    """The noun phrase before the verb that governs the figure ("Oil and gas revenues are
    projected to fall to ..." -> "Oil and gas revenues"); "" when there is none."""
    stop = fig.start if end is None else end
    level = sf.LEVEL_FRAME.search(fig.text, max(fig.floor, stop - 40), stop)
    if level:
        stop = level.start()
    floor = clause_floor(fig)
    toks = unblocked(fig, tokens(fig.text, floor, stop))
    verb = _main_verb(toks)
    if verb < 0:
        return ""
    last = _before_verb_group(toks, verb - 1)
    first = _subject_begin(toks, last)
    words = [t for t in toks[first : last + 1] if t.low not in sf.DISCOURSE]
    subject = trim_tail(clean(text_of(words)))
    if not subject or subject.lower() in PRONOUNS or subject.lower() in ph.FUNCTION_WORDS:
        return ""
    place = _INTRO_PLACE.match(fig.text, floor)
    if place and first > 0 and toks[first - 1].text == "," and place.end() <= toks[first].start:
        subject = f"{subject} in {place.group(1)}"
    return subject


def _main_verb(toks: list[Tok]) -> int:
    i = len(toks) - 1
    while i >= 0 and (is_particle(toks[i]) and toks[i].low not in ph.VERBS):
        i -= 1
    if i < 0 or not toks[i].is_word:
        return -1
    tok = toks[i]
    if tok.low in ph.VERBS or tok.low in sf.VERB_GROUP:
        return i
    if tok.text[0].isupper() or tok.low in ph.FUNCTION_WORDS or tok.low in sf.SUBJECT_STOPS:
        return -1
    return i


def _before_verb_group(toks: list[Tok], i: int) -> int:
    while i >= 0 and toks[i].is_word:
        low = toks[i].low
        adverb = low.endswith("ly") and toks[i].text[0].islower()
        if not (low in sf.VERB_GROUP or low in ph.VERBS or adverb or low in sf.DISCOURSE):
            break
        if modified_head(toks, i):
            break  # "the average cost remained": "cost" heads the subject
        i -= 1
    return i


def _subject_begin(toks: list[Tok], last: int) -> int:
    i = last
    while i >= 0 and last - i < _MAX_SUBJECT:
        tok = toks[i]
        if tok.low in ("who", "which") and i > 0 and toks[i - 1].is_word:
            i -= 1  # "Employers who hire ...": the head noun before the relative clause
            continue
        if tok.text in _PUNCT_STOPS or tok.low in sf.SUBJECT_STOPS:
            break
        if tok.low in ph.VERBS and not _compound_noun(toks, i) and not modified_head(toks, i):
            break
        i -= 1
    return i + 1


def _compound_noun(toks: list[Tok], i: int) -> bool:
    """ "Remittance flows to ... are projected": a plural noun that is also a verb, after a
    noun, inside a subject that already has its verb further right."""
    prev = toks[i - 1] if i > 0 else None
    return (
        toks[i].low in sf.PLURAL_NOUN_VERBS
        and prev is not None
        and prev.is_word
        and prev.low not in ph.FUNCTION_WORDS
        and prev.low not in ph.VERBS
    )


def trim_tail(phrase: str) -> str:
    """Drop a trailing time or duration phrase ("for three days", "this year", "so far")."""
    trimmed = sf.TIME_TAIL.sub("", phrase)
    return trimmed if trimmed.strip() else phrase


def predicate(toks: list[Tok]) -> str:
    """What the words after a figure say of it, auxiliaries and time phrases dropped
    ("has been received so far" -> "received")."""
    return tidy(_LEAD_AUX.sub("", text_of(continuation(toks, 0))))


@lru_cache(maxsize=1024)  # a pure function of short phrases that recur across sentences
def tidy(words: str) -> str:
    """A continuation without a reporting verb, auxiliaries or a trailing time phrase
    ("told the group they had received nothing" -> "received nothing")."""
    if not words:
        return words
    words = sf.REPORTED_CONTENT.sub("", words)
    return sf.TIME_TAIL.sub("", sf.AUX_BEFORE_PARTICIPLE.sub("", words))


def of_which(fig: Figure, earlier: str) -> str:
    """ "US$ 355 million, of which 31 per cent ...": the figure is part of the one before."""
    near = fig.text[max(fig.floor, fig.start - 12) : fig.start]
    if "which" not in near and "whom" not in near or not _OF_WHICH.search(near):
        return ""
    return earlier or grammatical_subject(fig, fig.text.rfind("of", 0, fig.start))


def fined(fig: Figure) -> str:
    """ "He was also fined 300,000 rubles" -> "fine imposed on ..." (the one fined)."""
    near = fig.text[max(fig.floor, fig.start - 30) : fig.start]
    match = _FINED.search(near) if "fined" in near else None
    if not match:
        return ""
    who = grammatical_subject(fig, fig.text.rfind("fined", 0, fig.start))
    # "may be fined": a penalty the law sets for someone; "was fined": one imposed on someone.
    frame = "fine for" if match.group(1) == "be" else "fine imposed on"
    return f"{frame} {who}" if who else "fine imposed"


def change_before(fig: Figure) -> tuple[str, bool]:
    """The change word in front of a figure and whether the change is stated with a verb
    whose subject is the measured quantity ("decline by", "rose 17%")."""
    window_start = max(fig.floor, fig.start - 48)
    last_words = fig.text[window_start : fig.start].lower().split()[-3:]
    if _CHANGE_TRIGGERS.isdisjoint(last_words):
        return "", False
    noun = _CHANGE_NOUN_BEFORE.search(fig.text, window_start, fig.start)
    if noun:
        return clean(noun.group(1)), False
    updown = _UP_DOWN_BEFORE.search(fig.text, window_start, fig.start)
    if updown:
        return ("increase" if updown.group(1) == "up" else "decline"), False
    verb = _CHANGE_VERB_BEFORE.search(fig.text, window_start, fig.start)
    if verb and verb.group(1) in sf.CHANGE_VERBS and (verb.group(2) or fig.kind == "percent"):
        return ("increase" if verb.group(1) in sf.UP_WORDS else "decline"), True
    return "", False


_CHANGE_TRIGGERS = sf.CHANGE_NOUNS | sf.UP_WORDS | sf.DOWN_WORDS


_PEOPLE = re.compile(r"\b(?:" + "|".join(sorted(sf.PERSON_NOUNS)) + r")\b", re.IGNORECASE)


def comparative_near(fig: Figure) -> bool:
    """A cheap test before reading tokens: a comparative word at the figure's end."""
    window = fig.text[max(fig.start, fig.end - 12) : fig.end + 12].lower()
    return _COMPARATIVE.search(window) is not None


# Any of the comparative words anywhere in a window (substrings, as ``in`` finds them).
_COMPARATIVE = re.compile("|".join(re.escape(word) for word in sorted(ph.COMPARATIVES)))


def change_after(toks: list[Tok], share: bool) -> tuple[str, str]:
    """ "10 percent fewer patents", "a third less than before", "7 million higher than": the
    change word and the noun it applies to, if the text names one. After a count, "more"
    without "than" adds to a number ("14 more settlements") instead."""
    if not toks or not toks[0].is_word:
        return "", ""
    if not share and not (len(toks) > 1 and toks[1].low == "than"):
        return "", ""
    first = toks[0].low
    if first in sf.UP_WORDS and first in ph.COMPARATIVES:
        word = "increase"
    elif first in sf.DOWN_WORDS and first in ph.COMPARATIVES:
        word = "decline"
    else:
        return "", ""
    rest = continuation(toks, 1)
    return word, trim_tail(text_of(rest)) if rest and rest[0].low != "than" else ""


def change_phrase(word: str, base: str) -> str:
    if not base:
        return word
    if base.lower().startswith(word.split()[-1]):
        return base
    return f"{word} in {base}"


def with_clause(fig: Figure, noun: str) -> str:
    """A bare noun with what its clause says about it: "the economy lacks 2.6 million
    workers" -> "workers the economy lacks"."""
    floor = clause_floor(fig)
    toks = unblocked(fig, tokens(fig.text, floor, fig.start))
    verb = _listed_verb(toks)
    if verb < 0:
        return ""
    first = _subject_begin(toks, _before_verb_group(toks, verb - 1))
    while first < verb and (toks[first].low in _TIME_LEADS or toks[first].low in ph.TIME_UNITS):
        first += 1  # "Last month it received ...": the time is no part of the subject
    raw = text_of([t for t in toks[first:verb] if not is_particle(t)])
    subject = clean(raw)
    rest = text_of([t for t in toks[verb:] if not is_particle(t) or t.low in ("with", "to", "for")])
    if raw.lower() in PRONOUNS and rest:
        return f"{noun} {rest}"  # "it received 6,500 calls" -> "calls received"
    if not subject or subject.lower() in PRONOUNS:
        return ""
    return f"{noun} {subject} {rest}".strip()


_TIME_LEADS = ph.TIME_WORDS | {"last", "this", "next", "in", "on", "during", "since"}


def _listed_verb(toks: list[Tok]) -> int:
    """The verb nearest before the figure, within four words."""
    for i in range(len(toks) - 1, max(-1, len(toks) - 5), -1):
        low = toks[i].low
        if low in ph.VERBS and low not in ph.FUNCTION_WORDS:
            return i
    i = len(toks) - 1
    if i >= 0 and toks[i].is_word and toks[i].text[0].islower() and toks[i].low.endswith("s"):
        low = toks[i].low
        if low not in ph.FUNCTION_WORDS and low not in sf.SUBJECT_STOPS:
            return i
    return -1


_FRONTED_OF = re.compile(r"\s*Of\s+(?:the\s+|all\s+)?([^,;:]{1,60}?)\s*,\s*")


def fronted_whole(fig: Figure) -> str:
    """ "Of the households interviewed, 58 per cent ...": the whole the figure is part of."""
    floor = fig.floor + 1 if fig.text[fig.floor : fig.floor + 1] in "\"“'‘" else fig.floor
    if not fig.text.startswith("Of ", floor):  # also inside a quotation: "\"Of the appeals"
        return ""
    match = _FRONTED_OF.match(fig.text, floor, fig.start)
    if not match or any(c.isdigit() for c in match.group(1)):
        return ""
    return clean(match.group(1))


def is_person(head: str) -> bool:
    return any(w in sf.PERSON_NOUNS or w.endswith(sf.PERSON_SUFFIXES) for w in head.lower().split())


def after_preposition(fig: Figure, verb: str) -> bool:
    """ "for donating 5,000 rubles": a gerund after a preposition names a payment."""
    at = fig.text.rfind(verb, 0, fig.start)
    before = fig.text[max(0, at - 12) : at].split()
    return bool(before) and before[-1].lower() in _GERUND_PREPOSITIONS


_GERUND_PREPOSITIONS = frozenset(["for", "by", "of", "after", "from", "without", "on", "with"])


def people_before(fig: Figure) -> list[str]:
    """Person nouns of the sentence before the figure ("Respondents reported ...")."""
    return _PEOPLE.findall(fig.text, fig.floor, fig.start)


def change_anaphor(fig: Figure, subject: str) -> str:
    """ "the number of patents has fallen, and the decline may reach 30 percent": a bare
    change noun measures the subject of the sentence's first clause."""
    words = subject.lower().split()
    if len(words) != 1 or words[0] not in sf.CHANGE_NOUNS | sf.GAP_NOUNS:
        return subject
    opening = opening_subject(fig)
    if not opening or opening.lower() == words[0]:
        return subject
    return f"{subject} in {opening}"


def opening_subject(fig: Figure) -> str:
    """The subject of the sentence's first clause, after an introductory phrase."""
    toks = tokens(fig.text, fig.floor, fig.start)
    first = 0
    if toks and toks[0].low in sf.INTRO_WORDS:
        commas = [k for k, t in enumerate(toks[:14]) if t.text == ","]
        first = commas[0] + 1 if commas else 0
    last = first
    while last < len(toks) and toks[last].is_word and toks[last].low not in ph.VERBS:
        if toks[last].low in sf.SUBJECT_STOPS or last - first >= _MAX_SUBJECT:
            return ""
        last += 1
    if last >= len(toks) or toks[last].low not in ph.VERBS:
        return ""
    return clean(text_of(toks[first:last]))


def with_rate(subject: str, right: list[Tok]) -> str:
    """ "UAH 2,000 a month for adults": a payment per period is a monthly (annual ...) one."""
    rate = ""
    if len(right) > 1 and right[0].low in ("a", "per", "each", "every"):
        rate = sf.RATES.get(right[1].low, "")
    elif right:
        rate = sf.RATES.get(right[0].low, "")
    if not rate or rate in subject.lower():
        return subject
    return f"{rate} {subject}"


_PLACE_THEN_PRONOUN = re.compile(
    r"\b[Ii]n\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|region|oblast|province|city|district|republic))*)"
    r"\s*,?\s+(?:it|they|this|that)\s+(?:is|was|are|were|stands|stood|remains|remained|reached)\s+(?:at\s+)?$"
)


def pronoun_place(fig: Figure) -> str:
    """ "while in the Belgorod region it is 3 million": the place the pronoun's figure is for."""
    match = _PLACE_THEN_PRONOUN.search(fig.text, max(fig.floor, fig.start - 80), fig.start)
    return f"in {clean(match.group(1))}" if match else ""


_GIVEN_TO = re.compile(sf.RECIPIENT_VERBS + r"\s+((?:[\w'’-]+\s+){1,4}?)to\s+$")
_AND_TO = re.compile(r",?\s+and\s+((?:[a-z][\w'’-]*\s+){1,4}?)to\s+$")
_RECEIVED = " who received "


def recipients(fig: Figure, noun: str, earlier: str) -> str:
    """ "delivered food assistance to 2.1 million people" -> "people who received food
    assistance"; "... and cash assistance to some 640,000" takes the same people."""
    window = fig.text[max(fig.floor, fig.start - 60) : fig.start]
    if " to " not in window[-6:] and not window.endswith("to "):
        return ""
    given = _GIVEN_TO.search(window)
    if given and noun:
        return f"{noun}{_RECEIVED}{clean(given.group(1))}"
    also = _AND_TO.search(window) if _RECEIVED in earlier else None
    if also:
        return f"{earlier.split(_RECEIVED)[0]}{_RECEIVED}{clean(also.group(1))}"
    return ""


def subset_predicate(fig: Figure, earlier: str) -> str:
    """ "218,000 civilians still live in the oblast, among them 11,000 children": the part
    shares what the clause says of the whole ("still live in the oblast")."""
    if not _SUBSET_LEAD.search(fig.text, max(fig.floor, fig.start - 16), fig.start):
        return ""
    words = earlier.split()
    for k, word in enumerate(words):
        low = word.lower()
        if low in ph.FUNCTION_WORDS or low in ph.VERBS or low.endswith(("ed", "ing")):
            return " ".join(words[k:]) if k else ""
    return ""


_SUBSET_LEAD = re.compile(r"(?:\bamong\s+them|\bincluding)\s*,?\s*$", re.IGNORECASE)


def swap_pp(earlier: str, pp: str) -> str:
    """ "... 1 million rubles for companies and ... 50,000 for officials": the second figure's
    "for" phrase replaces the first one's instead of adding to it."""
    lead = pp.split(" ", 1)[0].lower() if pp else ""
    cut = earlier.rfind(f" {lead} ") if lead in ("for", "to", "in", "on") else -1
    return earlier[:cut] if cut > 0 else earlier


def opening_people(text: str) -> str:
    """The noun phrase a sentence opens with when it names people ("Mobilized men are ...")."""
    if not text:
        return ""
    toks = tokens(text, body_start(text), len(text))
    i = 0
    while i < len(toks) and toks[i].low in ("the", "these", "those", "such", "many", "most"):
        i += 1
    j = i
    while j < len(toks) and is_np_word(toks[j]) and j - i < _MAX_OPENING:
        j += 1
    # Without a tagger the run may swallow a verb ("students form"): end on the person noun.
    for k in range(j - 1, i - 1, -1):
        if is_person(toks[k].low):
            return text_of(toks[i : k + 1])
    return ""


_MAX_OPENING = 4
