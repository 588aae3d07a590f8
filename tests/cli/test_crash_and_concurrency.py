"""An ingest killed with SIGKILL mid-batch leaves no half-stored document, and a re-run
completes the batch; two ingests on one SQLite file at once both succeed.

The ingests run as real subprocesses (``python -m claimledger ingest``) on a corpus of small
generated reports written to ``tmp_path``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimledger.extract import default_pipeline
from claimledger.store import Ledger

# Long enough that the batch is still running when the kill lands, even with a fast
# interpreter: group commits make stored documents visible every 0.5 s, by which time a
# quick machine has extracted about 40 of them.
CRASH_DOCS = 400
# The kill lands once this many documents are stored, well before the batch can finish.
KILL_AFTER = 10
WAIT_LIMIT_S = 300.0

PLACES = ("Kherson", "Sumy", "Osh", "Khujand", "Gomel", "Izium", "Tbilisi", "Kursk", "Dnipro")
GROUPS = ("families", "conscripts", "migrant workers", "evacuees", "students", "detainees")
SOURCES = ("the governor", "a relief worker", "the border guards", "the mayor", "monitors")
SENTENCES = (
    "{source} said {n} {group} had arrived in {place} over the weekend.",
    "In {place}, roughly {n} {group} were waiting for transport, according to {source}.",
    "Recruiters in {place} promised {n} rubles to {group} who signed up, {source} said.",
    "About {p} percent of the {group} in {place} had no documents, {source} reported.",
    "Convoys carried food for {n} {group} out of {place} on Tuesday.",
    "The camp near {place} now holds more than {n} {group}.",
)


def _report(index: int, rng: random.Random) -> str:
    lines = [f"---\ntitle: Generated report {index}\npublished: 2025-04-{1 + index % 28:02d}\n---"]
    for _ in range(8):
        template = rng.choice(SENTENCES)
        lines.append(
            template.format(
                source=rng.choice(SOURCES),
                n=f"{rng.randint(20, 90_000):,}",
                p=rng.randint(2, 98),
                group=rng.choice(GROUPS),
                place=rng.choice(PLACES),
            ).capitalize()
        )
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, seed: int, prefix: str = "report") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for index in range(count):
        (folder / f"{prefix}-{index:04d}.md").write_text(_report(index, rng), encoding="utf-8")
    return folder


def start_ingest(db_url: str, *targets: Path, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "claimledger", "ingest", *map(str, targets), "--db", db_url]
    env = {k: v for k, v in os.environ.items() if k != "CLAIMLEDGER_DB"}
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)


def stored_documents(db_url: str) -> int:
    ledger = Ledger.open(db_url)
    try:
        return int(ledger.stats().documents)
    finally:
        ledger.close()


def wait_for_documents(db_url: str, count: int, process: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + WAIT_LIMIT_S
    while time.monotonic() < deadline and process.poll() is None:
        stored = stored_documents(db_url)
        if stored >= count:
            return stored
        time.sleep(0.05)
    raise AssertionError(f"ingest stopped or stalled before storing {count} documents")


def assert_consistent(db_url: str) -> int:
    """Every stored document has its sentences and exactly the claims extraction gives."""
    pipeline = default_pipeline()
    ledger = Ledger.open(db_url)
    try:
        stats = ledger.stats()
        ids = [summary.id for summary in ledger.documents()]
        total = 0
        for doc_id in ids:
            doc = ledger.document(doc_id)
            expected = pipeline(doc.to_document())
            assert len(doc.sentences) == len(expected.sentences) > 0, doc_id
            assert len(doc.claims) == len(expected.claims), doc_id
            total += len(doc.claims)
        assert stats.documents == len(ids)
        assert stats.claims == total
        return len(ids)
    finally:
        ledger.close()


@pytest.mark.slow
def test_kill_9_mid_batch_leaves_no_half_stored_document(db_url: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", CRASH_DOCS, seed=1)
    stored_documents(db_url)  # create the schema before the writer starts
    process = start_ingest(db_url, corpus, log=tmp_path / "first.log")
    try:
        wait_for_documents(db_url, KILL_AFTER, process)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    survived = assert_consistent(db_url)
    assert KILL_AFTER <= survived < CRASH_DOCS

    rerun = subprocess.run(
        [sys.executable, "-m", "claimledger", "ingest", str(corpus), "--db", db_url],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "CLAIMLEDGER_DB"},
    )
    assert rerun.returncode == 0, rerun.stderr
    assert assert_consistent(db_url) == CRASH_DOCS


@pytest.fixture()
def sqlite_file(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'shared' / 'ledger.db'}"


@pytest.mark.slow
def test_two_ingests_on_one_sqlite_file_at_once(sqlite_file: str, tmp_path: Path) -> None:
    shared = write_corpus(tmp_path / "shared-docs", 40, seed=2, prefix="shared")
    own_a = write_corpus(tmp_path / "a", 30, seed=3, prefix="a")
    own_b = write_corpus(tmp_path / "b", 30, seed=4, prefix="b")
    first = start_ingest(sqlite_file, shared, own_a, log=tmp_path / "a.log")
    second = start_ingest(sqlite_file, own_b, shared, log=tmp_path / "b.log")
    for process in (first, second):
        process.wait(timeout=WAIT_LIMIT_S)
    logs = [(tmp_path / name).read_text() for name in ("a.log", "b.log")]
    assert (first.returncode, second.returncode) == (0, 0), logs
    assert assert_consistent(sqlite_file) == 100
