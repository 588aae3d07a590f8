"""Word lists the evaluation scorer uses to compare subjects, sources and quotes.

Kept apart from ``evaluate`` so that the rules can be read (and changed) without the code.
They follow the conventions of the shared evaluation scorer, so both give the same figures.
"""

from __future__ import annotations

# fmt: off
# Function words that carry no content when subjects, sources or quotes are compared.
ENGLISH_STOPWORDS = frozenset({
    "a", "an", "the", "this", "these", "those", "that", "which", "who", "whom", "whose",
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "than", "per", "and", "or",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "it", "its", "they", "their", "there", "his", "her", "now", "russian's",
})
RUSSIAN_STOPWORDS = frozenset({
    "и", "в", "во", "на", "с", "со", "по", "из", "за", "от", "до", "для", "о", "об", "к", "у",
    "не", "а", "но", "что", "как", "их", "его", "ее", "её", "это", "эти", "этот",
    "который", "которые", "которых", "которым",
})
# Titles that do not identify a speaker: "Minister Ivanov" and "Ivanov" are the same source.
SPEAKER_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "head", "chief", "minister", "president", "deputy",
    "spokesperson", "spokesman", "official",
})
# fmt: on
STOPWORDS = ENGLISH_STOPWORDS | RUSSIAN_STOPWORDS

# Unit spellings that mean the same thing as a canonical unit (None = a plain count).
UNIT_SYNONYMS: dict[str, str | None] = {
    "%": "percent",
    "per cent": "percent",
    "pct": "percent",
    "count": None,
    "people": None,
    "persons": None,
    "": None,
}

# Russian words are cut to this many letters, a rough stem for their many case endings.
RUSSIAN_STEM_LENGTH = 5
