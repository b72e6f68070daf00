"""The store's commands: ingest, events, dyads, actors, quotes, show, export (thin layers over
``tidings.ingest``, ``tidings.store`` and ``tidings.exports``)."""

from __future__ import annotations

import csv
import json
import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from tidings.errors import TidingsError
from tidings.store.connection import DEFAULT_DB

err = Console(stderr=True)
DbOption = Annotated[str, typer.Option("--db", help="The store (a DuckDB file).")]
SinceOption = Annotated[str | None, typer.Option(help="Only from this date on (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Only up to this date (YYYY-MM-DD).")]
LimitOption = Annotated[int, typer.Option(help="At most this many rows (0: all).")]


class Fmt(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


FormatOption = Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")]


class ExportFormat(StrEnum):
    plover_jsonl = "plover-jsonl"
    cameo_tsv = "cameo-tsv"
    gdelt_csv = "gdelt-csv"
    parquet = "parquet"


class Per(StrEnum):
    report = "report"
    cluster = "cluster"


def _fail(exc: Exception, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}")
    return typer.Exit(code)


def _date(value: str | None, what: str) -> date | None:
    from tidings.reading import normalize_date

    iso = normalize_date(value, what)
    return date.fromisoformat(iso) if iso else None


def _open(db: str) -> Any:
    from tidings.store import open_store

    return open_store(db, read_only=True)


def _print(table: Any, fmt: Fmt, title: str, brief: tuple[str, ...] = ()) -> None:
    """Print a queries.Table as a rich table (only the ``brief`` columns, when given), CSV or
    JSON (every column)."""
    if fmt is Fmt.json:
        sys.stdout.write(json.dumps(table.records(), default=str, ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
    elif fmt is Fmt.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows(["" if v is None else v for v in row] for row in table.rows)
    else:
        keep = [i for i, c in enumerate(table.columns) if not brief or c in brief]
        out = RichTable(title=f"{title} ({len(table.rows)})", expand=True)
        for i in keep:
            out.add_column(table.columns[i], overflow="fold")
        for row in table.rows:
            out.add_row(*("" if row[i] is None else str(row[i]) for i in keep))
        Console(soft_wrap=False).print(out)


def ingest(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, folders or globs: .txt .html .jsonl .csv, RSS/Atom .xml, .warc."
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int, typer.Option(help="Worker processes (each loads the model once).")
    ] = os.cpu_count() or 1,
    batch_size: Annotated[int, typer.Option(help="Articles committed per transaction.")] = 50,
    recode: Annotated[
        bool, typer.Option(help="Extract stored articles again (after a lexicon change).")
    ] = False,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for plain-text input.")
    ] = None,
    knowledge: Annotated[
        list[Path] | None, typer.Option(help="A directory of your own knowledge files; repeatable.")
    ] = None,
    text_field: Annotated[str | None, typer.Option(help="JSONL/CSV field of the text.")] = None,
    title_field: Annotated[str | None, typer.Option(help="JSONL/CSV field of the title.")] = None,
    date_field: Annotated[str | None, typer.Option(help="JSONL/CSV field of the date.")] = None,
    source_field: Annotated[str | None, typer.Option(help="JSONL/CSV field of the outlet.")] = None,
    url_field: Annotated[str | None, typer.Option(help="JSONL/CSV field of the URL.")] = None,
    limit: Annotated[int | None, typer.Option(help="Read at most this many articles.")] = None,
    time_limit: Annotated[
        float, typer.Option(help="Seconds per article before it is recorded as an error.")
    ] = 120.0,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="A line per batch.")] = False,
) -> None:
    """Ingest articles into the store: extract, deduplicate, cluster events.

    Safe to run again: stored articles are skipped, and an interrupted run resumes where it
    stopped.

    Examples:

      tidings ingest ~/news/ --db news.duckdb

      tidings ingest 'feeds/*.xml' dump.warc.gz --workers 4

      tidings ingest stories.jsonl --text-field body --date-field pubdate

      tidings ingest --recode --db news.duckdb      # recode every stored article
    """
    from tidings.ingest import IngestOptions
    from tidings.ingest import ingest as run_ingest
    from tidings.ingest.progress import BarProgress, summary_table
    from tidings.reading import normalize_date
    from tidings.sources import FieldMap

    if not inputs and not recode:
        raise _fail(TidingsError("name the files or folders to ingest (or use --recode)"))
    try:
        options = IngestOptions(
            workers=max(1, workers), batch_size=max(1, batch_size), recode=recode,
            fields=FieldMap(text_field, title_field, date_field, source_field, url_field),
            published=normalize_date(published, "--published"),
            knowledge=tuple(str(k) for k in knowledge or ()), limit=limit, time_limit=time_limit,
        )  # fmt: skip
    except TidingsError as exc:
        raise _fail(exc) from None
    progress = BarProgress(err, verbose=verbose)
    try:
        summary = run_ingest(list(inputs or []), db, options, progress)
    except TidingsError as exc:
        progress.stop()
        raise _fail(exc) from None
    except KeyboardInterrupt:
        progress.stop()
        raise typer.Exit(130) from None
    progress.stop()
    err.print(summary_table(summary, db))


