"""The store: migrations, idempotent writes, round trip of document JSON v1, errors."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from test_store_docs import plain_doc, strike_doc, talks_doc
from tidings.errors import InputError
from tidings.store import (
    SCHEMA_VERSION,
    StoreError,
    find_article_ids,
    iter_documents,
    open_store,
    read_document,
    write_batch,
)
from tidings.store.dates import period
from tidings.store.schema import MIGRATIONS, migrate


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = ("articles", "actors", "mentions", "events", "event_actors", "quotes", "places",
              "timexes")  # fmt: skip
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_migrations_are_recorded_and_run_once(tmp_path: Path) -> None:
    con = open_store(tmp_path / "t.duckdb")
    names = [r[0] for r in con.execute("SELECT name FROM migrations ORDER BY name").fetchall()]
    assert names == [name for name, _ in MIGRATIONS]
    assert migrate(con) == []
    version = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION


def test_round_trip_equals_the_document(tmp_path: Path) -> None:
    con = open_store(tmp_path / "t.duckdb")
    docs = [strike_doc(), talks_doc(), plain_doc()]
    write_batch(con, docs, origins={d.id: f"x.jsonl:{i}" for i, d in enumerate(docs)})
    for doc in docs:
        back = read_document(con, doc.id)
        assert back == doc
        assert back is not None and back.to_json() == doc.to_json()
    assert [d.id for d in iter_documents(con)] == ["d1", "d3", "d4"]
    assert find_article_ids(con, "d") == ["d1", "d3", "d4"]
    assert read_document(con, "nope") is None


def test_writing_twice_stores_once(tmp_path: Path) -> None:
    con = open_store(tmp_path / "t.duckdb")
    write_batch(con, [strike_doc(), talks_doc()])
    first = counts(con)
    write_batch(con, [strike_doc(), talks_doc(), strike_doc()])
    assert counts(con) == first
    assert first["articles"] == 2 and first["events"] == 2 and first["mentions"] == 6


def test_a_failed_batch_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = open_store(tmp_path / "t.duckdb")
    write_batch(con, [talks_doc()])
    before = counts(con)
    import tidings.store.write as write

    real = write.insert_columns

    def failing(con, table, columns, rows):  # type: ignore[no-untyped-def]
        if table == "quotes":
            raise RuntimeError("disk full")
        real(con, table, columns, rows)

    monkeypatch.setattr(write, "insert_columns", failing)
    with pytest.raises(RuntimeError):
        write_batch(con, [strike_doc()])
    assert counts(con) == before


def test_errors_are_recorded_and_cleared(tmp_path: Path) -> None:
    con = open_store(tmp_path / "t.duckdb")
    write_batch(con, [], errors=[InputError("bad.html", "is empty")], run_id=None)
    write_batch(con, [], errors=[InputError("bad.html", "is empty")])
    assert con.execute("SELECT origin, problem FROM errors").fetchall() == [
        ("bad.html", "is empty")
    ]
    write_batch(con, [plain_doc()], origins={"d4": "bad.html"})
    assert con.execute("SELECT count(*) FROM errors").fetchone()[0] == 0


def test_read_only_open_of_a_missing_store_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="tidings ingest"):
        open_store(tmp_path / "missing.duckdb", read_only=True)


def test_periods() -> None:
    assert period("2017-05-02") == (period("2017-05-02") or (None, None))
    first, last = period("2017-05") or (None, None)
    assert (str(first), str(last)) == ("2017-05-01", "2017-05-31")
    first, last = period("2017-W18") or (None, None)
    assert (str(first), str(last)) == ("2017-05-01", "2017-05-07")
    assert period("P6Y") is None and period(None) is None
    first, last = period("2017-Q2") or (None, None)
    assert (str(first), str(last)) == ("2017-04-01", "2017-06-30")
