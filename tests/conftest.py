"""Shared fixtures: a ledger URL on each database, an open ledger, and a Document builder.

Every test that takes ``db_url`` (or ``ledger``) runs twice: on a fresh SQLite file and on
the PostgreSQL server (127.0.0.1:5432, a database made for this test session and dropped
at its end, emptied before each test). The server is part of the test environment: when
it is missing the PostgreSQL runs fail rather than skip. ``CLAIMLEDGER_TEST_DBS=sqlite``
narrows a local run to one database; ``CLAIMLEDGER_TEST_PG`` points at another server.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimledger.errors import StoreError
from claimledger.model import Document
from claimledger.store import Ledger
from claimledger.store.admin import create_database, drop_database, empty

PG_ADMIN_URL = os.environ.get(
    "CLAIMLEDGER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres"
)
BACKENDS = tuple(os.environ.get("CLAIMLEDGER_TEST_DBS", "sqlite,postgresql").split(","))


@pytest.fixture(scope="session")
def pg_session_url() -> Iterator[str]:
    """A PostgreSQL database of this test session's own."""
    name = f"claimledger_test_{os.getpid()}_{secrets.token_hex(3)}"
    try:
        url = create_database(PG_ADMIN_URL, name)
    except StoreError as exc:
        pytest.fail(f"the PostgreSQL tests need a server at {PG_ADMIN_URL}: {exc}")
    yield url
    drop_database(PG_ADMIN_URL, name)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty ledger database: a new SQLite file, or the emptied session database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger' / 'ledger.db'}"
    url: str = request.getfixturevalue("pg_session_url")
    empty(url)
    return url


@pytest.fixture()
def ledger(db_url: str) -> Iterator[Ledger]:
    """An open ledger on a fresh database."""
    with Ledger.open(db_url) as opened:
        yield opened


@pytest.fixture()
def make_doc() -> Callable[..., Document]:
    """Build a Document by hand: ``make_doc("Text.", id="a", published=date(2025, 1, 2))``."""

    def build(text: str, **fields: Any) -> Document:
        values: dict[str, Any] = {
            "id": "doc-1",
            "title": "A report",
            "publisher": "Test Monitor",
            "published": date(2025, 3, 14),
        }
        values.update(fields)
        return Document(text=text, **values)

    return build
