"""Reading Documents back: the store is a view of document JSON v1, so a stored article reads
back equal to what ``tidings extract`` gave for it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb

from tidings.models import (
    Actor,
    Document,
    Event,
    EventDate,
    Location,
    Place,
    Quote,
    SentenceSpan,
    Span,
    Timex,
)

Row = tuple[Any, ...]


def _by_doc(con: duckdb.DuckDBPyConnection, sql: str, ids: Sequence[str]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in con.execute(sql, [list(ids)]).fetchall():
        grouped[row[0]].append(row)
    return grouped


_IN = "doc_id IN (SELECT unnest($1::VARCHAR[]))"


def _span(start: int | None, end: int | None, text: str | None) -> Span | None:
    return (
        None
        if start is None or end is None or text is None
        else Span(start=start, end=end, text=text)
    )


def read_documents(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[Document]:
    """The stored Documents with these ids, in the order given (unknown ids are left out)."""
    if not ids:
        return []
    articles = {
        row[0]: row
        for row in con.execute(
            "SELECT id, title, source, url, strftime(published, '%Y-%m-%d'), published_from, text"
            " FROM articles WHERE id IN (SELECT unnest($1::VARCHAR[]))",
            [list(ids)],
        ).fetchall()
    }
    mentions: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for d, actor_id, start, end, text in con.execute(
        f'SELECT doc_id, actor_id, "start", "end", text FROM mentions WHERE {_IN}'
        " ORDER BY doc_id, actor_id, ord",
        [list(ids)],
    ).fetchall():
        mentions[(d, actor_id)].append(Span(start=start, end=end, text=text))
    links: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for d, event_id, role, actor_id in con.execute(
        f"SELECT doc_id, event_id, role, actor_id FROM event_actors WHERE {_IN}"
        " ORDER BY doc_id, event_id, role, ord",
        [list(ids)],
    ).fetchall():
        links[(d, event_id, role)].append(actor_id)
    actors = _by_doc(
        con,
        f"SELECT doc_id, id, name, country, sector, kind FROM actors WHERE {_IN} ORDER BY ord",
        ids,
    )
    events = _by_doc(
        con,
        "SELECT doc_id, id, type, mode, context, cameo, quad_class, goldstein, trigger_start,"
        " trigger_end, trigger_text, sentence_start, sentence_end, date_value, date_granularity,"
        " date_text, loc_name, loc_country, loc_geonameid, loc_lat, loc_lon, negated, modality,"
        f" quote_id, confidence FROM events WHERE {_IN} ORDER BY ord",
        ids,
    )
    quotes = _by_doc(
        con,
        "SELECT doc_id, id, speaker, speaker_start, speaker_end, speaker_text, cue_start, cue_end,"
        f" cue_text, content_start, content_end, content_text, kind FROM quotes WHERE {_IN}"
        " ORDER BY ord",
        ids,
    )
    places = _by_doc(
        con,
        'SELECT doc_id, "start", "end", text, name, country, geonameid, lat, lon FROM places'
        f" WHERE {_IN} ORDER BY ord",
        ids,
    )
    timexes = _by_doc(
        con,
        'SELECT doc_id, "start", "end", text, value, granularity, type FROM timexes'
        f" WHERE {_IN} ORDER BY ord",
        ids,
    )
    documents = []
    for doc_id in ids:
        art = articles.get(doc_id)
        if art is None:
            continue
        documents.append(
            Document(
                id=art[0], title=art[1], source=art[2], url=art[3], published=art[4],
                published_from=art[5], text=art[6],
                actors=tuple(
                    Actor(id=r[1], name=r[2], country=r[3], sector=r[4], kind=r[5],
                          mentions=tuple(mentions.get((doc_id, r[1]), ())))
                    for r in actors.get(doc_id, ())
                ),
                events=tuple(
                    _event(r, links) for r in events.get(doc_id, ())
                ),
                quotes=tuple(
                    Quote(id=r[1], speaker=r[2], speaker_text=_span(r[3], r[4], r[5]),
                          cue=_span(r[6], r[7], r[8]),
                          content=Span(start=r[9], end=r[10], text=r[11]), kind=r[12])
                    for r in quotes.get(doc_id, ())
                ),
                places=tuple(
                    Place(start=r[1], end=r[2], text=r[3], name=r[4], country=r[5],
                          geonameid=r[6], lat=r[7], lon=r[8])
                    for r in places.get(doc_id, ())
                ),
                timexes=tuple(
                    Timex(start=r[1], end=r[2], text=r[3], value=r[4], granularity=r[5], type=r[6])
                    for r in timexes.get(doc_id, ())
                ),
            )
        )  # fmt: skip
    return documents


def _event(r: Row, links: dict[tuple[str, str, str], list[str]]) -> Event:
    doc_id, event_id = r[0], r[1]
    return Event(
        id=event_id, type=r[2], mode=r[3], context=tuple(r[4]), cameo=r[5], quad_class=r[6],
        goldstein=r[7],
        actors=tuple(links.get((doc_id, event_id, "actor"), ())),
        recipients=tuple(links.get((doc_id, event_id, "recipient"), ())),
        trigger=Span(start=r[8], end=r[9], text=r[10]),
        sentence=SentenceSpan(start=r[11], end=r[12]),
        date=(EventDate(value=r[13], granularity=r[14], text=r[15]) if r[13] is not None else None),
        location=(
            Location(name=r[16], country=r[17], geonameid=r[18], lat=r[19], lon=r[20])
            if r[16] is not None else None
        ),
        negated=r[21], modality=r[22], quote=r[23], confidence=r[24],
    )  # fmt: skip


def read_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> Document | None:
    found = read_documents(con, [doc_id])
    return found[0] if found else None


def iter_documents(
    con: duckdb.DuckDBPyConnection, ids: Sequence[str] | None = None, *, batch: int = 200
) -> Iterator[Document]:
    """Every stored Document (or those of ``ids``), ordered by publication date then id."""
    if ids is None:
        ids = [
            r[0]
            for r in con.execute(
                "SELECT id FROM articles ORDER BY published NULLS LAST, id"
            ).fetchall()
        ]
    for start in range(0, len(ids), batch):
        yield from read_documents(con, ids[start : start + batch])


def find_article_ids(con: duckdb.DuckDBPyConnection, prefix: str) -> list[str]:
    """Stored article ids starting with ``prefix`` (so a user may type a short id)."""
    return [
        r[0]
        for r in con.execute(
            "SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT 20", [prefix]
        ).fetchall()
    ]
