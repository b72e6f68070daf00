"""Writing Documents: idempotent (an article is replaced, never duplicated), one transaction per
batch (a crash loses the open batch only, never half of an article)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import duckdb

from tidings.errors import InputError
from tidings.models import Document
from tidings.store.dates import period
from tidings.store.schema import CHILD_TABLES

# Column types of each document table, in insert order (must match schema.py).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("id", "VARCHAR"), ("title", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"),
        ("published", "DATE"), ("published_from", "VARCHAR"), ("text", "VARCHAR"),
        ("origin", "VARCHAR"), ("run_id", "INTEGER"), ("ingested_at", "TIMESTAMP"),
    ),
    "actors": (
        ("doc_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"), ("name", "VARCHAR"),
        ("country", "VARCHAR"), ("sector", "VARCHAR"), ("kind", "VARCHAR"),
    ),
    "mentions": (
        ("doc_id", "VARCHAR"), ("actor_id", "VARCHAR"), ("ord", "INTEGER"),
        ("start", "INTEGER"), ("end", "INTEGER"), ("text", "VARCHAR"),
    ),
    "events": (
        ("doc_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"), ("type", "VARCHAR"),
        ("mode", "VARCHAR"), ("context", "VARCHAR[]"), ("cameo", "VARCHAR"),
        ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"),
        ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"), ("trigger_text", "VARCHAR"),
        ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"),
        ("date_value", "VARCHAR"), ("date_granularity", "VARCHAR"), ("date_text", "VARCHAR"),
        ("loc_name", "VARCHAR"), ("loc_country", "VARCHAR"), ("loc_geonameid", "BIGINT"),
        ("loc_lat", "DOUBLE"), ("loc_lon", "DOUBLE"), ("negated", "BOOLEAN"),
        ("modality", "VARCHAR"), ("quote_id", "VARCHAR"), ("confidence", "DOUBLE"),
        ("day", "DATE"), ("day_last", "DATE"),
    ),
    "event_actors": (
        ("doc_id", "VARCHAR"), ("event_id", "VARCHAR"), ("role", "VARCHAR"),
        ("ord", "INTEGER"), ("actor_id", "VARCHAR"),
    ),
    "quotes": (
        ("doc_id", "VARCHAR"), ("id", "VARCHAR"), ("ord", "INTEGER"), ("speaker", "VARCHAR"),
        ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"), ("speaker_text", "VARCHAR"),
        ("cue_start", "INTEGER"), ("cue_end", "INTEGER"), ("cue_text", "VARCHAR"),
        ("content_start", "INTEGER"), ("content_end", "INTEGER"), ("content_text", "VARCHAR"),
        ("kind", "VARCHAR"),
    ),
    "places": (
        ("doc_id", "VARCHAR"), ("ord", "INTEGER"), ("start", "INTEGER"), ("end", "INTEGER"),
        ("text", "VARCHAR"), ("name", "VARCHAR"), ("country", "VARCHAR"),
        ("geonameid", "BIGINT"), ("lat", "DOUBLE"), ("lon", "DOUBLE"),
    ),
    "timexes": (
        ("doc_id", "VARCHAR"), ("ord", "INTEGER"), ("start", "INTEGER"), ("end", "INTEGER"),
        ("text", "VARCHAR"), ("value", "VARCHAR"), ("granularity", "VARCHAR"), ("type", "VARCHAR"),
    ),
}  # fmt: skip


@dataclass
class Rows:
    """The rows of a batch of documents, per table."""

    tables: dict[str, list[tuple[object, ...]]] = field(
        default_factory=lambda: {name: [] for name in COLUMNS}
    )

    def add(self, table: str, row: tuple[object, ...]) -> None:
        self.tables[table].append(row)


def event_days(value: str | None, published: str | None) -> tuple[date | None, date | None]:
    """The first and last day of an event: its date's period, else the publication day."""
    span = period(value) or period(published)
    return span if span else (None, None)


