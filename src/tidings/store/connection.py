"""Opening a store: one DuckDB file, migrated to the current schema on open."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tidings.errors import StoreError
from tidings.store.schema import SCHEMA_VERSION, migrate

DEFAULT_DB = "tidings.duckdb"


def open_store(
    path: str | Path = DEFAULT_DB, *, read_only: bool = False
) -> duckdb.DuckDBPyConnection:
    """A connection to the store at ``path``; created and migrated when writable."""
    path = Path(path)
    if read_only and not path.is_file():
        raise StoreError(
            f"E101 no store at {path}: create one with `tidings ingest FOLDER --db {path}`."
        )
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        raise StoreError(
            f"E102 cannot open the store {path} ({exc}). Another tidings ingest may be writing "
            "to it: wait for it to finish."
        ) from exc
    except duckdb.Error as exc:
        raise StoreError(f"E103 {path} is not a tidings store ({exc}).") from exc
    if read_only:
        _check_version(con, path)
    else:
        migrate(con)
    return con


def _check_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.CatalogException as exc:
        raise StoreError(f"E103 {path} is not a tidings store (no meta table).") from exc
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"E104 {path} has schema version {version}, newer than this tidings "
            f"({SCHEMA_VERSION}): upgrade tidings."
        )
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"E105 {path} has schema version {version}: open it once for writing "
            f"(e.g. `tidings ingest --db {path}`) to migrate it."
        )
