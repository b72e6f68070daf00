"""`tidings spark` (extraction on Apache Spark, to Parquet tables) and `tidings load` (Parquet
tables into a store): thin layers over ``tidings.spark``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tidings.errors import TidingsError
from tidings.store.connection import DEFAULT_DB

err = Console(stderr=True)


def spark(
    inputs: Annotated[
        list[str],
        typer.Option("--input", "-i", help="JSONL files, globs or URIs Spark reads; repeatable."),
    ],
    output: Annotated[Path, typer.Option(help="Folder for the Parquet tables (on the driver).")],
    master: Annotated[
        str, typer.Option(help="Spark master URL: local[*], spark://host:7077, yarn …")
    ] = "local[*]",
    partitions: Annotated[
        int | None, typer.Option(help="Partitions of the articles (default: 2 per core).")
    ] = None,
) -> None:
    """Extract articles on Apache Spark; write the tables of `tidings export --format parquet`.

    Needs pyspark (`pip install 'tidings[spark]'`) and Java 17+. Load the result into a store
    with `tidings load OUTPUT --db news.duckdb`.

    Examples:

      tidings spark --input 'news/*.jsonl' --output out/

      tidings spark --input 'hdfs:///news/2026-*/*.jsonl' --output out/ --master yarn
    """
    try:
        from tidings.spark.job import run_spark
    except ImportError as exc:  # pragma: no cover - depends on the install
        err.print(f"[red]error:[/red] pyspark is missing ({exc}): pip install 'tidings[spark]'")
        raise typer.Exit(2) from exc
    try:
        summary = run_spark(inputs, output, master=master, partitions=partitions)
    except TidingsError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    for table, rows in summary.rows.items():
        err.print(f"{table:16} {rows:>10,}")
    err.print(f"{summary.parts} parts in {summary.seconds:.1f} s → {output}")


def load(
    directory: Annotated[
        Path, typer.Argument(help="Parquet tables from `tidings spark` or `tidings export`.")
    ],
    db: Annotated[str, typer.Option("--db", help="The store (a DuckDB file).")] = DEFAULT_DB,
) -> None:
    """Load Parquet tables into a store (stored articles with the same id are replaced).

    Example:

      tidings load out/ --db news.duckdb
    """
    from tidings.spark.load import load_dir

    try:
        summary = load_dir(directory, db)
    except TidingsError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    loaded = ", ".join(f"{rows:,} {table}" for table, rows in summary.rows.items() if rows)
    err.print(f"loaded {loaded} into {db}")
    err.print(f"{summary.duplicates:,} near-duplicates, {summary.clusters:,} event clusters")
