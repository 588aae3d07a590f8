"""Fixtures of the store tests (the shared ones are in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from storekit import RUN, Fig, claim_of, split

from claimledger.model import Document
from claimledger.store import Ledger, RunInfo, SaveResult


@pytest.fixture()
def save(ledger: Ledger) -> Callable[..., SaveResult]:
    """``save(doc, [Fig(...), ...], run=RUN, **save_options)``: split, build claims, save."""

    def run_save(
        doc: Document, figs: Sequence[Fig] = (), run: RunInfo = RUN, **options: Any
    ) -> SaveResult:
        sentences = split(doc)
        claims = [claim_of(doc, sentences, fig) for fig in figs]
        spans = options.pop("spans", ())
        return ledger.save(doc, sentences, claims, spans, run=run, **options)

    return run_save
