"""The ingest as the terminal shows it: a progress bar (articles done, articles/s, ETA), optional
per-batch lines, and a summary table at the end."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from tidings.ingest.run import IngestSummary
from tidings.ingest.run import Progress as Listener
from tidings.ingest.worker import Outcome


class RateColumn(TextColumn):
    """Articles per second, from the task's speed estimate."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task):  # type: ignore[no-untyped-def]
        from rich.text import Text

        speed = task.finished_speed or task.speed
        return Text(f"{speed:5.1f} art/s" if speed else "  ... art/s", style="cyan")


class BarProgress(Listener):
    def __init__(self, console: Console, *, verbose: bool = False) -> None:
        self.console = console
        self.verbose = verbose
        self.bar = Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
            RateColumn(), TextColumn("ETA"), TimeRemainingColumn(), TimeElapsedColumn(),
            console=console, transient=False, disable=not console.is_terminal,
        )  # fmt: skip
        self.task: TaskID | None = None

    def start(self, total: int | None) -> None:
        self.bar.start()
        self.task = self.bar.add_task("ingest", total=total)

    def advance(self, outcome: Outcome) -> None:
        if self.task is not None:
            self.bar.advance(self.task)
        if outcome.error and outcome.document is None:
            self.console.print(f"[yellow]skipped[/yellow] {outcome.origin}: {outcome.error}")

    def grow(self, total: int) -> None:
        if self.task is not None:
            self.bar.update(self.task, total=total)

    def committed(self, batch: int, size: int, summary: IngestSummary) -> None:
        if self.verbose:
            self.console.print(
                f"committed batch {batch}: {size} items ({summary.stored} articles stored)"
            )

    def note(self, message: str) -> None:
        self.console.print(message)

    def stop(self) -> None:
        self.bar.stop()


def summary_table(summary: IngestSummary, db: str) -> Table:
    table = Table(title=f"ingest run {summary.run_id} → {db}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = (
        ("articles read", summary.read), ("articles stored (new or recoded)", summary.stored),
        ("skipped (already stored)", summary.skipped),
        ("errors (recorded, skipped)", summary.errors),
        ("events", summary.events), ("quotes", summary.quotes), ("actors", summary.actors),
        ("near-duplicate articles in store", summary.duplicates),
        ("event clusters in store", summary.clusters), ("batches committed", summary.batches),
    )  # fmt: skip
    for what, count in rows:
        table.add_row(what, f"{count:,}")
    table.add_row("time", f"{summary.seconds:.1f} s ({summary.rate:.2f} articles/s)")
    return table
