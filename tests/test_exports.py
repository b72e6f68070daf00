"""Every export format, read back and checked against the stored counts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from test_store_docs import STRIKE, plain_doc, strike_doc, talks_doc
from tidings.dedup import signature
from tidings.exports import export
from tidings.exports.tables import CAMEO_COLUMNS, GDELT_COLUMNS
from tidings.store import open_store, write_batch
from tidings.store.derive import refresh_derived
from tidings.store.schema import EXPORT_TABLES


@pytest.fixture
def store(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = open_store(tmp_path / "t.duckdb")
    a = strike_doc("w1", source="Wire A")
    b = strike_doc("w2", source="Wire B", text="DAMASCUS (Wire B) - " + STRIKE)
    docs = [a, b, talks_doc(), plain_doc()]
    write_batch(con, docs, signatures={d.id: signature(d.text) for d in docs})
    refresh_derived(con)
    return con


def stored(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    return int(con.execute(sql).fetchone()[0])  # type: ignore[index]


def test_plover_jsonl_per_report_and_per_cluster(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    [(path, n)] = export(store, "plover-jsonl", tmp_path / "out").items()
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert n == len(records) == stored(store, "SELECT count(*) FROM events") == 3
    strike = next(r for r in records if r["doc_id"] == "w1")
    for required in ("id", "date", "actor", "event"):
        assert strike[required]
    assert strike["event"] == ["ASSAULT"] and strike["date"] == "2017-05-01"
    assert strike["actor"][0] == {
        "code": "RUS", "sector": "MIL", "entity_text": "Russian jets",
        "identifier_text": "Russian jets", "kind": "group",
    }  # fmt: skip
    assert strike["recipient"][0]["code"] == "SYR"
    assert strike["event_loc"]["geonameid"] == 169388 and strike["quad_code"] == 4
    assert strike["text"].startswith("Russian jets bombed") and strike["num_reports"] == 2
    talks = next(r for r in records if r["event"] == ["CONSULT"])
    assert talks["recipient"] == [] and len(talks["actor"]) == 2 and talks["negated"] is True
    assert talks["date"] == "2018-03-01" and talks["mode"] == ["visit"]

    [(path, n)] = export(store, "plover-jsonl", tmp_path / "out", per="cluster").items()
    clusters = [json.loads(line) for line in path.read_text().splitlines()]
    assert n == len(clusters) == stored(store, "SELECT count(*) FROM clusters") == 2
    big = next(c for c in clusters if c["event"] == ["ASSAULT"])
    assert big["num_reports"] == 2 and big["num_sources"] == 2
    assert big["sources"] == ["Wire A", "Wire B"] and len(big["reports"]) == 2


def test_cameo_tsv(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    [(path, n)] = export(store, "cameo-tsv", tmp_path).items()
    with path.open() as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert n == len(rows) == stored(store, "SELECT count(*) FROM events")
    assert list(rows[0]) == list(CAMEO_COLUMNS)
    strike = next(r for r in rows if r["DocID"] == "w1")
    assert strike["SourceActorFull"] == "RUSMIL" and strike["TargetActorEntity"] == "SYR"
    assert strike["EventCode"] == "195" and strike["EventRootCode"] == "19"
    assert strike["Date"] == "20170501" and strike["NumReports"] == "1"
    talks = next(r for r in rows if r["PloverType"] == "CONSULT")
    assert talks["SourceActorFull"] == "CHNGOV;FRAGOV" and talks["TargetActorFull"] == ""


def test_gdelt_csv(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    [(path, n)] = export(store, "gdelt-csv", tmp_path, per="cluster").items()
    with path.open() as f:
        rows = list(csv.DictReader(f))
    assert n == len(rows) == stored(store, "SELECT count(*) FROM clusters")
    assert list(rows[0]) == list(GDELT_COLUMNS) and len(GDELT_COLUMNS) == 61
    strike = next(r for r in rows if r["EventCode"] == "195")
    assert strike["SQLDATE"] == "20170501" and strike["MonthYear"] == "201705"
    assert strike["Actor1Code"] == "RUSMIL" and strike["Actor2CountryCode"] == "SYR"
    assert strike["NumMentions"] == "2" and strike["NumSources"] == "2"
    assert strike["ActionGeo_FeatureID"] == "169388" and strike["AvgTone"] == ""
    assert int(strike["GLOBALEVENTID"]) > 0


def test_parquet_one_file_per_table(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = export(store, "parquet", tmp_path / "pq")
    assert {p.stem for p in written} == set(EXPORT_TABLES)
    reader = duckdb.connect()
    for path, n in written.items():
        back = reader.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()[0]
        assert back == n == stored(store, f"SELECT count(*) FROM {path.stem}")
    assert stored(store, "SELECT count(*) FROM articles") == 4


def test_unknown_format_is_refused(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="plover-jsonl"):
        export(store, "xml", tmp_path)
