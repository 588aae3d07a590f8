"""PDF reports: text page by page with pypdf (BSD licensed; no AGPL PDF library)."""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from claimledger.errors import EmptyInputError, InputError
from claimledger.ingest.language import detect_language
from claimledger.ingest.text import guess_title
from claimledger.model import Document

# Between pages: a form feed on a line of its own, so a sentence splitter sees a hard break
# and a reader of the text still sees where a page ended.
PAGE_BREAK = "\n\f\n"


def read_pdf(data: bytes, path: str, *, doc_id: str) -> Document:
    """One Document; ``pages`` holds the offset in ``text`` where each page starts."""
    reader = _open(data, path)
    page_texts = [_page_text(page, number, path) for number, page in _pages(reader, path)]
    text, starts = _join_pages(page_texts)
    if not text.strip():
        raise EmptyInputError("PDF has no extractable text (a scanned PDF needs OCR)", path)
    info = _metadata(reader)
    return Document(
        id=doc_id,
        text=text,
        title=_info_text(info, "title") or guess_title(text),
        publisher=_info_text(info, "author"),
        published=_info_date(info),
        language=detect_language(text),
        path=path,
        media_type="application/pdf",
        pages=starts,
    )


def _open(data: bytes, path: str) -> Any:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
    except Exception as error:  # a broken file can fail anywhere inside the parser
        raise InputError(f"cannot read PDF: {error}", path=path) from error
    if reader.is_encrypted:
        _decrypt(reader, path)
    return reader


def _decrypt(reader: Any, path: str) -> None:
    """Many PDFs are 'encrypted' with an empty user password only to restrict printing."""
    try:
        opened = reader.decrypt("")
    except Exception as error:  # unsupported algorithms raise pypdf's DependencyError
        raise InputError(f"encrypted PDF that cannot be opened: {error}", path=path) from error
    if not opened:
        raise InputError("encrypted PDF: it needs a password", path=path)


def _pages(reader: Any, path: str) -> list[tuple[int, Any]]:
    try:
        return list(enumerate(reader.pages, 1))
    except Exception as error:  # a broken page tree fails only when the pages are listed
        raise InputError(f"cannot read the pages of PDF: {error}", path=path) from error


def _page_text(page: Any, number: int, path: str) -> str:
    try:
        return str(page.extract_text() or "").strip("\n")
    except Exception as error:  # a damaged content stream can fail anywhere in extraction
        raise InputError(f"cannot read text of PDF page {number}: {error}", path=path) from error


def _join_pages(page_texts: list[str]) -> tuple[str, tuple[int, ...]]:
    starts: list[int] = []
    offset = 0
    for page_text in page_texts:
        starts.append(offset)
        offset += len(page_text) + len(PAGE_BREAK)
    return PAGE_BREAK.join(page_texts) + "\n", tuple(starts)


def _metadata(reader: Any) -> Any:
    try:
        return reader.metadata
    except Exception:  # broken metadata must not cost the text; the document stays readable
        return None


def _info_text(info: Any, name: str) -> str | None:
    value = getattr(info, name, None) if info is not None else None
    return (str(value).strip() or None) if value else None


def _info_date(info: Any) -> date | None:
    try:
        created = info.creation_date if info is not None else None
    except Exception:  # an unparseable date string is metadata noise, not a bad document
        return None
    return created.date() if isinstance(created, datetime) else None
