"""Benchmark: how the Spark job's cost grows with input size, in local mode.

For each size N, the first N articles of ../shared/corpus/polnear then ../shared/corpus/bbc go
into one JSONL file and `python -m tidings.spark` runs on it in a fresh process (JVM start and
model loading included, as a user would see it); prints wall seconds, articles/s, the seconds per
1,000 articles added since the previous size, rows written and the peak RSS of the largest
process (the JVM or a Python worker).

    .venv/bin/python bench/spark_scale.py [--sizes 100,1000,3000] [--master 'local[2]']
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared"))
CORPORA = ("corpus/polnear/articles.jsonl", "corpus/bbc/articles.jsonl")


def articles(limit: int) -> list[str]:
    """The first ``limit`` JSONL lines of the corpora, in order."""
    lines: list[str] = []
    for rel in CORPORA:
        with open(SHARED / rel, encoding="utf-8") as f:
            for line in f:
                if len(lines) == limit:
                    return lines
                if line.strip():
                    lines.append(line.rstrip("\n"))
    return lines


def run(size: int, master: str, tmp: Path) -> dict[str, object]:
    lines = articles(size)
    source = tmp / f"in-{size}.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp / f"out-{size}"
    command = [sys.executable, "-m", "tidings.spark", "--input", str(source),
               "--output", str(output), "--master", master]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"spark job failed for {size} articles:\n{done.stderr[-2000:]}")
    rows = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].replace(",", "").isdigit():
            rows[parts[0]] = int(parts[1].replace(",", ""))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"articles": len(lines), "seconds": seconds, "rows": rows,
            "peak_rss_mib": max(peak, before) / 1024}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,3000")
    parser.add_argument("--master", default=f"local[{os.cpu_count() or 1}]")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    if not all((SHARED / rel).is_file() for rel in CORPORA):
        print(f"corpora not found under {SHARED} (set TIDINGS_SHARED)", file=sys.stderr)
        return 2
    from rich.console import Console
    from rich.table import Table

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = []
    with tempfile.TemporaryDirectory(prefix="tidings-spark-bench-") as tmp:
        for size in sizes:
            results.append(run(size, args.master, Path(tmp)))
            print(f"{size:,} articles: {results[-1]['seconds']:.1f} s", file=sys.stderr)
    table = Table(title=f"tidings spark, {args.master}")
    for name in ("articles", "wall s", "articles/s", "s per 1,000 more", "events", "quotes",
                 "peak RSS, largest process"):  # fmt: skip
        table.add_column(name, justify="right")
    previous = None
    for r in results:
        n, s = int(r["articles"]), float(r["seconds"])  # type: ignore[arg-type]
        rows: dict[str, int] = r["rows"]  # type: ignore[assignment]
        marginal = "–"
        if previous is not None and n > previous[0]:
            marginal = f"{(s - previous[1]) / (n - previous[0]) * 1000:.0f}"
        table.add_row(f"{n:,}", f"{s:.1f}", f"{n / s:.2f}", marginal,
                      f"{rows.get('events', 0):,}", f"{rows.get('quotes', 0):,}",
                      f"{r['peak_rss_mib']:.0f} MiB")  # fmt: skip
        previous = (n, s)
    Console().print(table)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
