"""Expand command-line targets (files, folders, URLs) into the list of things to read."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

# Extensions picked up when walking a folder. A file named explicitly is read whatever its
# extension, so that the reader can say what is wrong with it instead of skipping it silently.
TEXT_EXTENSIONS = frozenset({".txt", ".md", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
PDF_EXTENSIONS = frozenset({".pdf"})
FEED_EXTENSIONS = frozenset({".xml", ".rss", ".atom"})
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | PDF_EXTENSIONS | FEED_EXTENSIONS

URL_SCHEMES = ("http://", "https://")


def is_url(target: str) -> bool:
    return target.lower().startswith(URL_SCHEMES)


def extension(target: str) -> str:
    return Path(target).suffix.lower()


def discover(targets: Sequence[str]) -> Iterator[str]:
    """Yield every report a list of targets stands for, in a stable order.

    Folders are walked recursively in sorted order, skipping hidden entries and files whose
    extension is not in ``SUPPORTED_EXTENSIONS``. Files, missing paths and http(s) URLs are
    passed through unchanged: reading them reports any problem with a clear error.
    """
    for target in targets:
        target = os.fspath(target)
        if not is_url(target) and os.path.isdir(target):
            yield from _walk(Path(target), set())
        else:
            yield target


def _walk(folder: Path, seen: set[Path]) -> Iterator[str]:
    # Symlinked folders are followed, but each real folder once, so a link loop ends.
    real = folder.resolve()
    if real in seen:
        return
    seen.add(real)
    for entry in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.is_file() and entry.suffix.lower() in SUPPORTED_EXTENSIONS:
            yield str(entry)
