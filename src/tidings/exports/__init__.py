"""Exports of the store: PLOVER JSONL, CAMEO/Phoenix TSV, GDELT 2.0 CSV, Parquet tables."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import duckdb

from tidings.exports.common import Item, iter_clusters, iter_reports
from tidings.exports.plover import plover_record
from tidings.exports.tables import CAMEO_COLUMNS, GDELT_COLUMNS, cameo_row, gdelt_row
from tidings.store.schema import EXPORT_TABLES

FORMATS = ("plover-jsonl", "cameo-tsv", "gdelt-csv", "parquet")
PER = ("report", "cluster")


def _items(con: duckdb.DuckDBPyConnection, per: str) -> Iterator[Item]:
    return iter_clusters(con) if per == "cluster" else iter_reports(con)


def export(
    con: duckdb.DuckDBPyConnection, fmt: str, out: Path, per: str = "report"
) -> dict[Path, int]:
    """Write ``fmt`` files into the folder ``out``; returns {file: rows written}."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if per not in PER:
        raise ValueError(f"--per must be one of {', '.join(PER)}")
    out.mkdir(parents=True, exist_ok=True)
    name = "events" if per == "report" else "clusters"
    if fmt == "parquet":
        return export_parquet(con, out)
    if fmt == "plover-jsonl":
        path = out / f"{name}.plover.jsonl"
        n = 0
        with path.open("w", encoding="utf-8") as f:
            for item in _items(con, per):
                f.write(json.dumps(plover_record(item), ensure_ascii=False) + "\n")
                n += 1
        return {path: n}
    added = datetime.now().strftime("%Y%m%d%H%M%S")
    tsv = fmt == "cameo-tsv"
    path = out / (f"{name}.cameo.tsv" if tsv else f"{name}.gdelt.csv")
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(
            f, fieldnames=CAMEO_COLUMNS if tsv else GDELT_COLUMNS,
            delimiter="\t" if tsv else ",", lineterminator="\n",
        )  # fmt: skip
        writer.writeheader()
        for item in _items(con, per):
            writer.writerow(cameo_row(item) if tsv else gdelt_row(item, added))
            n += 1
    return {path: n}


def export_parquet(con: duckdb.DuckDBPyConnection, out: Path) -> dict[Path, int]:
    """One Parquet file per table (DuckDB writes them: no extra dependency)."""
    written: dict[Path, int] = {}
    for table in EXPORT_TABLES:
        path = out / f"{table}.parquet"
        target = str(path).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT parquet)")
        written[path] = int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
    return written


__all__ = ["FORMATS", "PER", "export", "export_parquet"]
