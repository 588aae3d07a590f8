"""The one place that touches the network: fetch a URL with urllib, bounded in time and size.

Readers take a ``fetcher`` argument defaulting to :func:`fetch`, so tests pass a fake one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from claimledger.errors import InputError, TooLargeError

DEFAULT_TIMEOUT = 30.0
USER_AGENT = "claimledger/0.1 (+report ingestion)"


@dataclass(frozen=True)
class FetchResult:
    content: bytes
    content_type: str
    final_url: str


class Fetcher(Protocol):
    def __call__(self, url: str, *, timeout: float, max_bytes: int) -> FetchResult: ...


def fetch(url: str, *, timeout: float, max_bytes: int) -> FetchResult:
    """GET ``url``; more than ``max_bytes`` of body raises TooLargeError without reading on."""
    if not url.lower().startswith(("http://", "https://")):
        raise InputError("only http and https URLs can be fetched", path=url)
    # Imported here: urllib.request (with http.client and email) is a tenth of the CLI's
    # start-up, and reading local files never needs it.
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked above)
            content = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type", "")
            final_url = response.geturl()
    except urllib.error.HTTPError as error:
        raise InputError(f"HTTP {error.code} {error.reason}", path=url) from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise InputError(f"cannot fetch: {_reason(error)}", path=url) from error
    if len(content) > max_bytes:
        raise TooLargeError(f"response is larger than the limit of {max_bytes} bytes", path=url)
    return FetchResult(content, content_type, final_url)


def _reason(error: Exception) -> str:
    return str(getattr(error, "reason", None) or error)
