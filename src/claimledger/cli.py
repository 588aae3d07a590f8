"""The command line: each command parses its arguments, calls the library, and prints."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import click

from claimledger.config import Settings
from claimledger.errors import ClaimledgerError
from claimledger.extract import claims_pipeline
from claimledger.extract.batch import DocumentResult, extract_targets
from claimledger.model import REVIEW_STATUSES
from claimledger.report.claims_text import format_value

if TYPE_CHECKING:
    from rich.console import Console

    from claimledger.api import ProgressCallback, ProgressEvent

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
    # Claims only: the named spans (entities) are for the ledger, which extract never fills.
    results = extract_targets(paths, settings, claims_pipeline(), published=published)
    with _extract_progress() as counted:
        failed = _print_results(counted(_report_failures(results)), fmt)
    sys.exit(1 if failed else 0)


_Counter = Callable[[Iterable[DocumentResult]], Iterator[DocumentResult]]


@contextmanager
def _extract_progress() -> Iterator[_Counter]:
    """A running count of documents on stderr, only when a person is watching a terminal."""
    if not sys.stderr.isatty():
        yield lambda results: iter(results)
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn

    columns = (SpinnerColumn(), TextColumn("extracting: {task.completed} documents"))
    with Progress(*columns, console=_console(stderr=True), transient=True) as progress:
        task = progress.add_task("extract", total=None)

        def counted(results: Iterable[DocumentResult]) -> Iterator[DocumentResult]:
            for result in results:
                progress.advance(task)
                yield result

        yield counted


def _report_failures(results: Iterable[DocumentResult]) -> Iterator[DocumentResult]:
    for result in results:
        if result.error is not None:
            report_error(result.error)
        yield result


def _print_results(results: Iterable[DocumentResult], fmt: str) -> int:
    printers = {"jsonl": _print_jsonl, "json": _print_json, "table": _print_table}
    return printers[fmt](results)


def _print_jsonl(results: Iterable[DocumentResult]) -> int:
    # One encoder and one write per document: json.dumps builds an encoder per call and
    # click.echo flushes per call, which together cost more than the records themselves.
    encode = json.JSONEncoder(ensure_ascii=False).encode
    failed = 0
    for result in results:
        failed += result.error is not None
        if result.parse is not None and result.parse.claims:
            click.echo("\n".join(encode(claim.record()) for claim in result.parse.claims))
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
    from rich.table import Table

    console = _console()
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


# --- The ledger: ingest, search, claims, show, run ---------------------------------------------
# Each command: parse the arguments, make one api call, print what it returned. The api and
# the formatters are imported inside the commands: they pull in NumPy and the database
# layer, which `extract` never needs.

LIST_FORMATS = click.Choice(["table", "csv", "jsonl"])
HIT_FORMATS = click.Choice(["table", "jsonl"])
# A table longer than this is not read at a terminal; csv and jsonl export everything.
TABLE_LIMIT = 200
_T = TypeVar("_T")


def db_option(func: Callable[..., None]) -> Callable[..., None]:
    """``--db URL``; without it, CLAIMLEDGER_DB, then a file in the user's data directory."""
    return click.option(
        "--db",
        "db_url",
        metavar="URL",
        help="Ledger database: sqlite:///PATH or postgresql://USER@HOST:PORT/DB.",
    )(func)


def filter_options(func: Callable[..., None]) -> Callable[..., None]:
    """The filters ``search`` and ``claims`` share."""
    options = (
        click.option("--publisher", help="Only documents from this publisher."),
        click.option("--since", callback=_parse_date, help="Published on or after YYYY-MM-DD."),
        click.option("--until", callback=_parse_date, help="Published on or before YYYY-MM-DD."),
        click.option("--source", help="Only claims attributed to this source (part of it)."),
        click.option("--kind", help="Only claims of this kind: count, money, percent ..."),
        click.option(
            "--limit",
            type=click.IntRange(min=1),
            help=f"At most this many rows (default: search 20, claims table {TABLE_LIMIT}).",
        ),
    )
    for option in reversed(options):
        func = option(func)
    return func


def _settings(db_url: str | None, online: bool = False) -> Settings:
    return Settings.from_env(db_url=db_url, online=online)


def _given(filters: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in filters.items() if value is not None}


def _call(action: Callable[[], _T]) -> _T:
    """Run one API call; a ClaimledgerError becomes one ``error:`` line and exit status 1."""
    try:
        return action()
    except ClaimledgerError as error:
        report_error(error)
        sys.exit(1)


