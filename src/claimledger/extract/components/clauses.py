"""Shared sentence analysis for the context components: clauses and attribution cues.

Not a pipeline component. ``find_cues`` reads one sentence and returns every place where it
attributes something to a speaker ("X said that ...", "..., X said.", "according to X",
"X's assessment that ...", "Name: headline", "reportedly"), with the speaker phrase, how far
the attribution reaches and the hedge its wording signals. Offsets are relative to the
sentence text. Everything is regular-expression work over the sentence, no tagger.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from claimledger.extract.components import clause_rx as rx
from claimledger.extract.components.clause_spans import clause_at as clause_at
from claimledger.extract.components.clause_spans import clause_spans as clause_spans
from claimledger.extract.components.clause_spans import hedge_spans as hedge_spans
from claimledger.extract.components.clause_spans import sentence_clauses as sentence_clauses
from claimledger.extract.components.clause_spans import (
    sentence_hedge_clauses as sentence_hedge_clauses,
)
from claimledger.extract.components.cue import Cue as Cue
from claimledger.extract.components.cue import clean_speaker as clean_speaker
from claimledger.extract.components.noun_cues import (
    according_cues,
    adverb_cues,
    by_cues,
    headline_cues,
    possessive_cues,
)
from claimledger.extract.patterns import context as cx
from claimledger.model import HEDGES

HEDGE_RANK = {name: rank for rank, name in enumerate(HEDGES)}


def sentence_cues(text: str) -> tuple[Cue, ...]:
    """``find_cues`` without the copy: the shared, cached tuple (do not mutate)."""
    return _cached_cues(text)


def find_cues(text: str) -> list[Cue]:
    """Every attribution in a sentence, in text order."""
    return list(_cached_cues(text))


# Several components ask for the cues of the same sentence; the cache keeps that to one pass.
@lru_cache(maxsize=512)
def _cached_cues(text: str) -> tuple[Cue, ...]:
    return tuple(_find_cues(text))


def _find_cues(text: str) -> list[Cue]:
    first = rx.cue_rx().verb.search(text)
    if first is None and not any(h in text for h in _CUE_HINTS):
        return []
    spans = sentence_clauses(text)
    # No attribution verb starts before the first one found: the scan resumes there.
    cues = _verb_cues(text, spans, first.start() if first is not None else len(text))
    cues.extend(according_cues(text))
    cues.extend(by_cues(text))
    cues.extend(possessive_cues(text, spans))
    cues.extend(headline_cues(text))
    cues.extend(adverb_cues(text, spans))
    cues.sort(key=lambda cue: cue.start)
    return _chain_speakers(cues)


# Substrings without which a sentence has no cue other than an attribution verb.
_CUE_HINTS = ("ccording to", "'s ", "’s ", "edly", ": ", " at ", "s' ", "y our ")


def _verb_cues(text: str, spans: Sequence[tuple[int, int]], begin: int = 0) -> list[Cue]:
    out: list[Cue] = []
    for match in rx.cue_rx().verb.finditer(text, begin):
        cue = _verb_cue(text, spans, match.start(), match.end())
        if cue is not None:
            out.append(cue)
    if " at " in text:
        for match in rx.PUT_AT.finditer(text):
            # "which officials put at some 1,000 a day": an estimate of the figure after "at".
            cue = _verb_cue(text, spans, match.start(), match.end())
            if cue is not None:
                out.append(dataclasses.replace(cue, hedge="estimated"))
    return out


def _verb_cue(text: str, spans: Sequence[tuple[int, int]], start: int, end: int) -> Cue | None:
    verb = text[start:end]
    if verb.lower() != verb:
        return None
    before = text[:start]
    # "the claim", "such reports": a determiner or possessive before the form makes it a noun.
    determined = _determiner_before(text, start)
    claim_noun = verb in cx.CLAIM_NOUNS and rx.cue_rx().noun_that.match(text, end)
    if claim_noun and (determined or _after_verb(before)):
        return _noun_cue(text, spans, start, end, _verb_hedge(verb))
    if determined:
        return None
    if verb in cx.NOUN_LIKE_VERBS and rx.GERUND_BEFORE.search(before, max(0, start - 24)):
        return None  # "urging states to ...", "following reports of ...": an object noun
    if rx.NO_CONTENT.match(text, end):
        return None  # "readers wrote to us to ...": contact, no statement
    trailing = (
        verb in cx.NOUN_LIKE_VERBS
        and not rx.cue_rx().verb_object.match(text, end)
        and not rx.PRONOUN_BEFORE.search(before, max(0, start - 12))
    )
    if trailing and not (
        rx.cue_rx().trailing_verb.match(text, end) and rx.cue_rx().trailing_speaker.search(before)
    ):
        return None
    hedge = _verb_hedge(verb)
    if hedge == "estimated" and rx.THAN_BEFORE.search(before, max(0, start - 30)):
        return None  # "more than previously thought", "as expected": a comparison
    left_end = _skip_left(before)
    if rx.BE.search(before, left_end):
        return _passive_cue(text, spans, start, end, hedge)
    clause = clause_at(spans, start)
    speaker_start, speaker = _speaker_left(text, max(clause[0], 0), left_end)
    if trailing and not speaker:
        return None  # "..., higher than expected.": no one estimates
    if speaker and re.search(r"\d", speaker) and _is_inverted(text, start, end, None):
        speaker = None  # "Prices rose 20%, said the bank.": the bank, not the clause before
    post = _is_post(text, end, clause[1]) or _is_inverted(text, start, end, speaker)
    if verb in cx.CLAUSE_ONLY_VERBS and not post and not rx.cue_rx().clause_after.match(text, end):
        return None
    if verb in cx.WEAK_VERBS and not _strong_enough(text, end, speaker):
        return None
    if verb in cx.CONTINUING:
        speaker = "and"
    if speaker and set(speaker.lower().split()) & cx.ESTIMATE_NOUNS:
        hedge = stronger(hedge, "estimated")
    if post and not speaker:
        speaker_start, speaker = _speaker_right(text, end)
    scope = (0, len(text)) if post else (start, clause[1])
    kind = "post" if post else "pre"
    return Cue(start, end, kind, hedge, speaker, speaker_start, left_end, scope)


def _determiner_before(text: str, pos: int) -> re.Match[str] | None:
    """``not_verb_before`` in the 20 characters before ``pos`` ("the", "such", "UNHCR's").

    Its match is one word and the spaces after it, so it lies in the last run of non-space
    characters: only that run is searched (the same leftmost match, fewer positions tried).
    """
    floor = max(0, pos - 20)
    head = text[floor:pos].rstrip()
    if not head:
        return None
    start = floor + len(head) - len(head.rsplit(None, 1)[-1])
    return rx.cue_rx().not_verb_before.search(text, start, pos)


def _is_inverted(text: str, start: int, end: int, speaker: str | None) -> bool:
    """ "'...,' said NAME": nothing speaks on the left, the quote or clause closes there, and
    a noun phrase without a figure follows the verb."""
    if speaker is not None or not text[:start].rstrip().endswith((",", '"', "”", "'")):
        return False
    after = rx.cue_rx().inverted_speaker.match(text, end)
    return after is not None and not rx.FIGURE_DIGIT.search(after.group())


def _after_verb(before: str) -> bool:
    """ "denied reports that": a noun after a verb in the past tense."""
    words = before.rsplit(None, 1)
    return bool(words) and words[-1].endswith("ed") and words[-1].islower()


def _noun_cue(text: str, spans: Sequence[tuple[int, int]], start: int, end: int, hedge: str) -> Cue:
    """ "the claim that 2,000 ...", "reports that ...": a hedge with no speaker."""
    clause = clause_at(spans, start)
    return Cue(start, end, "noun", hedge, None, start, start, (end, clause[1]))


def _skip_left(before: str) -> int:
    """Where the speaker phrase ends: before adverbs and auxiliaries ("has also said")."""
    end = len(before.rstrip())
    while end > 0:
        space = before.rfind(" ", 0, end)
        word = before[space + 1 : end]
        if word not in cx.SKIPPED_BEFORE_VERB and not (word.endswith("ly") and word.islower()):
            return end
        end = len(before[: max(space, 0)].rstrip())
    return end


def _passive_cue(
    text: str, spans: Sequence[tuple[int, int]], start: int, end: int, hedge: str
) -> Cue | None:
    onward = rx.THAT_TO.match(text, end) is not None
    if hedge == "reported" and not onward and text[start:end] != "reported":
        return None
    clause = clause_at(spans, start)
    # "revenues are projected to fall to N": the cue also covers the rest of its clause.
    reach = clause[1] if onward and hedge != "reported" else start
    return Cue(start, end, "passive", hedge, None, clause[0], reach, clause)


def _verb_hedge(verb: str) -> str:
    return _HEDGE_OF_VERB.get(verb, "reported")


# Each attribution verb form and the hedge it signals; the first list that holds it wins.
_HEDGE_OF_VERB = {
    form: hedge for hedge, forms in reversed(cx.ATTRIBUTION_VERBS.items()) for form in forms
}


def _strong_enough(text: str, end: int, speaker: str | None) -> bool:
    if rx.THAT_AFTER.match(text, end):
        return True
    if speaker and re.search(r"\d", speaker):
        # "60 per cent of respondents cited fear": a share of a group states something;
        # "Only 3 in 10 refugees have found work": a figure, not a speaker
        return " of " in speaker and rx.STATING_WEAK.search(text, max(0, end - 12), end) is not None
    if not speaker:
        return False
    words = set(speaker.lower().split())
    named = re.search(r"\b[A-Z]", re.sub(r"^(?:The|A|An)\s+", "", speaker))
    return bool(named) or bool(words & cx.REPORT_NOUNS)


def _is_post(text: str, end: int, clause_end: int) -> bool:
    rest = text[end:clause_end]
    if text[end - 4 : end] in ("told", "tell") or text[end - 5 : end] == "tells":
        rest = rx.cue_rx().told_object.sub("", rest, count=1)
    if rx.CLOSES.match(rest):
        return True
    if rx.THAT.search(rest.split(",")[0]):
        return False
    return bool(rx.cue_rx().post_tail.match(rest))


def _speaker_left(text: str, floor: int, stop: int) -> tuple[int, str | None]:
    """The noun phrase that ends at ``stop``: back to a comma, "that", "which" ... or ``floor``."""
    stop = _before_parenthesis(text, floor, stop)
    head = text[floor:stop]
    relative = rx.RELATIVE_TAIL.search(head) or _subject_relative(head)
    if relative:
        # "The man, who asked not to be named, said", "Analysts who have studied the data
        # say": the noun before the relative clause speaks.
        return _speaker_left(text, floor, floor + relative.start())
    begin = floor
    for edge in rx.cue_rx().left_edge.finditer(head):
        begin = floor + edge.end()
    for verb in rx.cue_rx().verb.finditer(text, begin, stop):
        # "The report documents ...": a verb form after a determiner is the noun.
        if not _determiner_before(text, verb.start()):
            begin = verb.end()
    phrase = text[begin:stop].strip()
    if re.match(r"(?:citing|according|quoting|speaking|writing)\b", phrase) and begin > floor:
        return _speaker_left(text, floor, text.rfind(",", floor, begin))
    aside = text.rfind(",", floor, stop)
    if aside > floor and rx.ASIDE.match(text, aside + 1):
        # ", speaking on condition of anonymity because he was not authorised ..., said"
        return _speaker_left(text, floor, aside)
    by = rx.cue_rx().made_by.match(phrase)
    if by:
        return begin + by.start(1), clean_speaker(by.group(1))
    appositive = _appositive(text, floor, begin, phrase)
    if appositive is not None:
        return appositive
    return begin, clean_speaker(phrase)


def _subject_relative(head: str) -> re.Match[str] | None:
    """ "Experts who have seen the list", "The bank, which has cut rates,": a relative
    clause whose verb follows the pronoun directly; "..., which officials put" is not one."""
    matches = list(rx.RELATIVE_START.finditer(head))
    match = matches[-1] if matches else None
    if match is None or not head[: match.start()].strip(" ,"):
        return None
    tail = head[match.end() :]
    if re.search(r"[,;:]", tail) or re.search(r"\s(?:and|or|but)\s*$", head):
        return None  # the phrase that speaks comes after the relative clause
    word = match.group(2)
    if word in cx.RELATIVE_VERB_WORDS or (word.endswith("ed") and len(word) > 4):
        return match
    return match if match.group(1) == "who" and word not in cx.DETERMINERS else None


def _before_parenthesis(text: str, floor: int, stop: int) -> int:
    """Where a phrase ends once a trailing "(IDMC)" and trailing commas are set aside."""
    head = text[floor:stop].rstrip(" ,")
    if head.endswith(")") and "(" in head:
        head = head[: head.rindex("(")].rstrip()
    return floor + len(head)


def _appositive(text: str, floor: int, begin: int, phrase: str) -> tuple[int, str | None] | None:
    """ "UNHCR, the UN Refugee Agency, said": the name before the descriptive phrase."""
    if begin <= floor + 1 or not _descriptive(phrase):
        return None
    if text[begin - 1] != " ":
        return None
    comma = text.rfind(",", floor, begin)
    if comma < 0 or text[comma + 1 : begin].strip():
        return None  # ", which local officials put": a relative clause, not an apposition
    prev = text.rfind(",", floor, comma)
    name = text[prev + 1 if prev >= 0 else floor : comma].strip(" \"“”'’")
    capitalised = re.fullmatch(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}", name)
    if capitalised and not rx.cue_rx().discourse.match(name):
        return comma - len(name), name
    return None


def _descriptive(phrase: str) -> bool:
    """ "the UN Refugee Agency", "deputy chairman of the Council": a title, not a name."""
    if phrase.lower().startswith(("the ", "a ", "an ")):
        return True
    first, last = phrase.split(" ", 1)[0], phrase.rsplit(" ", 1)[-1]
    if rx.OWNER_TITLE.match(phrase) and last in cx.PERSON_TITLES | cx.PERSON_NOUNS:
        return True  # "Russia's children's rights commissioner"
    return first.islower() and first.strip(",") in cx.PERSON_TITLES | _TITLE_MODIFIERS


# Words that open a person's title in apposition ("former deputy minister ...").
_TITLE_MODIFIERS = frozenset({"former", "acting", "senior", "first", "top", "regional", "local"})


def _speaker_right(text: str, end: int) -> tuple[int, str | None]:
    """ "..., said the ministry." / "..., said Ivan Petrov, head of ...": the phrase after."""
    match = rx.RIGHT_NP.match(text, end)
    if match is None:
        return end, None
    return match.start(1), clean_speaker(match.group(1))


def _chain_speakers(cues: list[Cue]) -> list[Cue]:
    """A coordinated verb ("X stated that ... and claimed that ...") keeps X as its speaker."""
    out: list[Cue] = []
    for cue in cues:
        if cue.speaker == "and" or (cue.speaker is None and cue.kind in ("pre", "post")):
            prev = next((c for c in reversed(out) if c.speaker not in (None, "and")), None)
            if prev is not None and cue.speaker == "and":
                cue = _with_speaker(cue, prev)
            elif cue.speaker == "and":
                cue = _with_speaker(cue, None)
        out.append(cue)
    return out


def _with_speaker(cue: Cue, source: Cue | None) -> Cue:
    return Cue(
        cue.start,
        cue.end,
        cue.kind,
        cue.hedge,
        source.speaker if source else None,
        source.speaker_start if source else cue.start,
        source.speaker_end if source else cue.start,
        cue.scope,
    )


def stronger(a: str, b: str) -> str:
    """The more uncertain of two hedges (SCHEMA.md precedence)."""
    return a if HEDGE_RANK.get(a, 9) <= HEDGE_RANK.get(b, 9) else b
