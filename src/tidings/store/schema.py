"""The store's tables: named migrations, applied in order and recorded in ``migrations``.

The document tables (articles … timexes) hold document JSON v1 exactly: every field of every
record has a column, and ``ord`` keeps the order of each list. The other tables are derived
(near-duplicates, event clusters) or bookkeeping (ingest runs, per-input errors).
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

SCHEMA_VERSION = 1

_DOCUMENT_TABLES = """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    source VARCHAR,
    url VARCHAR,
    published DATE,
    published_from VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    origin VARCHAR,            -- where it was read from (file:line)
    run_id INTEGER,            -- the ingest run that wrote it last
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE actors (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    name VARCHAR NOT NULL, country VARCHAR, sector VARCHAR, kind VARCHAR NOT NULL
);
CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL
);
CREATE TABLE events (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    type VARCHAR NOT NULL, mode VARCHAR, context VARCHAR[] NOT NULL,
    cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    date_value VARCHAR, date_granularity VARCHAR, date_text VARCHAR,
    loc_name VARCHAR, loc_country VARCHAR, loc_geonameid BIGINT, loc_lat DOUBLE, loc_lon DOUBLE,
    negated BOOLEAN NOT NULL, modality VARCHAR NOT NULL, quote_id VARCHAR,
    confidence DOUBLE NOT NULL,
    day DATE,                  -- derived for queries: first day of the event date, else published
    day_last DATE              -- derived: last day of the event date's period
);
CREATE TABLE event_actors (
    doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL,     -- 'actor' | 'recipient'
    ord INTEGER NOT NULL, actor_id VARCHAR NOT NULL
);
CREATE TABLE quotes (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    speaker VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER, speaker_text VARCHAR,
    cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text VARCHAR NOT NULL,
    kind VARCHAR NOT NULL
);
CREATE TABLE places (
    doc_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
    name VARCHAR NOT NULL, country VARCHAR, geonameid BIGINT, lat DOUBLE, lon DOUBLE
);
CREATE TABLE timexes (
    doc_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
    value VARCHAR NOT NULL, granularity VARCHAR NOT NULL, type VARCHAR NOT NULL
);
CREATE INDEX actors_doc ON actors (doc_id);
CREATE INDEX mentions_doc ON mentions (doc_id);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX event_actors_doc ON event_actors (doc_id);
CREATE INDEX quotes_doc ON quotes (doc_id);
CREATE INDEX places_doc ON places (doc_id);
CREATE INDEX timexes_doc ON timexes (doc_id);
"""

_BOOKKEEPING_TABLES = """
CREATE SEQUENCE ingest_run_ids START 1;
CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY DEFAULT nextval('ingest_run_ids'),
    started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
    inputs VARCHAR[] NOT NULL, options VARCHAR,
    status VARCHAR NOT NULL,   -- running | done (a run left 'running' was interrupted)
    articles INTEGER, skipped INTEGER, errors INTEGER, seconds DOUBLE
);
CREATE TABLE errors (
    origin VARCHAR PRIMARY KEY, -- the file (and line) that failed
    problem VARCHAR NOT NULL,
    run_id INTEGER, recorded_at TIMESTAMP NOT NULL
);
"""

_DERIVED_TABLES = """
CREATE TABLE signatures (doc_id VARCHAR PRIMARY KEY, minhash UBIGINT[] NOT NULL);
CREATE TABLE duplicates (
    doc_id VARCHAR PRIMARY KEY,    -- a near-duplicate article ...
    duplicate_of VARCHAR NOT NULL, -- ... of this one (the earliest of its group)
    similarity DOUBLE NOT NULL     -- estimated Jaccard similarity of their word 4-grams
);
CREATE TABLE clusters (
    id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL,
    actor_key VARCHAR NOT NULL, recipient_key VARCHAR NOT NULL,
    first_day DATE, last_day DATE, location VARCHAR,
    n_reports INTEGER NOT NULL, n_articles INTEGER NOT NULL, n_sources INTEGER NOT NULL,
    sources VARCHAR[] NOT NULL,
    reason VARCHAR NOT NULL        -- why these reports were put together, in words
);
CREATE TABLE cluster_members (
    doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, cluster_id VARCHAR NOT NULL
);
"""

Migration = tuple[str, Callable[[duckdb.DuckDBPyConnection], None]]


def _script(sql: str) -> Callable[[duckdb.DuckDBPyConnection], None]:
    def apply(con: duckdb.DuckDBPyConnection) -> None:
        con.execute(sql)

    return apply


MIGRATIONS: tuple[Migration, ...] = (
    ("0001_document_tables", _script(_DOCUMENT_TABLES)),
    ("0002_bookkeeping", _script(_BOOKKEEPING_TABLES)),
    ("0003_dedup_and_clusters", _script(_DERIVED_TABLES)),
)

# The tables that hold one article's records, keyed by doc_id (articles by id).
CHILD_TABLES = ("actors", "mentions", "events", "event_actors", "quotes", "places", "timexes")
EXPORT_TABLES = ("articles", *CHILD_TABLES, "clusters", "cluster_members", "duplicates", "errors")


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations not yet recorded; returns the names applied now."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)"
    )
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    done = {row[0] for row in con.execute("SELECT name FROM migrations").fetchall()}
    applied: list[str] = []
    for name, apply in MIGRATIONS:
        if name in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            apply(con)
            con.execute("INSERT INTO migrations VALUES (?, current_timestamp)", [name])
            con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
