from datetime import date
from pathlib import Path

import pytest

from claimledger.config import Settings
from claimledger.ingest import read
from claimledger.ingest.text import guess_title, parse_dateline

DATA = Path(__file__).parent.parent / "data" / "ingest"


@pytest.fixture
def settings() -> Settings:
    return Settings(db_url="sqlite://")


def test_text_front_matter_fields_and_offsets(settings: Settings) -> None:
    path = DATA / "text" / "front-matter.txt"
    [doc] = read(str(path), settings)
    raw = path.read_bytes().decode("utf-8")
    assert doc.id == "front-matter"
    assert doc.text == raw
    assert doc.title == "Shelter capacity strained in border districts"
    assert doc.publisher == "Fictional Field Monitor"
    assert doc.published == date(2025, 3, 18)
    assert doc.url is None
    assert doc.body.startswith("Reception centres in three border districts")
    assert doc.text[: doc.body_start].endswith("---\n")
    assert doc.language == "en"
    assert doc.path == str(path)
    assert doc.media_type == "text/plain"


def test_text_offsets_point_at_figures(settings: Settings) -> None:
    [doc] = read(str(DATA / "text" / "front-matter.txt"), settings)
    start = doc.text.index("4,200")
    assert doc.text[start : start + 5] == "4,200"
    assert start > doc.body_start


def test_markdown_without_front_matter(settings: Settings) -> None:
    [doc] = read(str(DATA / "text" / "no-front-matter.md"), settings)
    assert doc.body_start == 0
    assert doc.title == "Weekly note on recruitment offices"
    assert doc.published is None
    assert doc.publisher is None
    assert doc.media_type == "text/markdown"


def test_published_argument_overrides_front_matter(settings: Settings) -> None:
    path = str(DATA / "text" / "front-matter.txt")
    [doc] = read(path, settings, published=date(2024, 1, 2))
    assert doc.published == date(2024, 1, 2)


def test_published_argument_fills_missing_date(settings: Settings) -> None:
    [doc] = read(str(DATA / "text" / "no-front-matter.md"), settings, published=date(2025, 5, 9))
    assert doc.published == date(2025, 5, 9)


def test_crlf_is_kept_byte_for_byte(tmp_path: Path, settings: Settings) -> None:
    raw = "---\r\ntitle: Windows file\r\npublished: 2025-02-01\r\n---\r\nAbout 75 people left.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    [doc] = read(str(path), settings)
    assert doc.text == raw
    assert doc.title == "Windows file"
    assert doc.body == "About 75 people left.\r\n"


def test_bom_is_dropped_and_offsets_stay_in_text(tmp_path: Path, settings: Settings) -> None:
    raw = "---\ntitle: With a BOM\n---\nSome 300 families returned home last week.\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    [doc] = read(str(path), settings)
    assert doc.text == raw
    assert doc.title == "With a BOM"
    assert doc.text[doc.text.index("300") :].startswith("300 families")


def test_quoted_and_null_values(tmp_path: Path, settings: Settings) -> None:
    raw = "---\ntitle: 'Quoted: with colon'\npublisher: ~\nurl: \"https://x.test/a\"\n---\nBody.\n"
    path = tmp_path / "quoted.md"
    path.write_text(raw, encoding="utf-8")
    [doc] = read(str(path), settings)
    assert doc.title == "Quoted: with colon"
    assert doc.publisher is None
    assert doc.url == "https://x.test/a"


def test_russian_text_detected(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "ru.txt"
    path.write_text("По оценкам правозащитников, около 5 000 человек покинули город.", "utf-8")
    [doc] = read(str(path), settings)
    assert doc.language == "ru"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("## Heading two ##\nText.", "Heading two"),
        ("\n\nShort headline\nBody text.", "Short headline"),
        ("A first sentence that ends in a full stop.\nMore.", None),
        ("   \n", None),
    ],
)
def test_guess_title(body: str, title: str | None) -> None:
    assert guess_title(body) == title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("August 13, 2025", date(2025, 8, 13)),
        ("Wednesday, August 13, 2025", date(2025, 8, 13)),
        ("Aug. 1, 2024", date(2024, 8, 1)),
        ("13 August 2025", date(2025, 8, 13)),
        ("13 августа 2025 г.", date(2025, 8, 13)),
        ("2025-08-13", date(2025, 8, 13)),
        ("13.08.2025", date(2025, 8, 13)),
        ("31 June 2025", None),
        ("Maybe 13, 2025", None),
        ("Officials said on August 13, 2025 that 40 people left.", None),
    ],
)
def test_parse_dateline(line: str, expected: date | None) -> None:
    assert parse_dateline(line) == expected


def test_dateline_above_title_without_front_matter(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "dated.txt"
    path.write_text("March 3, 2025\n\nCamp  population tops 9,000\n\nThe camp held 9,100 people.\n")
    [doc] = read(str(path), settings)
    assert doc.published == date(2025, 3, 3)
    assert doc.title == "Camp population tops 9,000"
    assert doc.body_start == 0


def test_dateline_ignored_when_front_matter_present(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "fm.md"
    path.write_text("---\ntitle: T\n---\nMarch 3, 2025\n\nThe camp held 9,100 people.\n")
    [doc] = read(str(path), settings)
    assert doc.published is None
