"""How long `tidings extract` takes on the sample article once the model is loaded.

    .venv/bin/python bench/extract_sample.py [--runs 5]

Prints model load time, then per-stage and total times for the sample (median of the runs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tidings.actors.resolve import resolve_actors
from tidings.analysis import Analysis
from tidings.events.extract import find_events
from tidings.layout import find_blocks
from tidings.nlp import annotate_long, load_model
from tidings.places import find_places
from tidings.pubdate import infer_published
from tidings.quotes import find_quotes
from tidings.reading import read_text_article
from tidings.timex import find_timexes

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared"))
SAMPLE = SHARED / "samples" / "bloomberg_trump_putin_syria.txt"


def run_once(text: str) -> dict[str, float]:
    times: dict[str, float] = {}
    t = time.perf_counter()
    article = read_text_article(text, str(SAMPLE))
    doc = annotate_long(article.text)
    times["parse (spaCy)"] = time.perf_counter() - t
    stages = [
        ("layout", lambda a: setattr(a, "blocks", find_blocks(a.article.text))),
        ("published date", lambda a: setattr(a, "published", infer_published(a.doc))),
        ("dates", lambda a: setattr(a, "timexes", find_timexes(a.doc, a.published))),
        ("places", lambda a: setattr(a, "places", find_places(a.doc))),
        ("actors", lambda a: setattr(a, "actors", resolve_actors(a))),
        ("quotes", lambda a: setattr(a, "quotes", find_quotes(a))),
        ("events", lambda a: setattr(a, "events", find_events(a))),
    ]
    analysis = Analysis(article=article, doc=doc, published=date.today())
    for name, stage in stages:
        t = time.perf_counter()
        stage(analysis)
        times[name] = time.perf_counter() - t
    times["total"] = sum(times.values())
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not SAMPLE.is_file():
        sys.exit(f"sample not found: {SAMPLE} (set TIDINGS_SHARED)")
    text = SAMPLE.read_text(encoding="utf-8")
    t = time.perf_counter()
    load_model()
    load = time.perf_counter() - t
    run_once(text)  # warm-up: knowledge indexes, gazetteer
    runs = [run_once(text) for _ in range(args.runs)]
    table = Table(title=f"extract on the sample ({len(text):,} chars), median of {args.runs} runs")
    table.add_column("stage")
    table.add_column("ms", justify="right")
    for name in runs[0]:
        table.add_row(name, f"{1000 * statistics.median(r[name] for r in runs):.1f}")
    console = Console()
    console.print(f"model load: {load:.2f} s")
    console.print(table)


if __name__ == "__main__":
    main()
