"""The Spark path in local mode: the same events as the local pipeline, the same Parquet schema as
`tidings export --format parquet`, and `tidings load` puts the result into a store."""

from __future__ import annotations

import json
import os
import shutil

import duckdb
import pytest

from tidings.exports import export
from tidings.pipeline import extract_article
from tidings.sources import read_inputs
from tidings.store import open_store, write_batch
from tidings.store.derive import refresh_derived
from tidings.store.schema import EXPORT_TABLES

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'tidings[spark]')")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Java is not installed (Spark needs Java 17+)", allow_module_level=True)

# Short articles written for this test, from templates: who did what to whom, and who said so.
PARTIES = [
    ("Kenya", "Uganda", "Nairobi"),
    ("Chile", "Peru", "Santiago"),
    ("Norway", "Sweden", "Oslo"),
    ("Vietnam", "Cambodia", "Hanoi"),
    ("Ghana", "Togo", "Accra"),
    ("Canada", "Mexico", "Ottawa"),
]
TEMPLATES = [
    "{a} accused {b} of shelling a border post on Monday.\n\n"
    '"We will not accept this," the foreign minister of {a} said in {city}.',
    "The president of {a} met the prime minister of {b} in {city} on Tuesday.\n\n"
    "They signed an agreement on trade and fishing rights.",
    "Police in {city} arrested twelve protesters on Friday.\n\n"
    "{b} condemned the arrests and called on {a} to release them.",
    "{a} expelled two diplomats from {b} on Wednesday, officials said.\n\n{b} promised to respond.",
    "{b} threatened to impose sanctions on {a} over the dispute.\n\n"
    '"Talks have failed," a spokesman said in {city}.',
]


def _articles() -> list[dict[str, str]]:
    records = []
    for i, (a, b, city) in enumerate(PARTIES):
        for j, template in enumerate(TEMPLATES):
            records.append({
                "id": f"t{i}-{j}", "source": "Test Wire", "published": f"2026-03-{1 + j:02d}",
                "title": f"Report {i}-{j}", "text": template.format(a=a, b=b, city=city),
            })  # fmt: skip
    return records


def _event_keys(con: duckdb.DuckDBPyConnection) -> set[tuple[object, ...]]:
    """(article id, type, actor codes, recipient codes, trigger offsets) of every event."""
    rows = con.execute("""
        SELECT e.doc_id, e.type,
          list_sort(list(coalesce(a.country, '') || coalesce(a.sector, ''))
                    FILTER (WHERE l.role = 'actor')),
          list_sort(list(coalesce(a.country, '') || coalesce(a.sector, ''))
                    FILTER (WHERE l.role = 'recipient')),
          e.trigger_start, e.trigger_end
        FROM events e
        LEFT JOIN event_actors l ON l.doc_id = e.doc_id AND l.event_id = e.id
        LEFT JOIN actors a ON a.doc_id = l.doc_id AND a.id = l.actor_id
        GROUP BY e.doc_id, e.id, e.type, e.trigger_start, e.trigger_end
        """).fetchall()
    return {(r[0], r[1], tuple(r[2] or ()), tuple(r[3] or ()), r[4], r[5]) for r in rows}


def _schema(con: duckdb.DuckDBPyConnection, files: str) -> list[tuple[str, str]]:
    rows = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{files}')").fetchall()
    return [(r[0], r[1]) for r in rows]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, nlp):  # type: ignore[no-untyped-def]
    from tidings.spark.job import run_spark, spark_session

    tmp = tmp_path_factory.mktemp("spark")
    inputs = tmp / "in"
    inputs.mkdir()
    records = _articles()
    half = len(records) // 2  # two files, to exercise the glob
    for name, chunk in (("a.jsonl", records[:half]), ("b.jsonl", records[half:])):
        (inputs / name).write_text("".join(json.dumps(r) + "\n" for r in chunk))
    session = spark_session("local[2]", "tidings-test")
    try:
        summary = run_spark([str(inputs / "*.jsonl")], tmp / "out", partitions=3, session=session)
    finally:
        session.stop()  # type: ignore[attr-defined]
    local = open_store(tmp / "local.duckdb")
    documents = [extract_article(a, nlp) for a in read_inputs([str(inputs)])]
    write_batch(local, documents)
    refresh_derived(local)
    export(local, "parquet", tmp / "export")
    yield tmp, summary, local, len(records)
    local.close()


def test_spark_events_equal_local_events(runs) -> None:  # type: ignore[no-untyped-def]
    tmp, summary, local, n = runs
    assert summary.rows["articles"] == n
    spark_store = open_store(tmp / "from_spark.duckdb")
    for table in ("articles", "actors", "events", "event_actors"):
        spark_store.execute(
            f"INSERT INTO {table} SELECT * FROM read_parquet('{tmp}/out/{table}/*.parquet')"
        )
    expected = _event_keys(local)
    assert len(expected) >= n  # the templates do hold events
    assert _event_keys(spark_store) == expected


def test_spark_tables_have_the_export_schema(runs) -> None:  # type: ignore[no-untyped-def]
    tmp, _, _, _ = runs
    con = duckdb.connect()
    for table in EXPORT_TABLES:
        spark_schema = _schema(con, f"{tmp}/out/{table}/*.parquet")
        assert spark_schema == _schema(con, f"{tmp}/export/{table}.parquet"), table


def test_load_puts_spark_output_into_a_store(runs) -> None:  # type: ignore[no-untyped-def]
    from tidings.spark import load_dir

    tmp, summary, local, n = runs
    db = tmp / "loaded.duckdb"
    first = load_dir(tmp / "out", db)
    again = load_dir(tmp / "out", db)  # loading twice replaces, never duplicates
    assert first.rows["articles"] == again.rows["articles"] == n
    con = duckdb.connect(str(db), read_only=True)
    assert _event_keys(con) == _event_keys(local)
    count = con.execute("SELECT count(*) FROM clusters").fetchone()[0]  # type: ignore[index]
    assert count == summary.rows["clusters"] > 0
