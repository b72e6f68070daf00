"""How long extraction takes per stage once the model is loaded: on the sample article, or on
the first N articles of a corpus.

    .venv/bin/python bench/extract_sample.py [--runs 5]          # the Bloomberg sample
    .venv/bin/python bench/extract_sample.py --corpus polnear --limit 100

Prints model load time, then the CPU time of each stage (``tidings.pipeline.analyse``; "parse"
split by spaCy component): the median of the runs on the sample, or the mean per article on the
corpus. ``TIDINGS_FAST=0`` runs the model's stock components, ``TIDINGS_PREFILTER=1`` the
lexical pre-filter.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tidings.nlp import load_model
from tidings.pipeline import analyse
from tidings.reading import make_article, read_text_article

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared"))
SAMPLE = SHARED / "samples" / "bloomberg_trump_putin_syria.txt"


def timed(article) -> dict[str, float]:  # type: ignore[no-untyped-def]
    times: dict[str, float] = {}
    analyse(article, load_model(), times)
    parts = {k: v for k, v in times.items() if k.startswith("parse: ")}
    stages = {k: v for k, v in times.items() if k not in parts}
    out = {"parse": stages.pop("parse"), **parts, **stages}
    out["total"] = sum(stages.values()) + out["parse"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs on the sample")
    parser.add_argument("--corpus", help="a corpus under ../shared/corpus (polnear, bbc)")
    parser.add_argument("--limit", type=int, default=100, help="articles of the corpus")
    args = parser.parse_args()
    t = time.perf_counter()
    load_model()
    load = time.perf_counter() - t
    if args.corpus:
        path = SHARED / "corpus" / args.corpus / "articles.jsonl"
        if not path.is_file():
            sys.exit(f"corpus not found: {path} (set TIDINGS_SHARED)")
        with path.open(encoding="utf-8") as f:
            records = [json.loads(line) for line, _ in zip(f, range(args.limit + 1), strict=False)]
        articles = [make_article(r["text"], title=r.get("title")) for r in records]
        timed(articles[0])  # warm-up: knowledge indexes, gazetteer
        runs = [timed(a) for a in articles[1:]]
        title = f"CPU ms per article, mean of {len(runs)} {args.corpus} articles"
        figure = statistics.mean
    else:
        if not SAMPLE.is_file():
            sys.exit(f"sample not found: {SAMPLE} (set TIDINGS_SHARED)")
        text = SAMPLE.read_text(encoding="utf-8")
        article = read_text_article(text, str(SAMPLE))
        timed(article)  # warm-up
        runs = [timed(article) for _ in range(args.runs)]
        title = f"extract on the sample ({len(text):,} chars), CPU ms, median of {args.runs} runs"
        figure = statistics.median
    table = Table(title=title)
    table.add_column("stage")
    table.add_column("ms", justify="right")
    for name in runs[0]:
        label = f"  {name[7:]}" if name.startswith("parse: ") else name
        table.add_row(label, f"{1000 * figure(r.get(name, 0.0) for r in runs):.1f}")
    console = Console()
    console.print(f"model load: {load:.2f} s")
    console.print(table)


if __name__ == "__main__":
    main()
