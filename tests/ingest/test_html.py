from datetime import date
from pathlib import Path

import pytest

from claimledger.config import Settings
from claimledger.errors import BinaryInputError, EmptyInputError, EncodingError
from claimledger.ingest import read
from claimledger.ingest.html import decode_html, read_html

DATA = Path(__file__).parent.parent / "data" / "ingest"
BOILERPLATE = ("cookie", "Donate", "Subscribe", "Privacy", "Share", "Facebook", "comments")


@pytest.fixture
def settings() -> Settings:
    return Settings(db_url="sqlite://")


def test_html_boilerplate_removed(settings: Settings) -> None:
    [doc] = read(str(DATA / "html" / "boilerplate.html"), settings)
    assert doc.text.startswith("The Northern Relief Alliance said on Tuesday")
    assert "GBP 1.2 million" in doc.text
    for word in BOILERPLATE:
        assert word not in doc.text
    assert "Great work" not in doc.text
    assert "Water trucks restored" not in doc.text


def test_html_metadata_from_page(settings: Settings) -> None:
    [doc] = read(str(DATA / "html" / "boilerplate.html"), settings)
    assert doc.id == "boilerplate"
    assert doc.title == "Winter aid reaches 18,000 returnees in six districts"
    assert doc.publisher == "Northern Relief Alliance"
    assert doc.published == date(2025, 1, 21)
    assert doc.url == "https://relief-alliance.example/press/winter-aid-returnees"
    assert doc.media_type == "text/html"
    assert doc.language == "en"
    assert doc.body_start == 0


def test_html_json_ld_date_and_publisher(settings: Settings) -> None:
    [doc] = read(str(DATA / "repost" / "original.html"), settings)
    assert doc.published == date(2025, 6, 12)
    assert doc.publisher == "The Steppe Observer"
    assert doc.url == "https://steppe-observer.example/reports/2025/06/summons-notices-multiply"


def test_html_blocks_separated_by_blank_lines(settings: Settings) -> None:
    [doc] = read(str(DATA / "repost" / "original.html"), settings)
    paragraphs = doc.text.strip().split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("Residents of four occupied districts")
    start = doc.text.index("3,800")
    assert doc.text[start - 9 : start + 5] == "at least 3,800"


def test_repost_pair_shares_body_but_not_headline(settings: Settings) -> None:
    [original] = read(str(DATA / "repost" / "original.html"), settings)
    [repost] = read(str(DATA / "repost" / "repost.html"), settings)
    assert original.title != repost.title
    assert original.publisher != repost.publisher
    assert repost.text.startswith(original.text.rstrip())
    assert repost.text != original.text
    assert repost.published == date(2025, 6, 13)


def test_html_without_metadata(settings: Settings) -> None:
    [doc] = read(str(DATA / "html" / "bare.html"), settings)
    assert doc.text.startswith("Aid convoys carried about 300 tonnes")
    assert (doc.title, doc.publisher, doc.published, doc.url) == (None, None, None, None)


def test_html_without_main_text(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "empty-page.html"
    path.write_text(
        "<html><head><title>x</title></head><body><script>var a;</script></body></html>"
    )
    with pytest.raises(EmptyInputError, match="no main text") as caught:
        read(str(path), settings)
    assert caught.value.path == str(path)


def test_html_declared_charset_is_used() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Тест</p></body></html>'
    assert "Тест" in decode_html(page.encode("cp1251"), "page.html")


def test_html_charset_from_content_type_header() -> None:
    data = "<p>Caf\u00e9</p>".encode("latin-1")
    assert decode_html(data, "u", "text/html; charset=ISO-8859-1") == "<p>Caf\u00e9</p>"


def test_html_invalid_bytes_without_charset() -> None:
    with pytest.raises(EncodingError, match="no charset declared"):
        decode_html(b"<p>Caf\xe9</p>", "page.html")


def test_html_unknown_charset() -> None:
    with pytest.raises(EncodingError, match="nonsense-8"):
        decode_html(b'<meta charset="nonsense-8"><p>Caf\xe9</p>', "page.html")


def test_html_binary_and_empty(tmp_path: Path, settings: Settings) -> None:
    binary = tmp_path / "b.html"
    binary.write_bytes(b"<html>\x00\x00</html>")
    empty = tmp_path / "e.htm"
    empty.write_bytes(b"  \n")
    with pytest.raises(BinaryInputError):
        read(str(binary), settings)
    with pytest.raises(EmptyInputError):
        read(str(empty), settings)


def test_html_sniffed_without_extension(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "saved-page"
    path.write_bytes((DATA / "html" / "boilerplate.html").read_bytes())
    [doc] = read(str(path), settings)
    assert doc.media_type == "text/html"
    assert doc.id == "saved-page"


PARAGRAPH = (
    "<p>The camp held about 9,000 people at the start of November, according to the camp"
    " management committee, which said that numbers had risen steadily since the summer.</p>"
)


@pytest.mark.parametrize(
    ("head", "article_head", "publisher", "published"),
    [
        ("", '<time datetime="2024-11-05T10:00">5 Nov</time>', None, date(2024, 11, 5)),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org",'
            ' "@type": "Article", "datePublished": "2024-10-01",'
            ' "publisher": {"@type": "Organization", "name": "Camp Watch"}}</script>',
            "",
            "Camp Watch",
            date(2024, 10, 1),
        ),
        (
            '<meta name="publisher" content="Camp Post"><meta name="date" content="2024-09-09">',
            "",
            "Camp Post",
            date(2024, 9, 9),
        ),
    ],
)
def test_html_metadata_sources(
    head: str, article_head: str, publisher: str | None, published: date
) -> None:
    page = (
        f"<html><head><title>Camp numbers</title>{head}</head><body><article>"
        f"<h1>Camp numbers</h1><p>{article_head}</p>{PARAGRAPH}</article></body></html>"
    )
    doc = read_html(page.encode("utf-8"), "camp.html", doc_id="camp")
    assert doc.title == "Camp numbers"
    assert doc.publisher == publisher
    assert doc.published == published
    assert doc.text.startswith("The camp held about 9,000 people")
