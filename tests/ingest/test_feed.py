from datetime import date
from pathlib import Path

import pytest

from claimledger.config import Settings
from claimledger.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    UnsupportedInputError,
)
from claimledger.ingest import read

FEEDS = Path(__file__).parent.parent / "data" / "ingest" / "feed"


@pytest.fixture
def settings() -> Settings:
    return Settings(db_url="sqlite://")


def test_rss_one_document_per_entry(settings: Settings) -> None:
    docs = read(str(FEEDS / "rss.xml"), settings)
    assert [doc.title for doc in docs] == [
        "Bus evacuations resume from frontline villages",
        "Transit centre reports record arrivals",
        "Hotline numbers updated",
    ]
    assert {doc.publisher for doc in docs} == {"Eastern Routes Monitor"}
    assert {doc.path for doc in docs} == {str(FEEDS / "rss.xml")}
    assert {doc.media_type for doc in docs} == {"application/rss+xml"}


def test_rss_entry_fields(settings: Settings) -> None:
    first = read(str(FEEDS / "rss.xml"), settings)[0]
    assert first.id == "eastern-routes-example-2025-07-bus-evacuations-resume"
    assert first.url == "https://eastern-routes.example/2025/07/bus-evacuations-resume"
    assert first.published == date(2025, 7, 8)
    assert first.language == "en"


def test_rss_prefers_full_content_and_converts_html(settings: Settings) -> None:
    first = read(str(FEEDS / "rss.xml"), settings)[0]
    assert first.text.startswith("Volunteer drivers evacuated 230 people from five")
    assert "<" not in first.text
    assert "Share" not in first.text
    assert "\n\nAbout a third of them" in first.text


def test_rss_entry_without_link_uses_guid(settings: Settings) -> None:
    hotline = read(str(FEEDS / "rss.xml"), settings)[2]
    assert hotline.id == "eastern-routes-hotline-2025"
    assert hotline.url is None
    assert hotline.published is None


def test_feed_ids_are_stable(settings: Settings) -> None:
    first = [doc.id for doc in read(str(FEEDS / "rss.xml"), settings)]
    second = [doc.id for doc in read(str(FEEDS / "rss.xml"), settings)]
    assert first == second
    assert len(set(first)) == len(first)


def test_atom_entries(settings: Settings) -> None:
    bonuses, raids = read(str(FEEDS / "atom.atom"), settings)
    assert bonuses.publisher == "Recruitment Watch Bulletin"
    assert bonuses.published == date(2025, 9, 1)
    assert bonuses.url == "https://recruitment-watch.example/bulletin/bonuses-climb"
    assert bonuses.text.startswith("Regional budgets now promise one-off payments of up to 2.5")
    assert raids.published == date(2025, 8, 28)
    assert raids.text.startswith("Police detained around 600 migrant workers")
    assert raids.media_type == "application/atom+xml"


def test_published_argument_only_fills_missing_entry_dates(settings: Settings) -> None:
    docs = read(str(FEEDS / "rss.xml"), settings, published=date(2025, 7, 10))
    assert [doc.published for doc in docs] == [
        date(2025, 7, 8),
        date(2025, 7, 4),
        date(2025, 7, 10),
    ]


def test_feed_sniffed_from_content(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "bulletin.feed"
    path.write_bytes((FEEDS / "atom.atom").read_bytes())
    assert len(read(str(path), settings)) == 2


def test_xml_that_is_not_a_feed(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><limit>5</limit></settings>', "utf-8")
    with pytest.raises(UnsupportedInputError, match="not an RSS or Atom feed") as caught:
        read(str(path), settings)
    assert caught.value.path == str(path)


def test_feed_without_entries(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "quiet.rss"
    path.write_text('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', "utf-8")
    with pytest.raises(EmptyInputError, match="no entries"):
        read(str(path), settings)


def test_feed_binary(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(b"<rss>\x00\x00\x00")
    with pytest.raises(BinaryInputError):
        read(str(path), settings)


def test_feed_with_garbled_encoding_declaration(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "garbled.atom"
    path.write_bytes(b'<?xml version="1.0" encoding="\xd1\xfa"?><feed></feed>')
    with pytest.raises(InputError, match="cannot parse feed") as caught:
        read(str(path), settings)
    assert caught.value.path == str(path)


def test_feed_entry_with_control_characters(tmp_path: Path, settings: Settings) -> None:
    item = "<item><title>T</title><description>&lt;p&gt;About 70\x07 people left.&lt;/p&gt;"
    path = tmp_path / "control.rss"
    path.write_text(f'<rss version="2.0"><channel>{item}</description></item></channel></rss>')
    [doc] = read(str(path), settings)
    assert doc.text == "About 70 people left.\n"
