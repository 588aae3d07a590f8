"""The same documents give the same answers on SQLite and PostgreSQL, field for field."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from storekit import RUN, claim_of, split
from test_search import REPORTS

from claimledger.model import Document
from claimledger.store import Ledger
from claimledger.store.admin import empty

QUERIES = [
    "deportees",
    '"forced recruitment" OR Kherson',
    "recruit* -offices",
    "рубл* OR 12.5",
    "cafe OR café OR Mariupol",
]


@pytest.fixture()
def both(
    tmp_path: Path, pg_session_url: str, make_doc: Callable[..., Document]
) -> Iterator[tuple[Ledger, Ledger]]:
    empty(pg_session_url)
    with Ledger.open(f"sqlite:///{tmp_path / 'p.db'}") as lite, Ledger.open(pg_session_url) as pg:
        for ledger in (lite, pg):
            fill(ledger, make_doc)
        yield lite, pg


def fill(ledger: Ledger, make_doc: Callable[..., Document]) -> None:
    for doc_id, (publisher, published, text, figs) in REPORTS.items():
        doc = make_doc(text, id=doc_id, publisher=publisher, published=published)
        sentences = split(doc)
        claims = [claim_of(doc, sentences, fig) for fig in figs]
        ledger.save(doc, sentences, claims, [("place", 0, 5, text[:5])], run=RUN)
    first = ledger.claims()[0]
    ledger.review(first.id, user="ana", status="corrected", changes={"value": [1, 2]})


def plain(record: Any, *drop: str) -> dict[str, Any]:
    values = dataclasses.asdict(record) if dataclasses.is_dataclass(record) else dict(record)
    return {k: v for k, v in values.items() if k not in drop}


def test_claims_documents_and_stats_are_identical(both: tuple[Ledger, Ledger]) -> None:
    lite, pg = both
    assert [c.record() for c in lite.claims()] == [c.record() for c in pg.claims()]
    assert [plain(c, "reviewed_at") for c in lite.claims()] == [
        plain(c, "reviewed_at") for c in pg.claims()
    ]
    assert [plain(d, "ingested_at") for d in lite.documents()] == [
        plain(d, "ingested_at") for d in pg.documents()
    ]
    assert plain(lite.stats(), "size_bytes") == plain(pg.stats(), "size_bytes")
    assert lite.document("south").mentions == pg.document("south").mentions


@pytest.mark.parametrize("query", QUERIES)
def test_search_hits_are_identical(both: tuple[Ledger, Ledger], query: str) -> None:
    lite, pg = both
    hits = lite.search(query)
    assert hits
    assert hits == pg.search(query)
