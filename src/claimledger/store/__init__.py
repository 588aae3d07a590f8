"""The ledger: documents, sentences and claims in SQLite or PostgreSQL (the only SQL)."""

from claimledger.store.ledger import Ledger
from claimledger.store.records import (
    AuditEntry,
    DocumentSummary,
    LedgerStats,
    Mention,
    RunInfo,
    SaveResult,
    SearchHit,
    StoredClaim,
    StoredDocument,
    StoredSentence,
    ToSave,
    User,
    content_hash,
)
from claimledger.store.search import parse_query
from claimledger.store.url import normalise_url

__all__ = [
    "AuditEntry",
    "DocumentSummary",
    "Ledger",
    "LedgerStats",
    "Mention",
    "RunInfo",
    "SaveResult",
    "SearchHit",
    "StoredClaim",
    "StoredDocument",
    "StoredSentence",
    "ToSave",
    "User",
    "content_hash",
    "normalise_url",
    "parse_query",
]
