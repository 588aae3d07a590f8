"""What the ledger hands back: frozen dataclasses, free of SQL and of any database handle."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from claimledger.model import Claim, Document, Sentence, Value, interval_of

SAVE_STATUSES = ("added", "unchanged", "reextracted", "duplicate")
ROLES = ("viewer", "reviewer", "admin")
# Fields of a claim that a reviewer may correct; the extracted values are kept beside them.
CORRECTABLE = ("kind", "value", "qualifier", "unit", "subject", "source", "date", "hedge")


def content_hash(text: str) -> str:
    """The sha256 of a document's text: two documents with the same hash are the same report."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RunInfo:
    """The extractor that produced a batch of claims; one ``runs`` row per distinct RunInfo."""

    extractor: str
    version: str
    settings: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class ToSave:
    """One document for ``Ledger.save_many``: what ``Ledger.save`` takes, bar the run."""

    doc: Document
    sentences: Sequence[Sentence]
    claims: Sequence[Claim]
    spans: Sequence[tuple[str, int, int, str]] = ()
    signature: tuple[int, ...] = ()
    band_keys: Sequence[str] = ()
    duplicate_of: str | None = None
    original_bytes: bytes | None = None


@dataclass(frozen=True)
class SaveResult:
    doc_id: str
    status: str
    claims_added: int = 0


@dataclass(frozen=True)
class StoredClaim:
    """A claim as stored: the extracted fields, its provenance and its review state.

    ``corrections`` holds the values a reviewer changed (only the changed fields); the
    ``effective`` view and ``record()`` apply them, the plain attributes stay as extracted.
    """

    id: int
    doc: str
    kind: str
    value: Value
    qualifier: str
    unit: str | None
    subject: str
    source: str | None
    date: str | None
    hedge: str
    quote: str
    start: int
    end: int
    sentence_index: int | None
    sentence_start: int | None
    sentence_end: int | None
    interval: tuple[float | None, float | None]
    converts: int | None
    rule: str
    evidence: Mapping[str, str]
    extractor: str
    extractor_version: str
    status: str = "extracted"
    corrections: Mapping[str, Any] = field(default_factory=dict)
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    sentence: str | None = None

    def effective(self, name: str) -> Any:
        """A field's value after review: the correction if there is one, else as extracted."""
        if name in self.corrections:
            return self.corrections[name]
        return getattr(self, name)

    def record(self) -> dict[str, object]:
        """The SCHEMA.md record (with corrections applied) plus provenance and review fields."""
        fields = {name: self.effective(name) for name in CORRECTABLE}
        value = fields["value"]
        low, high = _interval(value, str(fields["qualifier"]), self.interval)
        fields["value"] = list(value) if isinstance(value, tuple | list) else _plain(value)
        return {
            "doc": self.doc,
            **fields,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "interval": [_plain(low), _plain(high)],
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "converts": self.converts,
            "rule": self.rule,
            "evidence": dict(self.evidence),
            "id": self.id,
            "status": self.status,
            "extractor": self.extractor,
            "extractor_version": self.extractor_version,
        }


def _interval(
    value: Any, qualifier: str, stored: tuple[float | None, float | None]
) -> tuple[float | None, float | None]:
    if isinstance(value, list):
        value = (float(value[0]), float(value[1]))
    if value is None:
        return stored
    return interval_of(value, qualifier)


def _plain(number: Any) -> Any:
    if isinstance(number, float) and number.is_integer():
        return int(number)
    if isinstance(number, float):
        return round(number, 6)
    return number


@dataclass(frozen=True)
class StoredSentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    label: str
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    title: str | None
    publisher: str | None
    published: date | None
    url: str | None
    language: str | None
    media_type: str
    content_hash: str
    ingested_at: datetime
    duplicate_of: str | None
    extractor: str
    extractor_version: str
    claims: int = 0


@dataclass(frozen=True)
class StoredDocument:
    """A document with everything the ledger knows about it."""

    summary: DocumentSummary
    text: str
    body_start: int
    original: str | None
    sentences: tuple[StoredSentence, ...]
    claims: tuple[StoredClaim, ...]
    mentions: tuple[Mention, ...] = ()
    pages: tuple[int, ...] = ()

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding character ``offset``, for paged sources; else None."""
        if not self.pages:
            return None
        return sum(1 for start in self.pages if start <= offset) or 1

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def title(self) -> str | None:
        return self.summary.title

    @property
    def duplicate_of(self) -> str | None:
        return self.summary.duplicate_of

    def to_document(self) -> Document:
        """The model.Document this was saved from (``path`` holds the original pointer)."""
        s = self.summary
        return Document(
            id=s.id,
            text=self.text,
            title=s.title,
            publisher=s.publisher,
            published=s.published,
            url=s.url,
            language=s.language,
            body_start=self.body_start,
            path=self.original,
            media_type=s.media_type,
            pages=self.pages,
        )

    def model_sentences(self) -> tuple[Sentence, ...]:
        return tuple(Sentence(s.start, s.end, s.text) for s in self.sentences)


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    title: str | None
    publisher: str | None
    published: date | None
    sentence_index: int
    start: int
    end: int
    sentence: str
    snippet: str
    rank: float


@dataclass(frozen=True)
class AuditEntry:
    id: int
    claim_id: int
    user: str
    at: datetime
    action: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    note: str | None = None


@dataclass(frozen=True)
class LedgerStats:
    documents: int
    claims: int
    duplicates: int
    sentences: int
    by_kind: Mapping[str, int]
    by_status: Mapping[str, int]
    # the database's size on disk (SQLite: pages in the file; PostgreSQL: the database)
    size_bytes: int = 0


@dataclass(frozen=True)
class User:
    name: str
    role: str
    created_at: datetime
