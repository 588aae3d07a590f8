"""HTML pages: main text without boilerplate, and the page's own metadata, via trafilatura.

trafilatura gets the page as a string and never a URL, so it cannot fetch anything. The
Document's ``text`` is the extracted main text with one blank line between blocks, and
offsets point into it. A first block that only repeats the title is left out: the headline
is metadata, like a front-matter title, and leaving it out lets a re-post with a changed
headline keep the same text as the original.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from claimledger.errors import EmptyInputError, EncodingError
from claimledger.ingest.language import detect_language
from claimledger.ingest.source import check_not_binary
from claimledger.model import Document

# Only metadata the page states: htmldate's extensive search guesses dates from any text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CHARSET_HEAD_BYTES = 4096
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_html(data: bytes, path: str, *, doc_id: str, content_type: str = "") -> Document:
    """One Document from an HTML page; ``content_type`` may name the charset (HTTP header)."""
    markup = decode_html(data, path, content_type)
    extracted = _extract(markup)
    text = _main_text(extracted, path)
    return Document(
        id=doc_id,
        text=text,
        title=_field(extracted, "title"),
        publisher=_field(extracted, "sitename"),
        published=_date(_field(extracted, "date")),
        url=_field(extracted, "url"),
        language=detect_language(text),
        path=path,
        media_type="text/html",
    )


def decode_html(data: bytes, path: str, content_type: str = "") -> str:
    """UTF-8 when valid, else the charset the header or the page declares."""
    check_not_binary(data, path)
    if not data.strip():
        raise EmptyInputError("file is empty", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        charset = _declared_charset(content_type.encode("latin-1", "replace"), data)
        if charset is None:
            raise EncodingError(
                f"not valid UTF-8 and no charset declared: {error}", path
            ) from error
        return _decode_as(data, charset, path)


def _declared_charset(header: bytes, data: bytes) -> str | None:
    match = _CHARSET.search(header) or _CHARSET.search(data[:_CHARSET_HEAD_BYTES])
    return match.group(1).decode("ascii") if match else None


def _decode_as(data: bytes, charset: str, path: str) -> str:
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError) as error:
        raise EncodingError(
            f"cannot decode as declared charset {charset!r}: {error}", path
        ) from error


def _extract(markup: str) -> Any:
    from trafilatura import bare_extraction

    return bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params=_DATE_PARAMS,
    )


def _main_text(extracted: Any, path: str) -> str:
    raw = _field(extracted, "text") or ""
    blocks = [line.strip() for line in raw.splitlines() if line.strip()]
    title = _field(extracted, "title")
    if blocks and title and blocks[0] == title.strip():
        blocks = blocks[1:]
    if not blocks:
        raise EmptyInputError("no main text found in the HTML page", path=path)
    return "\n\n".join(blocks) + "\n"


def _field(extracted: Any, name: str) -> str | None:
    value = getattr(extracted, name, None) if extracted is not None else None
    return (str(value).strip() or None) if value else None


def _date(value: str | None) -> date | None:
    match = _ISO_DATE.match(value or "")
    return date.fromisoformat(match.group()) if match else None
