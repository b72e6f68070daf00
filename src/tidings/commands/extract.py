"""`tidings extract`: analyse articles and print their documents (tables, JSON or JSONL)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from tidings.errors import InputError, TidingsError
from tidings.models import Article

err = Console(stderr=True)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _expand(inputs: list[str]) -> list[str]:
    """Files named on the command line; directories give their readable files."""
    paths: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            paths += sorted(
                str(f)
                for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in (".txt", ".jsonl", ".ndjson", ".csv")
            )
        else:
            paths.append(item)
    return paths


def extract(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.txt, .jsonl, .csv), folders, or - for stdin.")
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for plain-text input.")
    ] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.table
    ),
    knowledge: Annotated[
        list[Path] | None,
        typer.Option(
            help="A directory of your own knowledge files (lexicons, actors); repeatable."
        ),
    ] = None,
) -> None:
    """Extract events, actors, quotes, dates and places from articles.

    Examples:

      tidings extract story.txt

      tidings extract story.txt --published 2017-05-02 --format json

      tidings extract stories.jsonl --format jsonl > documents.jsonl
    """
    from tidings.knowledge import add_knowledge_dir
    from tidings.nlp import load_model
    from tidings.pipeline import extract_article
    from tidings.reading import normalize_date, read_source
    from tidings.render import print_document

    try:
        published = normalize_date(published, "--published")
        for directory in knowledge or ():
            add_knowledge_dir(directory)
        nlp = load_model()
    except TidingsError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    out = Console(soft_wrap=True)
    items = [item for path in _expand(inputs) for item in read_source(path, published)]
    failures = 0
    with _progress(len(items)) as progress:
        task = progress.add_task("extracting", total=len(items))
        for item in items:
            progress.advance(task)
            if isinstance(item, InputError):
                failures += 1
                err.print(f"[red]error:[/red] {item}")
                continue
            try:
                document = extract_article(item, nlp)
            except TidingsError as exc:
                failures += 1
                err.print(f"[red]error:[/red] {_where(item)}: {exc}")
                continue
            except Exception as exc:  # a bug must not lose the rest of the batch
                failures += 1
                err.print(f"[red]error:[/red] {_where(item)}: internal error {exc!r}")
                continue
            if format is OutputFormat.table:
                print_document(document, out)
            elif format is OutputFormat.json:
                sys.stdout.write(document.to_json(indent=2) + "\n")
            else:
                sys.stdout.write(document.to_json() + "\n")
            sys.stdout.flush()
    if failures:
        raise typer.Exit(1)


class RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f} articles/s" if task.speed else "")


def _progress(total: int) -> Progress:
    """Articles done, rate and ETA on stderr (only for batches, and only on a terminal)."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=total < 2 or not err.is_terminal,
    )


def _where(article: Article) -> str:
    return article.origin or article.id
