"""HTML pages: the main text and metadata (title, date, site, URL) via trafilatura."""

from __future__ import annotations

import re

from tidings.errors import InputError
from tidings.models import Article
from tidings.reading import make_article, normalize_date

MIN_CHARS = 40  # a page whose main text is shorter than this holds no article


def html_to_text(html: str) -> str:
    """The visible text of an HTML fragment (a feed entry's content), paragraphs kept."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml refuses empty or odd fragments: keep what we have
        return html.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def article_from_html(
    html: str,
    origin: str,
    *,
    url: str | None = None,
    published: str | None = None,
    source: str | None = None,
) -> Article:
    """One article from a web page; its metadata wins over ``published``/``source`` fallbacks."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(origin, f"HTML could not be parsed ({exc})") from exc
    meta = found.as_dict() if found is not None and hasattr(found, "as_dict") else (found or {})
    text = (meta.get("text") or "").strip()
    if len(text) < MIN_CHARS:
        raise InputError(origin, "holds no article text (the page's main content is empty)")
    title = (meta.get("title") or "").strip() or None
    lines = text.split("\n")
    if title and lines[0].strip() == title:  # trafilatura repeats the headline
        lines = lines[1:]
    body = "\n\n".join(line.strip() for line in lines if line.strip())
    try:
        date = normalize_date(meta.get("date")) or published
    except Exception:
        date = published
    return make_article(
        body,
        title=title,
        published=date,
        source=source or meta.get("sitename") or meta.get("hostname"),
        url=url or meta.get("url"),
        origin=origin,
    )
