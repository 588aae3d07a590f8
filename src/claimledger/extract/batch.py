"""Extraction over many files: a stream of per-document results that never stops at a bad file."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from claimledger.config import Settings
from claimledger.errors import ClaimledgerError, InputError
from claimledger.extract.pipeline import Parse, Pipeline
from claimledger.model import Document


@dataclass(frozen=True)
class DocumentResult:
    """What one target gave: a parse, or the error that stopped it."""

    target: str
    parse: Parse | None = None
    error: ClaimledgerError | None = None

    @property
    def document(self) -> Document | None:
        return self.parse.document if self.parse else None


def extract_targets(
    targets: Sequence[str],
    settings: Settings,
    pipeline: Pipeline,
    *,
    published: date | None = None,
) -> Iterator[DocumentResult]:
    """Read and extract each target in turn; results are yielded, never accumulated."""
    from claimledger import ingest

    for target in ingest.discover(targets):
        yield from _extract_one(target, settings, pipeline, published)


def _extract_one(
    target: str, settings: Settings, pipeline: Pipeline, published: date | None
) -> Iterator[DocumentResult]:
    from claimledger import ingest

    try:
        documents = ingest.read(target, settings, published=published)
    except ClaimledgerError as error:
        yield DocumentResult(target, error=error)
        return
    for document in documents:
        yield _run_pipeline(target, document, pipeline)


def _run_pipeline(target: str, document: Document, pipeline: Pipeline) -> DocumentResult:
    try:
        return DocumentResult(target, parse=pipeline(document))
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not stop the batch
        message = f"extraction failed ({type(exc).__name__}: {exc})"
        return DocumentResult(target, error=InputError(message, path=target))
