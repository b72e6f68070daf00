"""Showing evaluation results: a rich table, the same figures as JSON, and error examples."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from tidings.evaluation.metrics import Metric, spread
from tidings.evaluation.runner import TIDINGS, SuiteResult


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _cells(metric: Metric) -> list[str]:
    c, r = metric.counts, metric.ratio
    if c is not None:
        cells = [_pct(c.precision), _pct(c.recall), _pct(c.f1)]
        support = str(c.tp + c.fn)
    else:
        cells = ["", "", ""]
        support = ""
    if r is not None:
        cells.append(_pct(r.value) if r.total else "n/a")
        support = support or str(r.total)
    else:
        cells.append("")
    return [*cells, support]


def results_table(results: Sequence[SuiteResult], title: str = "tidings eval") -> Table:
    """One row per (suite, metric, system); figures in percent. ``gold n`` is the number of gold
    items a P/R/F1 metric is scored against (or an accuracy's denominator)."""
    table = Table(title=title, title_justify="left")
    for name, justify in (
        ("suite", "left"),
        ("metric", "left"),
        ("system", "left"),
        ("P", "right"),
        ("R", "right"),
        ("F1", "right"),
        ("Acc", "right"),
        ("gold n", "right"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    suites: dict[str, list[SuiteResult]] = {}
    for result in results:
        suites.setdefault(result.suite, []).append(result)
    for n, (suite, group) in enumerate(suites.items()):
        if n:
            table.add_section()
        names = list(dict.fromkeys(m.name for r in group for m in r.scored.metrics))
        first = True
        for name in names:
            for result in group:
                metric = result.scored.metrics.rows.get(name)
                if metric is None:
                    continue
                style = "bold" if result.system == TIDINGS else "dim"
                label = suite if first else ""
                table.add_row(label, name, result.system, *_cells(metric), style=style)
                first = False
    return table


def notes(results: Sequence[SuiteResult]) -> list[str]:
    lines = []
    for r in results:
        line = f"{r.suite} / {r.system}: {r.cases} cases in {r.seconds:.1f} s"
        if r.failures:
            kinds = Counter(f.rsplit(" (", 1)[0] for f in r.failures)
            line += f"; {len(r.failures)} failed (scored as empty): " + "; ".join(
                f"{kind} ×{n}" if n > 1 else failure_of(r.failures, kind)
                for kind, n in kinds.most_common(3)
            )
        lines.append(line)
    return lines


def failure_of(failures: Sequence[str], kind: str) -> str:
    return next(f for f in failures if f.startswith(kind))


def to_json(results: Sequence[SuiteResult], **meta: object) -> dict[str, object]:
    return {
        **meta,
        "results": [
            {
                "suite": r.suite,
                "system": r.system,
                "cases": r.cases,
                "seconds": round(r.seconds, 2),
                "failures": len(r.failures),
                "failed": r.failures,
                "gold": r.gold,
                "metrics": [m.to_dict() for m in r.scored.metrics],
            }
            for r in results
        ],
    }


def write_json(path: Path, results: Sequence[SuiteResult], **meta: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(to_json(results, **meta), indent=2) + "\n", encoding="utf-8")


def print_errors(results: Sequence[SuiteResult], k: int, console: Console) -> None:
    """``k`` false positives and ``k`` misses of tidings per suite, each with its sentence."""
    for result in results:
        if result.system != TIDINGS:
            continue
        for kind in ("false positive", "miss"):
            examples = [e for e in result.scored.examples if e.kind == kind]
            shown = spread(examples, k)  # type: ignore[arg-type]
            plural = "misses" if kind == "miss" else "false positives"
            console.rule(f"{result.suite}: {len(shown)} of {len(examples)} {plural}")
            for example in shown:
                console.print(f"[bold]{escape(example.label)}[/bold]  [dim]{example.where}[/dim]")
                console.print("    " + escape(example.sentence()), highlight=False)
