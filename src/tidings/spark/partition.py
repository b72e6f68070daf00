"""What a Spark executor does with one partition: read records, extract Documents (the model
loaded once per Python worker), store them in a partition-local DuckDB with ``write_batch`` and
export it with the store's own Parquet export, so the columns are defined in one place only."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path

from tidings.errors import InputError
from tidings.models import Article

# The tables a partition writes (the derived ones are computed once, from all partitions).
DERIVED_TABLES = ("clusters", "cluster_members", "duplicates")
SIGNATURES = "signatures"  # MinHash signatures: not exported, but needed to find duplicates
ERROR_KEY = "\0error"  # the key of an unreadable record, in the (key, value) pairs of stage 1

Parsed = tuple[str, Article | InputError]


def parse_partition(index: int, rows: Iterable[tuple[str, str]]) -> Iterator[Parsed]:
    """Stage 1: (file, line) rows → (article id, Article) or (ERROR_KEY, InputError).

    The lines of each file are read by the same code as ``tidings ingest``'s JSONL reader; an
    origin is ``FILE#SPLIT:LINE`` (the line number within Spark's split of the file)."""
    from tidings.sources import FieldMap
    from tidings.sources.records import read_records

    names = FieldMap()
    for path, group in groupby(rows, key=lambda row: row[0]):
        text = "\n".join(line for _, line in group)
        for item in read_records(text, f"{path}#{index}", "jsonl", names):
            yield (ERROR_KEY if isinstance(item, InputError) else item.id, item)


def extract_partition(index: int, items: Iterable[Parsed]) -> Iterator[tuple[str, str, bytes]]:
    """Stage 2: extract the articles of one partition; yields (table, part name, Parquet bytes)
    for every non-empty table. Never raises on a bad article: it becomes a row of ``errors``."""
    from tidings.exports import export_parquet
    from tidings.ingest.worker import process
    from tidings.store import open_store, write_batch

    documents, origins, signatures, errors = [], {}, {}, []
    for _key, item in items:
        if isinstance(item, InputError):
            errors.append(item)
            continue
        outcome = process(item)  # loads the model on the first call in this Python worker
        if outcome.document is None:
            errors.append(InputError(outcome.origin or outcome.article_id, outcome.error or ""))
            continue
        documents.append(outcome.document)
        origins[outcome.article_id] = outcome.origin
        if outcome.signature is not None:
            signatures[outcome.article_id] = outcome.signature
    if not documents and not errors:
        return
    part = f"part-{index:05d}.parquet"
    with tempfile.TemporaryDirectory(prefix="tidings-spark-") as tmp:
        con = open_store(Path(tmp) / "part.duckdb")
        write_batch(con, documents, origins=origins, errors=errors, signatures=signatures)
        (Path(tmp) / "out").mkdir()
        written = export_parquet(con, Path(tmp) / "out")
        sig_path = Path(tmp) / "out" / f"{SIGNATURES}.parquet"
        con.execute(f"COPY (SELECT * FROM {SIGNATURES}) TO '{sig_path}' (FORMAT parquet)")
        written[sig_path] = len(signatures)
        con.close()
        for path, rows in written.items():
            if rows and path.stem not in DERIVED_TABLES:
                yield path.stem, part, path.read_bytes()
