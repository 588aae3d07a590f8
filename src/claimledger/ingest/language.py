"""Guess a report's language: a quick script check for Russian, else py3langid."""

from __future__ import annotations

from functools import cache
from typing import Any

# Above this share of Cyrillic among letters, a text without Ukrainian-only letters is read
# as Russian without loading the statistical model; mixed-script English reports quoting
# Russian names stay far below it.
_CYRILLIC_SHARE = 0.5
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
# Statistical guesses on fewer letters than this are noise.
_MIN_LETTERS = 20
# The model is accurate on a few thousand characters; reading more only costs time.
_SAMPLE_CHARS = 5000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text."""
    sample = text[:_SAMPLE_CHARS]
    letters = [char for char in sample if char.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return None
    cyrillic = sum(1 for char in letters if "\u0400" <= char <= "\u04ff")
    if cyrillic / len(letters) > _CYRILLIC_SHARE and not _UKRAINIAN_ONLY & set(letters):
        return "ru"
    code, _score = _identifier().classify(sample)
    return str(code)


@cache
def _identifier() -> Any:
    """py3langid's model, loaded once from the file shipped inside the package (no network)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)
