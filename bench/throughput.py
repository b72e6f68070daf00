"""Benchmark: tidings' whole pipeline against spaCy's plain parser, on the same texts, all cores.

In one run and one process tree: (a) ``nlp.pipe`` of the model tidings loads
(``tidings.nlp.load_model()``) over the texts, in a pool of worker processes; (b) the whole tidings
ingest (extract + sign + store into a fresh temporary DuckDB) over the same articles with the same
number of workers. (a') is (a) fed the way tidings feeds the parser: each article's paragraphs,
one ``nlp.pipe`` per article. Each phase runs in its own child process, so the peak RSS of its
workers is measured apart. Times include starting the workers and loading the model, in every
phase.

    .venv/bin/python bench/throughput.py --limit 200 [--workers 2]

``--limit N`` takes the first N/2 articles of each corpus (PolNeAR, BBC).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared"))
CORPORA = (
    SHARED / "corpus" / "polnear" / "articles.jsonl",
    SHARED / "corpus" / "bbc" / "articles.jsonl",
)
CHUNK = 8  # articles per task sent to a spaCy worker


@dataclass(frozen=True)
class Phase:
    name: str
    articles: int
    words: int
    seconds: float
    worker_rss_mib: float  # the largest peak RSS of one worker
    main_rss_mib: float  # the peak RSS of the phase's own process

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


def _rss(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def select_lines(limit: int | None) -> list[str]:
    """The JSONL lines to measure: the first ``limit``/2 of each corpus (all when no limit)."""
    per = None if limit is None else max(1, (limit + len(CORPORA) - 1) // len(CORPORA))
    lines: list[str] = []
    for corpus in CORPORA:
        with corpus.open(encoding="utf-8") as f:
            taken = [line for line in f if line.strip()]
        lines.extend(taken[:per] if per is not None else taken)
    return lines[:limit] if limit is not None else lines


# --- (a) plain spaCy ---------------------------------------------------------------------------

_nlp = None


def _init_spacy() -> None:
    global _nlp
    from tidings.nlp import load_model

    _nlp = load_model()


def _parse_chunk(texts: list[str]) -> float:
    assert _nlp is not None
    for _doc in _nlp.pipe(texts, batch_size=len(texts)):
        pass
    return _rss(resource.RUSAGE_SELF)


def _parse_pieces(texts: list[str]) -> float:
    """Each article as tidings parses it: its paragraphs, one ``nlp.pipe`` per article."""
    from tidings.nlp import paragraph_pieces

    assert _nlp is not None
    for text in texts:
        for _doc in _nlp.pipe(paragraph_pieces(text)):
            pass
    return _rss(resource.RUSAGE_SELF)


def _run_spacy(texts: list[str], workers: int, out: dict[str, float], pieces: bool) -> None:
    start = time.perf_counter()
    chunks = [texts[i : i + CHUNK] for i in range(0, len(texts), CHUNK)]
    work = _parse_pieces if pieces else _parse_chunk
    with get_context("spawn").Pool(workers, initializer=_init_spacy) as pool:
        peaks = pool.map(work, chunks, chunksize=1)
    out["seconds"] = time.perf_counter() - start
    out["worker"] = max(peaks, default=0.0)


# --- (b) the tidings pipeline ------------------------------------------------------------------


def _run_tidings(jsonl: str, workers: int, out: dict[str, float]) -> None:
    from tidings.ingest import IngestOptions, ingest

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        summary = ingest([jsonl], Path(tmp) / "bench.duckdb", IngestOptions(workers=workers))
        out["seconds"] = time.perf_counter() - start
        out["stored"] = summary.stored
        out["errors"] = summary.errors
    # the pool's processes are waited for: RUSAGE_CHILDREN is the largest of them
    out["worker"] = _rss(resource.RUSAGE_CHILDREN)


def _phase_main(kind: str, arg: object, workers: int, queue: object) -> None:
    out: dict[str, float] = {}
    if kind.startswith("spacy"):
        _run_spacy(arg, workers, out, pieces=kind == "spacy-pieces")  # type: ignore[arg-type]
    else:
        _run_tidings(arg, workers, out)  # type: ignore[arg-type]
    out["main"] = _rss(resource.RUSAGE_SELF)
    queue.put(out)  # type: ignore[attr-defined]


def run_phase(kind: str, arg: object, workers: int) -> dict[str, float]:
    """Run one phase in a fresh child process; returns its figures."""
    ctx = get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_phase_main, args=(kind, arg, workers, queue))
    proc.start()
    out = queue.get()
    proc.join()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles in all (half per corpus)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    missing = [str(c) for c in CORPORA if not c.is_file()]
    if missing:
        print(f"corpus not found: {', '.join(missing)} (set TIDINGS_SHARED)", file=sys.stderr)
        return 2
    lines = select_lines(args.limit)
    texts = [str(json.loads(line).get("text") or "") for line in lines]
    words = sum(len(t.split()) for t in texts)
    phases: list[Phase] = []
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        jsonl.write_text("".join(line if line.endswith("\n") else line + "\n" for line in lines))
        for kind, name in (("spacy", "(a) spaCy nlp.pipe, whole texts"),
                           ("spacy-pieces", "(a') spaCy nlp.pipe, paragraphs")):  # fmt: skip
            a = run_phase(kind, texts, args.workers)
            phases.append(Phase(name, len(texts), words, a["seconds"], a["worker"], a["main"]))
        b = run_phase("tidings", str(jsonl), args.workers)
    phases.append(
        Phase("(b) tidings extract + store", int(b["stored"]), words, b["seconds"], b["worker"],
              b["main"])
    )  # fmt: skip
    report(phases, args.workers, int(b.get("errors", 0)))
    return 0


def report(phases: list[Phase], workers: int, errors: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Throughput ({workers} workers, model loading included)")
    for column in ("pipeline", "articles", "seconds", "articles/s", "words/s",
                   "peak RSS / worker", "peak RSS main"):  # fmt: skip
        table.add_column(column, justify="left" if column == "pipeline" else "right")
    for p in phases:
        table.add_row(
            p.name, f"{p.articles:,}", f"{p.seconds:.1f}", f"{p.per_second:.2f}",
            f"{p.words_per_second:,.0f}", f"{p.worker_rss_mib:,.0f} MiB",
            f"{p.main_rss_mib:,.0f} MiB",
        )  # fmt: skip
    console = Console()
    console.print(table)
    a, a2, b = phases
    console.print(f"ratio (b)/(a) articles/s: [bold]{b.per_second / a.per_second:.2f}[/bold]")
    console.print(f"ratio (b)/(a') articles/s: [bold]{b.per_second / a2.per_second:.2f}[/bold]")
    if errors:
        console.print(f"tidings errors: {errors}")


if __name__ == "__main__":
    sys.exit(main())
