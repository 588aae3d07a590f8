"""Two processes writing to one ledger at once, and a writer killed with SIGKILL mid-batch."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from claimledger.store import Ledger

# argv: URL NAME COUNT SHARED GROUP. Documents 0..SHARED-1 are the same in every writer;
# GROUP > 1 saves inside Ledger.grouped(max_documents=GROUP).
WRITER = textwrap.dedent(
    """
    import sys
    from claimledger.model import Claim, Document, Sentence
    from claimledger.store import Ledger, RunInfo

    url, name, count, shared = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    group = int(sys.argv[5])
    run = RunInfo("writer", "1.0")
    with Ledger.open(url) as ledger, ledger.grouped(max_documents=group):
        for n in range(count):
            doc_id = f"shared-{n}" if n < shared else f"{name}-{n}"
            text = f"Report {doc_id} counted {n + 1} families on the road. " * 20
            sentence = Sentence(0, len(text), text)
            quote = str(n + 1)
            start = text.index(" " + quote + " ") + 1
            claim = Claim(doc_id, "count", float(n + 1), "exact", None, "families", None, None,
                          "asserted", quote, start, start + len(quote), 0, len(text), text)
            doc = Document(id=doc_id, text=text, title=doc_id)
            ledger.save(doc, [sentence], [claim], [("org", 0, 6, "Report")], run=run)
    """
)


def start_writer(
    db_url: str, name: str, count: int, shared: int, group: int = 1
) -> subprocess.Popen[str]:
    command = [sys.executable, "-c", WRITER, db_url, name, str(count), str(shared), str(group)]
    return subprocess.Popen(command, stderr=subprocess.PIPE, text=True)


def assert_whole(ledger: Ledger) -> int:
    """Every stored document has its sentence, claim and mention: nothing half-stored."""
    stats = ledger.stats()
    assert stats.sentences == stats.claims == stats.documents
    for summary in ledger.documents():
        doc = ledger.document(summary.id)
        assert (len(doc.sentences), len(doc.claims), len(doc.mentions)) == (1, 1, 1)
    return stats.documents


@pytest.mark.slow
@pytest.mark.parametrize("group", [1, 7])
def test_two_writers_at_once(db_url: str, group: int) -> None:
    Ledger.open(db_url).close()
    writers = [start_writer(db_url, name, 80, 40, group) for name in ("left", "right")]
    errors = [w.communicate(timeout=300)[1] for w in writers]
    assert [w.returncode for w in writers] == [0, 0], errors
    with Ledger.open(db_url) as ledger:
        assert assert_whole(ledger) == 80 + 80 - 40
        assert [c.quote for c in ledger.document("shared-3").claims] == ["4"]
        assert len(ledger.search("families", limit=500)) == 120


@pytest.mark.slow
@pytest.mark.parametrize("group", [1, 7])
def test_kill_9_mid_batch_leaves_no_half_stored_document(db_url: str, group: int) -> None:
    Ledger.open(db_url).close()
    writer = start_writer(db_url, "solo", 5000, 0, group)
    with Ledger.open(db_url) as ledger:
        while ledger.stats().documents < 30 and writer.poll() is None:
            time.sleep(0.02)
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=60)
        assert writer.returncode == -signal.SIGKILL
        stored = assert_whole(ledger)
    assert 30 <= stored < 5000
    rerun = start_writer(db_url, "solo", 60, 0)
    assert rerun.wait(timeout=300) == 0
    with Ledger.open(db_url) as ledger:
        assert assert_whole(ledger) == max(stored, 60)


def test_one_ledger_shared_by_threads(ledger: Ledger, save, make_doc) -> None:
    def worker(name: str) -> list[str]:
        statuses = []
        for n in range(10):
            doc = make_doc(f"Crew {name} saw {n + 3} vans near post {n}.", id=f"{name}-{n}")
            statuses.append(save(doc, spans=[("place", 0, 4, f"Post {n}")]).status)
        return statuses

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(worker, ["a", "b", "c", "d"]))
    assert results == [["added"] * 10] * 4
    assert assert_whole_documents(ledger) == 40
    assert len({m.name for d in ledger.documents() for m in ledger.document(d.id).mentions}) == 10


def assert_whole_documents(ledger: Ledger) -> int:
    stats = ledger.stats()
    assert stats.sentences == stats.documents
    return stats.documents
