"""Plain-text and Markdown reports, with or without a front-matter block."""

from __future__ import annotations

import calendar
import itertools
import re
from datetime import date
from pathlib import Path

from claimledger.ingest.datelines import DATELINES, MONTHS
from claimledger.ingest.frontmatter import FrontMatter, parse_date, parse_front_matter
from claimledger.ingest.language import detect_language
from claimledger.ingest.source import decode_utf8, require_content
from claimledger.model import Document

# A first line longer than this is a paragraph, not a title.
_MAX_TITLE_CHARS = 150
_HEADING = re.compile(r"#{1,6}[ \t]+(.+?)[ \t#]*")
_SPACES = re.compile(r"\s+")


def read_text(data: bytes, path: str, *, doc_id: str | None = None) -> Document:
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
        published=_published(front, body, path),
        url=front.get("url"),
        language=front.get("language") or detect_language(body),
        body_start=front.body_start,
        path=path,
        media_type=_media_type(path),
    )


def _published(front: FrontMatter, body: str, path: str) -> date | None:
    """The front matter's date; without front matter, a date line heading the text."""
    stated = front.get("published") or front.get("date")
    if stated or front.fields:
        return parse_date(stated, path)
    first = _first_lines(body)
    return parse_dateline(first[0]) if first else None


def parse_dateline(line: str) -> date | None:
    """``August 13, 2025`` / ``13 августа 2025 г.`` / ``2025-08-13`` as a date, else None."""
    for pattern in DATELINES:
        match = pattern.fullmatch(line.strip())
        if match:
            return _date_of(match)
    return None


def _date_of(match: re.Match[str]) -> date | None:
    month = match["month"]
    number = int(month) if month.isdigit() else MONTHS.get(month.lower(), 0)
    year, day = int(match["year"]), int(match["day"])
    if not 1 <= number <= 12 or not 1 <= day <= calendar.monthrange(year, number)[1]:
        return None
    return date(year, number, day)


def _first_lines(body: str, count: int = 2) -> list[str]:
    lines = (line.strip() for line in body.splitlines())
    return list(itertools.islice((line for line in lines if line), count))


def guess_title(body: str) -> str | None:
    """A Markdown heading or a short first line, when the text obviously starts with one.

    A date line above the title is skipped.
    """
    lines = _first_lines(body)
    if lines and parse_dateline(lines[0]):
        lines = lines[1:]
    if not lines:
        return None
    heading = _HEADING.fullmatch(lines[0])
    if heading:
        return heading.group(1)
    if len(lines[0]) <= _MAX_TITLE_CHARS and not lines[0].endswith((".", ",", ";", ":")):
        return _SPACES.sub(" ", lines[0])
    return None


def _media_type(path: str) -> str:
    return "text/markdown" if path.lower().endswith((".md", ".markdown")) else "text/plain"
