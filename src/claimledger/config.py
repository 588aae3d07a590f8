"""Settings, read from the environment or flags only at the edges (the CLI), then passed down."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

DB_ENV = "CLAIMLEDGER_DB"
# A report larger than this is almost certainly not a report (a dump, a video, a disk image).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def default_db_url() -> str:
    """A SQLite file in the user's data directory; the directory is created on first use."""
    return f"sqlite:///{Path(user_data_dir('claimledger')) / 'ledger.db'}"


@dataclass(frozen=True)
class Settings:
    db_url: str
    max_file_bytes: int = DEFAULT_MAX_BYTES
    online: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, object] = {"db_url": env.get(DB_ENV) or default_db_url()}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
