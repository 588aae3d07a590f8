"""`claimledger extract`: record format, table output, folders, and every kind of bad input.

Each bad input must give exactly one line on stderr naming the file and the problem, must not
stop the good files from being processed, and must make the exit status non-zero.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import re
import resource
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from claimledger.cli import main
from claimledger.model import HEDGES, QUALIFIERS

DATA = Path(__file__).resolve().parent.parent / "data" / "cli"
GOOD = DATA / "good"
NEWS = GOOD / "2025-01-10-border-news.md"
NOTE = GOOD / "field-note.txt"
LATIN1 = DATA / "bad" / "latin1-report.txt"
EMPTY = DATA / "bad" / "empty.txt"

SCHEMA_KEYS = {
    "doc",
    "kind",
    "value",
    "qualifier",
    "unit",
    "subject",
    "source",
    "date",
    "hedge",
    "quote",
}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
CURRENCY = re.compile(r"[A-Z]{3}")
HUGE_BYTES = 600 * 1024 * 1024


def run(*args: str | os.PathLike[str]) -> Result:
    # A wide terminal so that the table never folds a figure across two lines.
    runner = CliRunner(env={"COLUMNS": "200"})
    return runner.invoke(main, ["extract", *map(str, args)])


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def docs_of(result: Result) -> set[str]:
    return {record["doc"] for record in records(result)}


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def assert_one_error(result: Result, path: Path, *problem: str) -> None:
    """Exactly one stderr line names ``path``, and it says what is wrong (any of ``problem``)."""
    lines = [line for line in error_lines(result) if str(path) in line]
    assert len(lines) == 1, result.stderr
    assert any(word in lines[0].lower() for word in problem), lines[0]
    assert "Traceback" not in result.output


# --- the records -----------------------------------------------------------------------


def check_value(record: dict[str, Any]) -> None:
    value = record["value"]
    if isinstance(value, list):
        assert len(value) == 2 and all(isinstance(v, int | float) for v in value), record
        assert value[0] <= value[1], record
        assert record["qualifier"] in ("range", "approx_range"), record
    else:
        assert isinstance(value, int | float) and not isinstance(value, bool), record


def check_unit(record: dict[str, Any]) -> None:
    if record["kind"] == "money":
        assert CURRENCY.fullmatch(record["unit"] or ""), record
    elif record["kind"] == "percent":
        assert record["unit"] == "percent", record
    elif record["kind"] == "count":
        assert record["unit"] is None, record


def check_record(record: dict[str, Any], texts: dict[str, str]) -> None:
    assert record.keys() >= SCHEMA_KEYS, record
    assert record["doc"] in texts, record
    assert isinstance(record["kind"], str) and record["kind"], record
    check_value(record)
    check_unit(record)
    assert record["qualifier"] in QUALIFIERS, record
    assert record["hedge"] in HEDGES, record
    assert isinstance(record["subject"], str), record
    assert record["source"] is None or isinstance(record["source"], str), record
    assert record["date"] is None or DATE.fullmatch(record["date"]), record
    assert record["quote"] and record["quote"] in texts[record["doc"]], record


def test_jsonl_records_have_the_schema_fields_with_valid_values() -> None:
    result = run(NEWS, NOTE, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (NEWS, NOTE)}
    found = records(result)
    assert found
    for record in found:
        check_record(record, texts)
    assert docs_of(result) == set(texts)


def test_jsonl_reads_the_figures_of_the_fixture() -> None:
    found = records(run(NEWS, "--format", "jsonl"))
    by_value = {(r["kind"], json.dumps(r["value"])): r for r in found}
    crossings = by_value[("count", "12000")]
    assert crossings["qualifier"] == "more_than"
    assert crossings["doc"] == "2025-01-10-border-news"
    share = by_value[("percent", "40")]
    assert share["qualifier"] == "about" and share["unit"] == "percent"


def test_front_matter_gives_no_claims() -> None:
    # "published: 2025-01-10" is metadata; only the body's two figures are claims.
    found = records(run(NEWS, "--format", "jsonl"))
    scored = [r for r in found if r["kind"] in ("count", "money", "percent")]
    assert sorted(r["value"] for r in scored) == [40, 12000], found


def test_published_option_dates_a_file_without_front_matter() -> None:
    result = run(NOTE, "--format", "jsonl", "--published", "2025-02-01")
    assert result.exit_code == 0, result.output
    assert [r["value"] for r in records(result) if r["kind"] == "count"] == [350]


def test_bad_published_date_is_a_usage_error() -> None:
    result = run(NOTE, "--published", "01/02/2025")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_json_format_is_one_document_list() -> None:
    result = run(NEWS, "--format", "json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    [document] = payload["documents"]
    assert document["doc"] == NEWS.stem
    assert document["claims"] and document["claims"][0].keys() >= SCHEMA_KEYS


# --- the table ---------------------------------------------------------------------------


def test_table_is_readable() -> None:
    result = run(NEWS)
    assert result.exit_code == 0, result.output
    out = result.stdout
    # The title may wrap over the table's width; words, not line breaks, are what a reader sees.
    assert NEWS.stem in out
    assert "Border guards report more arrivals from Russia" in " ".join(out.split())
    for header in ("kind", "subject", "source", "hedge"):
        assert header in out
    assert "12,000" in out and "40" in out
    assert "{" not in out, "the table must not print raw JSON"


# --- folders -----------------------------------------------------------------------------


def test_a_folder_argument_reads_every_report_in_it() -> None:
    result = run(GOOD, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert docs_of(result) == {NEWS.stem, NOTE.stem}
    assert result.stderr == ""


def test_a_bad_file_inside_a_folder_is_reported_and_the_rest_processed(tmp_path: Path) -> None:
    shutil.copy(NEWS, tmp_path)
    shutil.copy(LATIN1, tmp_path)
    result = run(tmp_path, "--format", "jsonl")
    assert result.exit_code != 0
    assert_one_error(result, tmp_path / LATIN1.name, "utf-8")
    assert docs_of(result) == {NEWS.stem}


# --- bad input -----------------------------------------------------------------------------


def make_binary(tmp_path: Path) -> Path:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return path


def make_missing(tmp_path: Path) -> Path:
    return tmp_path / "no-such-report.md"


def make_huge(tmp_path: Path) -> Path:
    # Sparse: 600 MB long but occupying no disk space; a reader that read it would need 600 MB.
    path = tmp_path / "dump.txt"
    path.touch()
    os.truncate(path, HUGE_BYTES)
    return path


# name -> (how to make the file, words any one of which the error line must contain)
BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    "missing": (make_missing, ("no such file", "not found", "does not exist")),
    "binary": (make_binary, ("binary",)),
    "invalid-utf8": (lambda _: LATIN1, ("utf-8",)),
    "empty": (lambda _: EMPTY, ("empty",)),
    "huge": (make_huge, ("large", "limit", "mb")),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gets_one_line_and_good_files_still_run(case: str, tmp_path: Path) -> None:
    make, problem = BAD_INPUTS[case]
    bad = make(tmp_path)
    result = run(NEWS, bad, NOTE, "--format", "jsonl")
    assert result.exit_code != 0
    assert_one_error(result, bad, *problem)
    assert len(error_lines(result)) == 1, result.stderr
    assert docs_of(result) == {NEWS.stem, NOTE.stem}


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_bad_input_fails_the_run_in_every_format(fmt: str, tmp_path: Path) -> None:
    missing = make_missing(tmp_path)
    result = run(NEWS, missing, "--format", fmt)
    assert result.exit_code != 0
    assert_one_error(result, missing, *BAD_INPUTS["missing"][1])
    assert NEWS.stem in result.stdout


def test_every_bad_input_at_once(tmp_path: Path) -> None:
    bad = {make(tmp_path): problem for make, problem in BAD_INPUTS.values()}
    result = run(*bad, NEWS, "--format", "jsonl")
    assert result.exit_code != 0
    assert len(error_lines(result)) == len(bad), result.stderr
    for path, problem in bad.items():
        assert_one_error(result, path, *problem)
    assert docs_of(result) == {NEWS.stem}


class _CountingReader:
    """A file handle that records how many bytes callers asked for."""

    def __init__(self, handle: Any, requested: list[int]) -> None:
        self._handle = handle
        self._requested = requested

    def read(self, size: int = -1) -> Any:
        self._requested.append(HUGE_BYTES if size is None or size < 0 else size)
        return self._handle.read(min(size, 1 << 16) if size and size > 0 else 1 << 16)

    def __enter__(self) -> _CountingReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def test_huge_file_is_rejected_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = make_huge(tmp_path)
    requested: list[int] = []
    real_open = builtins.open

    def spying_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, *args, **kwargs)
        is_huge = isinstance(file, str | os.PathLike) and os.fspath(file) == str(huge)
        return _CountingReader(handle, requested) if is_huge else handle

    # pathlib opens through io.open, everything else through builtins.open.
    monkeypatch.setattr(builtins, "open", spying_open)
    monkeypatch.setattr(io, "open", spying_open)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = run(huge, NEWS, "--format", "jsonl")
    peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert result.exit_code != 0
    assert_one_error(result, huge, "large", "limit", "mb")
    # Sniffing the head is fine; asking for the whole 600 MB (or even 1 MB of it) is not.
    assert sum(requested) < 1024 * 1024, requested
    assert peak_after - peak_before < 200 * 1024, "peak memory grew by more than 200 MB"


def test_all_good_input_exits_zero_and_all_bad_exits_non_zero(tmp_path: Path) -> None:
    assert run(NEWS, NOTE, "--format", "jsonl").exit_code == 0
    result = run(EMPTY, "--format", "jsonl")
    assert result.exit_code != 0
    assert result.stdout.strip() == ""


def test_progress_is_shown_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.cli import _extract_progress

    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stderr", terminal)
    with _extract_progress() as counted:
        assert list(counted(iter(["a", "b", "c"]))) == ["a", "b", "c"]  # type: ignore[arg-type]
    assert "extracting: 3 documents" in terminal.getvalue()

    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    with _extract_progress() as counted:
        assert list(counted(iter(["a"]))) == ["a"]  # type: ignore[arg-type]
    assert piped.getvalue() == ""
