"""Queries over the store: events, dyads, actors, quotes. Each returns a ``Table`` (column names
and rows) that the CLI prints as a table, CSV or JSON.

An actor filter written as an upper-case code (``RUS``, ``RUSGOV``, ``RUS-GOV``, ``GOV``) matches
actor codes; anything else matches actor names (case-insensitive substring). A recipient filter
also matches the other party of a reciprocal event (one with no recipient, e.g. a call between
two leaders).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb

_CODE = re.compile(r"^[A-Z]{3}(-?[A-Z]{3})?$")
PERIODS = ("day", "week", "month", "quarter", "year")


@dataclass
class Table:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


# The quote rows every quote listing shows (the CLI, the API, the pages); add WHERE/ORDER BY.
QUOTE_ROWS = """SELECT ar.published AS date, coalesce(a.name, q.speaker_text) AS speaker,
       concat_ws('-', a.country, a.sector) AS code, q.kind, q.cue_text AS cue,
       q.content_text AS content, ar.source, ar.title, q.doc_id, q.id AS quote_id
FROM quotes q JOIN articles ar ON ar.id = q.doc_id
LEFT JOIN actors a ON a.doc_id = q.doc_id AND a.id = q.speaker"""


@dataclass
class Where:
    """A WHERE clause built from fixed fragments and ``?`` parameters."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _actor_test(value: str) -> tuple[str, list[Any]]:
    """SQL over actor ``a`` matching ``value`` (a code or a name)."""
    if _CODE.match(value):
        code = value.replace("-", "")
        return (
            "(a.country = ? OR a.sector = ? OR concat(a.country, a.sector) = ?)",
            [code, code, code],
        )
    return "(a.name ILIKE ?)", [f"%{value}%"]


def _party(role: str, value: str) -> tuple[str, list[Any]]:
    """SQL over event ``e``: some actor in ``role`` matches ``value``."""
    test, params = _actor_test(value)
    if role == "actor":
        role_sql = "l.role = 'actor'"
    else:  # a reciprocal event's parties are all under 'actor'
        role_sql = (
            "(l.role = 'recipient' OR (l.role = 'actor' AND NOT EXISTS (SELECT 1 FROM event_actors"
            " r WHERE r.doc_id = e.doc_id AND r.event_id = e.id AND r.role = 'recipient')))"
        )
    sql = (
        "EXISTS (SELECT 1 FROM event_actors l JOIN actors a ON a.doc_id = l.doc_id AND"
        f" a.id = l.actor_id WHERE l.doc_id = e.doc_id AND l.event_id = e.id AND {role_sql}"
        f" AND {test})"
    )
    return sql, params


_NAMES = """
WITH names AS (
    SELECT l.doc_id, l.event_id, l.role,
           string_agg(a.name || CASE WHEN a.country IS NULL AND a.sector IS NULL THEN ''
                      ELSE ' [' || concat_ws('-', a.country, a.sector) || ']' END,
                      '; ' ORDER BY l.ord) AS who
    FROM event_actors l JOIN actors a ON a.doc_id = l.doc_id AND a.id = l.actor_id
    GROUP BY ALL
)
"""


def _event_filters(
    actor: str | None, recipient: str | None, types: list[str] | None,
    since: date | None, until: date | None, source: str | None,
) -> Where:  # fmt: skip
    where = Where()
    if actor:
        sql, params = _party("actor", actor)
        where.add(sql, *params)
    if recipient:
        sql, params = _party("recipient", recipient)
        where.add(sql, *params)
    if types:
        where.add("e.type IN (SELECT unnest(?::VARCHAR[]))", [t.upper() for t in types])
    if since:
        where.add("e.day_last >= ?", since)
    if until:
        where.add("e.day <= ?", until)
    if source:
        where.add("ar.source ILIKE ?", f"%{source}%")
    return where


