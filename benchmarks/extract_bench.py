"""Extractor benchmark: dev-set score, throughput on one core, and peak memory.

    .venv/bin/python benchmarks/extract_bench.py [--words N] [--files F] [--shared ../shared]

1. Dev set: ``claimledger extract <shared>/eval/dev/docs --format jsonl`` scored with
   ``<shared>/eval/score.py`` (skipped with a message when the shared folder is absent).
2. Throughput: a corpus of at least ``--words`` words (default 1,000,000) in ``--files``
   files is generated from the bundled sample reports, with every figure, name and place
   varied, and written to a temporary folder. The whole CLI is timed as one process pinned to
   one core (``taskset -c 0``), output to /dev/null; the pipeline alone is timed in-process.
3. Memory: peak RSS of the CLI process on a corpus of ``--small-files`` files and on the
   full one (same size per file), to show that memory does not grow with the number of files.

Prints figures only; targets are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.model import Document

REPO = Path(__file__).resolve().parent.parent
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
NUMBER = re.compile(r"(?<![\[\w.])\d+(?:,\d{3})*(?:\.\d+)?(?![\]\w])")
YEAR = re.compile(r"(?:19|20)\d\d")
MONTH_BEFORE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December) $"
)
WORD = re.compile(r"\S+")

# Names that the generator swaps for others of the same kind, so documents differ.
SWAPS = (
    ("Tajikistan", "Kyrgyzstan", "Uzbekistan", "Kazakhstan", "Turkmenistan", "Moldova"),
    ("Moscow", "Novosibirsk", "Yekaterinburg", "Kazan", "Samara", "Rostov"),
    ("Tatarstan", "Bashkortostan", "Chuvashia", "Buryatia", "Dagestan", "Yakutia"),
    ("Pokrovsk", "Kupiansk", "Toretsk", "Chasiv Yar", "Velyka Novosilka", "Lyman"),
    ("Nurlanov", "Abdullaev", "Sadykova", "Petrenko", "Karimov", "Ismailova"),
    ("Kowalczyk", "Lindqvist", "Moreau", "Novak", "Hansen", "Brennan"),
    ("Toktogulov", "Jumabaev", "Osmonov", "Sultanova", "Bekov", "Asanova"),
)
PUBLISHERS = ("Steppe Review", "Eastern Wire", "Border Desk", "Field Notes", "River Post")


# --- corpus ----------------------------------------------------------------------------


def sample_bodies() -> list[list[str]]:
    """The paragraphs of each bundled English sample (the Russian one is left out)."""
    folder = resources.files("claimledger") / "samples"
    bodies = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".md") or "-ru-" in entry.name:
            continue
        body = FRONT_MATTER.sub("", entry.read_text(encoding="utf-8"))
        bodies.append([p for p in body.split("\n\n") if p.strip()])
    return bodies


def vary_number(match: re.Match[str], factor: float) -> str:
    """The figure scaled by ``factor`` and written in the same style; dates are left alone."""
    token, before = match.group(0), match.string[max(0, match.start() - 10) : match.start()]
    if YEAR.fullmatch(token) or MONTH_BEFORE.search(before):
        return token
    decimals = len(token.partition(".")[2])
    scaled = max(float(token.replace(",", "")) * factor, 1.0)
    if decimals:
        return f"{scaled:.{decimals}f}"
    return f"{round(scaled):,}" if "," in token or scaled >= 10_000 else str(round(scaled))


def vary(paragraph: str, rng: random.Random) -> str:
    # One factor per paragraph keeps ranges ordered and conversions proportionate.
    factor = rng.uniform(0.5, 2.0)
    text = NUMBER.sub(lambda m: vary_number(m, factor), paragraph)
    for names in SWAPS:
        text = text.replace(names[0], rng.choice(names))
    return text


def make_document(index: int, words: int, bodies: list[list[str]], rng: random.Random) -> str:
    paragraphs = bodies[index % len(bodies)]
    published = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    out = [
        f"---\ntitle: Generated report {index}\npublisher: {rng.choice(PUBLISHERS)}\n"
        f"published: {published.isoformat()}\nurl: https://example.org/bench/{index}\n---\n"
    ]
    count, position = 0, rng.randrange(len(paragraphs))
    while count < words:
        paragraph = vary(paragraphs[position % len(paragraphs)], rng)
        out.append(paragraph + "\n\n")
        count += len(WORD.findall(paragraph))
        position += 1
    return "".join(out)


def write_corpus(folder: Path, files: int, words_per_file: int, seed: int = 7) -> int:
    """Write ``files`` reports into ``folder``; returns the number of body words written."""
    rng, bodies, total = random.Random(seed), sample_bodies(), 0
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(files):
        text = make_document(index, words_per_file, bodies, rng)
        (folder / f"bench-{index:05d}.md").write_text(text, encoding="utf-8")
        total += len(WORD.findall(FRONT_MATTER.sub("", text)))
    return total


# --- running the CLI -----------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float
    max_rss_kb: int
    status: int


def cli_command() -> list[str]:
    script = Path(sys.executable).parent / "claimledger"
    return [str(script)] if script.exists() else [sys.executable, "-m", "claimledger"]


def pinned(command: Sequence[str]) -> list[str]:
    taskset = shutil.which("taskset")
    return [taskset, "-c", "0", *command] if taskset else list(command)


def run_measured(command: Sequence[str]) -> Run:
    """Wall-clock time and peak RSS of one child process, output discarded."""
    # stderr goes to a file, not a pipe, so a chatty child can never block on a full pipe.
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        errors = stderr.read().decode(errors="replace").strip().splitlines()
    if errors:
        print(f"  ({len(errors)} lines on stderr, first: {errors[0]})")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss, child.returncode)


def time_extract(folder: Path) -> Run:
    return run_measured(pinned([*cli_command(), "extract", str(folder), "--format", "jsonl"]))


def time_startup() -> Run:
    return run_measured(pinned([*cli_command(), "--version"]))


# --- in-process pipeline timing ---------------------------------------------------------------


def read_documents(folder: Path) -> list[Document]:
    from claimledger.config import Settings
    from claimledger.ingest import read

    settings = Settings(db_url="sqlite://")
    return [doc for path in sorted(folder.iterdir()) for doc in read(str(path), settings)]


def component_seconds(documents: list[Document]) -> dict[str, float]:
    """CPU seconds of each pipeline component over all documents, in pipeline order."""
    from claimledger.extract import default_pipeline
    from claimledger.extract.pipeline import Parse

    components = default_pipeline().components
    spent = dict.fromkeys((c.name for c in components), 0.0)
    for document in documents:
        parse = Parse(document)
        for comp in components:
            started = time.process_time()
            parse = comp(parse)
            spent[comp.name] += time.process_time() - started
    return spent


def pipeline_seconds(documents: list[Document]) -> tuple[float, float]:
    """Wall and CPU seconds of the whole pipeline over documents already read."""
    from claimledger.extract import default_pipeline

    pipeline = default_pipeline()
    wall, cpu = time.perf_counter(), time.process_time()
    for document in documents:
        pipeline(document)
    return time.perf_counter() - wall, time.process_time() - cpu


# --- dev set -------------------------------------------------------------------------------


def score_dev(shared: Path) -> None:
    eval_dir = shared / "eval"
    if not (eval_dir / "score.py").exists():
        print(f"dev set: skipped ({eval_dir / 'score.py'} not found; pass --shared PATH)")
        return
    with tempfile.TemporaryDirectory(prefix="claimledger-dev-") as tmp:
        pred = Path(tmp) / "pred.jsonl"
        command = [*cli_command(), "extract", str(eval_dir / "dev" / "docs"), "--format", "jsonl"]
        with pred.open("w", encoding="utf-8") as out:
            extracted = subprocess.run(command, stdout=out, stderr=subprocess.PIPE, text=True)
        if extracted.returncode != 0:
            last = (extracted.stderr.strip().splitlines() or [""])[-1]
            print(f"dev set: extract exited {extracted.returncode}: {last}")
        python = shutil.which("python3") or sys.executable
        gold = eval_dir / "dev" / "gold.jsonl"
        scored = subprocess.run([python, str(eval_dir / "score.py"), str(gold), str(pred)])
        if scored.returncode != 0:
            print(f"dev set: score.py exited {scored.returncode}")


# --- report --------------------------------------------------------------------------------


def rate(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f}" if seconds > 0 else "-"


Row = tuple[str, ...]


def table(header: Row, rows: Iterable[Row]) -> None:
    lines = [header, *rows]
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    for row in lines:
        print(
            "  ".join(
                cell.rjust(w) if i else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )


@dataclass(frozen=True)
class Corpus:
    folder: Path
    files: int
    words: int


def make_corpora(args: argparse.Namespace, tmp: Path) -> tuple[Corpus, Corpus]:
    """The full corpus and a small one with the same words per file."""
    per_file = max(1, -(-args.words // args.files))
    big = Corpus(tmp / "big", args.files, write_corpus(tmp / "big", args.files, per_file))
    small_words = write_corpus(tmp / "small", args.small_files, per_file)
    print(f"corpus: {big.files:,} files, {big.words:,} words in {big.folder}\n")
    return big, Corpus(tmp / "small", args.small_files, small_words)


def cli_row(label: str, corpus: Corpus, run: Run) -> Row:
    return (
        label,
        f"{corpus.files:,}",
        f"{corpus.words:,}",
        f"{run.seconds:.2f}",
        rate(corpus.words, run.seconds),
        rate(corpus.words, run.cpu_seconds),
        f"{run.max_rss_kb / 1024:.0f} MB",
    )


def throughput_rows(big: Corpus, small: Corpus, documents: list[Document]) -> Iterator[Row]:
    startup = time_startup()
    yield (
        "CLI start-up (--version)",
        "-",
        "-",
        f"{startup.seconds:.2f}",
        "-",
        "-",
        f"{startup.max_rss_kb / 1024:.0f} MB",
    )
    whole = time_extract(big.folder)
    yield cli_row(f"whole CLI, 1 core (exit {whole.status})", big, whole)
    few = time_extract(small.folder)
    yield cli_row(f"whole CLI, 1 core (exit {few.status})", small, few)
    yield in_process_row("pipeline only, in-process", big, *pipeline_seconds(documents))


def in_process_row(label: str, corpus: Corpus, wall: float, cpu: float) -> Row:
    words = corpus.words
    return (
        label,
        f"{corpus.files:,}",
        f"{words:,}",
        f"{wall:.2f}",
        rate(words, wall),
        rate(words, cpu),
        "-",
    )


def component_rows(documents: list[Document], words: int) -> Iterator[Row]:
    spent = component_seconds(documents)
    total = sum(spent.values()) or 1.0
    for name, seconds in spent.items():
        yield (name, f"{seconds:.2f}", f"{100 * seconds / total:.0f} %", rate(words, seconds))


def measure(args: argparse.Namespace, folder: Path) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})  # the in-process timings run on one core too
    big, small = make_corpora(args, folder)
    wall, cpu = time.perf_counter(), time.process_time()
    documents = read_documents(big.folder)
    reading = in_process_row(
        "reading only, in-process",
        big,
        time.perf_counter() - wall,
        time.process_time() - cpu,
    )
    header = ("measure", "files", "words", "seconds", "words/s", "cpu words/s", "peak RSS")
    table(header, [*throughput_rows(big, small, documents), reading])
    print()
    table(("component", "cpu s", "share", "words/s"), component_rows(documents, big.words))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size in words")
    parser.add_argument("--files", type=int, default=3000, help="files in the full corpus")
    parser.add_argument("--small-files", type=int, default=300, help="files in the small one")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--skip-dev", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if not args.skip_dev:
        score_dev(args.shared)
    if args.skip_throughput:
        return
    with tempfile.TemporaryDirectory(prefix="claimledger-bench-") as tmp:
        folder = args.keep or Path(tmp)
        measure(args, folder)


if __name__ == "__main__":
    main()
