"""WARC (and ARC) archives: one article per HTML response record, via warcio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tidings.errors import InputError
from tidings.models import Article
from tidings.sources.html import article_from_html

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, origin: str) -> Iterator[Article | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                kind = (record.http_headers.get_header("Content-Type") or "").lower()
                if not kind.startswith(HTML_TYPES):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                stamp = record.rec_headers.get_header("WARC-Date") or ""
                where = f"{origin}#{number}"
                raw = record.content_stream().read()
                charset = "utf-8"
                if "charset=" in kind:
                    charset = kind.split("charset=", 1)[1].split(";")[0].strip() or "utf-8"
                try:
                    html = raw.decode(charset, errors="replace")
                except LookupError:
                    html = raw.decode("utf-8", errors="replace")
                try:
                    # WARC-Date is when the page was captured: a fallback publication date only
                    yield article_from_html(html, where, url=url, published=stamp[:10] or None)
                except InputError as exc:
                    yield exc
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield InputError(origin, f"is not a readable WARC file ({exc})")
