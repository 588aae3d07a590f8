"""Renderings of stored claims, search hits and documents: tables, CSV, JSONL, marked text.

Everything here returns strings or rich renderables; printing is the caller's business.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from rich.table import Table
from rich.text import Text

from claimledger.report.claims_text import format_value

# Columns of the CSV export: the SCHEMA fields, then provenance and review.
CSV_FIELDS = (
    "doc", "kind", "value", "qualifier", "unit", "subject", "source", "date", "hedge", "quote",
    "start", "end", "interval", "status", "id", "extractor", "extractor_version", "sentence",
)  # fmt: skip
MARK_OPEN, MARK_CLOSE = "[[", "]]"
MARKS = (MARK_OPEN, MARK_CLOSE)
HIGHLIGHT = "bold yellow"
# Columns never folded: an id or a figure split over two lines is misread.
_KEEP_WHOLE = frozenset({"doc", "figure"})
_MARKED = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)


class HasRecord(Protocol):
    def record(self) -> dict[str, object]: ...


def jsonl_lines(items: Iterable[HasRecord]) -> Iterator[str]:
    """One JSON object per claim, SCHEMA fields first."""
    for item in items:
        yield json.dumps(item.record(), ensure_ascii=False, default=str)


def claims_csv(claims: Iterable[HasRecord]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for claim in claims:
        writer.writerow({k: _csv_cell(v) for k, v in claim.record().items()})
    return buffer.getvalue()


def _csv_cell(value: object) -> object:
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def claims_table(claims: Sequence[Any], title: str | None = None) -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    for column in ("doc", "kind", "figure", "subject", "source", "date", "hedge", "status"):
        table.add_column(column, overflow="fold", no_wrap=column in _KEEP_WHOLE)
    for claim in claims:
        record = claim.record()
        table.add_row(
            str(record["doc"]),
            str(record["kind"]),
            figure(record),
            str(record["subject"] or ""),
            str(record["source"] or "—"),
            str(record["date"] or "—"),
            str(record["hedge"]),
            str(record.get("status", "")),
        )
    return table


def figure(record: dict[str, object]) -> str:
    """``{"value": 3000, "qualifier": "about"}`` -> ``~3,000``."""
    value = record["value"]
    number = (float(value[0]), float(value[1])) if isinstance(value, list) else float(value)  # type: ignore[arg-type]
    unit = record.get("unit")
    return format_value(number, str(record["qualifier"]), unit if isinstance(unit, str) else None)


def styled_marks(text: str, style: str = HIGHLIGHT) -> Text:
    """Text whose ``[[...]]`` parts (as the ledger marks search matches) are styled instead."""
    rendered = Text()
    for index, part in enumerate(_MARKED.split(text)):
        rendered.append(part, style=style if index % 2 else "")
    return rendered


def marked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with ``[[`` and ``]]`` around each span (overlapping spans are merged)."""
    pieces, cursor = [], 0
    for start, end in merge_spans(spans):
        pieces += [text[cursor:start], MARK_OPEN, text[start:end], MARK_CLOSE]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def hits_table(hits: Sequence[Any], query: str) -> Table:
    """Search hits; ``snippet`` must carry ``[[...]]`` marks (``search(marks=MARKS)``)."""
    table = Table(title=f"{len(hits)} hits for {query!r}", title_justify="left", expand=False)
    table.add_column("doc", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("publisher", overflow="fold", max_width=24)
    table.add_column("snippet", overflow="fold", ratio=1)
    for hit in hits:
        table.add_row(
            str(hit.doc_id),
            hit.published.isoformat() if hit.published else "—",
            str(hit.publisher or "—"),
            styled_marks(hit.snippet),
        )
    return table


def hit_record(hit: Any) -> dict[str, object]:
    """A search hit as JSON; ``snippet`` keeps the ledger's ``[[...]]`` marks."""
    return {
        "doc": hit.doc_id,
        "title": hit.title,
        "publisher": hit.publisher,
        "published": hit.published.isoformat() if hit.published else None,
        "sentence_index": hit.sentence_index,
        "start": hit.start,
        "end": hit.end,
        "sentence": hit.sentence,
        "snippet": hit.snippet,
        "rank": hit.rank,
    }


def document_text(doc: Any) -> Text:
    """The document's text with each claim's figure highlighted and marked ``[[...]]``."""
    spans = merge_spans((c.start, c.end) for c in doc.claims)
    rendered = Text()
    cursor = 0
    for start, end in spans:
        rendered.append(doc.text[cursor:start])
        rendered.append(MARK_OPEN + doc.text[start:end] + MARK_CLOSE, style=HIGHLIGHT)
        cursor = end
    rendered.append(doc.text[cursor:])
    return rendered


def document_header(doc: Any) -> Text:
    """Title, publisher, date, url and duplicate link of a stored document."""
    summary = doc.summary
    lines = [f"{summary.id}: {summary.title or '(untitled)'}"]
    published = summary.published.isoformat() if summary.published else "undated"
    lines.append(f"{summary.publisher or 'unknown publisher'}, {published}")
    if summary.url:
        lines.append(summary.url)
    if summary.duplicate_of:
        lines.append(f"near-duplicate of {summary.duplicate_of}")
    return Text("\n".join(lines) + "\n", style="bold")


def batch_summary(batch: Any) -> Table:
    """One row per outcome (added, unchanged, ...), then claims found and time taken."""
    table = Table(title="Ingest summary", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for status, count in batch.totals.items():
        table.add_row(f"documents {status}", str(count))
    table.add_row("claims found", str(batch.claims_found))
    table.add_row("elapsed", f"{batch.elapsed:.1f} s")
    return table


def run_summary(report: Any) -> Table:
    """What the ledger holds after ``run``: documents, duplicates, claims by kind."""
    stats = report.stats
    table = Table(title=f"Ledger {report.db_url}", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents in ledger", str(stats.documents))
    table.add_row("near-duplicates linked", str(stats.duplicates))
    table.add_row("claims in ledger", str(stats.claims))
    for kind, count in sorted(report.claims_by_kind.items()):
        table.add_row(f"claims found this run: {kind}", str(count))
    table.add_row("failures", str(len(report.batch.failures)))
    return table
