"""Whatever bytes a file holds, read() returns Documents or raises a ClaimledgerError."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.config import Settings
from claimledger.errors import ClaimledgerError
from claimledger.ingest import read

DATA = Path(__file__).parent.parent / "data" / "ingest"
FIXTURES = {
    ".txt": DATA / "text" / "front-matter.txt",
    ".html": DATA / "html" / "boilerplate.html",
    ".pdf": DATA / "pdf" / "report.pdf",
    ".xml": DATA / "feed" / "rss.xml",
    ".atom": DATA / "feed" / "atom.atom",
}
CONFIG = Settings(db_url="sqlite://")


def _read_or_fail_cleanly(path: Path) -> None:
    try:
        docs = read(str(path), CONFIG)
    except ClaimledgerError as error:
        assert error.path == str(path)
        assert error.message
        return
    assert all(doc.text.strip() for doc in docs)


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    """The fixture cut short and with a few bytes overwritten."""
    data = bytearray(original[: draw(st.integers(0, len(original)))])
    for _ in range(draw(st.integers(0, 4))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@pytest.mark.parametrize("suffix", sorted(FIXTURES))
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_damaged_files_never_escape_as_tracebacks(
    tmp_path: Path, suffix: str, data: st.DataObject
) -> None:
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(data.draw(damaged(FIXTURES[suffix].read_bytes())))
    _read_or_fail_cleanly(path)


@pytest.mark.parametrize("suffix", [".md", ".htm", ".pdf", ".rss", ".bin"])
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=st.binary(max_size=300))
def test_random_bytes_never_escape_as_tracebacks(
    tmp_path: Path, suffix: str, content: bytes
) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(content)
    _read_or_fail_cleanly(path)
