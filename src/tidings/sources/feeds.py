"""RSS and Atom files: one article per entry (content, else summary), via feedparser."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from tidings.errors import InputError
from tidings.models import Article
from tidings.reading import make_article
from tidings.sources.html import MIN_CHARS, html_to_text


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of an XML file are an RSS, RDF or Atom feed."""
    sample = head[:2048].lower()
    return b"<rss" in sample or b"<feed" in sample or b"<rdf:rdf" in sample


def _date(entry: Any) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", stamp) if stamp else None


def _body(entry: Any) -> str:
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    return html_to_text(html or "")


def read_feed(data: bytes, origin: str) -> Iterator[Article | InputError]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"is not a readable feed ({problem})" if problem else "is a feed with no entries"
        yield InputError(origin, reason)
        return
    source = (parsed.get("feed") or {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}#{number}"
        text = _body(entry)
        if len(text) < MIN_CHARS:
            yield InputError(where, "feed entry has no text (neither content nor summary)")
            continue
        try:
            yield make_article(
                text,
                title=(entry.get("title") or "").strip() or None,
                published=_date(entry),
                source=source,
                url=entry.get("link") or None,
                origin=where,
            )
        except InputError as exc:
            yield exc
