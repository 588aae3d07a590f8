import pytest

from claimledger.ingest.fragment import fragment_to_text
from claimledger.ingest.ids import slug
from claimledger.ingest.language import detect_language
from claimledger.ingest.sniff import FEED, HTML, PDF, kind_from_content, kind_from_content_type


def test_slug_of_url() -> None:
    assert (
        slug("https://Example.org/News/2025/report-1?x=2") == "example-org-news-2025-report-1-x-2"
    )


def test_slug_of_long_keys_is_bounded_and_distinct() -> None:
    first = slug("https://example.org/" + "a" * 200 + "/one")
    second = slug("https://example.org/" + "a" * 200 + "/two")
    assert len(first) <= 80
    assert first != second
    assert slug("https://example.org/" + "a" * 200 + "/one") == first


def test_slug_of_symbols_only_is_not_empty() -> None:
    assert slug("???")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Officials said that about 2,000 families had returned to the city by the end of May.",
            "en",
        ),
        ("Власти сообщили, что к концу мая в город вернулись около 2 000 семей.", "ru"),
        ("Влада повідомила, що до кінця травня до міста повернулися близько 2 000 сімей.", "uk"),
        (
            "Les autorités ont dit qu'environ 2 000 familles étaient rentrées en ville fin mai.",
            "fr",
        ),
        ("12 345", None),
    ],
)
def test_detect_language(text: str, code: str | None) -> None:
    assert detect_language(text) == code


def test_english_with_russian_names_stays_english() -> None:
    text = "The outlet Верстка reported that 1,200 men had been sent to the front in a month."
    assert detect_language(text) == "en"


def test_fragment_to_text_paragraphs() -> None:
    markup = "<p>One  <b>two</b></p><ul><li>three</li><li>four</li></ul><script>x()</script>"
    assert fragment_to_text(markup) == "One two\n\nthree\n\nfour\n"


def test_fragment_plain_text_passes_through() -> None:
    assert fragment_to_text("No markup here,\nwrapped.\n\nSecond.") == (
        "No markup here, wrapped.\n\nSecond.\n"
    )


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", PDF),
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<rss version="2.0">', FEED),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', FEED),
        (b"  <!DOCTYPE html><html><body>", HTML),
        (b"Plain words only.", None),
    ],
)
def test_kind_from_content(data: bytes, kind: str | None) -> None:
    assert kind_from_content(data) == kind


def test_kind_from_content_type() -> None:
    assert kind_from_content_type("application/atom+xml; charset=utf-8") == FEED
    assert kind_from_content_type("TEXT/HTML") == HTML
    assert kind_from_content_type("image/png") is None
