"""Guess a report's language: quick checks for English and Russian, else py3langid."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# Above this share of Cyrillic among letters, a text without Ukrainian-only letters is read
# as Russian without loading the statistical model; mixed-script English reports quoting
# Russian names stay far below it.
_CYRILLIC_SHARE = 0.5
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Statistical guesses on fewer letters than this are noise.
_MIN_LETTERS = 20
# The model is accurate on a few thousand characters; reading more only costs time.
_SAMPLE_CHARS = 5000
# Function words frequent in English and not words of the other languages reports come in.
# A sample where they make up this share of the words, and at least this many of them, with
# no Cyrillic, is English: py3langid agrees on such text, and skipping it saves its model
# load (with NumPy) per process and most of the reading time per document.
_ENGLISH_WORDS = frozenset(
    {
        "the", "of", "and", "to", "that", "was", "were", "with", "from", "which", "have", "has",
        "been", "said", "this", "their", "for", "are", "by", "would", "after",
    }
)  # fmt: skip
_ENGLISH_SHARE = 0.15
_ENGLISH_MIN = 20


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text."""
    sample = text[:_SAMPLE_CHARS]
    if _plainly_english(sample):
        return "en"
    letters = [char for char in sample if char.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return None
    cyrillic = sum(1 for char in letters if "\u0400" <= char <= "\u04ff")
    if cyrillic / len(letters) > _CYRILLIC_SHARE and not _UKRAINIAN_ONLY & set(letters):
        return "ru"
    code, _score = _identifier().classify(sample)
    return str(code)


def _plainly_english(sample: str) -> bool:
    words = sample.lower().split()
    hits = sum(map(_ENGLISH_WORDS.__contains__, words))  # counted in C: a bool is 0 or 1
    if hits < _ENGLISH_MIN or hits < _ENGLISH_SHARE * len(words):
        return False
    return _CYRILLIC.search(sample) is None


@cache
def _identifier() -> Any:
    """py3langid's model, loaded once from the file shipped inside the package (no network)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)
