"""Plain-text and Markdown reports, with or without a front-matter block."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from claimledger.ingest.frontmatter import parse_date, parse_front_matter
from claimledger.ingest.language import detect_language
from claimledger.ingest.source import decode_utf8, require_content
from claimledger.model import Document

# A first line longer than this is a paragraph, not a title.
_MAX_TITLE_CHARS = 150
_HEADING = re.compile(r"#{1,6}[ \t]+(.+?)[ \t#]*")


def read_text(
    data: bytes, path: str, *, published: date | None = None, doc_id: str | None = None
) -> Document:
    """One Document whose ``text`` is the whole decoded file, kept exactly as it was."""
    text = decode_utf8(data, path)
    require_content(text, path)
    front = parse_front_matter(text, path)
    body = text[front.body_start :]
    require_content(body, path, "body after the front matter")
    return Document(
        id=doc_id or Path(path).stem,
        text=text,
        title=front.get("title") or guess_title(body),
        publisher=front.get("publisher"),
        published=published or parse_date(front.get("published") or front.get("date"), path),
        url=front.get("url"),
        language=front.get("language") or detect_language(body),
        body_start=front.body_start,
        path=path,
        media_type=_media_type(path),
    )


def guess_title(body: str) -> str | None:
    """A Markdown heading or a short first line, when the text obviously starts with one."""
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        heading = _HEADING.fullmatch(line)
        if heading:
            return heading.group(1)
        if len(line) <= _MAX_TITLE_CHARS and not line.endswith((".", ",", ";", ":")):
            return line
        return None
    return None


def _media_type(path: str) -> str:
    return "text/markdown" if path.lower().endswith((".md", ".markdown")) else "text/plain"
