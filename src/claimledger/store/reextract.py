"""Re-extraction: new claims replace old ones, but every human decision survives.

A new claim takes over the stored claim it matches (same kind and offsets, else same kind,
value and quote): the row is updated in place, so it keeps its id, review status,
corrections and audit history. Unmatched claims nobody reviewed are removed; reviewed ones
stay. Each change to a stored claim is written to the audit log, by the extractor's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from claimledger.store import schema as t
from claimledger.store.rows import Batch, claim_rows, insert_claims, now

# Fields whose change by a new extractor is recorded in the audit log.
_AUDITED = (
    "kind",
    "value",
    "value_low",
    "value_high",
    "qualifier",
    "unit",
    "subject",
    "source",
    "date",
    "hedge",
    "quote",
    "start",
    "end",
)


def merge_claims(conn: Connection, batch: Batch) -> tuple[list[int], int]:
    """Match new claims to stored ones; returns the new claims' ids and how many were added."""
    old = conn.execute(
        select(t.claims).where(t.claims.c.doc_id == batch.doc.id).order_by(t.claims.c.id)
    ).all()
    matcher = _Matcher(old)
    rows = claim_rows(batch)
    matched = [matcher.take(row) for row in rows]
    pairs = [(m, r) for m, r in zip(matched, rows, strict=True) if m is not None]
    gone = [row for row in old if row.id not in matcher.used and row.status == "extracted"]
    _audit(conn, batch, {row.id: row._mapping for row in old}, pairs, gone)
    _update_matched(conn, pairs)
    if gone:
        conn.execute(delete(t.claims).where(t.claims.c.id.in_([row.id for row in gone])))
    fresh = [r for m, r in zip(matched, rows, strict=True) if m is None]
    fresh_ids = iter(insert_claims(conn, fresh))
    ids = [m if m is not None else next(fresh_ids) for m in matched]
    return ids, len(fresh)


def _audit(
    conn: Connection,
    batch: Batch,
    old: dict[int, Any],
    pairs: Sequence[tuple[int, dict[str, Any]]],
    gone: Sequence[Any],
) -> None:
    """One entry per stored claim the new extraction changed or removed."""
    who, at = f"{batch.run.extractor} {batch.run.version}", now()
    entries = []
    for claim_id, row in pairs:
        changed = [k for k in _AUDITED if old[claim_id][k] != row[k]]
        if changed:
            before = {k: old[claim_id][k] for k in changed}
            after = {k: row[k] for k in changed}
            entries.append(_entry(claim_id, who, at, "reextract", before, after))
    for row in gone:
        before = {k: row._mapping[k] for k in _AUDITED}
        entries.append(_entry(row.id, who, at, "remove", before, None))
    if entries:
        conn.execute(insert(t.audit_log), entries)


def _entry(claim_id: int, who: str, at: Any, action: str, before: Any, after: Any) -> dict:
    return {
        "claim_id": claim_id,
        "user": who,
        "at": at,
        "action": action,
        "before": before,
        "after": after,
        "note": None,
    }


class _Matcher:
    """Pairs new claims with stored ones: same kind and offsets, else same kind, value, quote."""

    def __init__(self, old: Sequence[Any]) -> None:
        self.by_span: dict[tuple, list[int]] = {}
        self.by_value: dict[tuple, list[int]] = {}
        for row in old:
            self.by_span.setdefault(_span_key(row._mapping), []).append(row.id)
            self.by_value.setdefault(_value_key(row._mapping), []).append(row.id)
        self.used: set[int] = set()

    def take(self, row: dict[str, Any]) -> int | None:
        for candidates in (self.by_span.get(_span_key(row)), self.by_value.get(_value_key(row))):
            for claim_id in candidates or ():
                if claim_id not in self.used:
                    self.used.add(claim_id)
                    return claim_id
        return None


def _span_key(row: Any) -> tuple:
    return (row["kind"], row["start"], row["end"])


def _value_key(row: Any) -> tuple:
    return (row["kind"], row["value"], row["value_low"], row["value_high"], row["quote"])


def _update_matched(conn: Connection, pairs: list[tuple[int, dict[str, Any]]]) -> None:
    if not pairs:
        return
    # bind names must differ from column names in an UPDATE ... SET
    names = [k for k in pairs[0][1] if k != "doc_id"] + ["converts"]
    rows = [
        {f"new_{k}": v for k, v in (row | {"converts": None}).items()} | {"claim_id": claim_id}
        for claim_id, row in pairs
    ]
    statement = (
        update(t.claims)
        .where(t.claims.c.id == bindparam("claim_id"))
        .values({name: bindparam(f"new_{name}") for name in names})
    )
    conn.execute(statement, rows)
