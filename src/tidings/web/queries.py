"""The web's own read queries (the store's ``queries`` lacks sector/mode/text/article filters,
offsets and actor keys). Parameters only: every value reaches DuckDB as a ``?`` parameter; the
only SQL built from strings are the fixed fragments below, chosen from whitelists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb

from tidings.store.queries import QUOTE_ROWS, Table, Where

_CODE = re.compile(r"^[A-Z]{3}(-?[A-Z]{3})?$")

# A stable key for an actor across articles: its name and codes.
ACTOR_KEY = (
    "substr(md5(a.name || '|' || coalesce(a.country, '') || '|' || coalesce(a.sector, '')), 1, 12)"
)

SORTS = {
    "date": "e.day ASC NULLS LAST",
    "-date": "e.day DESC NULLS LAST",
    "goldstein": "e.goldstein ASC NULLS LAST",
    "-goldstein": "e.goldstein DESC NULLS LAST",
    "type": "e.type ASC",
    "confidence": "e.confidence ASC",
    "-confidence": "e.confidence DESC",
}


@dataclass
class Party:
    """Who an event's actor (or recipient) must be; every field set must hold for one actor."""

    who: str | None = None  # a code (RUS, RUSGOV, GOV) or a name substring
    country: str | None = None
    sector: str | None = None
    key: str | None = None  # an ACTOR_KEY

    def tests(self) -> tuple[list[str], list[Any]]:
        sql: list[str] = []
        params: list[Any] = []
        if self.who:
            if _CODE.match(self.who):
                code = self.who.replace("-", "")
                sql.append("(a.country = ? OR a.sector = ? OR concat(a.country, a.sector) = ?)")
                params += [code, code, code]
            else:
                sql.append("a.name ILIKE ? ESCAPE '\\'")
                params.append(like(self.who))
        if self.country:
            sql.append("a.country = ?")
            params.append(self.country)
        if self.sector:
            sql.append("a.sector = ?")
            params.append(self.sector)
        if self.key:
            sql.append(f"{ACTOR_KEY} = ?")
            params.append(self.key)
        return sql, params


@dataclass
class EventFilters:
    actor: Party = field(default_factory=Party)
    recipient: Party = field(default_factory=Party)
    symmetric: bool = False  # also the other direction (recipient → actor)
    types: list[str] = field(default_factory=list)
    mode: str | None = None
    modality: str | None = None
    quad_class: int | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None
    article: str | None = None
    located: bool = False


