from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.analyze import dedupe

DATA = Path(__file__).parent.parent / "data" / "ledger" / "repost"


def _read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_content_hash_ignores_whitespace_and_case() -> None:
    a = "Some 4,000 people left.\r\nThe agency said so."
    b = "some 4,000  people left.\nthe AGENCY said so.\n"
    assert dedupe.content_hash(a) == dedupe.content_hash(b)


def test_content_hash_differs_when_a_figure_changes() -> None:
    assert dedupe.content_hash("Some 4,000 people left.") != dedupe.content_hash(
        "Some 5,000 people left."
    )


def test_signature_is_deterministic_and_sized() -> None:
    sig = dedupe.signature(_read("original.md"))
    assert sig == dedupe.signature(_read("original.md"))
    assert len(sig) == dedupe.NUM_PERM
    assert all(0 <= v < (1 << 31) for v in sig)


def test_repost_with_other_headline_and_boilerplate_is_near_duplicate() -> None:
    original = dedupe.signature(_read("original.md"))
    repost = dedupe.signature(_read("repost.md"))
    assert dedupe.similarity(original, repost) >= dedupe.NEAR_DUPLICATE_THRESHOLD
    assert dedupe.is_near_duplicate(original, repost)


def test_repost_shares_a_band_key_with_original() -> None:
    original = dedupe.band_keys(dedupe.signature(_read("original.md")))
    repost = dedupe.band_keys(dedupe.signature(_read("repost.md")))
    assert len(original) == dedupe.BANDS
    assert set(original) & set(repost)


def test_different_report_on_same_topic_is_not_near_duplicate() -> None:
    original = dedupe.signature(_read("original.md"))
    other = dedupe.signature(_read("same-topic.md"))
    assert dedupe.similarity(original, other) < 0.2
    assert not dedupe.is_near_duplicate(original, other)


def test_best_match_picks_the_most_similar_candidate_above_threshold() -> None:
    sig = dedupe.signature(_read("repost.md"))
    candidates = [
        ("other", dedupe.signature(_read("same-topic.md"))),
        ("orig", dedupe.signature(_read("original.md"))),
    ]
    assert dedupe.best_match(sig, candidates) == "orig"
    assert dedupe.best_match(sig, candidates[:1]) is None


def test_empty_text_has_a_signature_similar_only_to_empty() -> None:
    empty = dedupe.signature("")
    assert dedupe.similarity(empty, dedupe.signature("")) == 1.0
    assert dedupe.similarity(empty, dedupe.signature("one two three four five six")) == 0.0


def test_short_text_is_one_shingle() -> None:
    assert dedupe.shingles("Two words") == {"two words"}


def test_similarity_of_mismatched_signatures_is_zero() -> None:
    assert dedupe.similarity((1, 2, 3), (1, 2)) == 0.0


@given(st.lists(st.integers(min_value=0, max_value=(1 << 31) - 2), min_size=1, max_size=200))
def test_signature_encoding_round_trips(values: list[int]) -> None:
    sig = tuple(values)
    assert dedupe.decode_signature(dedupe.encode_signature(sig)) == sig


@pytest.mark.parametrize("drop", [0, 10, 40])
def test_similarity_falls_as_text_diverges(drop: int) -> None:
    tokens = _read("original.md").split()
    trimmed = " ".join(tokens[drop:])
    score = dedupe.similarity(dedupe.signature(" ".join(tokens)), dedupe.signature(trimmed))
    kept_share = (len(tokens) - drop) / len(tokens)
    assert score == pytest.approx(kept_share, abs=0.15)