def document_rows(
    doc: Document, rows: Rows, *, origin: str | None, run_id: int | None, now: datetime
) -> None:
    """Add the rows of ``doc`` to ``rows``."""
    d = doc.id
    rows.add("articles", (
        d, doc.title, doc.source, doc.url, doc.published, doc.published_from, doc.text,
        origin, run_id, now,
    ))  # fmt: skip
    for i, a in enumerate(doc.actors):
        rows.add("actors", (d, a.id, i, a.name, a.country, a.sector, a.kind))
        for j, m in enumerate(a.mentions):
            rows.add("mentions", (d, a.id, j, m.start, m.end, m.text))
    for i, e in enumerate(doc.events):
        loc = e.location
        first, last = event_days(e.date.value if e.date else None, doc.published)
        rows.add("events", (
            d, e.id, i, e.type, e.mode, list(e.context), e.cameo, e.quad_class, e.goldstein,
            e.trigger.start, e.trigger.end, e.trigger.text, e.sentence.start, e.sentence.end,
            e.date.value if e.date else None, e.date.granularity if e.date else None,
            e.date.text if e.date else None,
            loc.name if loc else None, loc.country if loc else None,
            loc.geonameid if loc else None, loc.lat if loc else None, loc.lon if loc else None,
            e.negated, e.modality, e.quote, e.confidence, first, last,
        ))  # fmt: skip
        for role, ids in (("actor", e.actors), ("recipient", e.recipients)):
            for j, actor_id in enumerate(ids):
                rows.add("event_actors", (d, e.id, role, j, actor_id))
    for i, q in enumerate(doc.quotes):
        sp, cue = q.speaker_text, q.cue
        rows.add("quotes", (
            d, q.id, i, q.speaker,
            sp.start if sp else None, sp.end if sp else None, sp.text if sp else None,
            cue.start if cue else None, cue.end if cue else None, cue.text if cue else None,
            q.content.start, q.content.end, q.content.text, q.kind,
        ))  # fmt: skip
    for i, p in enumerate(doc.places):
        rows.add("places", (
            d, i, p.start, p.end, p.text, p.name, p.country, p.geonameid, p.lat, p.lon,
        ))  # fmt: skip
    for i, t in enumerate(doc.timexes):
        rows.add("timexes", (d, i, t.start, t.end, t.text, t.value, t.granularity, t.type))


def insert_columns(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[tuple[object, ...]],
) -> None:
    """Insert ``rows`` in one statement: one list parameter per column, unnested together
    (much faster than executemany)."""
    if not rows:
        return
    values = [list(col) for col in zip(*rows, strict=True)]
    names = ", ".join(f'"{name}"' for name, _ in columns)
    select = ", ".join(f"unnest(${i + 1}::{kind}[])" for i, (_, kind) in enumerate(columns))
    con.execute(f"INSERT INTO {table} ({names}) SELECT {select}", values)


def delete_documents(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> None:
    """Delete the records of the articles ``ids`` (inside the caller's transaction)."""
    if not ids:
        return
    for table in CHILD_TABLES:
        con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))", [ids])
    con.execute("DELETE FROM articles WHERE id IN (SELECT unnest($1::VARCHAR[]))", [ids])


def write_batch(
    con: duckdb.DuckDBPyConnection,
    documents: Sequence[Document],
    *,
    origins: dict[str, str | None] | None = None,
    errors: Iterable[InputError] = (),
    signatures: dict[str, list[int]] | None = None,
    run_id: int | None = None,
) -> None:
    """Store ``documents`` (replacing any stored article with the same id), record ``errors``
    and MinHash ``signatures``, all in one transaction."""
    now = datetime.now()
    rows = Rows()
    seen: dict[str, Document] = {}
    for doc in documents:
        seen[doc.id] = doc  # the last copy of an id in a batch wins
    for doc in seen.values():
        document_rows(doc, rows, origin=(origins or {}).get(doc.id), run_id=run_id, now=now)
    ids = list(seen)
    error_rows = [(e.origin, e.problem, run_id, now) for e in errors]
    con.execute("BEGIN TRANSACTION")
    try:
        delete_documents(con, ids)
        for table, columns in COLUMNS.items():
            insert_columns(con, table, columns, rows.tables[table])
        if signatures:
            sig_ids = list(signatures)
            con.execute(
                "DELETE FROM signatures WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))", [sig_ids]
            )
            insert_columns(
                con, "signatures", (("doc_id", "VARCHAR"), ("minhash", "UBIGINT[]")),
                [(k, v) for k, v in signatures.items()],
            )  # fmt: skip
        origins_ok = [o for o in (origins or {}).values() if o]
        if origins_ok:  # an input that now reads fine is no longer an error
            con.execute(
                "DELETE FROM errors WHERE origin IN (SELECT unnest($1::VARCHAR[]))", [origins_ok]
            )
        if error_rows:
            con.executemany("INSERT OR REPLACE INTO errors VALUES (?, ?, ?, ?)", error_rows)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def stored_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