def like(value: str) -> str:
    """A case-insensitive substring pattern for ``value`` (its % and _ taken literally)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _party_sql(role: str, party: Party) -> tuple[str | None, list[Any]]:
    tests, params = party.tests()
    if not tests:
        return None, []
    if role == "actor":
        role_sql = "l.role = 'actor'"
    else:  # a reciprocal event (no recipient) has all its parties under 'actor'
        role_sql = (
            "(l.role = 'recipient' OR (l.role = 'actor' AND NOT EXISTS (SELECT 1 FROM event_actors"
            " r WHERE r.doc_id = e.doc_id AND r.event_id = e.id AND r.role = 'recipient')))"
        )
    sql = (
        "EXISTS (SELECT 1 FROM event_actors l JOIN actors a ON a.doc_id = l.doc_id AND"
        f" a.id = l.actor_id WHERE l.doc_id = e.doc_id AND l.event_id = e.id AND {role_sql}"
        f" AND {' AND '.join(tests)})"
    )
    return sql, params


def _parties(f: EventFilters, where: Where) -> None:
    one = [_party_sql("actor", f.actor), _party_sql("recipient", f.recipient)]
    clauses = [(s, p) for s, p in one if s]
    if not clauses:
        return
    forward = " AND ".join(s for s, _ in clauses)
    params = [x for _, p in clauses for x in p]
    if not f.symmetric:
        where.add(f"({forward})", *params)
        return
    back = [_party_sql("actor", f.recipient), _party_sql("recipient", f.actor)]
    back_clauses = [(s, p) for s, p in back if s]
    backward = " AND ".join(s for s, _ in back_clauses)
    where.add(f"(({forward}) OR ({backward}))", *params, *[x for _, p in back_clauses for x in p])


def event_where(f: EventFilters) -> Where:
    where = Where()
    _parties(f, where)
    if f.types:
        where.add("e.type IN (SELECT unnest(?::VARCHAR[]))", list(f.types))
    if f.mode:
        where.add("e.mode = ?", f.mode)
    if f.modality:
        where.add("e.modality = ?", f.modality)
    if f.quad_class:
        where.add("e.quad_class = ?", f.quad_class)
    if f.since:
        where.add("e.day_last >= ?", f.since)
    if f.until:
        where.add("e.day <= ?", f.until)
    if f.text:
        pattern = like(f.text)
        where.add(
            "(e.trigger_text ILIKE ? ESCAPE '\\' OR substr(ar.text, e.sentence_start + 1,"
            " e.sentence_end - e.sentence_start) ILIKE ? ESCAPE '\\')",
            pattern,
            pattern,
        )
    if f.article:
        where.add("e.doc_id = ?", f.article)
    if f.located:
        where.add("e.loc_lat IS NOT NULL AND e.loc_lon IS NOT NULL")
    return where


_NAMES = """
WITH names AS (
    SELECT l.doc_id, l.event_id, l.role,
           string_agg(a.name, '; ' ORDER BY l.ord) AS who,
           string_agg(coalesce(concat_ws('-', a.country, a.sector), ''), '; ' ORDER BY l.ord)
               AS codes
    FROM event_actors l JOIN actors a ON a.doc_id = l.doc_id AND a.id = l.actor_id
    GROUP BY ALL
)
"""

EVENT_COLUMNS = """e.day AS date, e.type, e.mode, e.quad_class, e.goldstein, e.cameo,
    act.who AS actors, act.codes AS actor_codes, rec.who AS recipients,
    rec.codes AS recipient_codes, e.trigger_text AS "trigger", e.modality, e.negated,
    e.confidence, e.loc_name AS location, e.loc_country AS location_country,
    e.loc_lat AS lat, e.loc_lon AS lon,
    substr(ar.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
    ar.title, ar.source, e.doc_id, e.id AS event_id"""

_EVENT_FROM = """ FROM events e JOIN articles ar ON ar.id = e.doc_id
    LEFT JOIN names act ON act.doc_id = e.doc_id AND act.event_id = e.id AND act.role = 'actor'
    LEFT JOIN names rec ON rec.doc_id = e.doc_id AND rec.event_id = e.id
        AND rec.role = 'recipient'"""


def events(
    con: duckdb.DuckDBPyConnection,
    f: EventFilters,
    *,
    sort: str = "-date",
    limit: int = 100,
    offset: int = 0,
) -> Table:
    """Events matching ``f`` with their parties and evidence sentence."""
    where = event_where(f)
    sql = (
        _NAMES + "SELECT " + EVENT_COLUMNS + _EVENT_FROM + where.sql()
        + f" ORDER BY {SORTS[sort]}, e.doc_id, e.ord LIMIT ? OFFSET ?"
    )  # fmt: skip
    return run(con, sql, [*where.params, limit, offset])


def count_events(con: duckdb.DuckDBPyConnection, f: EventFilters) -> int:
    where = event_where(f)
    sql = "SELECT count(*) FROM events e JOIN articles ar ON ar.id = e.doc_id" + where.sql()
    return int(con.execute(sql, where.params).fetchone()[0])  # type: ignore[index]


def articles(con: duckdb.DuckDBPyConnection, *, text: str | None, limit: int, offset: int) -> Table:
    where = Where()
    if text:
        where.add("(ar.title ILIKE ? ESCAPE '\\' OR ar.text ILIKE ? ESCAPE '\\')",
                  like(text), like(text))  # fmt: skip
    sql = (
        "SELECT ar.id, ar.title, ar.source, ar.url, ar.published,"
        " (SELECT count(*) FROM events e WHERE e.doc_id = ar.id) AS events,"
        " (SELECT count(*) FROM quotes q WHERE q.doc_id = ar.id) AS quotes"
        " FROM articles ar" + where.sql()
        + " ORDER BY ar.published DESC NULLS LAST, ar.id LIMIT ? OFFSET ?"
    )  # fmt: skip
    return run(con, sql, [*where.params, limit, offset])


def actors(
    con: duckdb.DuckDBPyConnection,
    *,
    name: str | None,
    country: str | None,
    sector: str | None,
    limit: int,
    offset: int,
) -> Table:
    """Actors across articles (one row per name and codes) with their counts."""
    where = Where()
    if name:
        where.add("a.name ILIKE ? ESCAPE '\\'", like(name))
    if country:
        where.add("a.country = ?", country)
    if sector:
        where.add("a.sector = ?", sector)
    sql = (
        f"""WITH m AS (SELECT doc_id, actor_id, count(*) AS n FROM mentions GROUP BY ALL),
             ev AS (SELECT doc_id, actor_id, count(DISTINCT event_id) AS n FROM event_actors
                    GROUP BY ALL)
        SELECT {ACTOR_KEY} AS actor_id, a.name, a.country, a.sector, any_value(a.kind) AS kind,
               count(DISTINCT a.doc_id) AS articles,
               coalesce(sum(m.n), 0)::BIGINT AS mentions, coalesce(sum(ev.n), 0)::BIGINT AS events
        FROM actors a
        LEFT JOIN m ON m.doc_id = a.doc_id AND m.actor_id = a.id
        LEFT JOIN ev ON ev.doc_id = a.doc_id AND ev.actor_id = a.id"""
        + where.sql()
        + " GROUP BY a.name, a.country, a.sector"
        " ORDER BY mentions DESC, events DESC, a.name LIMIT ? OFFSET ?"
    )
    return run(con, sql, [*where.params, limit, offset])


def actor(con: duckdb.DuckDBPyConnection, key: str) -> dict[str, Any] | None:
    found = run(
        con,
        f"""SELECT {ACTOR_KEY} AS actor_id, a.name, a.country, a.sector, any_value(a.kind) AS kind,
            count(DISTINCT a.doc_id) AS articles,
            (SELECT count(*) FROM mentions mm JOIN actors aa ON aa.doc_id = mm.doc_id
               AND aa.id = mm.actor_id WHERE aa.name = a.name
               AND aa.country IS NOT DISTINCT FROM a.country
               AND aa.sector IS NOT DISTINCT FROM a.sector) AS mentions
        FROM actors a WHERE {ACTOR_KEY} = ? GROUP BY a.name, a.country, a.sector""",
        [key],
    ).records()
    return found[0] if found else None


def partners(con: duckdb.DuckDBPyConnection, key: str, limit: int = 10) -> Table:
    """The actors most often on the other side of this actor's events."""
    sql = f"""WITH mine AS (
            SELECT DISTINCT l.doc_id, l.event_id, l.role FROM event_actors l
            JOIN actors a ON a.doc_id = l.doc_id AND a.id = l.actor_id WHERE {ACTOR_KEY} = ?)
        SELECT {ACTOR_KEY} AS actor_id, a.name, a.country, a.sector,
               count(DISTINCT (o.doc_id, o.event_id)) AS events
        FROM mine JOIN event_actors o ON o.doc_id = mine.doc_id AND o.event_id = mine.event_id
        JOIN actors a ON a.doc_id = o.doc_id AND a.id = o.actor_id
        WHERE {ACTOR_KEY} <> ?
        GROUP BY ALL ORDER BY events DESC, a.name LIMIT ?"""
    return run(con, sql, [key, key, limit])


def quotes(
    con: duckdb.DuckDBPyConnection,
    *,
    speaker: str | None = None,
    speaker_key: str | None = None,
    article: str | None = None,
    text: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Table:
    where = Where()
    if speaker:
        where.add("(a.name ILIKE ? ESCAPE '\\' OR q.speaker_text ILIKE ? ESCAPE '\\')",
                  like(speaker), like(speaker))  # fmt: skip
    if speaker_key:
        where.add(f"{ACTOR_KEY} = ?", speaker_key)
    if article:
        where.add("q.doc_id = ?", article)
    if text:
        where.add("q.content_text ILIKE ? ESCAPE '\\'", like(text))
    sql = (
        QUOTE_ROWS
        + where.sql()
        + " ORDER BY ar.published DESC NULLS LAST, q.doc_id, q.ord LIMIT ? OFFSET ?"
    )
    return run(con, sql, [*where.params, limit, offset])


def clusters(
    con: duckdb.DuckDBPyConnection,
    *,
    types: list[str],
    since: date | None,
    until: date | None,
    limit: int,
    offset: int,
) -> Table:
    where = Where()
    if types:
        where.add("c.type IN (SELECT unnest(?::VARCHAR[]))", types)
    if since:
        where.add("c.last_day >= ?", since)
    if until:
        where.add("c.first_day <= ?", until)
    sql = (
        "SELECT c.id, c.type, c.actor_key, c.recipient_key, c.first_day, c.last_day, c.location,"
        " c.n_reports, c.n_articles, c.n_sources, array_to_string(c.sources, '; ') AS sources,"
        " c.reason FROM clusters c" + where.sql()
        + " ORDER BY c.n_reports DESC, c.first_day DESC NULLS LAST, c.id LIMIT ? OFFSET ?"
    )  # fmt: skip
    return run(con, sql, [*where.params, limit, offset])


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> Table:
    cursor = con.execute(sql, params)
    return Table([d[0] for d in cursor.description], cursor.fetchall())
