"""Pairing and scoring of claim records, on tiny records written for each case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimledger.analyze.evaluate import (
    RecordsError,
    canonical_unit,
    canonical_value,
    content_words,
    date_key,
    evaluate,
    field_correct,
    load_records,
    pair_claims,
    parse_records,
    sources_agree,
    word_f1,
)


def claim(**fields: Any) -> dict[str, Any]:
    """A complete record: an exact, asserted count of displaced people in doc ``d``."""
    record: dict[str, Any] = {
        "doc": "d",
        "kind": "count",
        "value": 1000,
        "qualifier": "exact",
        "unit": None,
        "subject": "displaced people in the region",
        "source": None,
        "date": None,
        "hedge": "asserted",
        "quote": "1,000 displaced people",
    }
    record.update(fields)
    return record


# --- single fields ---


def test_units_are_compared_after_aliases() -> None:
    assert canonical_unit("%") == canonical_unit("per cent") == "percent"
    assert canonical_unit("rub") == "RUB"
    assert canonical_unit("people") is None


def test_values_accept_ranges_as_lists_or_low_high() -> None:
    assert canonical_value([5, "7"]) == (5.0, 7.0)
    assert canonical_value({"low": 1, "high": 2}) == (1.0, 2.0)
    assert canonical_value("many") is None
    assert canonical_value([1, 2, 3]) is None


def test_content_words_drop_function_words_and_plural_s() -> None:
    assert content_words("The workers of the region") == ["worker", "region"]
    assert content_words("access") == ["access"]


def test_word_f1_is_symmetric_and_zero_without_overlap() -> None:
    assert word_f1("migrant workers", "workers") == pytest.approx(2 / 3)
    assert word_f1("workers", "migrant workers") == pytest.approx(2 / 3)
    assert word_f1("fines", "bonuses") == 0.0
    assert word_f1("", "bonuses") == 0.0


def test_sources_agree_by_containment_ignoring_titles() -> None:
    assert sources_agree("Interior Ministry", "Russia's Interior Ministry")
    assert sources_agree("Minister Anton Siluanov", "Anton Siluanov")
    assert sources_agree(None, "")
    assert not sources_agree(None, "UNHCR")
    assert not sources_agree("Eurostat", "IOM")


def test_dates_must_match_at_the_gold_precision() -> None:
    assert date_key("2025-03-04T10:00") == "2025-03-04"
    assert field_correct("date", claim(date="2025"), claim(date="2025"))
    assert not field_correct("date", claim(date="2025"), claim(date="2025-06"))
    assert not field_correct("date", claim(date=None), claim(date="2025"))


def test_star_in_gold_accepts_any_answer() -> None:
    gold = claim(source="*", date="*")
    pred = claim(source="somebody", date="1999")
    assert field_correct("source", gold, pred)
    assert field_correct("date", gold, pred)


def test_subject_needs_half_of_the_content_words() -> None:
    gold = claim(subject="migrants detained in police raids")
    assert field_correct("subject", gold, claim(subject="migrants detained"))
    assert not field_correct("subject", gold, claim(subject="raids"))


# --- pairing ---


def test_pairing_needs_equal_value_and_compatible_unit() -> None:
    gold = [claim(kind="money", unit="RUB", value=5000)]
    assert not pair_claims(gold, [claim(kind="money", unit="USD", value=5000)])
    assert not pair_claims(gold, [claim(kind="money", unit="RUB", value=5001)])
    assert len(pair_claims(gold, [claim(kind="money", unit="rub", value=5000.0)])) == 1


def test_ranges_match_only_on_both_ends() -> None:
    gold = [claim(value=[200, 300], qualifier="range")]
    assert not pair_claims(gold, [claim(value=[200, 350])])
    assert not pair_claims(gold, [claim(value=200)])
    assert len(pair_claims(gold, [claim(value=[200, 300])])) == 1


def test_percentages_match_within_a_tenth() -> None:
    gold = [claim(kind="percent", unit="percent", value=33.3)]
    assert len(pair_claims(gold, [claim(kind="percent", unit="%", value=33.33)])) == 1
    assert not pair_claims(gold, [claim(kind="percent", unit="percent", value=33.5)])


def test_equal_values_pair_by_best_quote_and_subject() -> None:
    fines = claim(value=20000, subject="fines for migrants", quote="fines of 20,000")
    bonus = claim(value=20000, subject="bonuses for recruits", quote="bonuses of 20,000")
    pairs = pair_claims([fines, bonus], [bonus.copy(), fines.copy()])
    assert [(p.gold["subject"], p.pred["subject"]) for p in pairs] == [
        ("fines for migrants", "fines for migrants"),
        ("bonuses for recruits", "bonuses for recruits"),
    ]


def test_each_prediction_is_used_once() -> None:
    gold = [claim(quote="a"), claim(quote="b")]
    assert len(pair_claims(gold, [claim()])) == 1


# --- whole evaluation ---


def test_evaluation_counts_detection_and_fields() -> None:
    gold = [claim(), claim(value=50, kind="percent", unit="percent", hedge="reported")]
    pred = [
        claim(),
        claim(value=50, kind="percent", unit="percent", hedge="possible"),
        claim(value=7),
    ]
    result = evaluate(gold, pred)
    assert (result.gold, result.predicted, result.found) == (2, 3, 2)
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == 1.0
    assert result.accuracy("hedge") == 0.5
    assert result.full_f1 == pytest.approx(2 * 1 / (3 + 2))
    assert [row["value"] for row in result.spurious] == [7]


def test_predictions_are_paired_within_their_document_only() -> None:
    result = evaluate([claim(doc="a")], [claim(doc="b")])
    assert result.found == 0
    assert result.predicted == 0  # a document without gold is not judged
    assert [row["doc"] for row in result.missed] == ["a"]


def test_unscored_kinds_are_ignored() -> None:
    result = evaluate([claim()], [claim(), claim(kind="age", value=19)])
    assert result.predicted == 1
    assert result.precision == 1.0


def test_figures_use_the_shared_scorer_names() -> None:
    figures = evaluate([claim()], [claim(source="UNHCR")]).figures()
    assert figures["source_acc"] == 0.0
    assert figures["subject_acc"] == 1.0
    assert figures["f1"] == 1.0
    assert figures["full_f1"] == 0.0


def test_empty_inputs_give_zero_not_an_error() -> None:
    assert evaluate([], []).figures()["f1"] == 0.0


# --- reading ---


def test_bad_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text('{"doc": "a"}\n\nnot json\n', encoding="utf-8")
    with pytest.raises(RecordsError) as info:
        load_records(path)
    assert "line 3" in str(info.value)
    assert "pred.jsonl" in str(info.value)


def test_records_need_a_document_id() -> None:
    with pytest.raises(RecordsError, match="line 1"):
        parse_records(['{"kind": "count"}'])


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RecordsError, match="cannot read"):
        load_records(tmp_path / "absent.jsonl")
