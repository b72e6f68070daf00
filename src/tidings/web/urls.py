"""URLs of the pages, built in one place (templates and handlers use these)."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from tidings.web.queries import ClusterFilters, EventFilters, QuoteFilters


def article_url(doc_id: str, event_id: str | None = None) -> str:
    url = f"/articles/{quote(doc_id, safe='')}"
    return f"{url}#ev-{quote(event_id, safe='')}" if event_id else url


def quote_url(doc_id: str, quote_id: str) -> str:
    """The reader, scrolled to the quote in its list of quotes."""
    return f"/articles/{quote(doc_id, safe='')}#quote-{quote(quote_id, safe='')}"


def cluster_url(cluster_id: str) -> str:
    return f"/clusters/{quote(cluster_id, safe='')}"


def actor_url(actor_id: str) -> str:
    return f"/actors/{quote(actor_id, safe='')}"


def dyad_url(a: str, b: str, by: str = "month") -> str:
    return f"/dyads/{quote(a, safe='')}/{quote(b, safe='')}?{urlencode({'by': by})}"


def with_params(path: str, params: dict[str, object]) -> str:
    """``path`` with these query parameters (None, empty and False values left out)."""
    items: list[tuple[str, str]] = []
    for key, value in params.items():
        values = value if isinstance(value, list | tuple) else [value]
        items += [(key, str(v)) for v in values if v not in (None, "", False)]
    return path + (f"?{urlencode(items)}" if items else "")


def events_url(**params: object) -> str:
    """The event explorer with these filters."""
    return with_params("/events", params)


def quotes_url(**params: object) -> str:
    return with_params("/quotes", params)


def clusters_url(**params: object) -> str:
    return with_params("/clusters", params)


def filter_params(f: EventFilters) -> dict[str, object]:
    """The query parameters that select ``f`` (for links and the CSV export)."""
    return {
        "actor": f.actor.who, "actor_country": f.actor.country, "actor_sector": f.actor.sector,
        "recipient": f.recipient.who, "recipient_country": f.recipient.country,
        "recipient_sector": f.recipient.sector, "type": f.types, "mode": f.mode,
        "modality": f.modality, "quad_class": f.quad_class, "since": f.since, "until": f.until,
        "q": f.text, "article": f.article, "cluster": f.cluster,
    }  # fmt: skip


def quote_params(f: QuoteFilters) -> dict[str, object]:
    """The query parameters that select ``f``."""
    return {
        "speaker": f.speaker, "speaker_id": f.speaker_key, "country": f.country, "kind": f.kind,
        "since": f.since, "until": f.until, "q": f.text, "article": f.article,
    }  # fmt: skip


def cluster_params(f: ClusterFilters) -> dict[str, object]:
    """The query parameters that select ``f`` (the defaults left out)."""
    return {
        "type": f.types, "party": f.party, "since": f.since, "until": f.until,
        "min_reports": f.min_reports if f.min_reports > 1 else None,
        "min_sources": f.min_sources if f.min_sources > 1 else None,
    }  # fmt: skip
