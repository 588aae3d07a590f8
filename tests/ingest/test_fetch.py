import urllib.error
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path

import pytest

from claimledger.config import Settings
from claimledger.errors import InputError, TooLargeError, UnsupportedInputError
from claimledger.ingest import FetchResult, fetch, read

DATA = Path(__file__).parent.parent / "data" / "ingest"


@dataclass
class FakeFetcher:
    """Serves fixture bytes instead of the network and records what was asked."""

    result: FetchResult
    calls: list[tuple[str, float, int]] = field(default_factory=list)

    def __call__(self, url: str, *, timeout: float, max_bytes: int) -> FetchResult:
        self.calls.append((url, timeout, max_bytes))
        return self.result


@pytest.fixture
def online() -> Settings:
    return Settings(db_url="sqlite://", online=True, max_file_bytes=1_000_000)


def _fake(name: str, content_type: str, final_url: str) -> FakeFetcher:
    return FakeFetcher(FetchResult((DATA / name).read_bytes(), content_type, final_url))


def test_url_page_read_through_fetcher(online: Settings) -> None:
    url = "https://relief-alliance.example/p?id=7"
    fetcher = _fake("html/boilerplate.html", "text/html; charset=utf-8", url)
    [doc] = read(url, online, fetcher=fetcher)
    assert fetcher.calls == [(url, pytest.approx(30.0), 1_000_000)]
    assert doc.id == "relief-alliance-example-p-id-7"
    assert doc.media_type == "text/html"
    assert doc.url == "https://relief-alliance.example/press/winter-aid-returnees"
    assert doc.path == url


def test_url_page_without_canonical_gets_final_url(online: Settings) -> None:
    final = "https://aid.example/convoys"
    fetcher = _fake("html/bare.html", "text/html", final)
    [doc] = read("http://aid.example/c", online, fetcher=fetcher)
    assert doc.url == final


def test_url_feed_routed_by_content(online: Settings) -> None:
    fetcher = _fake("feed/rss.xml", "text/html", "https://eastern-routes.example/feed")
    docs = read("https://eastern-routes.example/feed", online, fetcher=fetcher)
    assert len(docs) == 3
    assert docs[0].url == "https://eastern-routes.example/2025/07/bus-evacuations-resume"


def test_url_pdf_routed_by_content(online: Settings) -> None:
    fetcher = _fake("pdf/report.pdf", "application/octet-stream", "https://x.example/r.pdf")
    [doc] = read("https://x.example/r.pdf", online, fetcher=fetcher)
    assert len(doc.pages) == 2


def test_url_plain_text_by_content_type(online: Settings) -> None:
    fetcher = _fake("text/front-matter.txt", "text/plain", "https://x.example/a.txt")
    [doc] = read("https://x.example/a.txt", online, fetcher=fetcher)
    assert doc.publisher == "Fictional Field Monitor"
    assert doc.id == "x-example-a-txt"


def test_url_unknown_content_type(online: Settings) -> None:
    fetcher = FakeFetcher(FetchResult(b"\x89PNG....", "image/png", "https://x.example/i"))
    with pytest.raises(UnsupportedInputError, match="image/png") as caught:
        read("https://x.example/i", online, fetcher=fetcher)
    assert caught.value.path == "https://x.example/i"


def test_offline_never_calls_fetcher() -> None:
    fetcher = _fake("html/bare.html", "text/html", "https://x.example/")
    with pytest.raises(InputError, match="offline"):
        read("https://x.example/", Settings(db_url="sqlite://"), fetcher=fetcher)
    assert fetcher.calls == []


def test_fetch_refuses_other_schemes() -> None:
    with pytest.raises(InputError, match="http"):
        fetch("file:///etc/passwd", timeout=1.0, max_bytes=10)


class _Response:
    def __init__(self, body: bytes) -> None:
        self.body = body
        self.headers = {"Content-Type": "text/html; charset=utf-8"}

    def __enter__(self) -> "_Response":
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def read(self, limit: int) -> bytes:
        return self.body[:limit]

    def geturl(self) -> str:
        return "https://example.org/final"


def _patch_urlopen(monkeypatch: pytest.MonkeyPatch, outcome: object) -> None:
    def fake_urlopen(request: object, timeout: float) -> object:
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr("urllib.request.urlopen", fake_urlopen)


def test_fetch_returns_body_type_and_final_url(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_urlopen(monkeypatch, _Response(b"<p>hi</p>"))
    result = fetch("https://example.org/start", timeout=5.0, max_bytes=100)
    assert result == FetchResult(
        b"<p>hi</p>", "text/html; charset=utf-8", "https://example.org/final"
    )


def test_fetch_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_urlopen(monkeypatch, _Response(b"x" * 50))
    with pytest.raises(TooLargeError):
        fetch("https://example.org/big", timeout=5.0, max_bytes=10)


def test_fetch_http_error(monkeypatch: pytest.MonkeyPatch) -> None:
    error = urllib.error.HTTPError("https://example.org/gone", 404, "Not Found", Message(), None)
    _patch_urlopen(monkeypatch, error)
    with pytest.raises(InputError, match="HTTP 404 Not Found") as caught:
        fetch("https://example.org/gone", timeout=5.0, max_bytes=10)
    assert caught.value.path == "https://example.org/gone"


def test_fetch_connection_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_urlopen(monkeypatch, urllib.error.URLError("Name or service not known"))
    with pytest.raises(InputError, match="cannot fetch: Name or service not known"):
        fetch("https://nowhere.invalid/", timeout=5.0, max_bytes=10)
