"""The bundled sample reports: shipped with the package, well-formed, and rich in claims.

The minimum claim counts are floors measured on the extractor, set a little below what it
finds, so that a regression that loses a whole class of figures fails here.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

import pytest

from claimledger.config import Settings
from claimledger.extract import default_pipeline
from claimledger.extract.pipeline import Parse, Pipeline
from claimledger.ingest import read
from claimledger.model import Claim, Document

SCORED = ("count", "money", "percent")
NAME = re.compile(r"(\d{4}-\d{2}-\d{2})-[a-z0-9-]+\.md")
FRONT_MATTER = re.compile(
    r"---\ntitle: .+\npublisher: .+\npublished: \d{4}-\d{2}-\d{2}\nurl: .+\n---\n"
)
WORDS = re.compile(r"\w+(?:[-'.,]\w+)*")

# genre -> (sample file, least number of count/money/percent claims the extractor must find)
ENGLISH = {
    "daily assessment": ("2025-03-14-daily-assessment.md", 12),
    "press release": ("2025-06-20-agency-press-release.md", 15),
    "news story": ("2025-02-18-news-returnees.md", 12),
    "NGO brief": ("2025-04-22-ngo-brief-recruitment-pay.md", 25),
    "legal digest": ("2024-08-12-legal-digest.md", 8),
}
RUSSIAN = "2025-05-15-ru-news-migranty.md"


def sample_dir() -> Path:
    return Path(str(resources.files("claimledger") / "samples"))


def sample_paths() -> list[Path]:
    return sorted(sample_dir().glob("*.md"))


@cache
def pipeline() -> Pipeline:
    return default_pipeline()


@cache
def document(name: str) -> Document:
    [doc] = read(str(sample_dir() / name), Settings(db_url="sqlite://"))
    return doc


@cache
def parse(name: str) -> Parse:
    return pipeline()(document(name))


def scored_claims(name: str) -> list[Claim]:
    return [claim for claim in parse(name).claims if claim.kind in SCORED]


def test_at_least_six_samples_one_per_genre() -> None:
    names = {path.name for path in sample_paths()}
    assert len(names) >= 6
    assert {name for name, _ in ENGLISH.values()} | {RUSSIAN} <= names


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.stem)
def test_sample_has_valid_front_matter(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert re.match(
        r"---\ntitle: .+\npublisher: .+\npublished: \d{4}-\d{2}-\d{2}\nurl: .+\n---\n", text
    )
    doc = document(path.name)
    assert doc.id == path.stem
    assert doc.title and doc.publisher and doc.url and doc.url.startswith("https://")
    name = NAME.fullmatch(path.name)
    assert name is not None, "sample files are named YYYY-MM-DD-topic.md"
    assert doc.published == date.fromisoformat(name.group(1))
    assert doc.body_start > 0 and not doc.body.startswith("---")
    assert doc.text == text, "the text is kept byte for byte"


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.stem)
def test_sample_body_is_a_report_sized_text(path: Path) -> None:
    words = len(WORDS.findall(document(path.name).body))
    assert 250 <= words <= 600, words


def test_language_is_detected() -> None:
    assert document(RUSSIAN).language == "ru"
    assert {document(name).language for name, _ in ENGLISH.values()} == {"en"}


@pytest.mark.parametrize("genre", sorted(ENGLISH))
def test_each_english_genre_yields_claims(genre: str) -> None:
    name, minimum = ENGLISH[genre]
    claims = scored_claims(name)
    assert len(claims) >= minimum, [claim.quote for claim in claims]


@pytest.mark.parametrize("genre", sorted(ENGLISH))
def test_claims_come_from_the_body_and_quote_it(genre: str) -> None:
    name, _ = ENGLISH[genre]
    doc = document(name)
    for claim in scored_claims(name):
        assert claim.start >= doc.body_start, claim.quote
        assert claim.quote and claim.quote in claim.sentence, claim.quote
        assert doc.text[claim.sentence_start : claim.sentence_end] == claim.sentence


def test_assessment_footnotes_and_ordinals_are_not_claims() -> None:
    values = {claim.value for claim in scored_claims(ENGLISH["daily assessment"][0])}
    # [1]..[4] footnotes, "20th Combined Arms Army", "3rd Army Corps", "2022", "2025".
    assert not values & {1, 2, 3, 4, 20, 2022, 2025}, values


def test_legal_digest_identifiers_durations_and_ages_are_not_claims() -> None:
    claims = scored_claims(ENGLISH["legal digest"][0])
    values = {claim.value for claim in claims if claim.kind == "count"}
    # Law numbers (260-FZ, 138-FZ), articles (18.8.1, 22, 322.1), prison terms (10, 5, 3
    # years), ages (18 to 30), adoption dates and the issue number are all non-claims.
    assert not values & {260, 138, 22, 322.1, 10, 5, 3, 18, 30, 23, 8, 2024, 31}, values
    fines = {claim.value for claim in claims if claim.kind == "money"}
    assert {500_000, 1_000_000} <= fines
