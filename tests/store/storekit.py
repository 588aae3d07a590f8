"""Store test helpers: turn a hand-written document into the sentences and claims to save.

The extractor is not used here: store tests must not move when the extractor's rules do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import text

from claimledger.model import Claim, Document, Sentence
from claimledger.store import RunInfo
from claimledger.store.url import make_engine

RUN = RunInfo("test-extractor", "1.0.0")
NEWER_RUN = RunInfo("test-extractor", "1.1.0")
_SENTENCE = re.compile(r"\S.*?[.!?](?=\s|$)", re.DOTALL)


def split(doc: Document) -> list[Sentence]:
    """Sentences of the body: ending in . ! or ? before a space (enough for test text)."""
    body = doc.body_start
    return [
        Sentence(body + m.start(), body + m.end(), m.group())
        for m in _SENTENCE.finditer(doc.text[body:])
    ]


@dataclass(frozen=True)
class Fig:
    """A figure to turn into a Claim: its quote (the n-th occurrence) and its fields."""

    quote: str
    value: float | tuple[float, float]
    kind: str = "count"
    unit: str | None = None
    subject: str = "people"
    source: str | None = None
    qualifier: str = "exact"
    hedge: str = "asserted"
    date: str | None = None
    occurrence: int = 0
    converts: int | None = None
    evidence: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def claim_of(doc: Document, sentences: Sequence[Sentence], fig: Fig) -> Claim:
    start = _find(doc.text, fig.quote, fig.occurrence)
    sentence = next(s for s in sentences if s.start <= start < s.end)
    return Claim(
        doc=doc.id,
        kind=fig.kind,
        value=fig.value,
        qualifier=fig.qualifier,
        unit=fig.unit,
        subject=fig.subject,
        source=fig.source,
        date=fig.date,
        hedge=fig.hedge,
        quote=fig.quote,
        start=start,
        end=start + len(fig.quote),
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        sentence=sentence.text,
        converts=fig.converts,
        rule="test.rule",
        evidence=fig.evidence,
    )


def _find(text: str, quote: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return start


def assert_index_is_sound(db_url: str) -> None:
    """FTS5's own check that its index holds exactly the sentences' text and tags."""
    if not db_url.startswith("sqlite"):
        return
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
            )
    finally:
        engine.dispose()
