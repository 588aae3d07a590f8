"""Ledger benchmark: ingest a generated corpus into SQLite and/or PostgreSQL, then search it.

    .venv/bin/python benchmarks/ledger_bench.py --docs 100000 --backend sqlite
    .venv/bin/python benchmarks/ledger_bench.py --docs 2000 --backend both

Reports documents per second, the share of ingest time spent in storage (target < 20 %),
the share spent in extraction, the database size, and search latency (median and p95 over
``--queries`` varied queries; target p95 < 50 ms on SQLite at 100,000 documents).
The corpus is generated on the fly (benchmarks/ledger_corpus.py); nothing is written but the
database. PostgreSQL runs against a fresh database created with ``createdb`` on the server
given by ``--pg`` (default: the local server on 127.0.0.1:5432), dropped and re-created at
each run; its size is read with ``psql``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from ledger_corpus import documents, queries  # noqa: E402

from claimledger import api  # noqa: E402
from claimledger.config import Settings  # noqa: E402
from claimledger.extract import Pipeline, build_pipeline, default_pipeline  # noqa: E402
from claimledger.model import Document  # noqa: E402

PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
PG_DATABASE = "claimledger_bench"
STORAGE_TARGET = 0.20
PROGRESS_EVERY = 5_000
P95_TARGET_MS = 50.0
SETTLE_S = 0.5


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents to generate")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="sqlite")
    parser.add_argument("--queries", type=int, default=1000, help="search queries to time")
    parser.add_argument("--pg", default=PG_SERVER, help="PostgreSQL server URL (no database)")
    parser.add_argument(
        "--pg-database", default=PG_DATABASE, help="PostgreSQL database (dropped and made again)"
    )
    parser.add_argument(
        "--sqlite-path", default=None, help="SQLite file to keep (default: a temporary one)"
    )
    parser.add_argument(
        "--search-only",
        action="store_true",
        help="skip ingest; time searches on the ledger a previous run kept",
    )
    parser.add_argument(
        "--samples",
        type=int,
        default=20,
        help="samples without storage taken along the ingest (the speed it is compared with)",
    )
    parser.add_argument("--sample-size", type=int, default=100, help="documents per sample")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--components", default=None, help="comma-separated pipeline (default: the default one)"
    )
    return parser.parse_args(argv)


def sqlite_url(path: Path, fresh: bool) -> str:
    for suffix in ("", "-wal", "-shm"):
        if fresh:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def sqlite_size(path: Path) -> int:
    return sum(os.path.getsize(f"{path}{s}") for s in ("", "-wal") if os.path.exists(f"{path}{s}"))


def postgres_url(server: str, database: str, fresh: bool) -> str:
    from claimledger.store.admin import create_database, drop_database

    admin = f"{server.rstrip('/')}/postgres"
    if not fresh:
        return f"{server.rstrip('/')}/{database}"
    drop_database(admin, database)
    return create_database(admin, database)


def postgres_size(server: str, database: str) -> int:
    query = f"SELECT pg_database_size('{database}')"
    cmd = ["psql", *_pg_args(server), "-d", database, "-tAc", query]
    return int(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip())


def _pg_args(server: str) -> list[str]:
    from sqlalchemy.engine import make_url

    url = make_url(server)
    return ["-h", url.host or "127.0.0.1", "-p", str(url.port or 5432), "-U", url.username or ""]


def make_pipeline(components: str | None) -> Pipeline:
    if components:
        return build_pipeline([name.strip() for name in components.split(",")])
    return default_pipeline()


def time_ingest(
    settings: Settings, count: int, pipeline: Pipeline, samples: int, sample_size: int
) -> dict[str, Any]:
    timings = api.Timings()
    sampler = Sampler(pipeline, sample_size)
    corpus = Generated(documents(count), timings, sampler, every=max(count // samples, 1))
    report = api.ingest_documents(corpus, settings, pipeline=pipeline, timings=timings)
    # Making up the corpus and the samples without storage are not ingest: taken out.
    elapsed = report.elapsed - corpus.seconds
    timings = report.timings
    return {
        "no_storage": sampler.figures(),
        "documents": count,
        "stored": report.count(api.ADDED) + report.count(api.DUPLICATE),
        "duplicates": report.count(api.DUPLICATE),
        "failed": report.count(api.FAILED),
        "claims": report.claims_found,
        "seconds": round(elapsed, 1),
        "generate_seconds": round(corpus.seconds, 1),
        "docs_per_s": round(count / elapsed, 1),
        "extract_share": round(timings.extract / elapsed, 3),
        # storage runs beside extraction: the share that held the ingest up, and all of it
        "storage_share": round(timings.stalled / elapsed, 3),
        "storage_work_share": round(timings.store / elapsed, 3),
        "storage_ms_per_doc": round(timings.store / count * 1000, 2),
        "dedupe_share": round(timings.dedupe / elapsed, 3),
        "first_failures": [f"{o.target}: {o.reason}" for o in report.failures[:3]],
    }


class Sampler:
    """The same work as an ingest but storing nothing (hash, extract, sign), timed on
    samples of other generated documents taken all along the ingest (the machine's speed
    drifts: one sample at the start said 174 docs/s, the ingest after it ran at 118)."""

    def __init__(self, pipeline: Pipeline, size: int) -> None:
        self.pipeline = pipeline
        self.size = size
        self.docs = documents(10**9, seed=99)
        self.seconds = 0.0
        self.count = 0

    def run(self) -> None:
        from claimledger.analyze import dedupe
        from claimledger.store import content_hash

        sample = [next(self.docs) for _ in range(self.size)]
        time.sleep(SETTLE_S)  # the writer finishes its chunk: the other core is idle
        start = time.perf_counter()
        for doc in sample:
            content_hash(doc.text)
            self.pipeline(doc)
            dedupe.band_keys(dedupe.signature(doc.body))
        self.seconds += time.perf_counter() - start
        self.count += len(sample)

    def figures(self) -> dict[str, Any]:
        rate = self.count / self.seconds if self.seconds else 0.0
        return {
            "documents": self.count,
            "seconds": round(self.seconds, 1),
            "docs_per_s": round(rate, 1),
        }


class Generated:
    """Documents from a generator, timing how long they take to make; reports progress.
    Every ``every`` documents it times a sample without storage (``Sampler``); that time
    is counted with the generation's, outside the ingest."""

    def __init__(
        self, docs: Iterator[Document], timings: api.Timings, sampler: Sampler, every: int
    ) -> None:
        self.docs = docs
        self.timings = timings
        self.sampler = sampler
        self.every = every
        self.seconds = 0.0
        self.count = 0
        self.started = time.perf_counter()

    def __iter__(self) -> Generated:
        return self

    def __next__(self) -> Document:
        start = time.perf_counter()
        try:
            if self.count % self.every == 0:
                self.sampler.run()
            doc = next(self.docs)
        finally:
            self.seconds += time.perf_counter() - start
        self.count += 1
        if self.count % PROGRESS_EVERY == 0:
            self.report()
        return doc

    def report(self) -> None:
        """Figures so far, so that an interrupted run still says something."""
        elapsed = time.perf_counter() - self.started - self.seconds
        t = self.timings
        print(
            f"  ... {self.count:,} documents, {self.count / elapsed:,.1f} docs/s, "
            f"extract {t.extract / elapsed:.1%}, storage holding it up {t.stalled / elapsed:.1%} "
            f"(storage work {t.store / elapsed:.1%}), dedupe {t.dedupe / elapsed:.1%}",
            file=sys.stderr,
            flush=True,
        )


