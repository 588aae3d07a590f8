"""`claimledger ingest | search | claims | show | run` against SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimledger.cli import main

DATA = Path(__file__).resolve().parent.parent / "data" / "ledger"
BATCH = DATA / "batch"
REPOST = DATA / "repost"
SCHEMA_KEYS = {"doc", "kind", "value", "qualifier", "unit", "subject", "source", "date", "hedge"}


@pytest.fixture()
def cli(db_url: str, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)
    return CliRunner()


@pytest.fixture()
def good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "good"
    shutil.copytree(BATCH, folder)
    (folder / "broken-encoding.txt").unlink()
    (folder / "nested" / "empty.md").unlink()
    return folder


def invoke(runner: CliRunner, db_url: str, *args: str) -> Result:
    # A wide terminal, so that table cells are not folded across lines.
    env = {"COLUMNS": "200"}
    return runner.invoke(main, [*args, "--db", db_url], env=env, catch_exceptions=False)


def test_ingest_reports_each_bad_file_on_one_line_and_exits_1(cli: CliRunner, db_url: str) -> None:
    result = invoke(cli, db_url, "ingest", str(BATCH))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2
    assert any("broken-encoding.txt: " in line and "UTF-8" in line for line in errors)
    assert any("empty.md: " in line for line in errors)
    assert "documents added" in result.stdout and "3" in result.stdout


def test_ingest_of_good_files_exits_0_and_reingest_adds_nothing(
    cli: CliRunner, db_url: str, good_folder: Path
) -> None:
    assert invoke(cli, db_url, "ingest", str(good_folder)).exit_code == 0
    again = invoke(cli, db_url, "ingest", str(good_folder))
    assert again.exit_code == 0
    assert _summary_count(again.stdout, "documents unchanged") == 3
    assert _summary_count(again.stdout, "documents added") == 0


def _summary_count(output: str, label: str) -> int:
    for line in output.splitlines():
        if label in line:
            return int(line.split()[-2] if line.rstrip().endswith("│") else line.split()[-1])
    raise AssertionError(f"{label!r} not in output:\n{output}")


def test_ingest_links_a_repost(cli: CliRunner, db_url: str) -> None:
    invoke(cli, db_url, "ingest", str(REPOST / "original.md"))
    result = invoke(cli, db_url, "ingest", str(REPOST / "repost.md"))
    assert result.exit_code == 0
    assert _summary_count(result.stdout, "documents duplicate") == 1


def test_claims_jsonl_prints_one_schema_record_per_claim(
    cli: CliRunner, db_url: str, good_folder: Path
) -> None:
    invoke(cli, db_url, "ingest", str(good_folder))
    result = invoke(cli, db_url, "claims", "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(set(r) >= SCHEMA_KEYS for r in records)
    assert {r["doc"] for r in records} == {"aid-appeal", "border-queues", "recruitment-note"}


def test_claims_filters_and_csv(cli: CliRunner, db_url: str, good_folder: Path) -> None:
    invoke(cli, db_url, "ingest", str(good_folder))
    result = invoke(cli, db_url, "claims", "--kind", "money", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {row["kind"] for row in rows} == {"money"}
    assert {row["unit"] for row in rows} <= {"EUR", "RUB"}
    limited = invoke(cli, db_url, "claims", "--limit", "1", "--format", "jsonl")
    assert len(limited.stdout.splitlines()) == 1


def test_claims_table_is_readable(cli: CliRunner, db_url: str, good_folder: Path) -> None:
    invoke(cli, db_url, "ingest", str(good_folder))
    result = invoke(cli, db_url, "claims", "--publisher", "River Post")
    assert result.exit_code == 0
    assert "border-queues" in result.stdout and "aid-appeal" not in result.stdout
    assert "1,800" in result.stdout


def test_search_marks_matches_and_filters(cli: CliRunner, db_url: str, good_folder: Path) -> None:
    invoke(cli, db_url, "ingest", str(good_folder))
    result = invoke(cli, db_url, "search", "checkpoint", "--format", "jsonl")
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits and {h["doc"] for h in hits} == {"border-queues"}
    assert all("[[checkpoint]]" in h["snippet"].lower() for h in hits)
    none = invoke(cli, db_url, "search", "checkpoint", "--until", "2024-12-31", "--format", "jsonl")
    assert none.stdout.strip() == ""


def test_search_table(cli: CliRunner, db_url: str, good_folder: Path) -> None:
    invoke(cli, db_url, "ingest", str(good_folder))
    result = invoke(cli, db_url, "search", "shelters")
    assert result.exit_code == 0 and "aid-appeal" in result.stdout


def test_show_marks_claims_in_the_text(cli: CliRunner, db_url: str, good_folder: Path) -> None:
    invoke(cli, db_url, "ingest", str(good_folder))
    result = invoke(cli, db_url, "show", "border-queues")
    assert result.exit_code == 0
    assert "[[Around 1,800]]" in result.stdout or "[[1,800]]" in result.stdout
    assert "Queues grow at the southern checkpoint" in result.stdout


def test_show_unknown_document_is_one_error_line(cli: CliRunner, db_url: str) -> None:
    result = invoke(cli, db_url, "show", "no-such-doc")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "no-such-doc" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_run_on_a_folder_prints_what_it_stored(
    cli: CliRunner, db_url: str, good_folder: Path
) -> None:
    result = invoke(cli, db_url, "run", str(good_folder))
    assert result.exit_code == 0
    assert "documents in ledger" in result.stdout and "Top claims" in result.stdout


def test_run_without_path_ingests_the_bundled_samples(cli: CliRunner, db_url: str) -> None:
    result = invoke(cli, db_url, "run")
    assert result.exit_code == 0
    assert _summary_count(result.stdout, "documents added") >= 5


def test_db_comes_from_environment(
    cli: CliRunner, db_url: str, good_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMLEDGER_DB", db_url)
    result = cli.invoke(main, ["ingest", str(good_folder / "border-queues.md")])
    assert result.exit_code == 0
    assert "border-queues" in invoke(cli, db_url, "claims").stdout


def test_bad_db_url_is_one_error_line(cli: CliRunner, good_folder: Path) -> None:
    result = cli.invoke(main, ["claims", "--db", "mysql://nobody@nowhere/db"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "mysql" in result.stderr
