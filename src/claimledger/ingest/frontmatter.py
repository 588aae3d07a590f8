"""The front-matter block of a text report, read without a YAML library.

The block is the one SCHEMA.md describes: a line ``---``, simple ``key: value`` lines, and a
closing ``---`` line. Values may be quoted; ``null``, ``~`` and empty values mean None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from claimledger.errors import FrontMatterError

_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(.*)")
_NULLS = frozenset({"", "null", "~", "none", "None", "Null", "NULL"})


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, str | None] = field(default_factory=dict)
    body_start: int = 0

    def get(self, key: str) -> str | None:
        return self.fields.get(key)


def has_front_matter(text: str) -> bool:
    return _OPEN.match(text) is not None


def parse_front_matter(text: str, path: str) -> FrontMatter:
    """Split off the front matter; a text without one gives empty fields and ``body_start`` 0."""
    opening = _OPEN.match(text)
    if opening is None:
        return FrontMatter()
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        raise FrontMatterError("front matter opened with '---' is never closed", path=path)
    block = text[opening.end() : closing.start()]
    return FrontMatter(_parse_block(block, path), closing.end())


def _parse_block(block: str, path: str) -> dict[str, str | None]:
    fields: dict[str, str | None] = {}
    for number, line in enumerate(block.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_VALUE.fullmatch(line.rstrip())
        if match is None:
            raise FrontMatterError(f"line {number}: expected 'key: value', got {line!r}", path)
        fields[match.group(1).lower()] = _value(match.group(2), number, path)
    return fields


def _value(raw: str, number: int, path: str) -> str | None:
    value = raw.strip()
    if value[:1] in ("'", '"'):
        if len(value) < 2 or value[-1] != value[0]:
            raise FrontMatterError(f"line {number}: unterminated quoted value {value!r}", path)
        return value[1:-1]
    return None if value in _NULLS else value


def parse_date(value: str | None, path: str) -> date | None:
    """An ISO date (``2025-08-13``) or the date part of an ISO timestamp."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as error:
        message = f"published: not a date in YYYY-MM-DD form: {value!r}"
        raise FrontMatterError(message, path) from error
