"""The Spark driver: read JSONL records (any path or URI Spark reads), spread the articles over
partitions by id (so a repeated article lands in one partition and is stored once), extract them in
the executors, and collect each partition's Parquet parts into ``OUTPUT/TABLE/part-*.parquet``.
The derived tables (near-duplicates, event clusters) span all partitions: the driver computes them
last, from the collected parts, with the store's own code."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tidings.errors import TidingsError
from tidings.spark.load import load_dir
from tidings.spark.partition import DERIVED_TABLES, extract_partition, parse_partition
from tidings.store.schema import EXPORT_TABLES


@dataclass
class SparkSummary:
    parts: int = 0  # Parquet files written
    rows: dict[str, int] = field(default_factory=dict)  # rows per exported table
    seconds: float = 0.0


def spark_session(master: str | None, app_name: str = "tidings") -> object:
    """A SparkSession; in local mode the Python workers run this interpreter (and its packages)."""
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    effective = master or SparkConf().get("spark.master", "local[*]")  # spark-submit sets it
    if effective.startswith("local"):  # on a cluster, PYSPARK_PYTHON is the user's to set
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    session = builder.config("spark.python.worker.reuse", "true").getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def run_spark(
    inputs: list[str], output: Path, *, master: str | None = "local[*]",
    partitions: int | None = None, session: object | None = None,
) -> SparkSummary:  # fmt: skip
    """Extract the JSONL articles of ``inputs`` on Spark and write Parquet tables to ``output``
    (a folder on the driver). ``partitions`` defaults to 2 per core of the cluster."""
    from pyspark.errors import AnalysisException
    from pyspark.rdd import portable_hash

    started = time.perf_counter()
    spark = session or spark_session(master)
    sc = spark.sparkContext  # type: ignore[attr-defined]
    n = partitions or max(1, sc.defaultParallelism * 2)
    try:
        lines = spark.read.text(inputs).select("_metadata.file_path", "value")  # type: ignore[attr-defined]
    except AnalysisException as exc:  # e.g. no file matches the glob
        raise TidingsError(f"E112 Spark cannot read {', '.join(inputs)}: {exc}") from exc
    parts = (
        lines.rdd.map(tuple)
        .mapPartitionsWithIndex(parse_partition)
        .partitionBy(n, portable_hash)
        .mapPartitionsWithIndex(extract_partition)
    )
    output.mkdir(parents=True, exist_ok=True)
    for table in EXPORT_TABLES:  # a run replaces the tables of an earlier run
        for old in (output / table).glob("part-*.parquet"):
            old.unlink()
    summary = SparkSummary()
    # Waves of partitions, as many as the cluster runs at once: every wave runs in parallel, and
    # the driver holds the Parquet bytes of one wave only (toLocalIterator runs one at a time).
    wave = max(1, sc.defaultParallelism)
    for first in range(0, n, wave):
        indexes = list(range(first, min(n, first + wave)))
        for table, name, data in sc.runJob(parts, list, indexes):
            (output / table).mkdir(exist_ok=True)
            (output / table / name).write_bytes(data)
            summary.parts += 1
    summary.rows = _derive(output)
    summary.seconds = time.perf_counter() - started
    return summary


def _derive(output: Path) -> dict[str, int]:
    """Load the parts into a scratch store, compute the derived tables there and write them (and
    an empty part for every table no partition filled, so each table has its schema)."""
    from tidings.store import open_store

    with tempfile.TemporaryDirectory(prefix="tidings-spark-") as tmp:
        db = Path(tmp) / "derive.duckdb"
        if (output / "articles").is_dir():
            load_dir(output, db)
        con = open_store(db)
        rows: dict[str, int] = {}
        for table in EXPORT_TABLES:
            folder = output / table
            if table in DERIVED_TABLES or not any(folder.glob("*.parquet")):
                folder.mkdir(exist_ok=True)
                target = str(folder / "part-00000.parquet").replace("'", "''")
                con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT parquet)")
            rows[table] = int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
        con.close()
    return rows
