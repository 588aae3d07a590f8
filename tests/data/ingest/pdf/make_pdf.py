"""Write report.pdf: a two-page PDF built byte by byte, so the fixture needs no PDF library.

Run from anywhere: ``python tests/data/ingest/pdf/make_pdf.py``. The output is deterministic.
"""

from __future__ import annotations

from pathlib import Path

TITLE = "Quarterly displacement brief"
AUTHOR = "Lakeside Protection Cluster"
CREATED = "D:20250402093000+00'00'"
PAGES = (
    (
        "Quarterly displacement brief, first quarter of 2025",
        "The cluster recorded 61,000 newly displaced people between January and March,",
        "up from about 48,500 in the last quarter of 2024.",
        "Nearly half of them were children, according to partner registration data.",
    ),
    (
        "Funding and outlook",
        "Partners received USD 14.2 million of the 39 million requested for the year.",
        "The cluster estimates that up to 20,000 more people could be displaced by June.",
    ),
)


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _stream(lines: tuple[str, ...]) -> bytes:
    body = " T*\n".join(f"({_escape(line)}) Tj" for line in lines)
    text = f"BT\n/F1 11 Tf\n14 TL\n72 720 Td\n{body}\nET\n"
    data = text.encode("latin-1")
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"


def _objects() -> list[bytes]:
    count = len(PAGES)
    page_ids = [4 + 2 * index for index in range(count)]
    kids = " ".join(f"{page} 0 R" for page in page_ids)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for page_id, lines in zip(page_ids, PAGES, strict=True):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        objects.append(_stream(lines))
    info = f"<< /Title ({TITLE}) /Author ({AUTHOR}) /CreationDate ({CREATED}) >>"
    objects.append(info.encode("latin-1"))
    return objects


def build() -> bytes:
    objects = _objects()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
    out += trailer.encode() + b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


if __name__ == "__main__":
    Path(__file__).with_name("report.pdf").write_bytes(build())
