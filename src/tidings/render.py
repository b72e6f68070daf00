"""Readable terminal output of a Document: rich tables of events, actors, quotes, dates, places."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from tidings.models import Document, Place


def _names(document: Document, ids: tuple[str, ...]) -> str:
    parts = []
    for actor_id in ids:
        actor = document.actor(actor_id)
        if actor is not None:
            code = "-".join(c for c in (actor.country, actor.sector) if c)
            parts.append(f"{actor.name} [{code}]" if code else actor.name)
    return ", ".join(parts)


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_document(document: Document, console: Console) -> None:
    head = document.title or "(untitled)"
    console.rule(f"[bold]{head}")
    console.print(
        f"id {document.id} · published {document.published or '?'} ({document.published_from})"
        f" · {len(document.events)} events · {len(document.actors)} actors"
        f" · {len(document.quotes)} quotes · {len(document.timexes)} dates"
        f" · {len(document.places)} places"
    )

    events = Table(title="Events", show_lines=False, expand=True)
    for column in ("type", "mode", "actors", "recipients", "date", "place", "modality", "trigger"):
        events.add_column(column, overflow="fold")
    for e in document.events:
        modality = e.modality + (" · negated" if e.negated else "")
        events.add_row(
            f"{e.type} ({e.cameo or '-'})",
            e.mode or "",
            _names(document, e.actors),
            _names(document, e.recipients),
            e.date.value if e.date else "",
            e.location.name if e.location else "",
            modality,
            _clip(e.trigger.text, 30),
        )
    console.print(events)

    actors = Table(title="Actors", expand=True)
    for column in ("id", "name", "country", "sector", "kind", "mentions"):
        actors.add_column(column, overflow="fold")
    for a in document.actors:
        actors.add_row(a.id, a.name, a.country or "", a.sector or "", a.kind, str(len(a.mentions)))
    console.print(actors)

    quotes = Table(title="Quotes", expand=True)
    for column in ("speaker", "cue", "kind", "content"):
        quotes.add_column(column, overflow="fold")
    for q in document.quotes:
        speaker = _names(document, (q.speaker,)) if q.speaker else ""
        if not speaker and q.speaker_text:
            speaker = q.speaker_text.text
        quotes.add_row(speaker, q.cue.text if q.cue else "", q.kind, _clip(q.content.text, 120))
    console.print(quotes)

    dates = Table(title="Dates", expand=False)
    for column in ("text", "value", "granularity"):
        dates.add_column(column)
    for t in document.timexes:
        dates.add_row(t.text, t.value, t.granularity)
    places = Table(title="Places", expand=False)
    for column in ("text", "name", "country", "geonameid", "lat", "lon", "mentions"):
        places.add_column(column)
    seen: dict[tuple[str, str, int | None], list[Place]] = {}
    for p in document.places:
        seen.setdefault((p.text, p.name, p.geonameid), []).append(p)
    for group in seen.values():
        p = group[0]
        lat = f"{p.lat:.2f}" if p.lat is not None else ""
        lon = f"{p.lon:.2f}" if p.lon is not None else ""
        row = (p.text, p.name, p.country or "", str(p.geonameid or ""), lat, lon, str(len(group)))
        places.add_row(*row)
    console.print(dates)
    console.print(places)
