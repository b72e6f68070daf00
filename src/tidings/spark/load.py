"""Loading Parquet tables into a store: the output of ``tidings spark`` (``DIR/TABLE/part-*``) or
of ``tidings export --format parquet`` (``DIR/TABLE.parquet``). Articles already stored are
replaced; near-duplicates and event clusters are recomputed over the whole store."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from tidings.errors import TidingsError
from tidings.store import open_store
from tidings.store.derive import refresh_derived
from tidings.store.schema import CHILD_TABLES
from tidings.store.write import delete_documents

SIGNATURES = "signatures"
LOADED_TABLES = ("articles", *CHILD_TABLES, "errors", SIGNATURES)


@dataclass
class LoadSummary:
    rows: dict[str, int] = field(default_factory=dict)  # rows loaded per table
    duplicates: int = 0
    clusters: int = 0


def table_files(directory: Path, table: str) -> list[str]:
    """The Parquet files of ``table`` under ``directory`` (both layouts)."""
    files = sorted((directory / table).glob("*.parquet")) if (directory / table).is_dir() else []
    flat = directory / f"{table}.parquet"
    return [str(p) for p in (*files, *((flat,) if flat.is_file() else ()))]


def load_dir(directory: Path, db: str | Path) -> LoadSummary:
    """Load the Parquet tables in ``directory`` into the store ``db`` (created when missing)."""
    if not table_files(directory, "articles"):
        raise TidingsError(
            f"E110 no articles table in {directory}: expected {directory}/articles/*.parquet "
            "(from `tidings spark`) or articles.parquet (from `tidings export --format parquet`)."
        )
    con = open_store(db)
    summary = LoadSummary()
    try:
        ids = [
            r[0] for r in con.execute(
                "SELECT DISTINCT id FROM read_parquet($1)", [table_files(directory, "articles")]
            ).fetchall()
        ]  # fmt: skip
        con.execute("BEGIN TRANSACTION")
        try:
            delete_documents(con, ids)
            con.execute(
                "DELETE FROM signatures WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))", [ids]
            )
            for table in LOADED_TABLES:
                files = table_files(directory, table)
                if not files:
                    continue
                verb = "INSERT OR REPLACE" if table == "errors" else "INSERT"
                con.execute(f"{verb} INTO {table} BY NAME SELECT * FROM read_parquet($1)", [files])
                summary.rows[table] = int(
                    con.execute("SELECT count(*) FROM read_parquet($1)", [files]).fetchone()[0]  # type: ignore[index]
                )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        summary.duplicates, summary.clusters = refresh_derived(con)
    except duckdb.Error as exc:
        raise TidingsError(f"E111 cannot load {directory} into {db}: {exc}") from exc
    finally:
        con.close()
    return summary