def time_search(settings: Settings, count: int) -> dict[str, Any]:
    from claimledger.store import Ledger

    latencies, hits = [], 0
    ledger = Ledger.open(settings.db_url)
    try:
        for query, filters in queries(count):
            start = time.perf_counter()
            found = ledger.search(query, limit=20, **filters)
            latencies.append((time.perf_counter() - start) * 1000)
            hits += len(found)
    finally:
        ledger.close()
    latencies.sort()
    return {
        "queries": count,
        "median_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 2),
        "max_ms": round(latencies[-1], 2),
        "mean_hits": round(hits / count, 1),
    }


def bench_backend(backend: str, args: argparse.Namespace, folder: str) -> dict[str, Any]:
    fresh = not args.search_only
    path = Path(args.sqlite_path or Path(folder) / "ledger-bench.db")
    pg = (args.pg, args.pg_database)
    url = sqlite_url(path, fresh) if backend == "sqlite" else postgres_url(*pg, fresh)
    settings = Settings(db_url=url)
    result: dict[str, Any] = {"backend": backend}
    if fresh:
        print(f"{backend}: ingesting {args.docs:,} generated documents", file=sys.stderr)
        pipeline = make_pipeline(args.components)
        result["ingest"] = time_ingest(
            settings, args.docs, pipeline, args.samples, args.sample_size
        )
        result["no_storage"] = result["ingest"].pop("no_storage")
        result["slowdown"] = round(
            1 - result["ingest"]["docs_per_s"] / result["no_storage"]["docs_per_s"], 3
        )
    size = sqlite_size(path) if backend == "sqlite" else postgres_size(*pg)
    result["db_bytes"] = size
    result["db_mb"] = round(size / 1e6, 1)
    print(f"{backend}: timing {args.queries} searches", file=sys.stderr)
    result["search"] = time_search(settings, args.queries)
    return result


def print_result(result: dict[str, Any]) -> None:
    print(f"== {result['backend']} ==")
    if "ingest" in result:
        print_ingest(result["ingest"])
        base = result["no_storage"]
        print(
            f"without storage      {base['docs_per_s']:,} docs/s ({base['documents']:,} "
            f"documents sampled along the ingest); the ingest is {result['slowdown']:.1%} slower"
        )
    search = result["search"]
    p95_ok = "ok" if search["p95_ms"] < P95_TARGET_MS else "ABOVE TARGET"
    print(f"database size        {result['db_mb']:,} MB")
    print(
        f"search ({search['queries']} q)   median {search['median_ms']} ms, "
        f"p95 {search['p95_ms']} ms (target < 50 ms: {p95_ok}), max {search['max_ms']} ms, "
        f"{search['mean_hits']} hits/query"
    )


def print_ingest(ingest: dict[str, Any]) -> None:
    storage_ok = "ok" if ingest["storage_share"] < STORAGE_TARGET else "ABOVE TARGET"
    print(f"documents            {ingest['documents']:,} ({ingest['failed']} failed)")
    print(f"claims stored        {ingest['claims']:,}")
    print(f"ingest               {ingest['seconds']:,} s, {ingest['docs_per_s']:,} docs/s")
    print(f"time in extraction   {ingest['extract_share']:.1%}")
    print(
        f"storage holding up   {ingest['storage_share']:.1%} of ingest time "
        f"(target < 20 %: {storage_ok})"
    )
    print(
        f"storage work         {ingest['storage_ms_per_doc']} ms per document, "
        f"{ingest['storage_work_share']:.1%} of ingest time (beside extraction)"
    )
    print(f"time in dedupe       {ingest['dedupe_share']:.1%}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for backend in backends:
            results.append(bench_backend(backend, args, folder))
    for result in results:
        if args.json:
            print(json.dumps(result))
        else:
            print_result(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
