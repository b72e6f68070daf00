"""Running suites: read the gold, run tidings (and the baselines) over its articles, score."""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tidings.errors import InputError
from tidings.evaluation import geo, petr2, plover, quotes, timex
from tidings.evaluation.cases import Baseline, Case, Scored, Suite
from tidings.evaluation.gold import REPO, gold_files
from tidings.models import Article, Document
from tidings.timeouts import time_limit

SUITES: dict[str, Suite] = {
    s.name: s for s in (plover.SUITE, petr2.SUITE, quotes.SUITE, timex.SUITE, geo.SUITE)
}
TIDINGS = "tidings"
ARTICLE_SECONDS = 30  # an article that takes longer is abandoned (scored as empty) and counted
BASELINES_FILE = REPO / "bench" / "baselines.py"


@dataclass
class SuiteResult:
    """One system's figures on one suite."""

    suite: str
    system: str
    cases: int
    seconds: float
    gold: list[str]
    scored: Scored
    failures: list[str] = field(default_factory=list)  # "error (article id)" per failed article


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def extract_all(
    articles: Sequence[Article], nlp: Any, console: Console, label: str
) -> tuple[list[Document], list[str]]:
    """tidings' Document for each article; an article that fails or takes more than
    ARTICLE_SECONDS gives an empty Document (and is counted): one bug does not stop the run."""
    from tidings.pipeline import extract_article

    documents: list[Document] = []
    failures: list[str] = []
    with _progress(console) as progress:
        task = progress.add_task(label, total=len(articles))
        for article in articles:
            try:
                with time_limit(ARTICLE_SECONDS):
                    documents.append(extract_article(article, nlp))
            except Exception as exc:  # a bug in one stage must not lose the whole run
                failures.append(f"{exc!r} ({article.id})")
                documents.append(Document(id=article.id, text=article.text))
            progress.advance(task)
    return documents, failures


def load_baselines() -> list[Baseline]:
    """The baselines of ``bench/baselines.py`` (a source checkout is needed)."""
    if not BASELINES_FILE.is_file():
        raise InputError(str(BASELINES_FILE), "baselines need a source checkout of tidings")
    spec = importlib.util.spec_from_file_location("tidings_bench_baselines", BASELINES_FILE)
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.BASELINES)


def missing_packages(baseline: Baseline) -> list[str]:
    return [name for name in baseline.needs if importlib.util.find_spec(name) is None]


def run_suite(
    suite: Suite,
    *,
    nlp: Any,
    gold: Sequence[Path] | None = None,
    limit: int | None = None,
    baselines: Sequence[Baseline] = (),
    console: Console | None = None,
) -> list[SuiteResult]:
    """tidings' result on ``suite``, then one per baseline of that suite."""
    console = console or Console(stderr=True)
    files = gold_files(gold, suite.defaults)
    cases: list[Case] = suite.load(files, limit)
    articles = [case.article for case in cases]
    names = [str(f) for f in files]

    started = time.perf_counter()
    documents, failures = extract_all(articles, nlp, console, f"{suite.name}: tidings")
    results = [
        SuiteResult(
            suite.name,
            TIDINGS,
            len(cases),
            0.0,
            names,
            suite.score(cases, documents),
            failures,
        )
    ]
    results[0].seconds = time.perf_counter() - started
    for baseline in baselines:
        if baseline.suite != suite.name:
            continue
        missing = missing_packages(baseline)
        if missing:
            console.print(
                f"[yellow]baseline {baseline.name} skipped:[/yellow] needs "
                + ", ".join(missing)
                + " (pip install 'tidings[baselines]')"
            )
            continue
        started = time.perf_counter()
        with console.status(f"{suite.name}: {baseline.name}"):
            predicted = baseline.predict(articles, nlp)
        results.append(
            SuiteResult(
                suite.name,
                baseline.name,
                len(cases),
                time.perf_counter() - started,
                names,
                suite.score(cases, predicted),
            )
        )
    return results