# Piped or captured output has no terminal width; rich would fall back to 80 columns and fold
# every claim's subject into a tall, narrow column.
_PIPE_WIDTH = 160


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else _PIPE_WIDTH
    return Console(stderr=stderr, soft_wrap=False, width=width)


@contextmanager
def _progress_bar() -> Iterator[ProgressCallback]:
    """A progress bar on stderr; each failure gets its ``error:`` line as it happens."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from claimledger.api import FAILED

    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=_console(stderr=True), transient=True) as progress:
        task = progress.add_task("ingest", total=None)

        def advance(event: ProgressEvent) -> None:
            progress.update(task, completed=event.done, total=event.total or None)
            for outcome in event.outcomes:
                if outcome.status == FAILED:
                    code = f" [{outcome.code}]" if outcome.code else ""
                    click.echo(f"error: {outcome.target}: {outcome.reason}{code}", err=True)

        yield advance


@main.command()
@click.argument("targets", nargs=-1, required=True, metavar="PATH|FEED...")
@click.option(
    "--published",
    callback=_parse_date,
    help="Publication date (YYYY-MM-DD) for documents whose metadata gives none.",
)
@click.option("--online/--offline", default=False, help="Fetch http(s) feed and page URLs.")
@db_option
def ingest(
    targets: tuple[str, ...], published: date | None, online: bool, db_url: str | None
) -> None:
    """Store the reports in PATHS (files, folders, feeds, URLs) with their claims."""
    from claimledger import api
    from claimledger.report import formats

    settings = _settings(db_url, online=online)
    with _progress_bar() as progress:
        batch = _call(
            lambda: api.ingest(targets, settings, published=published, on_progress=progress)
        )
    _console().print(formats.batch_summary(batch))
    sys.exit(batch.exit_code)


@main.command()
@click.argument("query")
@filter_options
@click.option("--format", "fmt", type=HIT_FORMATS, default="table", show_default=True)
@db_option
def search(query: str, fmt: str, db_url: str | None, **filters: Any) -> None:
    """Full-text search over stored sentences; matches are highlighted ([[...]] in jsonl)."""
    from claimledger import api
    from claimledger.report import formats

    options = _given(filters) | {"marks": formats.MARKS}
    hits = _call(lambda: api.search(query, _settings(db_url), **options))
    if fmt == "jsonl":
        for hit in hits:
            click.echo(json.dumps(formats.hit_record(hit), ensure_ascii=False))
    else:
        _console().print(formats.hits_table(hits, query))


@main.command()
@filter_options
@click.option("--doc", help="Only the claims of this document.")
@click.option("--status", type=click.Choice(REVIEW_STATUSES), help="Only claims in this state.")
@click.option("--format", "fmt", type=LIST_FORMATS, default="table", show_default=True)
@db_option
def claims(fmt: str, db_url: str | None, **filters: Any) -> None:
    """List stored claims; --format jsonl prints one SCHEMA record per claim."""
    from claimledger import api
    from claimledger.report import formats

    if fmt == "table" and filters["limit"] is None:
        filters["limit"] = TABLE_LIMIT
    found = _call(lambda: api.claims(_settings(db_url), **_given(filters)))
    if fmt == "jsonl":
        for line in formats.jsonl_lines(found):
            click.echo(line)
    elif fmt == "csv":
        click.echo(formats.claims_csv(found), nl=False)
    else:
        _console().print(formats.claims_table(found, title=f"{len(found)} claims"))


@main.command()
@click.argument("doc_id", metavar="DOC")
@db_option
def show(doc_id: str, db_url: str | None) -> None:
    """Print a stored document with its claims marked [[like this]], then its claims."""
    from claimledger import api
    from claimledger.report import formats

    doc = _call(lambda: api.show(doc_id, _settings(db_url)))
    console = _console()
    console.print(formats.document_header(doc))
    console.print(formats.document_text(doc))
    console.print(formats.claims_table(doc.claims, title=f"{len(doc.claims)} claims"))


@main.command()
@click.argument("path", required=False)
@db_option
def run(path: str | None, db_url: str | None) -> None:
    """Ingest PATH (default: the bundled sample reports) and print what the ledger holds."""
    from claimledger import api
    from claimledger.report import formats

    settings = _settings(db_url)
    with _progress_bar() as progress:
        report = _call(lambda: api.run([path] if path else None, settings, on_progress=progress))
    console = _console()
    console.print(formats.batch_summary(report.batch))
    console.print(formats.run_summary(report))
    console.print(formats.claims_table(report.top_claims, title="Top claims"))
    sys.exit(report.batch.exit_code)
