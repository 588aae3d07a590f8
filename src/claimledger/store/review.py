"""Review decisions: which changes are allowed, and what the claim row and audit entry become."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from claimledger.errors import StoreError
from claimledger.model import HEDGES, QUALIFIERS, REVIEW_STATUSES
from claimledger.store.records import CORRECTABLE, StoredClaim
from claimledger.store.rows import now

_CHOICES: dict[str, tuple[str, ...]] = {"qualifier": QUALIFIERS, "hedge": HEDGES}


def check_review(status: str, changes: Mapping[str, object] | None) -> None:
    """Refuse an unknown status, an unknown field or an impossible value, before any write."""
    if status not in REVIEW_STATUSES:
        raise StoreError(
            f"unknown review status {status!r}; expected one of {', '.join(REVIEW_STATUSES)}"
        )
    if status == "corrected" and not changes:
        raise StoreError("a 'corrected' review needs the corrected values (changes)")
    for name, value in (changes or {}).items():
        _check_change(name, value)


def _check_change(name: str, value: object) -> None:
    if name not in CORRECTABLE:
        raise StoreError(
            f"field {name!r} cannot be corrected; correctable: {', '.join(CORRECTABLE)}"
        )
    if name in _CHOICES and value not in _CHOICES[name]:
        raise StoreError(f"{name} must be one of {', '.join(_CHOICES[name])}, not {value!r}")
    if name == "value" and not _is_value(value):
        raise StoreError(f"value must be a number or [low, high], not {value!r}")


def _is_value(value: object) -> bool:
    if isinstance(value, list | tuple):
        return len(value) == 2 and all(_is_number(v) for v in value)
    return _is_number(value)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def review_update(
    before: StoredClaim, user: str, status: str, changes: dict[str, Any], note: str | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The new values of the claim row, and the audit-log row recording the change."""
    corrections = dict(before.corrections) | {k: _json(v) for k, v in changes.items()}
    moment = now()
    values = {
        "status": status,
        "corrections": corrections or None,
        "reviewed_by": user,
        "reviewed_at": moment,
    }
    entry = {
        "claim_id": before.id,
        "user": user,
        "at": moment,
        "action": "review",
        "before": snapshot(before, before.status, before.corrections),
        "after": snapshot(before, status, corrections),
        "note": note,
    }
    return values, entry


def snapshot(claim: StoredClaim, status: str, corrections: Mapping[str, Any]) -> dict[str, Any]:
    """The review state and the claim's values as a reader would see them."""
    values = {name: _json(corrections.get(name, getattr(claim, name))) for name in CORRECTABLE}
    return {"status": status, "corrections": dict(corrections), "values": values}


def _json(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
