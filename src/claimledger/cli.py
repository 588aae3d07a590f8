"""The command line: each command parses its arguments, calls the library, and prints."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from datetime import date

import click

from claimledger.config import Settings
from claimledger.errors import ClaimledgerError
from claimledger.extract import default_pipeline
from claimledger.extract.batch import DocumentResult, extract_targets
from claimledger.report.claims_text import format_value

FORMATS = click.Choice(["table", "jsonl", "json"])


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def report_error(error: ClaimledgerError) -> None:
    """One line per problem on stderr: the file, then what is wrong with it."""
    click.echo(f"error: {error} [{error.code}]", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimledger")
def main() -> None:
    """claimledger: a sourced, reviewable ledger of the figures in conflict reports."""
    _quiet_third_party_logs()


def _quiet_third_party_logs() -> None:
    # Parsers of damaged PDFs and pages log warnings of their own; the CLI reports each bad
    # file once, in its own words, so their chatter would only repeat it less clearly.
    for name in ("pypdf", "trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option(
    "--published",
    callback=_parse_date,
    help="Publication date (YYYY-MM-DD) for documents whose metadata gives none.",
)
def extract(paths: tuple[str, ...], fmt: str, published: date | None) -> None:
    """Print the quantitative claims found in PATHS (files or folders)."""
    settings = Settings.from_env()
    results = extract_targets(paths, settings, default_pipeline(), published=published)
    failed = _print_results(_report_failures(results), fmt)
    sys.exit(1 if failed else 0)


def _report_failures(results: Iterable[DocumentResult]) -> Iterator[DocumentResult]:
    for result in results:
        if result.error is not None:
            report_error(result.error)
        yield result


def _print_results(results: Iterable[DocumentResult], fmt: str) -> int:
    printers = {"jsonl": _print_jsonl, "json": _print_json, "table": _print_table}
    return printers[fmt](results)


def _print_jsonl(results: Iterable[DocumentResult]) -> int:
    failed = 0
    for result in results:
        failed += result.error is not None
        for claim in result.parse.claims if result.parse else ():
            click.echo(json.dumps(claim.record(), ensure_ascii=False))
    return failed


def _print_json(results: Iterable[DocumentResult]) -> int:
    documents, errors = [], []
    for result in results:
        if result.error is not None:
            errors.append({"path": result.target, "error": result.error.message})
        if result.parse is not None:
            documents.append(_document_json(result))
    click.echo(json.dumps({"documents": documents, "errors": errors}, ensure_ascii=False, indent=2))
    return len(errors)


def _document_json(result: DocumentResult) -> dict[str, object]:
    assert result.parse is not None
    doc = result.parse.document
    return {
        "doc": doc.id,
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url,
        "path": result.target,
        "claims": [claim.record() for claim in result.parse.claims],
    }


def _print_table(results: Iterable[DocumentResult]) -> int:
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False)
    failed = 0
    for result in results:
        failed += result.error is not None
        if result.parse is None:
            continue
        doc = result.parse.document
        table = Table(title=f"{doc.id} — {doc.title or ''}", title_justify="left", expand=False)
        for column in ("kind", "figure", "subject", "source", "date", "hedge"):
            table.add_column(column, overflow="fold")
        for claim in result.parse.claims:
            figure = format_value(claim.value, claim.qualifier, claim.unit)
            table.add_row(
                claim.kind,
                figure,
                claim.subject,
                claim.source or "—",
                claim.date or "—",
                claim.hedge,
            )
        console.print(table)
    return failed
