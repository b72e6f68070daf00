"""Recomputing the derived tables (near-duplicate links, event clusters) from the stored
documents, in one transaction; run after every ingest (so a crash never leaves them stale for
long: the next run recomputes them)."""

from __future__ import annotations

from collections import defaultdict

import duckdb

from tidings.dedup import EventReport, actor_code, cluster_events, near_duplicates
from tidings.store.write import insert_columns


def event_reports(con: duckdb.DuckDBPyConnection) -> list[EventReport]:
    """Every stored event, as clustering sees it."""
    codes: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for doc_id, event_id, role, country, sector, name in con.execute(
        "SELECT l.doc_id, l.event_id, l.role, a.country, a.sector, a.name FROM event_actors l"
        " JOIN actors a ON a.doc_id = l.doc_id AND a.id = l.actor_id"
    ).fetchall():
        codes[(doc_id, event_id, role)].add(actor_code(country, sector, name))
    reports = []
    for row in con.execute(
        "SELECT e.doc_id, e.id, e.type, e.day, e.day_last, a.source, e.negated, e.modality,"
        " e.loc_name, e.loc_country, e.loc_lat, e.loc_lon"
        " FROM events e JOIN articles a ON a.id = e.doc_id"
    ).fetchall():
        doc_id, event_id = row[0], row[1]
        reports.append(
            EventReport(
                doc_id=doc_id, event_id=event_id, type=row[2],
                actor_key="+".join(sorted(codes.get((doc_id, event_id, "actor"), ()))),
                recipient_key="+".join(sorted(codes.get((doc_id, event_id, "recipient"), ()))),
                first_day=row[3], last_day=row[4], source=row[5], negated=row[6],
                modality=row[7], place=row[8], country=row[9], lat=row[10], lon=row[11],
            )
        )  # fmt: skip
    return reports


def refresh_derived(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Recompute near-duplicates and event clusters; returns (duplicates, clusters)."""
    order = [
        r[0]
        for r in con.execute(
            "SELECT id FROM articles ORDER BY published NULLS LAST, ingested_at, id"
        ).fetchall()
    ]
    signatures = {
        doc_id: values
        for doc_id, values in con.execute(
            "SELECT s.doc_id, s.minhash FROM signatures s JOIN articles a ON a.id = s.doc_id"
        ).fetchall()
    }
    links = near_duplicates(signatures, order)
    clusters = cluster_events(event_reports(con))
    cluster_rows = [
        (c.id, c.head.type, c.head.actor_key, c.head.recipient_key, c.first_day, c.last_day,
         c.location, len(c.reports), c.n_articles, len(c.sources), c.sources, c.reason())
        for c in clusters
    ]  # fmt: skip
    member_rows = [(r.doc_id, r.event_id, c.id) for c in clusters for r in c.reports]
    con.execute("BEGIN TRANSACTION")
    try:
        for table in ("duplicates", "clusters", "cluster_members"):
            con.execute(f"DELETE FROM {table}")
        con.execute("DELETE FROM signatures WHERE doc_id NOT IN (SELECT id FROM articles)")
        insert_columns(
            con, "duplicates",
            (("doc_id", "VARCHAR"), ("duplicate_of", "VARCHAR"), ("similarity", "DOUBLE")),
            [(d, head, score) for d, (head, score) in links.items()],
        )  # fmt: skip
        insert_columns(con, "clusters", CLUSTER_COLUMNS, cluster_rows)
        insert_columns(
            con, "cluster_members",
            (("doc_id", "VARCHAR"), ("event_id", "VARCHAR"), ("cluster_id", "VARCHAR")),
            member_rows,
        )  # fmt: skip
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(links), len(clusters)


CLUSTER_COLUMNS = (
    ("id", "VARCHAR"), ("type", "VARCHAR"), ("actor_key", "VARCHAR"),
    ("recipient_key", "VARCHAR"), ("first_day", "DATE"), ("last_day", "DATE"),
    ("location", "VARCHAR"), ("n_reports", "INTEGER"), ("n_articles", "INTEGER"),
    ("n_sources", "INTEGER"), ("sources", "VARCHAR[]"), ("reason", "VARCHAR"),
)  # fmt: skip
