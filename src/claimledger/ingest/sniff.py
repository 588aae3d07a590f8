"""Decide which reader a file or response needs: by extension, content type, or content."""

from __future__ import annotations

from claimledger.ingest.discover import (
    FEED_EXTENSIONS,
    HTML_EXTENSIONS,
    PDF_EXTENSIONS,
    TEXT_EXTENSIONS,
    extension,
)

TEXT, HTML, PDF, FEED = "text", "html", "pdf", "feed"

_BY_EXTENSION = (
    (TEXT_EXTENSIONS, TEXT),
    (HTML_EXTENSIONS, HTML),
    (PDF_EXTENSIONS, PDF),
    (FEED_EXTENSIONS, FEED),
)
_BY_CONTENT_TYPE = {
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "application/rss+xml": FEED,
    "application/atom+xml": FEED,
    "application/rdf+xml": FEED,
    "application/xml": FEED,
    "text/xml": FEED,
    "application/pdf": PDF,
    "text/plain": TEXT,
    "text/markdown": TEXT,
}
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
_HTML_STARTS = (b"<!doctype html", b"<html")
_SNIFF_BYTES = 2048


def kind_from_extension(path: str) -> str | None:
    suffix = extension(path)
    return next((kind for suffixes, kind in _BY_EXTENSION if suffix in suffixes), None)


def kind_from_content_type(content_type: str) -> str | None:
    return _BY_CONTENT_TYPE.get(content_type.split(";")[0].strip().lower())


def kind_from_content(data: bytes) -> str | None:
    """Recognise PDFs, feeds and HTML pages from their first bytes."""
    if data.startswith(b"%PDF-"):
        return PDF
    head = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if any(root in head for root in _FEED_ROOTS) and not head.startswith(_HTML_STARTS):
        return FEED
    if head.startswith(_HTML_STARTS) or b"<html" in head:
        return HTML
    return None
