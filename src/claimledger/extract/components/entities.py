"""Named spans for the ledger: speakers (ORG, PERSON, OUTLET), places (PLACE) and legal
measures (LAW), as ``(label, start, end, text)`` with offsets into ``Document.text``.

Speakers come from the attribution cues of each sentence; places from the gazetteer in
``patterns/places.py`` plus "X Oblast"-style names; legal measures from "Federal Law No. ...",
"Article 5", "decree" and similar.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from claimledger.extract.components.clauses import find_cues
from claimledger.extract.components.speakers import speaker_type, strip_article, tidy_name
from claimledger.extract.components.wordtrie import trie_pattern
from claimledger.extract.patterns import places as pl
from claimledger.extract.pipeline import Parse, component, replaced
from claimledger.model import Sentence

Span = tuple[str, int, int, str]


@cache
def _place_rx() -> re.Pattern[str]:
    names = sorted(pl.COUNTRIES | pl.RUSSIAN_REGIONS | pl.CITIES, key=len, reverse=True)
    heads = "|".join(pl.REGION_HEADS)
    generic = rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:{heads})\b"
    return re.compile(rf"\b(?:{generic}|{trie_pattern(names)}\b)")


@cache
def _law_rx() -> re.Pattern[str]:
    words = "|".join(pl.LEGAL_WORDS)
    return re.compile(
        r"\b(?:(?:Federal\s+)?(?:Law|Decree|Order|Resolution)\s+No\.?\s*[\w-]+(?:-FZ)?"
        r"|Article\s+\d+(?:\.\d+)?(?:\s+of\s+the\s+[A-Z][\w\s]+?Code)?"
        r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+Code"
        rf"|(?:the|a|new|federal)\s+(?:[\w-]+\s+)?(?:{words}))\b"
    )


@cache
def _law_hint() -> re.Pattern[str]:
    """Cheap test for a legal word before the full pattern (most sentences have none)."""
    words = [w for w in pl.LEGAL_WORDS] + [w.capitalize() for w in pl.LEGAL_WORDS]
    return re.compile(rf"\b(?:{trie_pattern(words + ['Article', 'Code'])})\b")


@lru_cache(maxsize=1024)  # asked of the same subjects again and again
def is_place(name: str) -> bool:
    """Whether ``name`` is a known place or an "X Oblast"-style region name."""
    match = _place_rx().fullmatch(name.strip())
    return match is not None


def place_spans(text: str, offset: int = 0) -> list[Span]:
    return [
        ("PLACE", m.start() + offset, m.end() + offset, m.group())
        for m in _place_rx().finditer(text)
    ]


def law_spans(text: str, offset: int = 0) -> list[Span]:
    if not _law_hint().search(text):
        return []
    return [
        ("LAW", m.start() + offset, m.end() + offset, m.group()) for m in _law_rx().finditer(text)
    ]


def speaker_spans(sentence: Sentence, known: dict[str, str] | None = None) -> list[Span]:
    """Named speakers of one sentence, as their tidy name ("Dmitry Medvedev", not the title).

    ``known`` maps surnames seen earlier in the document to "PERSON", so that a later bare
    "Medvedev" is labelled as a person; it is updated in place.
    """
    known = {} if known is None else known
    out: list[Span] = []
    for cue in find_cues(sentence.text):
        if not cue.speaker or cue.speaker == "and" or cue.speaker_end <= cue.speaker_start:
            continue
        name = tidy_name(strip_article(cue.speaker))
        found = sentence.text.find(name, cue.speaker_start)
        label = known.get(name) or speaker_type(name)
        if found < 0 or label is None or label == "GROUP":
            continue
        if label == "PERSON":
            known[name.split()[-1]] = "PERSON"
        start = sentence.start + found
        out.append((label, start, start + len(name), name))
    return out


def find_entities(sentences: tuple[Sentence, ...]) -> tuple[Span, ...]:
    spans: list[Span] = []
    known: dict[str, str] = {}
    for sentence in sentences:
        spans.extend(speaker_spans(sentence, known))
        spans.extend(place_spans(sentence.text, sentence.start))
        spans.extend(law_spans(sentence.text, sentence.start))
    spans.sort(key=lambda span: (span[1], span[2]))
    return tuple(spans)


@component("entities", requires=("sentences",), assigns=("spans",))
def _entities(parse: Parse) -> Parse:
    return replaced(parse, spans=find_entities(parse.sentences))


COMPONENT = _entities
