"""RSS and Atom feeds with feedparser: one Document per entry that has text."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from claimledger.errors import EmptyInputError, InputError, UnsupportedInputError
from claimledger.ingest.discover import is_url
from claimledger.ingest.fragment import fragment_to_text
from claimledger.ingest.ids import slug
from claimledger.ingest.language import detect_language
from claimledger.ingest.source import check_not_binary
from claimledger.model import Document


def read_feed(data: bytes, path: str) -> list[Document]:
    """Entries become Documents; entries without any text (title only) are left out.

    Bytes, never a string, go to feedparser: given a string that looks like a URL it would
    fetch it.
    """
    import feedparser

    check_not_binary(data, path)
    try:
        parsed = feedparser.parse(data)
    except (ValueError, LookupError) as error:  # a garbled encoding declaration, mostly
        raise InputError(f"cannot parse feed: {error}", path=path) from error
    if not parsed.get("version") and not parsed.get("entries"):
        raise UnsupportedInputError("not an RSS or Atom feed", path=path)
    publisher = _clean(parsed.feed.get("title"))
    media_type = _media_type(str(parsed.get("version")))
    docs = [
        _entry(entry, index, path, publisher, media_type)
        for index, entry in enumerate(parsed.entries)
    ]
    kept = [doc for doc in docs if doc is not None]
    if not kept:
        raise EmptyInputError("feed has no entries with text", path=path)
    return kept


def _media_type(version: str) -> str:
    return "application/atom+xml" if version.startswith("atom") else "application/rss+xml"


def _entry(
    entry: Any, index: int, path: str, publisher: str | None, media_type: str
) -> Document | None:
    text = fragment_to_text(_entry_markup(entry))
    if not text.strip():
        return None
    link = _entry_link(entry)
    return Document(
        id=slug(link or _clean(entry.get("id")) or f"{path}-{index + 1}"),
        text=text,
        title=_clean(entry.get("title")),
        publisher=publisher,
        published=_entry_date(entry),
        url=link,
        language=detect_language(text),
        path=path,
        media_type=media_type,
    )


def _entry_markup(entry: Any) -> str:
    """The full content when the feed has it; the summary is often a teaser."""
    contents = [str(part.get("value") or "") for part in entry.get("content") or ()]
    longest = max(contents, key=len, default="")
    return longest or str(entry.get("summary") or "")


def _entry_link(entry: Any) -> str | None:
    link = _clean(entry.get("link"))
    if link:
        return link
    guid = _clean(entry.get("id"))
    return guid if guid and is_url(guid) else None


def _entry_date(entry: Any) -> date | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def _clean(value: object) -> str | None:
    return (str(value).strip() or None) if value else None