def events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor code (RUS, RUSGOV) or name.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code or name.")] = None,
    type: Annotated[str | None, typer.Option(help="PLOVER types, comma-separated.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    source: Annotated[str | None, typer.Option(help="Outlet name (substring).")] = None,
    limit: LimitOption = 50,
    format: FormatOption = Fmt.table,
) -> None:
    """Stored events, newest first.

    Examples:

      tidings events --actor RUS --recipient USA --type ASSAULT,ACCUSE --since 2017-01-01

      tidings events --actor Putin --format csv > putin.csv
    """
    from tidings.store import queries

    try:
        con = _open(db)
        types = [t.strip() for t in type.split(",") if t.strip()] if type else None
        table = queries.events(
            con, actor=actor, recipient=recipient, types=types, since=_date(since, "--since"),
            until=_date(until, "--until"), source=source, limit=limit or None,
        )  # fmt: skip
    except TidingsError as exc:
        raise _fail(exc) from None
    brief = ("date", "type", "actors", "recipients", "trigger", "location", "source",
             "cluster_reports", "doc_id")  # fmt: skip
    _print(table, format, "events (--format csv/json for every column)", brief)


def dyads(
    actor: Annotated[str | None, typer.Argument(help="First party (code or name).")] = None,
    recipient: Annotated[str | None, typer.Argument(help="Second party.")] = None,
    db: DbOption = DEFAULT_DB,
    by: Annotated[str, typer.Option(help="Period: day, week, month, quarter, year.")] = "month",
    symmetric: Annotated[bool, typer.Option(help="Count both directions.")] = False,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 20,
    format: FormatOption = Fmt.table,
) -> None:
    """Events between two parties per period; without parties, the top dyads.

    Counts per QuadClass and mean Goldstein score per period (day, week, month, quarter, year).

    Examples:

      tidings dyads RUS USA --by month

      tidings dyads                       # the top dyads of the store
    """
    from tidings.store import queries

    try:
        con = _open(db)
        table = queries.dyads(
            con, actor, recipient, by=by, symmetric=symmetric, since=_date(since, "--since"),
            until=_date(until, "--until"), limit=limit or None,
        )  # fmt: skip
    except (TidingsError, ValueError) as exc:
        raise _fail(exc) from None
    _print(table, format, f"dyads {actor} → {recipient}" if actor and recipient else "top dyads")


def actors(
    db: DbOption = DEFAULT_DB,
    country: Annotated[str | None, typer.Option(help="Country code (SYR).")] = None,
    sector: Annotated[str | None, typer.Option(help="Sector code (GOV, MIL, ...).")] = None,
    name: Annotated[str | None, typer.Option(help="Name (substring).")] = None,
    limit: LimitOption = 50,
    format: FormatOption = Fmt.table,
) -> None:
    """Actors with their numbers of articles, mentions and events.

    Examples:

      tidings actors --country SYR

      tidings actors --sector MIL --format json
    """
    from tidings.store import queries

    try:
        table = queries.actors(
            _open(db), country=country, sector=sector, name=name, limit=limit or None
        )
    except TidingsError as exc:
        raise _fail(exc) from None
    _print(table, format, "actors")


def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Speaker name or code.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 50,
    format: FormatOption = Fmt.table,
) -> None:
    """Who said what, newest first.

    Examples:

      tidings quotes --speaker Putin --since 2017-05-01
    """
    from tidings.store import queries

    try:
        table = queries.quotes(
            _open(db), speaker=speaker, since=_date(since, "--since"),
            until=_date(until, "--until"), limit=limit or None,
        )  # fmt: skip
    except TidingsError as exc:
        raise _fail(exc) from None
    brief = ("date", "speaker", "code", "kind", "content", "source", "doc_id")
    _print(table, format, "quotes", brief)


def show(
    article_id: Annotated[str, typer.Argument(help="An article id (or its first characters).")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[
        str, typer.Option("--format", "-f", help="table (highlighted) or json (as extract).")
    ] = "table",
) -> None:
    """One stored article, with actors, event triggers and quotes highlighted.

    ``--format json`` prints the document JSON, as ``tidings extract`` does.

    Examples:

      tidings show 4b9c1f34

      tidings show 4b9c1f3441628eca --format json
    """
    from tidings.render import print_document
    from tidings.store import find_article_ids, read_document

    try:
        con = _open(db)
        found = find_article_ids(con, article_id)
    except TidingsError as exc:
        raise _fail(exc) from None
    if len(found) != 1:
        problem = "no stored article" if not found else f"{len(found)} stored articles"
        raise _fail(TidingsError(f"{problem} with an id starting with {article_id!r}"), 1)
    document = read_document(con, found[0])
    assert document is not None
    if format == "json":
        sys.stdout.write(document.to_json(indent=2) + "\n")
        return
    out = Console(soft_wrap=True)
    out.print(highlighted(document))
    print_document(document, out)


def highlighted(document: Any) -> Text:
    """The article text with actor mentions (cyan), quotes (green) and triggers (bold red)."""
    text = Text(document.text)
    for actor in document.actors:
        for m in actor.mentions:
            text.stylize("bold cyan", m.start, m.end)
    for q in document.quotes:
        text.stylize("green", q.content.start, q.content.end)
        if q.cue:
            text.stylize("underline green", q.cue.start, q.cue.end)
    for e in document.events:
        text.stylize("bold white on red", e.trigger.start, e.trigger.end)
    header = Text(f"{document.title or '(untitled)'}\n", style="bold")
    header.append(f"{document.source or ''} {document.published or ''}\n\n", style="dim")
    return header + text


def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The folder to write into.")],
    per: Annotated[Per, typer.Option(help="One record per report or per event cluster.")] = (
        Per.report
    ),
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export the store: PLOVER JSONL, CAMEO/Phoenix TSV, GDELT 2.0 CSV, or Parquet.

    Parquet writes one file per table (for DuckDB, pandas, R, Spark).

    Examples:

      tidings export --format plover-jsonl --out exports/

      tidings export --format gdelt-csv --per cluster --out exports/

      tidings export --format parquet --out parquet/
    """
    from tidings.exports import export as run_export

    try:
        written = run_export(_open(db), format.value, out, per.value)
    except TidingsError as exc:
        raise _fail(exc) from None
    for path, rows in written.items():
        err.print(f"wrote {path} ({rows:,} rows)")
