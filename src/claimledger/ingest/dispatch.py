"""``read``: one target (file or URL) in, the Documents it holds out.

The reader is chosen by the file's extension, else by sniffing its first bytes; for a URL by
sniffing the response, else by its Content-Type. Heavy readers (trafilatura, pypdf,
feedparser) are imported only when a file needs them, so reading text stays fast to start.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import date

from claimledger.config import Settings
from claimledger.errors import EmptyInputError, InputError, UnsupportedInputError
from claimledger.ingest.discover import SUPPORTED_EXTENSIONS, extension, is_url
from claimledger.ingest.fetch import DEFAULT_TIMEOUT, Fetcher, fetch
from claimledger.ingest.ids import slug
from claimledger.ingest.sniff import (
    FEED,
    HTML,
    PDF,
    kind_from_content,
    kind_from_content_type,
    kind_from_extension,
)
from claimledger.ingest.source import check_not_binary, load_bytes
from claimledger.ingest.text import read_text
from claimledger.model import Document


def read(
    target: str,
    settings: Settings,
    *,
    published: date | None = None,
    fetcher: Fetcher = fetch,
) -> list[Document]:
    """Read one report file, page, PDF or feed into Documents (a feed gives one per entry).

    ``published`` (e.g. from ``--published``) overrides the date found in a single report and
    fills in entry dates that a feed leaves out. Bad input raises an ``InputError`` subclass
    (or ``FrontMatterError``) whose ``path`` is ``target``; nothing is printed.
    """
    target = os.fspath(target)
    docs = _read_url(target, settings, fetcher) if is_url(target) else _read_file(target, settings)
    return _with_published(docs, published)


def _read_file(path: str, settings: Settings) -> list[Document]:
    data = load_bytes(path, settings.max_file_bytes)
    if not data.strip():
        raise EmptyInputError("file is empty" if not data else "file holds only whitespace", path)
    kind = kind_from_extension(path) or kind_from_content(data)
    if kind is None:
        check_not_binary(data, path)
        expected = ", ".join(sorted(SUPPORTED_EXTENSIONS))
        shown = extension(path) or "(none)"
        raise UnsupportedInputError(f"unsupported file type {shown}; expected {expected}", path)
    return _read_kind(kind, data, path, doc_id=os.path.splitext(os.path.basename(path))[0])


def _read_url(url: str, settings: Settings, fetcher: Fetcher) -> list[Document]:
    if not settings.online:
        raise InputError("offline: URLs are read only when online mode is on", path=url)
    result = fetcher(url, timeout=DEFAULT_TIMEOUT, max_bytes=settings.max_file_bytes)
    kind = kind_from_content(result.content) or kind_from_content_type(result.content_type)
    if kind is None:
        raise UnsupportedInputError(f"unsupported content type {result.content_type!r}", url)
    docs = _read_kind(
        kind, result.content, url, doc_id=slug(result.final_url), content_type=result.content_type
    )
    return [doc if doc.url else dataclasses.replace(doc, url=result.final_url) for doc in docs]


def _read_kind(
    kind: str, data: bytes, path: str, *, doc_id: str, content_type: str = ""
) -> list[Document]:
    if kind == HTML:
        from claimledger.ingest.html import read_html

        return [read_html(data, path, doc_id=doc_id, content_type=content_type)]
    if kind == PDF:
        from claimledger.ingest.pdf import read_pdf

        return [read_pdf(data, path, doc_id=doc_id)]
    if kind == FEED:
        from claimledger.ingest.feed import read_feed

        return read_feed(data, path)
    return [read_text(data, path, doc_id=doc_id)]


def _with_published(docs: list[Document], published: date | None) -> list[Document]:
    if published is None:
        return docs
    if len(docs) > 1:
        return [doc if doc.published else _dated(doc, published) for doc in docs]
    return [_dated(doc, published) for doc in docs]


def _dated(doc: Document, published: date) -> Document:
    return dataclasses.replace(doc, published=published)
