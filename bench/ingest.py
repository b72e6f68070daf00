"""Benchmark: ingest ../shared/corpus/polnear/articles.jsonl into a fresh store; prints articles/s,
peak memory and the database size.

    .venv/bin/python bench/ingest.py --limit 100 [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus" / "polnear" / "articles.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="ingest only the first N articles")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (set TIDINGS_SHARED)", file=sys.stderr)
        return 2
    from tidings.ingest import IngestOptions, ingest

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        options = IngestOptions(workers=args.workers, batch_size=args.batch_size, limit=args.limit)
        start = time.perf_counter()
        summary = ingest([str(args.corpus)], db, options)
        seconds = time.perf_counter() - start
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        problems = con.execute(
            "SELECT left(problem, 90) AS p, count(*) FROM errors GROUP BY p ORDER BY 2 DESC"
        ).fetchall()
        con.close()
        size = db.stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob("bench.duckdb.*"))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"articles stored  {summary.stored:,} (errors {summary.errors}, workers {args.workers})")
    print(f"events/quotes    {summary.events:,} / {summary.quotes:,}")
    print(f"time             {seconds:.1f} s (model loading included)")
    print(f"articles/s       {summary.stored / seconds:.2f}")
    print(f"peak memory      main {own:,.0f} MiB; largest worker {children:,.0f} MiB")
    print(
        f"database size    {size / 1e6:.2f} MB"
        f" ({size / max(summary.stored, 1) / 1e3:.1f} kB/article)"
    )
    for problem, count in problems:
        print(f"error x{count}: {problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
