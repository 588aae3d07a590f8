"""Attributions without a reporting verb: "according to X", "estimates by X", "X's data show",
"Name: headline" and "reportedly". Each reader takes a sentence and returns its cues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.extract.components import clause_rx as rx
from claimledger.extract.components.clause_spans import clause_at
from claimledger.extract.components.cue import Cue, clean_speaker
from claimledger.extract.patterns import context as cx


def according_cues(text: str) -> list[Cue]:
    out: list[Cue] = []
    if "ccording to" not in text:
        return out  # the pattern's own words: a substring test skips the scan
    for match in rx.cue_rx().according.finditer(text):
        raw = match.group(1)
        by = re.search(r"\b(?:by|from|of)\s+(?=(?:the\s+)?[A-Za-z])", raw)
        by = by if by and _lead_is_data(raw[: by.start()]) else None
        handled = rx.HANDLED_BY.search(raw, 0, by.end()) if by else None
        if handled and re.match(r"[A-Z]", raw):
            # "Interior Ministry data reviewed by iStories": the data's owner, not its reader
            raw, by = raw[: handled.start()], None
        name = raw[by.end() :] if by else raw
        lowered = set(re.findall(r"[a-z]+", raw.lower()))
        hedge = "estimated" if lowered & cx.ESTIMATE_NOUNS else "reported"
        speaker = clean_speaker(_strip_data_nouns(name))
        start = match.start(1) + (len(raw) - len(name))
        out.append(
            Cue(
                match.start(),
                match.start() + 12,
                "according",
                hedge,
                speaker,
                start,
                match.end(1),
                (0, len(text)),
            )
        )
    return out


def by_cues(text: str) -> list[Cue]:
    """ "counts ... by Mediazona", "by iStories' calculation", "by our count": a report noun
    whose maker is named after "by" or as its owner."""
    out: list[Cue] = []
    if "by " not in text and "By " not in text:
        return out
    for match in rx.REPORT_BY.finditer(text) if " by " in text else ():
        noun = match.group("noun")
        hedge = "estimated" if noun.startswith(("estim", "calc", "proj")) else "reported"
        speaker = clean_speaker(match.group("who"))
        out.append(
            Cue(
                *match.span("noun"), "according", hedge, speaker, *match.span("who"), (0, len(text))
            )
        )
    for match in rx.BY_RECKONING.finditer(text):
        # "by iStories' calculation", "by our count": an estimate, the owner its source
        hedge = "reported" if match.group("noun").startswith(("count", "tally")) else "estimated"
        speaker = clean_speaker(rx.POSSESSIVE_END.sub("", match.group("who")))
        # "..., by X's calculation, to feed 1,200": forward, to the clause end after that
        # figure; "4,000 left, by our count.": back over the whole sentence
        digit = rx.DIGIT.search(text, match.end())
        stop = rx.CLAUSE_END.search(text, digit.end()) if digit else None
        forward = (match.start(), stop.start() if stop else len(text))
        scope = forward if digit else (0, len(text))
        out.append(Cue(*match.span("noun"), "according", hedge, speaker, *match.span("who"), scope))
    return out


def _lead_is_data(lead: str) -> bool:
    words = set(re.findall(r"[a-z]+", lead.lower()))
    return bool(words & (cx.ESTIMATE_NOUNS | cx.REPORT_NOUNS))


def _strip_data_nouns(name: str) -> str:
    """ "UNHCR's latest figures" -> "UNHCR"; "official figures" stays (no name is left);
    "IOM's Displacement Tracking Matrix" -> "IOM": a named owner speaks for its product."""
    owner = rx.OWNER.match(name)
    if owner and _is_product(name.split()[-1]):
        return owner.group(1)
    words = name.split()
    data = cx.ESTIMATE_NOUNS | cx.REPORT_NOUNS | cx.DATA_ADJECTIVES
    while len(words) > 1 and words[-1].lower() in data and re.search(r"[A-Z]", " ".join(words)):
        words = words[:-1]
    if len(words) < len(name.split()) and words:
        words[-1] = re.sub(r"['’]s$", "", words[-1])
    return " ".join(words)


def _is_product(head: str) -> bool:
    """ "round", "data", "tracker": a thing its owner publishes, not a body or a person
    ("Kyiv's military administration" speaks for itself)."""
    bodies = cx.ORG_WORDS | cx.PERSON_TITLES | cx.OUTLET_WORDS | cx.TYPE_NOUNS
    return head.islower() and head not in bodies


def possessive_cues(text: str, spans: Sequence[tuple[int, int]]) -> list[Cue]:
    out: list[Cue] = []
    if not rx.cue_rx().noun_hint.search(text):
        return out
    for pattern in (rx.cue_rx().possessive, rx.cue_rx().data_from):
        for match in pattern.finditer(text):
            noun, name = _noun_and_name(match)
            hedge = "estimated" if noun.lower() in cx.ESTIMATE_NOUNS else "reported"
            clause = clause_at(spans, match.start())
            scope = (match.start(), clause[1])
            out.append(
                Cue(
                    match.start(),
                    match.end(),
                    "possessive",
                    hedge,
                    clean_speaker(name.group()),
                    name.start(),
                    name.end(),
                    scope,
                )
            )
    return out


def _noun_and_name(match: re.Match[str]) -> tuple[str, _Group]:
    if match.re is rx.cue_rx().possessive:
        return match.group(2), _Group(match, 1)
    return match.group(1), _Group(match, 2)


@dataclass(frozen=True)
class _Group:
    match: re.Match[str]
    index: int

    def group(self) -> str:
        return self.match.group(self.index)

    def start(self) -> int:
        return self.match.start(self.index)

    def end(self) -> int:
        return self.match.end(self.index)


def headline_cues(text: str) -> list[Cue]:
    match = rx.cue_rx().headline.match(text)
    if match is None:
        return []
    name = match.group(1)
    words = name.split()
    if len(words) > 8 or " ".join(words).lower() in cx.NOT_SPEAKERS:
        return []
    if words[0].lower() in cx.NOT_SPEAKERS or _is_label(text[match.end() :]):
        return []
    return [
        Cue(
            match.start(1),
            match.end(1),
            "headline",
            "reported",
            name,
            match.start(1),
            match.end(1),
            (0, len(text)),
        )
    ]


def _is_label(rest: str) -> bool:
    """ "IDPs: 3.7 million": a label and its figure, not a speaker and a headline."""
    return len(re.findall(r"\b[a-z]{2,}\b", rest)) < 3


def adverb_cues(text: str, spans: Sequence[tuple[int, int]]) -> list[Cue]:
    out: list[Cue] = []
    if "edly" not in text:
        return out
    for match in rx.cue_rx().adverb.finditer(text):
        word = match.group().lower()
        hedge = "reported" if word == "reportedly" else "claimed"
        clause = clause_at(spans, match.start())
        out.append(
            Cue(
                match.start(),
                match.end(),
                "adverb",
                hedge,
                None,
                match.start(),
                match.start(),
                clause,
            )
        )
    return out
