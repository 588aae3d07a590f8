"""The attribution cue a sentence holds, and the speaker phrase cleaned for it.

Shared by ``clauses`` (verb attributions) and ``noun_cues`` (the others); kept apart so that
neither imports the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.extract.components import clause_rx as rx


@dataclass(frozen=True)
class Cue:
    """One attribution in a sentence. ``kind``: pre, post, according, headline, possessive,
    passive or adverb. ``scope`` is the span of text the attribution can govern."""

    start: int
    end: int
    kind: str
    hedge: str
    speaker: str | None
    speaker_start: int
    speaker_end: int
    scope: tuple[int, int]


@lru_cache(maxsize=1024)  # speaker phrases recur ("officials", "the ministry")
def clean_speaker(phrase: str) -> str | None:
    """A speaker phrase without determiners, adverbs or trailing clutter; None if empty."""
    if "[" in phrase:
        phrase = rx.LINK_TEXT.sub(r"\1", phrase)  # a Markdown link "[IOM](url)", not "[6]"
    phrase = rx.CLUTTER.sub("", phrase).strip(" ,.;:–—-")
    of = rx.OF.search(phrase)
    if of and re.search(r"\d", phrase) and not re.match(r"[\W\d]|\w+\s+\d", phrase):
        phrase = phrase[: of.start()]
    phrase = rx.cue_rx().lead_in.sub("", phrase)
    phrase = rx.cue_rx().data_lead.sub("", rx.ARTICLE.sub("", phrase))
    phrase = rx.cue_rx().time_tail.sub("", phrase)
    words = phrase.split()
    while words and words[0].lower() in ("a", "an", "and", "or", "but", "while"):
        words = words[1:]
    if not words or len(words) > 14:
        return None
    if len(words) == 1 and words[0].lower().endswith(rx.ADVERB_ENDINGS):
        return None  # "Officially recorded remittances": an adverb, no one speaks
    if words[-1].lower() in ("and", "or", "but"):
        return "and"
    return " ".join(words)
