"""Near-duplicate articles and event clusters across documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_store_docs import STRIKE, strike_doc, talks_doc
from tidings.dedup import EventReport, cluster_events, near_duplicates, signature, similarity
from tidings.store import open_store, write_batch
from tidings.store.derive import refresh_derived

WIRE = (
    "The harbour authority said on Tuesday that two cargo ships collided in fog outside the port "
    "and that one of them was leaking fuel. Coast guard boats surrounded the damaged vessel and "
    "crews began laying booms to contain the spill, a spokesman said. No one was hurt."
)
WIRE_COPY = (
    "PORT TOWN (Other Wire) - The harbour authority said on Tuesday that two cargo ships collided "
    "in thick fog outside the port and that one of them was leaking fuel. Coast guard boats "
    "surrounded the damaged vessel and crews began laying booms to contain the spill, a "
    "spokesman said."
)
OTHER = "Farmers in the valley expect a record apple harvest after a warm and wet spring."


def test_wire_copies_are_near_duplicates_and_others_are_not() -> None:
    sigs = {"a": signature(WIRE), "b": signature(WIRE_COPY), "c": signature(OTHER)}
    assert similarity(sigs["a"], sigs["b"]) > 0.5
    assert similarity(sigs["a"], sigs["c"]) < 0.2
    links = near_duplicates(sigs, order=["b", "a", "c"])
    assert set(links) == {"a"} and links["a"][0] == "b"


def report(doc: str, day: int, **kw: object) -> EventReport:
    fields: dict[str, object] = {
        "doc_id": doc, "event_id": "e1", "type": "ASSAULT", "actor_key": "RUS-MIL",
        "recipient_key": "SYR-REB", "first_day": date(2017, 5, day), "last_day": date(2017, 5, day),
        "source": f"src-{doc}", "country": "SYR", "lat": 35.9, "lon": 36.6,
    }  # fmt: skip
    fields.update(kw)
    return EventReport(**fields)  # type: ignore[arg-type]


def test_clusters_group_same_event_and_split_different_ones() -> None:
    clusters = cluster_events([
        report("d1", 1), report("d2", 2),  # same event, next-day report
        report("d3", 20),  # weeks later: another event
        report("d4", 1, type="ACCUSE"),  # another type
        report("d5", 1, recipient_key="TUR-MIL"),  # another recipient
        report("d6", 1, lat=33.5, lon=36.3),  # Damascus, far from Idlib
        report("d7", 1, country="IRQ", lat=None, lon=None),  # another country
        report("d8", 2, lat=None, lon=None, country=None),  # no place: compatible
    ])  # fmt: skip
    sizes = sorted(len(c.reports) for c in clusters)
    assert sizes == [1, 1, 1, 1, 1, 3]
    big = next(c for c in clusters if len(c.reports) == 3)
    assert {r.doc_id for r in big.reports} == {"d1", "d2", "d8"}
    assert big.n_articles == 3 and len(big.sources) == 3
    assert "ASSAULT" in big.reason() and "RUS-MIL → SYR-REB" in big.reason()


def test_two_stored_wire_copies_make_one_cluster_with_two_reports(tmp_path: Path) -> None:
    # Engine-independent: hand-built Documents of the same strike from two outlets.
    copy_text = "MOSCOW (Wire B) - " + STRIKE
    con = open_store(tmp_path / "t.duckdb")
    a = strike_doc("w1", source="Wire A", published="2017-05-02", day="2017-05-01")
    b = strike_doc("w2", source="Wire B", published="2017-05-02", day="2017-05-01", text=copy_text)
    write_batch(
        con, [a, b, talks_doc()],
        signatures={"w1": signature(a.text), "w2": signature(b.text)},
    )  # fmt: skip
    duplicates, clusters = refresh_derived(con)
    assert duplicates == 1 and clusters == 2
    row = con.execute(
        "SELECT n_reports, n_articles, n_sources, sources FROM clusters WHERE type = 'ASSAULT'"
    ).fetchone()
    assert row == (2, 2, 2, ["Wire A", "Wire B"])
    assert con.execute("SELECT doc_id, duplicate_of FROM duplicates").fetchall() == [("w2", "w1")]
    # recomputing is idempotent
    assert refresh_derived(con) == (1, 2)
    assert con.execute("SELECT count(*) FROM cluster_members").fetchone()[0] == 3
