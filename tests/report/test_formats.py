from __future__ import annotations

import csv
import io
import json

from claimledger.report import formats


class FakeClaim:
    def __init__(self, **fields: object) -> None:
        self.fields = {
            "doc": "d1",
            "kind": "count",
            "value": 1200,
            "qualifier": "about",
            "unit": None,
            "subject": "families",
            "source": None,
            "date": None,
            "hedge": "asserted",
            "quote": "about 1,200",
            "interval": [1080, 1320],
            "status": "extracted",
        } | fields

    def record(self) -> dict[str, object]:
        return dict(self.fields)


def test_marked_wraps_spans_and_merges_overlaps() -> None:
    text = "About 1,200 families and 300 children"
    assert formats.marked(text, [(6, 11), (0, 11), (25, 28)]) == (
        "[[About 1,200]] families and [[300]] children"
    )


def test_styled_marks_drops_marks_and_styles_the_match() -> None:
    rendered = formats.styled_marks("Queues at the [[checkpoint]] grew")
    assert rendered.plain == "Queues at the checkpoint grew"
    (span,) = rendered.spans
    assert rendered.plain[span.start : span.end] == "checkpoint"


def test_figure_reads_qualifier_unit_and_ranges() -> None:
    assert formats.figure({"value": 1200, "qualifier": "about", "unit": None}) == "~1,200"
    ranged = {"value": [5000, 10000], "qualifier": "range", "unit": "RUB"}
    assert formats.figure(ranged) == "5,000–10,000 RUB"


def test_jsonl_and_csv_carry_the_schema_fields() -> None:
    claims = [FakeClaim(), FakeClaim(kind="money", value=[1, 2], unit="EUR")]
    records = [json.loads(line) for line in formats.jsonl_lines(claims)]
    assert [r["kind"] for r in records] == ["count", "money"]
    rows = list(csv.DictReader(io.StringIO(formats.claims_csv(claims))))
    assert rows[1]["value"] == "[1, 2]" and rows[0]["source"] == ""
    assert list(rows[0])[:10] == list(formats.CSV_FIELDS[:10])