def events(
    con: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    types: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    source: str | None = None,
    limit: int | None = 100,
) -> Table:
    """Stored events, newest first, with their parties, cluster and article."""
    where = _event_filters(actor, recipient, types, since, until, source)
    sql = (
        _NAMES
        + """SELECT e.day AS date, e.type, e.cameo, e.quad_class, e.goldstein,
             act.who AS actors, rec.who AS recipients, e.trigger_text AS "trigger",
             e.modality, e.negated, e.loc_name AS location, ar.source, ar.title,
             e.doc_id, e.id AS event_id, cm.cluster_id, c.n_reports AS cluster_reports
        FROM events e JOIN articles ar ON ar.id = e.doc_id
        LEFT JOIN names act ON act.doc_id = e.doc_id AND act.event_id = e.id AND act.role = 'actor'
        LEFT JOIN names rec ON rec.doc_id = e.doc_id AND rec.event_id = e.id
             AND rec.role = 'recipient'
        LEFT JOIN cluster_members cm ON cm.doc_id = e.doc_id AND cm.event_id = e.id
        LEFT JOIN clusters c ON c.id = cm.cluster_id"""
        + where.sql()
        + " ORDER BY e.day DESC NULLS LAST, e.doc_id, e.ord"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return _run(con, sql, where.params)


def dyads(
    con: duckdb.DuckDBPyConnection,
    actor: str | None = None,
    recipient: str | None = None,
    *,
    by: str = "month",
    symmetric: bool = False,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = 50,
) -> Table:
    """With two parties: their events per period (counts per QuadClass, mean Goldstein).
    Without: the most frequent actor→recipient country pairs."""
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    if actor is None or recipient is None:
        return _top_dyads(con, since, until, limit)
    where = _event_filters(actor, recipient, None, since, until, None)
    if symmetric:
        back = _event_filters(recipient, actor, None, since, until, None)
        where = Where(
            [f"(({' AND '.join(where.clauses)}) OR ({' AND '.join(back.clauses)}))"],
            where.params + back.params,
        )
    sql = (
        f"SELECT date_trunc('{by}', e.day)::DATE AS period, count(*) AS events,"
        " count(*) FILTER (WHERE e.quad_class = 1) AS verbal_coop,"
        " count(*) FILTER (WHERE e.quad_class = 2) AS material_coop,"
        " count(*) FILTER (WHERE e.quad_class = 3) AS verbal_conflict,"
        " count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict,"
        " round(avg(e.goldstein), 2) AS mean_goldstein"
        " FROM events e JOIN articles ar ON ar.id = e.doc_id"
        + where.sql()
        + " GROUP BY ALL ORDER BY period NULLS LAST"
    )
    return _run(con, sql, where.params)


def _top_dyads(
    con: duckdb.DuckDBPyConnection, since: date | None, until: date | None, limit: int | None
) -> Table:
    where = Where()
    if since:
        where.add("e.day_last >= ?", since)
    if until:
        where.add("e.day <= ?", until)
    sql = (
        """WITH parts AS (
            SELECT l.doc_id, l.event_id, l.role, coalesce(a.country, a.name) AS code
            FROM event_actors l JOIN actors a ON a.doc_id = l.doc_id AND a.id = l.actor_id),
        recip AS (SELECT DISTINCT doc_id, event_id FROM parts WHERE role = 'recipient'),
        pairs AS (
            SELECT DISTINCT x.doc_id, x.event_id, x.code AS actor, y.code AS recipient
            FROM parts x JOIN parts y ON x.doc_id = y.doc_id AND x.event_id = y.event_id
            LEFT JOIN recip r ON r.doc_id = x.doc_id AND r.event_id = x.event_id
            WHERE x.role = 'actor' AND ((y.role = 'recipient')
                  OR (r.doc_id IS NULL AND y.role = 'actor' AND y.code > x.code)))
        SELECT p.actor, p.recipient, count(*) AS events,
               count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict,
               round(avg(e.goldstein), 2) AS mean_goldstein,
               min(e.day) AS first, max(e.day) AS last
        FROM pairs p JOIN events e ON e.doc_id = p.doc_id AND e.id = p.event_id"""
        + where.sql()
        + " GROUP BY ALL ORDER BY events DESC, actor, recipient"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return _run(con, sql, where.params)


def actors(
    con: duckdb.DuckDBPyConnection,
    *,
    country: str | None = None,
    sector: str | None = None,
    name: str | None = None,
    limit: int | None = 100,
) -> Table:
    """Actors (by name and code) with their numbers of articles, mentions and events."""
    where = Where()
    if country:
        where.add("a.country = ?", country.upper())
    if sector:
        where.add("a.sector = ?", sector.upper())
    if name:
        where.add("a.name ILIKE ?", f"%{name}%")
    sql = (
        """WITH m AS (SELECT doc_id, actor_id, count(*) AS n FROM mentions GROUP BY ALL),
             ev AS (SELECT doc_id, actor_id, count(DISTINCT event_id) AS n FROM event_actors
                    GROUP BY ALL)
        SELECT a.name, a.country, a.sector, a.kind, count(DISTINCT a.doc_id) AS articles,
               coalesce(sum(m.n), 0)::BIGINT AS mentions, coalesce(sum(ev.n), 0)::BIGINT AS events
        FROM actors a
        LEFT JOIN m ON m.doc_id = a.doc_id AND m.actor_id = a.id
        LEFT JOIN ev ON ev.doc_id = a.doc_id AND ev.actor_id = a.id"""
        + where.sql()
        + " GROUP BY ALL ORDER BY mentions DESC, events DESC, a.name"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return _run(con, sql, where.params)


def quotes(
    con: duckdb.DuckDBPyConnection,
    *,
    speaker: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = 100,
) -> Table:
    """Quotes, newest first: who said what, with the cue and the article."""
    where = Where()
    if speaker:
        if _CODE.match(speaker):
            test, params = _actor_test(speaker)
            where.add(test, *params)
        else:
            where.add("(a.name ILIKE ? OR q.speaker_text ILIKE ?)", f"%{speaker}%", f"%{speaker}%")
    if since:
        where.add("ar.published >= ?", since)
    if until:
        where.add("ar.published <= ?", until)
    sql = (
        QUOTE_ROWS
        + where.sql()
        + " ORDER BY ar.published DESC NULLS LAST, q.doc_id, q.ord"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    return _run(con, sql, where.params)


def totals(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts of the main tables."""
    names = ("articles", "actors", "events", "quotes", "places", "timexes", "errors",
             "duplicates", "clusters")  # fmt: skip
    return {n: int(con.execute(f"SELECT count(*) FROM {n}").fetchone()[0]) for n in names}  # type: ignore[index]


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> Table:
    cursor = con.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return Table(columns, cursor.fetchall())
