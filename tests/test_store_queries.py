"""Query filters, through the library and the CLI, on a store of hand-built Documents."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from test_store_docs import strike_doc, talks_doc
from tidings.cli import app
from tidings.store import open_store, queries, write_batch
from tidings.store.derive import refresh_derived

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "q.duckdb"
    con = open_store(path)
    write_batch(con, [strike_doc("w1"), strike_doc("w2", source="Wire B"), talks_doc()])
    refresh_derived(con)
    con.close()
    return path


def test_event_filters(db: Path) -> None:
    con = open_store(db, read_only=True)
    assert len(queries.events(con).rows) == 3
    assert len(queries.events(con, actor="RUS").rows) == 2
    assert len(queries.events(con, actor="RUSMIL", recipient="SYR").rows) == 2
    assert len(queries.events(con, actor="RUS", recipient="USA").rows) == 0
    assert len(queries.events(con, actor="jets").rows) == 2  # a name
    assert len(queries.events(con, types=["consult"]).rows) == 1
    # a reciprocal event matches either party as recipient
    assert len(queries.events(con, actor="CHN", recipient="FRA").rows) == 1
    assert len(queries.events(con, since=date(2018, 1, 1)).rows) == 1
    assert len(queries.events(con, until=date(2017, 12, 31)).rows) == 2
    assert len(queries.events(con, source="wire b").rows) == 1
    row = queries.events(con, actor="RUS").records()[0]
    assert row["actors"] == "Russian jets [RUS-MIL]" and row["cluster_reports"] == 2


def test_dyads_actors_quotes(db: Path) -> None:
    con = open_store(db, read_only=True)
    monthly = queries.dyads(con, "RUS", "SYR", by="month").records()
    assert monthly == [{"period": date(2017, 5, 1), "events": 2, "verbal_coop": 0,
                        "material_coop": 0, "verbal_conflict": 0, "material_conflict": 2,
                        "mean_goldstein": -10.0}]  # fmt: skip
    assert queries.dyads(con, "SYR", "RUS").rows == []
    assert len(queries.dyads(con, "SYR", "RUS", symmetric=True).rows) == 1
    top = queries.dyads(con).records()
    assert (top[0]["actor"], top[0]["recipient"], top[0]["events"]) == ("RUS", "SYR", 2)
    assert any(r["actor"] == "CHN" and r["recipient"] == "FRA" for r in top)
    syrians = queries.actors(con, country="SYR").records()
    assert {r["name"] for r in syrians} == {"Syrian opposition", "Omar Haddad"}
    assert queries.actors(con, name="jets").records()[0]["events"] == 2
    said = queries.quotes(con, speaker="Haddad").records()
    assert len(said) == 2 and said[0]["content"] == "They struck at dawn,"
    assert queries.quotes(con, since=date(2018, 1, 1)).rows == []


def test_cli_queries_and_show(db: Path) -> None:
    out = runner.invoke(app, ["events", "--db", str(db), "--actor", "RUS", "--format", "json"])
    assert out.exit_code == 0, out.output
    assert len(json.loads(out.output)) == 2
    out = runner.invoke(app, ["dyads", "RUS", "SYR", "--db", str(db), "--format", "csv"])
    assert out.exit_code == 0 and out.output.splitlines()[0].startswith("period,events")
    for command in (["actors"], ["quotes"], ["dyads"], ["events", "--type", "ASSAULT"]):
        out = runner.invoke(app, [*command, "--db", str(db)])
        assert out.exit_code == 0, out.output
    out = runner.invoke(app, ["show", "w1", "--db", str(db), "--format", "json"])
    assert out.exit_code == 0 and json.loads(out.output) == strike_doc("w1").to_dict()
    out = runner.invoke(app, ["show", "w", "--db", str(db)])
    assert out.exit_code == 1  # two articles start with "w"
    out = runner.invoke(app, ["show", "w2", "--db", str(db)])
    assert out.exit_code == 0 and "They struck at dawn" in out.output
    out = runner.invoke(app, ["events", "--db", str(db.parent / "none.duckdb")])
    assert out.exit_code == 2
