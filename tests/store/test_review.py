"""Review decisions and the append-only audit log."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from storekit import Fig

from claimledger.errors import NotFoundError, StoreError
from claimledger.model import Document
from claimledger.store import Ledger, StoredClaim
from claimledger.store.url import make_engine

TEXT = "Monitors recorded 3,100 arrivals in the city. A further 250 arrived by boat."


@pytest.fixture()
def claims(ledger: Ledger, save, make_doc: Callable[..., Document]) -> list[StoredClaim]:
    save(make_doc(TEXT, id="arrivals"), [Fig("3,100", 3100), Fig("250", 250)])
    return ledger.claims()


def test_correction_keeps_extracted_values_and_applies_the_new_ones(ledger: Ledger, claims) -> None:
    first = claims[0]
    reviewed = ledger.review(
        first.id,
        user="ana",
        status="corrected",
        changes={"value": [3000, 3200], "qualifier": "range"},
    )
    assert reviewed.status == "corrected" and reviewed.reviewed_by == "ana"
    assert reviewed.value == 3100  # as extracted
    record = reviewed.record()
    assert (record["value"], record["qualifier"], record["interval"]) == (
        [3000, 3200],
        "range",
        [3000, 3200],
    )
    assert record["status"] == "corrected"


def test_every_review_appends_one_audit_entry(ledger: Ledger, claims) -> None:
    first, second = claims
    ledger.review(first.id, user="ana", status="verified")
    ledger.review(second.id, user="ben", status="rejected", note="a boat count, not arrivals")
    ledger.review(
        first.id, user="ben", status="corrected", changes={"subject": "arrivals in the city"}
    )
    log = ledger.audit_log(first.id)
    assert [(e.user, e.action) for e in log] == [("ana", "review"), ("ben", "review")]
    assert log[0].before is not None and log[0].before["status"] == "extracted"
    assert log[1].after is not None and log[1].after["values"]["subject"] == "arrivals in the city"
    assert log[1].before is not None and log[1].before["values"]["subject"] == "people"
    assert all(e.at.tzinfo is not None for e in log)
    everything = ledger.audit_log()
    assert [e.claim_id for e in everything] == [first.id, second.id, first.id]
    assert everything[1].note == "a boat count, not arrivals"


def test_audit_log_refuses_update_and_delete(db_url: str, ledger: Ledger, claims) -> None:
    ledger.review(claims[0].id, user="ana", status="verified")
    engine = make_engine(db_url)
    try:
        for statement in ("UPDATE audit_log SET action = 'forged'", "DELETE FROM audit_log"):
            with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        engine.dispose()
    assert [e.action for e in ledger.audit_log()] == ["review"]


@pytest.mark.parametrize(
    ("status", "changes", "message"),
    [
        ("approved", None, "unknown review status"),
        ("corrected", None, "needs the corrected values"),
        ("corrected", {"quote": "x"}, "cannot be corrected"),
        ("corrected", {"hedge": "sure"}, "hedge must be one of"),
        ("corrected", {"value": "many"}, "value must be a number"),
        ("corrected", {"value": [1, 2, 3]}, "value must be a number"),
    ],
)
def test_invalid_reviews_are_refused_and_change_nothing(
    ledger: Ledger, claims, status, changes, message
) -> None:
    with pytest.raises(StoreError, match=message):
        ledger.review(claims[0].id, user="ana", status=status, changes=changes)
    assert ledger.claim(claims[0].id).status == "extracted"
    assert ledger.audit_log() == []


def test_review_of_a_missing_claim_raises_not_found(ledger: Ledger) -> None:
    with pytest.raises(NotFoundError):
        ledger.review(999, user="ana", status="verified")


def test_viewers_may_not_review(ledger: Ledger, claims) -> None:
    ledger.add_user("vic", "viewer")
    with pytest.raises(StoreError, match="viewer"):
        ledger.review(claims[0].id, user="vic", status="verified")
    promoted = ledger.add_user("vic", "reviewer")
    assert promoted.role == "reviewer"
    assert ledger.review(claims[0].id, user="vic", status="verified").status == "verified"


def test_users_and_roles(ledger: Ledger) -> None:
    ledger.add_user("zoe", "admin")
    ledger.add_user("amy")
    assert [(u.name, u.role) for u in ledger.users()] == [("amy", "reviewer"), ("zoe", "admin")]
    with pytest.raises(StoreError, match="unknown role"):
        ledger.add_user("max", "owner")


def test_filter_claims_by_review_status(ledger: Ledger, claims) -> None:
    ledger.review(claims[1].id, user="ana", status="rejected")
    assert [c.id for c in ledger.claims(status="rejected")] == [claims[1].id]
    assert ledger.stats().by_status == {"extracted": 1, "rejected": 1}
