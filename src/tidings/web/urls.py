"""URLs of the pages, built in one place (templates and handlers use these)."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from tidings.web.queries import EventFilters


def article_url(doc_id: str, event_id: str | None = None) -> str:
    url = f"/articles/{quote(doc_id, safe='')}"
    return f"{url}#ev-{quote(event_id, safe='')}" if event_id else url


def actor_url(actor_id: str) -> str:
    return f"/actors/{quote(actor_id, safe='')}"


def dyad_url(a: str, b: str, by: str = "month") -> str:
    return f"/dyads/{quote(a, safe='')}/{quote(b, safe='')}?{urlencode({'by': by})}"


def events_url(**params: object) -> str:
    """The event explorer with these filters (None and empty values left out)."""
    items: list[tuple[str, str]] = []
    for key, value in params.items():
        values = value if isinstance(value, list | tuple) else [value]
        items += [(key, str(v)) for v in values if v not in (None, "", False)]
    return "/events" + (f"?{urlencode(items)}" if items else "")


def filter_params(f: EventFilters) -> dict[str, object]:
    """The query parameters that select ``f`` (for links and the CSV export)."""
    return {
        "actor": f.actor.who, "actor_country": f.actor.country, "actor_sector": f.actor.sector,
        "recipient": f.recipient.who, "recipient_country": f.recipient.country,
        "recipient_sector": f.recipient.sector, "type": f.types, "mode": f.mode,
        "modality": f.modality, "quad_class": f.quad_class, "since": f.since, "until": f.until,
        "q": f.text, "article": f.article,
    }  # fmt: skip
