"""``tidings eval``: accuracy on the public gold sets (the heavy imports happen when it runs)."""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

TABLE_WIDTH = 110


class SuiteName(StrEnum):
    plover = "plover"
    petr2 = "petr2"
    quotes = "quotes"
    timex = "timex"
    geo = "geo"
    all = "all"


def eval_command(
    suite: Annotated[SuiteName, typer.Argument(help="The gold set to score, or all of them.")],
    gold: Annotated[
        list[Path] | None,
        typer.Option(help="Gold file(s) instead of the suite's default (repeatable; one suite)."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Score only the first N gold records of each file.")
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the figures as JSON to this file.")
    ] = None,
    errors: Annotated[
        int, typer.Option(min=0, help="Show K false positives and K misses per suite.")
    ] = 0,
    baselines: Annotated[
        bool, typer.Option(help="Also run the baselines of bench/baselines.py, same table.")
    ] = False,
) -> None:
    """Measure accuracy on the public gold sets in ../shared/gold (or $TIDINGS_SHARED).

    Examples:

      tidings eval plover

      tidings eval quotes --gold ../shared/gold/polnear_attributions/train-1-of-2.jsonl

      tidings eval all --limit 20 --baselines --json eval.json --errors 3
    """
    from rich.console import Console

    from tidings.errors import TidingsError
    from tidings.evaluation.gold import gold_files
    from tidings.evaluation.report import notes, print_errors, results_table, write_json
    from tidings.evaluation.runner import SUITES, load_baselines, run_suite
    from tidings.nlp import load_model

    out, err = Console(), Console(stderr=True)
    if not out.is_terminal:  # a file or a pipe: wide enough for the table
        out = Console(width=TABLE_WIDTH)
    names = list(SUITES) if suite is SuiteName.all else [suite.value]
    if gold and len(names) > 1:
        err.print("[red]error:[/red] --gold names the gold of one suite; pick one, not 'all'.")
        raise typer.Exit(2)
    started = time.perf_counter()
    results = []
    try:
        for name in names:  # a missing gold file is reported before the model loads
            gold_files(gold, SUITES[name].defaults)
        nlp = load_model()
        extra = load_baselines() if baselines else []
        for name in names:
            results += run_suite(
                SUITES[name], nlp=nlp, gold=gold, limit=limit, baselines=extra, console=err
            )
    except TidingsError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    elapsed = time.perf_counter() - started
    out.print(
        results_table(
            results, title=f"tidings eval {suite.value}" + (f" --limit {limit}" if limit else "")
        )
    )
    for line in notes(results):
        out.print(line, style="dim", highlight=False)
    out.print(f"total {elapsed:.1f} s", style="dim")
    if errors:
        print_errors(results, errors, out)
    if json_out:
        write_json(json_out, results, suite=suite.value, limit=limit, seconds=round(elapsed, 2))
