import importlib.util
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from claimledger.config import Settings
from claimledger.errors import EmptyInputError, InputError
from claimledger.ingest import read
from claimledger.ingest.pdf import PAGE_BREAK

PDF_DIR = Path(__file__).parent.parent / "data" / "ingest" / "pdf"
REPORT = PDF_DIR / "report.pdf"


@pytest.fixture
def settings() -> Settings:
    return Settings(db_url="sqlite://")


def _write(path: Path, writer: PdfWriter) -> str:
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return str(path)


def test_pdf_text_by_page(settings: Settings) -> None:
    [doc] = read(str(REPORT), settings)
    assert doc.media_type == "application/pdf"
    assert len(doc.pages) == 2
    assert doc.pages[0] == 0
    assert doc.text[doc.pages[1] :].startswith("Funding and outlook")
    assert doc.text[: doc.pages[1]].endswith(PAGE_BREAK)
    assert "61,000 newly displaced people" in doc.text[: doc.pages[1]]
    assert "USD 14.2 million" in doc.text[doc.pages[1] :]


def test_pdf_metadata(settings: Settings) -> None:
    [doc] = read(str(REPORT), settings)
    assert doc.id == "report"
    assert doc.title == "Quarterly displacement brief"
    assert doc.publisher == "Lakeside Protection Cluster"
    assert doc.published == date(2025, 4, 2)
    assert doc.language == "en"


def test_pdf_fixture_matches_its_generator() -> None:
    spec = importlib.util.spec_from_file_location("make_pdf", PDF_DIR / "make_pdf.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == REPORT.read_bytes()


def test_pdf_with_empty_password_is_opened(tmp_path: Path, settings: Settings) -> None:
    writer = PdfWriter(clone_from=PdfReader(REPORT))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    [doc] = read(_write(tmp_path / "restricted.pdf", writer), settings)
    assert "61,000" in doc.text


def test_pdf_with_password_is_an_input_error(tmp_path: Path, settings: Settings) -> None:
    writer = PdfWriter(clone_from=PdfReader(REPORT))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    target = _write(tmp_path / "locked.pdf", writer)
    with pytest.raises(InputError, match="password") as caught:
        read(target, settings)
    assert caught.value.path == target


def test_pdf_broken_is_an_input_error(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a PDF at all\n")
    with pytest.raises(InputError, match="PDF") as caught:
        read(str(path), settings)
    assert caught.value.path == str(path)


def test_pdf_truncated_is_an_input_error(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(REPORT.read_bytes()[:300])
    with pytest.raises(InputError):
        read(str(path), settings)


def test_pdf_without_text(tmp_path: Path, settings: Settings) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    with pytest.raises(EmptyInputError, match="OCR"):
        read(_write(tmp_path / "scan.pdf", writer), settings)


def test_pdf_sniffed_without_extension(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "download"
    path.write_bytes(REPORT.read_bytes())
    [doc] = read(str(path), settings)
    assert doc.pages == (0, doc.text.index("Funding"))
