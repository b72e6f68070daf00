"""Benchmark: tidings' whole pipeline against spaCy's plain parser, on the same texts, all cores.

In one run and one process tree: (a) ``nlp.pipe`` of the model tidings loads
(``tidings.nlp.load_model()``, every component, stock spaCy) over the whole texts, in a pool of
worker processes; (b) the whole tidings ingest (extract + sign + store into a fresh temporary
DuckDB) over the same articles with the same number of workers. With ``--paragraphs``, also (a'):
(a) fed each article's paragraphs, one ``nlp.pipe`` per article. Each phase runs in its own child
process, so the peak RSS of its workers is measured apart. Times include starting the workers and
loading the model, in every phase.

Besides wall time, each phase's CPU time (all its processes) is printed: on a machine shared
with other jobs, the CPU ratio moves much less than the wall-clock one. For (b), the workers' CPU
time per article is split by stage (the same clock as ``tidings.pipeline.analyse``); "worker
start, IPC" is the rest of the workers' CPU (spawn, imports, model and knowledge loading,
pickling), "main" the ingest process itself (reading, DuckDB writes, clusters).

    .venv/bin/python bench/throughput.py --limit 200 [--workers 2] [--corpus polnear]

``--limit N`` takes the first N/2 articles of each corpus (PolNeAR, BBC), or the first N of the
one named by ``--corpus``. ``TIDINGS_PREFILTER=0`` turns the lexical pre-filter off in (b).
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
CORPUS_NAMES = ("polnear", "bbc")
CHUNK = 8  # articles per task sent to a spaCy worker


def corpus_path(name: str) -> Path:
    return SHARED / "corpus" / name / "articles.jsonl"


@dataclass(frozen=True)
class Phase:
    name: str
    articles: int
    words: int
    seconds: float
    worker_rss_mib: float  # the largest peak RSS of one worker
    main_rss_mib: float  # the peak RSS of the phase's own process
    cpu: float  # CPU seconds of the phase's processes (user + system)

    @property
    def cpu_ms_per_article(self) -> float:
        return 1000 * self.cpu / self.articles

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


def _rss(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def select_lines(limit: int | None, corpora: tuple[str, ...] = CORPUS_NAMES) -> list[str]:
    """The JSONL lines to measure: the first ``limit``/k of each of the k corpora (all when no
    limit)."""
    per = None if limit is None else max(1, (limit + len(corpora) - 1) // len(corpora))
    lines: list[str] = []
    for name in corpora:
        with corpus_path(name).open(encoding="utf-8") as f:
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
    pool = get_context("spawn").Pool(workers, initializer=_init_spacy)
    peaks = pool.map(work, chunks, chunksize=1)
    pool.close()
    pool.join()  # waited for: their CPU time counts in RUSAGE_CHILDREN
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
        out["stages"] = summary.stage_cpu  # type: ignore[assignment]
    # the pool's processes are waited for: RUSAGE_CHILDREN is the largest of them
    out["worker"] = _rss(resource.RUSAGE_CHILDREN)


def _phase_main(kind: str, arg: object, workers: int, queue: object) -> None:
    out: dict[str, float] = {}
    if kind.startswith("spacy"):
        _run_spacy(arg, workers, out, pieces=kind == "spacy-pieces")  # type: ignore[arg-type]
    else:
        _run_tidings(arg, workers, out)  # type: ignore[arg-type]
    out["main"] = _rss(resource.RUSAGE_SELF)
    out["main_cpu"] = _cpu(resource.RUSAGE_SELF)
    out["workers_cpu"] = _cpu(resource.RUSAGE_CHILDREN)
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
    parser.add_argument("--limit", type=int, default=None, help="articles in all (split evenly)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--corpus", choices=CORPUS_NAMES, help="one corpus only (default: both)")
    parser.add_argument("--paragraphs", action="store_true", help="also run (a'), see above")
    args = parser.parse_args()
    corpora = (args.corpus,) if args.corpus else CORPUS_NAMES
    missing = [str(corpus_path(c)) for c in corpora if not corpus_path(c).is_file()]
    if missing:
        print(f"corpus not found: {', '.join(missing)} (set TIDINGS_SHARED)", file=sys.stderr)
        return 2
    lines = select_lines(args.limit, corpora)
    texts = [str(json.loads(line).get("text") or "") for line in lines]
    words = sum(len(t.split()) for t in texts)
    kinds = [("spacy", "(a) spaCy nlp.pipe, whole texts")]
    if args.paragraphs:
        kinds.append(("spacy-pieces", "(a') spaCy nlp.pipe, paragraphs"))
    phases: list[Phase] = []
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        jsonl.write_text("".join(line if line.endswith("\n") else line + "\n" for line in lines))
        for kind, name in kinds:
            a = run_phase(kind, texts, args.workers)
            phases.append(_phase(name, len(texts), words, a))
        b = run_phase("tidings", str(jsonl), args.workers)
    phases.append(_phase("(b) tidings extract + store", int(b["stored"]), words, b))
    report(phases, args.workers, int(b.get("errors", 0)), b)
    return 0


def _phase(name: str, articles: int, words: int, out: dict) -> Phase:
    cpu = out["main_cpu"] + out["workers_cpu"]
    return Phase(name, articles, words, out["seconds"], out["worker"], out["main"], cpu)


def report(phases: list[Phase], workers: int, errors: int, b: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 130))
    table = Table(title=f"Throughput ({workers} workers, model loading included)")
    columns = ("pipeline", "articles", "seconds", "articles/s", "words/s", "CPU s",
               "CPU ms/article", "peak RSS / worker", "peak RSS main")  # fmt: skip
    for column in columns:
        table.add_column(column, justify="left" if column == "pipeline" else "right")
    for p in phases:
        table.add_row(
            p.name, f"{p.articles:,}", f"{p.seconds:.1f}", f"{p.per_second:.2f}",
            f"{p.words_per_second:,.0f}", f"{p.cpu:.1f}", f"{p.cpu_ms_per_article:.0f}",
            f"{p.worker_rss_mib:,.0f} MiB", f"{p.main_rss_mib:,.0f} MiB",
        )  # fmt: skip
    console.print(table)
    a, bb = phases[0], phases[-1]
    console.print(
        f"ratio (b)/(a) articles/s (wall): [bold]{bb.per_second / a.per_second:.2f}[/bold]"
    )
    console.print(
        f"ratio (a)/(b) CPU per article: [bold]{a.cpu_ms_per_article / bb.cpu_ms_per_article:.2f}"
        "[/bold] (above 1: tidings spends less CPU per article than spaCy alone)"
    )
    if len(phases) == 3:
        console.print(
            f"ratio (b)/(a') articles/s (wall): {bb.per_second / phases[1].per_second:.2f}"
        )
    total_rss = bb.main_rss_mib + workers * bb.worker_rss_mib
    console.print(f"(b) peak memory, main + {workers} workers: at most {total_rss:,.0f} MiB")
    stages: dict[str, float] = dict(b.get("stages") or {})
    if stages:
        n = max(bb.articles, 1)
        top = {k: v for k, v in stages.items() if not k.startswith("parse: ")}
        rest = b["workers_cpu"] - sum(top.values())
        st = Table(title="(b) CPU time per article by stage (workers, then the main process)")
        for column in ("stage", "CPU ms/article", "share"):
            st.add_column(column, justify="left" if column == "stage" else "right")
        rows = []
        for name, seconds in top.items():
            rows.append((name, seconds))
            if name == "parse":
                rows += [(f"  {k[7:]}", v) for k, v in stages.items() if k.startswith("parse: ")]
        rows += [("worker start, IPC", rest), ("main (read, store)", b["main_cpu"])]
        for name, seconds in rows:
            st.add_row(name, f"{1000 * seconds / n:.1f}", f"{100 * seconds / bb.cpu:.0f} %")
        st.add_row("total", f"{bb.cpu_ms_per_article:.1f}", "100 %")
        console.print(st)
    if errors:
        console.print(f"tidings errors: {errors}")


if __name__ == "__main__":
    sys.exit(main())
