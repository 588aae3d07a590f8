"""Stable document ids for things that have no file name: URLs and feed entries."""

from __future__ import annotations

import hashlib
import re

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
_MAX_SLUG = 80
_HASH_CHARS = 8


def slug(key: str) -> str:
    """``https://example.org/news/2025/report-1`` -> ``example-org-news-2025-report-1``.

    Long keys are cut and suffixed with a short hash of the whole key, so two long URLs that
    share a prefix still get different ids, and the same URL always gets the same id.
    """
    text = _NOT_SLUG.sub("-", _SCHEME.sub("", key.strip().lower())).strip("-")
    if len(text) <= _MAX_SLUG and text:
        return text
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:_HASH_CHARS]
    return f"{text[: _MAX_SLUG - _HASH_CHARS - 1].rstrip('-')}-{digest}".lstrip("-")
