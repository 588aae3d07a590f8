"""Grouped saves: few transactions for many documents, each document still whole or absent."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from storekit import NEWER_RUN, RUN, Fig, claim_of, split

from claimledger.errors import StoreError
from claimledger.model import Claim, Document
from claimledger.store import Ledger, content_hash
from claimledger.store.analyze import FIRST_AFTER, analyze_due
from claimledger.store.url import make_engine


def report(make_doc: Callable[..., Document], n: int) -> Document:
    return make_doc(f"Report {n} counted {n + 10} families at the crossing.", id=f"r{n}")


def test_grouped_saves_are_visible_inside_and_kept_after(
    db_url: str, ledger: Ledger, save, make_doc
) -> None:
    with ledger.grouped() as grouped:
        for n in range(5):
            assert save(report(make_doc, n), [Fig(str(n + 10), n + 10)]).status == "added"
        doc = report(make_doc, 3)
        assert grouped.has_document(content_hash(doc.text)) == "r3"
        assert save(doc, [Fig("13", 13)]).status == "unchanged"
        assert [c.quote for c in grouped.document("r3").claims] == ["13"]
    with Ledger.open(db_url) as other:
        assert other.stats().documents == 5
        assert len(other.search("families", limit=50)) == 5


def test_a_failing_save_in_a_group_leaves_the_others(ledger: Ledger, make_doc) -> None:
    with ledger.grouped():
        for n in range(4):
            doc = report(make_doc, n)
            sentences = split(doc)
            claim = claim_of(doc, sentences, Fig(str(n + 10), n + 10))
            if n == 2:
                claim = Claim(**{**claim.__dict__, "kind": None})  # NOT NULL: this save fails
                with pytest.raises(StoreError):
                    ledger.save(doc, sentences, [claim], run=RUN)
                continue
            ledger.save(doc, sentences, [claim], run=RUN)
    assert [d.id for d in ledger.documents()] == ["r0", "r1", "r3"]
    assert ledger.stats().claims == 3


def test_saves_before_an_exception_are_kept(ledger: Ledger, save, make_doc) -> None:
    with pytest.raises(RuntimeError), ledger.grouped():
        save(report(make_doc, 1))
        save(report(make_doc, 2))
        raise RuntimeError("the reader crashed")
    assert ledger.stats().documents == 2


def test_groups_commit_every_max_documents(db_url: str, ledger: Ledger, save, make_doc) -> None:
    with ledger.grouped(max_documents=2), Ledger.open(db_url) as other:
        for n in range(3):
            save(report(make_doc, n))
        assert other.stats().documents == 2  # the third waits for the next commit
    assert ledger.stats().documents == 3


def test_reviews_and_new_runs_inside_a_group(ledger: Ledger, save, make_doc) -> None:
    with ledger.grouped():
        save(report(make_doc, 1), [Fig("11", 11)])
        [claim] = ledger.claims()
        assert ledger.review(claim.id, user="ana", status="verified").status == "verified"
        save(report(make_doc, 2), [Fig("12", 12)], run=NEWER_RUN)
        save(report(make_doc, 1), [Fig("11", 11)], run=NEWER_RUN)
    assert ledger.claim(claim.id).status == "verified"
    assert {d.extractor_version for d in ledger.documents()} == {"1.1.0"}
    assert [e.action for e in ledger.audit_log()] == ["review"]


def test_groups_nest(ledger: Ledger, save, make_doc) -> None:
    with ledger.grouped(), ledger.grouped():
        save(report(make_doc, 1))
    assert ledger.stats().documents == 1


def test_flush_commits_the_open_group_and_the_group_goes_on(
    db_url: str, ledger: Ledger, save, make_doc
) -> None:
    with ledger.grouped(max_documents=100), Ledger.open(db_url) as other:
        save(report(make_doc, 1))
        assert other.stats().documents == 0  # not yet committed
        ledger.flush()
        assert other.stats().documents == 1
        save(report(make_doc, 2))
    assert ledger.stats().documents == 2


def test_flush_outside_a_group_does_nothing(ledger: Ledger, save, make_doc) -> None:
    save(report(make_doc, 1))
    ledger.flush()
    assert ledger.stats().documents == 1


def test_analyze_is_due_first_at_100_saves_then_at_a_fifth_of_the_table() -> None:
    assert not analyze_due(99, 0)
    assert analyze_due(100, 0)
    assert not analyze_due(100, 1000)  # a fifth of 1,000 is 200
    assert analyze_due(200, 1000)
    assert analyze_due(100, 400)  # never more often than every 100 saves


def test_grouped_saves_on_postgresql_analyze_the_hot_tables(
    db_url: str, ledger: Ledger, save, make_doc
) -> None:
    with ledger.grouped(max_documents=40):
        for n in range(FIRST_AFTER + 5):  # commits after 40, 80 and 105 saves
            save(report(make_doc, n))
    save(report(make_doc, 200))
    stats = ledger.planner_statistics
    if ledger.dialect != "postgresql":
        assert stats.analyses == 0  # SQLite's planner copes without statistics
        return
    assert (stats.analyses, stats.documents_at_last, stats.saved_since) == (1, 105, 1)
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            analyzed = set(conn.execute(text(_ANALYZED_TABLES)).scalars())
    finally:
        engine.dispose()
    assert {"documents", "doc_bands", "sentences", "claims"} <= analyzed


_ANALYZED_TABLES = "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL"
