"""Whom a sentence attributes each figure to (``Claim.source``), or None for the author.

For each figure the governing attribution is the nearest cue (from ``clauses.find_cues``)
whose reach covers it: "X said that ..." reaches forward to the end of its clause, "..., X
said." and "according to X" reach the whole sentence. A figure inside the speaker phrase
("one in five respondents said") is the speakers' own figure. Generic speakers ("various
estimates suggest") pass the attribution to the next cue out. Pronouns, "the agency" and
bare surnames are resolved through a per-document memory of named speakers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimledger.extract.components.claims import updated
from claimledger.extract.components.clauses import Cue, sentence_cues
from claimledger.extract.components.speakers import (
    SpeakerMemory,
    display_name,
    is_author,
    speaker_type,
    tidy_name,
)
from claimledger.extract.patterns import context as cx
from claimledger.extract.pipeline import Parse, component, replaced
from claimledger.model import Claim

# A digit in a speaker phrase is usually a figure ("one in five respondents said"); an age
# ("a 29-year-old worker") is not.
_DIGIT = re.compile(r"\d(?![\d,.]*-year-old)")


@dataclass(frozen=True)
class Attribution:
    """The cues that govern one figure, nearest first, and the resolved speaker."""

    cues: tuple[Cue, ...]
    source: str | None
    rule: str


def governing_cues(cues: Sequence[Cue], start: int, end: int) -> list[Cue]:
    """Cues that reach the figure at ``start:end`` (sentence offsets), nearest first."""
    own = [c for c in cues if c.speaker_start < end and start < c.speaker_end]
    if own and _figure_leads(own[0], start):
        return [own[0]]
    reach = [c for c in cues if _reaches(c, start, end) and c not in own]
    nearest = sorted(reach, key=lambda c: _distance(c, start, end))
    if own and own[0].kind == "passive":
        # "X said that 8,000 are believed to be held": the passive hedges, X still speaks
        return [own[0], *(c for c in nearest if c.kind in ("pre", "post", "according"))]
    return nearest


def _figure_leads(cue: Cue, start: int) -> bool:
    return cue.kind in ("pre", "post") and start - cue.speaker_start <= 8


def _reaches(cue: Cue, start: int, end: int) -> bool:
    if not (cue.scope[0] <= start and end <= cue.scope[1]):
        return False
    if cue.kind in ("pre", "possessive", "noun"):
        return cue.end <= start
    if cue.kind == "passive":
        return cue.speaker_start <= start < cue.start
    return True


def _distance(cue: Cue, start: int, end: int) -> int:
    return start - cue.end if cue.end <= start else max(0, cue.start - end)


@lru_cache(maxsize=512)
def cue_chain(text: str, start: int, end: int) -> tuple[Cue, ...]:
    """The governing cues of a figure, nearest first, up to the first that names a speaker
    (or an adverb or passive, which name none). Sources, dates and hedges all read it."""
    used: list[Cue] = []
    for cue in governing_cues(sentence_cues(text), start, end):
        used.append(cue)
        if cue.kind in ("adverb", "noun") or _names_someone(cue):
            break
    return tuple(used)


def _names_someone(cue: Cue) -> bool:
    if not cue.speaker or cue.speaker == "and" or cue.speaker.lower() in _FIRST_PERSON:
        return False
    words = cue.speaker.lower().split()
    if words[0] in cx.AUTHOR_WORDS:
        return False  # "our count", "our analysis": the author's own voice
    if len(words) == 2 and words[0] in ("the", "this") and words[1] in cx.ANAPHORIC_NOUNS:
        return True  # "the report", "this study": the document named before
    return not set(words) <= cx.GENERIC_SPEAKER_WORDS


# Inside a quotation "we" and "I" are the quoted speaker, named by the attribution outside.
_FIRST_PERSON = frozenset({"we", "i", "us", "you"})


def attribute(text: str, start: int, end: int, memory: SpeakerMemory) -> Attribution:
    """The cues that govern the figure at ``start:end`` of ``text`` and its resolved speaker."""
    used = cue_chain(text, start, end)
    last = used[-1] if used else None
    if last is None or not _names_someone(last):
        rule = f"source.{last.kind}" if last is not None else "source.none"
        return Attribution(used, None, rule)
    outer = _reporter_of(text, last)
    if outer is not None:
        return Attribution(used, _speaker_name(outer, memory), "source.reported_speech")
    return Attribution(used, _speaker_name(last, memory), f"source.{last.kind}")


def _reporter_of(text: str, cue: Cue) -> Cue | None:
    """ "He said Ukraine believed 8,000 ...": the speaker whose statement holds the nested
    attribution is the source the sentence gives."""
    if cue.kind != "pre":
        return None
    for outer in sentence_cues(text):
        if outer.kind != "pre" or outer.end > cue.speaker_start or not _names_someone(outer):
            continue
        if _SAID_THAT.fullmatch(text, outer.end, cue.speaker_start):
            return outer
    return None


_SAID_THAT = re.compile(r"\s*(?:that\s+)?(?:the\s+)?")


def _speaker_name(cue: Cue, memory: SpeakerMemory) -> str | None:
    if not cue.speaker or cue.speaker == "and":
        return None
    if not _names_someone(cue):
        return None
    resolved = memory.resolve(cue.speaker)
    return display_name(tidy_name(resolved)) if resolved else None


def _remember(cues: Sequence[Cue], memory: SpeakerMemory, figures: list[int], text: str) -> None:
    for cue in cues:
        if not cue.speaker or cue.speaker == "and" or _DIGIT.search(cue.speaker):
            continue
        if any(cue.speaker_start <= pos < cue.speaker_end for pos in figures):
            continue
        resolved = memory.resolve(cue.speaker)
        if not resolved:
            continue
        kind = speaker_type(resolved)
        if kind is not None and _AGE_AFTER.match(text, text.find(cue.speaker, cue.speaker_start)):
            kind = "PERSON"  # "said Oleksandr, 34,": a first name with an age
        if kind is not None:
            memory.remember(tidy_name(resolved), kind)
            if resolved != cue.speaker and kind == "ORG":
                memory.remember(resolved, kind)


_AGE_AFTER = re.compile(r"[A-Z][\w'’-]*,\s+\d{1,2},")


def _figure_speaker(claim: Claim, cue: Cue) -> str | None:
    """ "Nearly one in five respondents said ...": the respondents speak for themselves;
    "60 per cent of IDPs surveyed by IOM said" -> "IDPs surveyed by IOM"."""
    rest = _OF_REST.search(cue.speaker or "")
    if rest and not _DIGIT.search(rest.group(1)):
        return display_name(rest.group(1))
    words = claim.subject.split()
    if words[:2] == ["share", "of"]:
        words = words[2:]
    return " ".join(words[:1]) or None


def _bare_share(text: str, end: int, cue: Cue) -> bool:
    """The speaker phrase is the figure alone ("Two-thirds said", "Nearly 70 per cent said")."""
    return cue.speaker_end - end < 2 and not re.search(r"[A-Za-z]", text[end : cue.speaker_end])


_OF_REST = re.compile(r"^[\w\s.,%-]*?\d[\w\s.,%-]*?\bof\s+(?:the\s+|them\s*)?(\w.*)$")


def assign_sources(parse: Parse) -> tuple[Claim, ...]:
    document = parse.document
    body = document.body_start
    memory = SpeakerMemory(text=document.text, publisher=document.publisher, floor=body, upto=body)
    by_sentence: dict[int, list[int]] = {}
    for index, claim in enumerate(parse.claims):
        by_sentence.setdefault(claim.sentence_start, []).append(index)
    out = list(parse.claims)
    previous = ""
    for sentence in parse.sentences:
        memory.move_to(sentence.start)
        cues = sentence_cues(sentence.text)
        indexes = by_sentence.get(sentence.start, [])
        # Remembered first, so that "X reported that they had counted ..." resolves to X.
        _remember(cues, memory, [out[i].start - sentence.start for i in indexes], sentence.text)
        quoted = quote_speaker(previous, sentence.text) if indexes else None
        for index in indexes:
            out[index] = _with_source(out[index], memory, parse.document.publisher)
            if quoted is not None:
                name = _speaker_name(quoted, memory)
                evidence = (*out[index].evidence[:-1], ("source", "source.quote_continues"))
                out[index] = updated(out[index], source=name, evidence=evidence)
        previous = sentence.text
    return tuple(out)


def quote_speaker(previous: str, text: str) -> Cue | None:
    """ "'...,' she said. 'One of them ...'": a sentence that is only a quotation, right after
    an attributed quotation, continues it; the cue of that attribution, or None."""
    if not text.lstrip().startswith(_QUOTES) or sentence_cues(text):
        return None
    if not any(mark in previous for mark in _QUOTES):
        return None
    for cue in sentence_cues(previous):
        if cue.kind in ("pre", "post") and _names_someone(cue):
            return cue
    return None


_QUOTES = ('"', "“")


def _with_source(claim: Claim, memory: SpeakerMemory, publisher: str | None) -> Claim:
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    found = attribute(claim.sentence, start, end, memory)
    source, rule = found.source, found.rule
    last = found.cues[-1] if found.cues else None
    if last is not None and is_author(
        last.speaker, claim.sentence[last.start : last.end], publisher
    ):
        source, rule = None, "source.author"
    lead = found.cues[0] if found.cues else None
    if (
        lead is not None
        and lead.kind in ("pre", "post")
        and lead.speaker  # "3,600,000 (estimated)": a cue inside the figure names no one
        and lead.speaker_start < end
        and start < lead.speaker_end
    ):
        source, rule = _figure_speaker(claim, lead), "source.figure_is_speaker"
        if _bare_share(claim.sentence, end, lead) and memory.last_group():
            # "Nearly 70 per cent said ...": a share of the group that spoke last.
            source, rule = memory.last_group(), "source.share_of_last_group"
    if source and _DIGIT.search(source) and rule != "source.figure_is_speaker":
        # "Nearly 60% of those surveyed said ..., up from 45%": the group, for the other figure
        rest = _OF_REST.search(source)
        source = display_name(rest.group(1)) if rest and not _DIGIT.search(rest.group(1)) else None
    evidence = (*claim.evidence, ("source", rule))
    return updated(claim, source=source, evidence=evidence)


@component("sources", requires=("claims",), assigns=("claims.source",))
def _sources(parse: Parse) -> Parse:
    return replaced(parse, claims=assign_sources(parse))


COMPONENT = _sources
