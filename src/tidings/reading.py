"""Reading articles: plain text (first line = headline), JSONL and CSV records."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from tidings.errors import BadDate, InputError
from tidings.models import Article

MAX_BYTES = 200_000_000  # one input file larger than this is refused, not read
MAX_CHARS = 1_000_000  # one article longer than this is refused (a news story is ~5,000)
TEXT_FIELDS = ("text", "body", "content", "article")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published", "date", "publish_date", "pubdate", "dct")
SOURCE_FIELDS = ("source", "publisher", "outlet")
URL_FIELDS = ("url", "link")
ID_FIELDS = ("id", "doc_id", "article_id")


def normalize_date(value: str | None, what: str = "published") -> str | None:
    """An ISO date string from a metadata value ("2017-05-02", "2017-05-02T10:00:00Z")."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", text)
    if not match:
        raise BadDate(text, what)
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError as exc:
        raise BadDate(text, what) from exc


def article_id(text: str, source: str | None = None, url: str | None = None) -> str:
    """A stable id: the URL when given, else source + whitespace-normalised text."""
    if url:
        key = "url:" + url.strip()
    else:
        norm = " ".join(unicodedata.normalize("NFKC", text).split()).lower()
        key = f"text:{source or ''}:{norm}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def split_headline(raw: str) -> tuple[str | None, str]:
    """(headline, body) of a plain-text article whose first non-blank line is its headline.

    A first line that reads like a sentence of body text (long, ending in a full stop) is not
    taken as a headline."""
    stripped = raw.lstrip("\ufeff")
    lines = stripped.split("\n", 1)
    first = lines[0].strip()
    rest = lines[1] if len(lines) > 1 else ""
    if not first or len(first) > 200 or (first.endswith(".") and len(first.split()) > 25):
        return None, stripped
    if not rest.strip():
        return None, stripped
    return first, rest.lstrip("\n")


# No-break spaces become plain spaces (one character for one, so every offset still points at the
# same place in the original): spaCy makes them tokens of their own, which breaks the parse.
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})


def make_article(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    id: str | None = None,
    origin: str | None = None,
) -> Article:
    if "\x00" in text:
        raise InputError(origin or "<text>", "contains NUL bytes: this looks like a binary file")
    if len(text) > MAX_CHARS:
        raise InputError(
            origin or "<text>",
            f"is {len(text):,} characters long; tidings analyses articles of up to "
            f"{MAX_CHARS:,} characters (a news story is a few thousand): split it into articles",
        )
    text = text.translate(_SPACES)
    return Article(
        id=id or article_id(text, source, url),
        title=title,
        text=text,
        published=normalize_date(published),
        source=source,
        url=url,
        origin=origin,
    )


def decode(data: bytes, origin: str) -> str:
    if len(data) > MAX_BYTES:
        raise InputError(
            origin, f"is {len(data):,} bytes; the limit for one input is {MAX_BYTES:,}"
        )
    if b"\x00" in data[:8192]:
        raise InputError(origin, "contains NUL bytes: this looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            origin, f"is not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})"
        ) from exc


def _first(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if value is not None and str(value).strip():
            return str(value)
    return None


def article_from_record(record: dict[str, object], origin: str) -> Article:
    text = _first(record, TEXT_FIELDS)
    if text is None:
        raise InputError(origin, f"has no text field (expected one of {', '.join(TEXT_FIELDS)})")
    try:
        published = normalize_date(_first(record, DATE_FIELDS))
    except BadDate as exc:
        raise InputError(origin, str(exc)) from exc
    return make_article(
        text,
        title=_first(record, TITLE_FIELDS),
        published=published,
        source=_first(record, SOURCE_FIELDS),
        url=_first(record, URL_FIELDS),
        origin=origin,
    )


def _read_jsonl(text: str, name: str) -> Iterator[Article | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(origin, "is not a JSON object")
            yield article_from_record(record, origin)
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"is not valid JSON ({exc.msg} at column {exc.colno})")
        except InputError as exc:
            yield exc


def _read_csv(text: str, name: str) -> Iterator[Article | InputError]:
    reader = csv.DictReader(io.StringIO(text))
    for number, record in enumerate(reader, start=2):
        try:
            yield article_from_record(dict(record), f"{name}:{number}")
        except InputError as exc:
            yield exc


def read_text_article(text: str, origin: str, published: str | None = None) -> Article:
    title, body = split_headline(text)
    return make_article(body, title=title, published=published, origin=origin)


def read_source(path: str, published: str | None = None) -> Iterator[Article | InputError]:
    """Articles in a file (``-`` for standard input), each or an error naming where it failed.

    ``.jsonl``/``.ndjson`` and ``.csv`` hold one article per record; anything else is one
    plain-text article whose first line is its headline."""
    name = "<stdin>" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        text = decode(data, name)
    except OSError as exc:
        yield InputError(name, f"cannot be read ({exc.strerror or exc})")
        return
    except InputError as exc:
        yield exc
        return
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _read_jsonl(text, name)
    elif suffix == ".csv":
        yield from _read_csv(text, name)
    else:
        try:
            yield read_text_article(text, name, published)
        except InputError as exc:
            yield exc
