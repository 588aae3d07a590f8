import os
from pathlib import Path

import pytest

from claimledger.config import Settings
from claimledger.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    FrontMatterError,
    InputError,
    MissingInputError,
    TooLargeError,
    UnsupportedInputError,
)
from claimledger.ingest import read

BAD = Path(__file__).parent.parent / "data" / "ingest" / "bad"


@pytest.fixture
def settings() -> Settings:
    return Settings(db_url="sqlite://")


def test_missing_file(tmp_path: Path, settings: Settings) -> None:
    target = str(tmp_path / "nope.txt")
    with pytest.raises(MissingInputError) as caught:
        read(target, settings)
    assert caught.value.path == target
    assert "no such file" in str(caught.value)


def test_directory_is_an_input_error(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(InputError, match="directory") as caught:
        read(str(tmp_path), settings)
    assert caught.value.path == str(tmp_path)


def test_binary_file(settings: Settings) -> None:
    target = str(BAD / "binary.txt")
    with pytest.raises(BinaryInputError, match="NUL") as caught:
        read(target, settings)
    assert caught.value.path == target


def test_invalid_utf8_names_byte_offset(settings: Settings) -> None:
    target = str(BAD / "invalid-utf8.txt")
    offset = (BAD / "invalid-utf8.txt").read_bytes().index(b"\xe9")
    with pytest.raises(EncodingError) as caught:
        read(target, settings)
    assert f"byte offset {offset}" in caught.value.message
    assert "line 3" in caught.value.message
    assert caught.value.path == target


def test_utf16_file_is_an_encoding_error(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("About 40 people.".encode("utf-16"))
    with pytest.raises(EncodingError, match="UTF-16"):
        read(str(path), settings)


@pytest.mark.parametrize("name", ["empty.txt", "whitespace.txt"])
def test_empty_file(name: str, settings: Settings) -> None:
    with pytest.raises(EmptyInputError, match="empty|only whitespace") as caught:
        read(str(BAD / name), settings)
    assert caught.value.path == str(BAD / name)


def test_front_matter_without_body(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "only-header.md"
    path.write_text("---\ntitle: Nothing below\n---\n\n", encoding="utf-8")
    with pytest.raises(EmptyInputError, match="body"):
        read(str(path), settings)


def test_sparse_huge_file_rejected_before_reading(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "huge.txt"
    path.touch()
    os.truncate(path, 500 * 1024 * 1024)
    with pytest.raises(TooLargeError, match="500.0 MB") as caught:
        read(str(path), settings)
    assert caught.value.path == str(path)


def test_size_limit_comes_from_settings(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text("Some 12 people were counted in the shelter.", encoding="utf-8")
    with pytest.raises(TooLargeError):
        read(str(path), Settings(db_url="sqlite://", max_file_bytes=10))


def test_unsupported_extension(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("plain words", encoding="utf-8")
    with pytest.raises(UnsupportedInputError, match=r"\.docx") as caught:
        read(str(path), settings)
    assert caught.value.path == str(path)


def test_unsupported_binary_extension_says_binary(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(BinaryInputError):
        read(str(path), settings)


def test_unclosed_front_matter(settings: Settings) -> None:
    target = str(BAD / "unclosed-front-matter.md")
    with pytest.raises(FrontMatterError, match="never closed") as caught:
        read(target, settings)
    assert caught.value.path == target


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("title: ok\nthis line has no colon\n", "line 3"),
        ("title: 'unterminated\n", "unterminated"),
        ("published: 13 August 2025\n", "YYYY-MM-DD"),
    ],
)
def test_malformed_front_matter(
    tmp_path: Path, settings: Settings, block: str, message: str
) -> None:
    path = tmp_path / "bad.md"
    path.write_text(f"---\n{block}---\nBody with 5 people.\n", encoding="utf-8")
    with pytest.raises(FrontMatterError, match=message):
        read(str(path), settings)


def test_url_while_offline(settings: Settings) -> None:
    with pytest.raises(InputError, match="offline") as caught:
        read("https://example.org/report.html", settings)
    assert caught.value.path == "https://example.org/report.html"


def test_fifo_is_not_read(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(InputError, match="not a regular file"):
        read(str(path), settings)


def test_broken_symlink_is_missing(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "dangling.txt"
    path.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(MissingInputError):
        read(str(path), settings)
