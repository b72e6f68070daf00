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
    cluster: str | None = None  # the reports of one event cluster
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
    if f.cluster:
        where.add(
            "EXISTS (SELECT 1 FROM cluster_members cm WHERE cm.doc_id = e.doc_id"
            " AND cm.event_id = e.id AND cm.cluster_id = ?)",
            f.cluster,
        )
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


QUOTE_SORTS = {
    "-date": "ar.published DESC NULLS LAST, q.doc_id, q.ord",
    "date": "ar.published ASC NULLS LAST, q.doc_id, q.ord",
    "speaker": "lower(coalesce(a.name, q.speaker_text)) ASC NULLS LAST,"
    " ar.published DESC NULLS LAST, q.doc_id, q.ord",
}


@dataclass
class QuoteFilters:
    speaker: str | None = None  # a name substring (resolved actor or the speaker's words)
    speaker_key: str | None = None  # an ACTOR_KEY
    country: str | None = None  # the speaker's country code
    kind: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None  # in the quote's content
    article: str | None = None


def quote_where(f: QuoteFilters) -> Where:
    where = Where()
    if f.speaker:
        where.add("(a.name ILIKE ? ESCAPE '\\' OR q.speaker_text ILIKE ? ESCAPE '\\')",
                  like(f.speaker), like(f.speaker))  # fmt: skip
    if f.speaker_key:
        where.add(f"{ACTOR_KEY} = ?", f.speaker_key)
    if f.country:
        where.add("a.country = ?", f.country)
    if f.kind:
        where.add("q.kind = ?", f.kind)
    if f.since:
        where.add("ar.published >= ?", f.since)
    if f.until:
        where.add("ar.published <= ?", f.until)
    if f.text:
        where.add("q.content_text ILIKE ? ESCAPE '\\'", like(f.text))
    if f.article:
        where.add("q.doc_id = ?", f.article)
    return where


# What the page adds to QUOTE_ROWS' columns: the speaker's actor id and, to show the quote in
# its context, the stretch of text from its first part (speaker, cue, content) to its last.
_QUOTE_CONTEXT = f""", CASE WHEN a.name IS NOT NULL THEN {ACTOR_KEY} END AS speaker_id,
    q.speaker_start, q.speaker_end, q.cue_start, q.cue_end, q.content_start, q.content_end,
    least(q.content_start, coalesce(q.speaker_start, q.content_start),
          coalesce(q.cue_start, q.content_start)) AS context_start,
    substr(ar.text, least(q.content_start, coalesce(q.speaker_start, q.content_start),
                          coalesce(q.cue_start, q.content_start)) + 1,
           greatest(q.content_end, coalesce(q.speaker_end, 0), coalesce(q.cue_end, 0))
           - least(q.content_start, coalesce(q.speaker_start, q.content_start),
                   coalesce(q.cue_start, q.content_start))) AS context"""
_QUOTE_SELECT, _QUOTE_FROM = QUOTE_ROWS.split("\nFROM ", 1)


def quotes(
    con: duckdb.DuckDBPyConnection,
    f: QuoteFilters | None = None,
    *,
    speaker: str | None = None,
    speaker_key: str | None = None,
    article: str | None = None,
    text: str | None = None,
    sort: str = "-date",
    context: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> Table:
    """Quotes matching ``f`` (or the keyword filters), newest first; with ``context``, also the
    speaker's actor id and the offsets and text the page needs to show the quote in context."""
    f = f or QuoteFilters(speaker=speaker, speaker_key=speaker_key, article=article, text=text)
    where = quote_where(f)
    select = _QUOTE_SELECT + (_QUOTE_CONTEXT if context else "")
    sql = (
        select + "\nFROM " + _QUOTE_FROM + where.sql()
        + f" ORDER BY {QUOTE_SORTS[sort]} LIMIT ? OFFSET ?"
    )  # fmt: skip
    return run(con, sql, [*where.params, limit, offset])


def count_quotes(con: duckdb.DuckDBPyConnection, f: QuoteFilters) -> int:
    where = quote_where(f)
    sql = "SELECT count(*) FROM " + _QUOTE_FROM + where.sql()
    return int(con.execute(sql, where.params).fetchone()[0])  # type: ignore[index]


CLUSTER_SORTS = {
    "-reports": "c.n_reports DESC, c.n_sources DESC, c.first_day DESC NULLS LAST, c.id",
    "-sources": "c.n_sources DESC, c.n_reports DESC, c.first_day DESC NULLS LAST, c.id",
    "-date": "c.first_day DESC NULLS LAST, c.n_reports DESC, c.id",
    "date": "c.first_day ASC NULLS LAST, c.n_reports DESC, c.id",
}


@dataclass
class ClusterFilters:
    types: list[str] = field(default_factory=list)
    party: str | None = None  # a code (or lower-cased name) in the actor or recipient key
    since: date | None = None
    until: date | None = None
    min_reports: int = 1
    min_sources: int = 1


def cluster_where(f: ClusterFilters) -> Where:
    where = Where()
    if f.types:
        where.add("c.type IN (SELECT unnest(?::VARCHAR[]))", f.types)
    if f.party:
        pattern = like(f.party)
        where.add("(c.actor_key ILIKE ? ESCAPE '\\' OR c.recipient_key ILIKE ? ESCAPE '\\')",
                  pattern, pattern)  # fmt: skip
    if f.since:
        where.add("c.last_day >= ?", f.since)
    if f.until:
        where.add("c.first_day <= ?", f.until)
    if f.min_reports > 1:
        where.add("c.n_reports >= ?", f.min_reports)
    if f.min_sources > 1:
        where.add("c.n_sources >= ?", f.min_sources)
    return where


_CLUSTER_ROWS = (
    "SELECT c.id, c.type, c.actor_key, c.recipient_key, c.first_day, c.last_day, c.location,"
    " c.n_reports, c.n_articles, c.n_sources, array_to_string(c.sources, '; ') AS sources,"
    " c.reason FROM clusters c"
)


def clusters(
    con: duckdb.DuckDBPyConnection,
    f: ClusterFilters | None = None,
    *,
    types: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    sort: str = "-reports",
    limit: int = 100,
    offset: int = 0,
) -> Table:
    """Event clusters matching ``f`` (or the keyword filters), most reported first."""
    f = f or ClusterFilters(types=types or [], since=since, until=until)
    where = cluster_where(f)
    sql = _CLUSTER_ROWS + where.sql() + f" ORDER BY {CLUSTER_SORTS[sort]} LIMIT ? OFFSET ?"
    return run(con, sql, [*where.params, limit, offset])


def count_clusters(con: duckdb.DuckDBPyConnection, f: ClusterFilters) -> int:
    where = cluster_where(f)
    sql = "SELECT count(*) FROM clusters c" + where.sql()
    return int(con.execute(sql, where.params).fetchone()[0])  # type: ignore[index]


def cluster(con: duckdb.DuckDBPyConnection, cluster_id: str) -> dict[str, Any] | None:
    found = run(con, _CLUSTER_ROWS + " WHERE c.id = ?", [cluster_id]).records()
    return found[0] if found else None


def run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> Table:
    cursor = con.execute(sql, params)
    return Table([d[0] for d in cursor.description], cursor.fetchall())
