"""Any input: folders, globs and files of every kind tidings reads, each item an Article or an
InputError naming the file (and record) that failed, so a broken file is recorded and skipped."""

from __future__ import annotations

import glob
from collections.abc import Iterator
from pathlib import Path

from tidings.errors import InputError
from tidings.models import Article
from tidings.reading import decode, read_source
from tidings.sources.feeds import looks_like_feed, read_feed
from tidings.sources.html import article_from_html
from tidings.sources.records import FieldMap, read_records
from tidings.sources.warc import read_warc

PLAIN = (".txt", ".text")
RECORDS = (".jsonl", ".ndjson", ".csv")
HTML = (".html", ".htm", ".xhtml")
FEEDS = (".xml", ".rss", ".atom", ".rdf")
WARC = (".warc", ".arc", ".warc.gz", ".arc.gz")
KNOWN = PLAIN + RECORDS + HTML + FEEDS + WARC


def kind_of(path: str) -> str | None:
    """The reader for a file name: plain, records, html, feed, warc; None if unknown."""
    name = path.lower()
    for kind, suffixes in (("warc", WARC), ("records", RECORDS), ("html", HTML),
                           ("feed", FEEDS), ("plain", PLAIN)):  # fmt: skip
        if name.endswith(suffixes):
            return kind
    return None


def expand_inputs(inputs: list[str]) -> Iterator[str | InputError]:
    """The files named by ``inputs``: files as given, folders walked (hidden files skipped),
    glob patterns expanded. A name that matches nothing is an error."""
    for item in inputs:
        p = Path(item)
        if item == "-" or p.is_file():
            yield item
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                parts = f.relative_to(p).parts
                if f.is_file() and not any(part.startswith(".") for part in parts):
                    yield str(f)
        elif glob.has_magic(item):
            found = sorted(glob.glob(item, recursive=True))
            if not found:
                yield InputError(item, "matches no file")
            for name in found:
                if Path(name).is_file():
                    yield name
        else:
            yield InputError(item, "does not exist")


def read_file(
    path: str, *, fields: FieldMap | None = None, published: str | None = None
) -> Iterator[Article | InputError]:
    """The articles of one file, by its kind."""
    kind = "plain" if path == "-" else kind_of(path)
    if kind is None:
        yield InputError(path, f"has an unknown file type; tidings reads {', '.join(KNOWN)}")
        return
    if kind == "plain" or (kind == "records" and (fields is None or fields.is_default())):
        yield from read_source(path, published)
        return
    if kind == "warc":
        yield from read_warc(Path(path), path)
        return
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        yield InputError(path, f"cannot be read ({exc.strerror or exc})")
        return
    if kind == "feed":
        if not looks_like_feed(data):
            yield InputError(path, "is an XML file but not an RSS or Atom feed")
        else:
            yield from read_feed(data, path)
        return
    try:
        text = decode(data, path) if kind == "records" else data.decode("utf-8", errors="replace")
    except InputError as exc:
        yield exc
        return
    if kind == "records":
        suffix = "csv" if path.lower().endswith(".csv") else "jsonl"
        yield from read_records(text, path, suffix, fields or FieldMap())
        return
    try:
        yield article_from_html(text, path, published=published)
    except InputError as exc:
        yield exc


def read_inputs(
    inputs: list[str], *, fields: FieldMap | None = None, published: str | None = None
) -> Iterator[Article | InputError]:
    """Every article (or error) of every input, in order."""
    for path in expand_inputs(inputs):
        if isinstance(path, InputError):
            yield path
        else:
            yield from read_file(path, fields=fields, published=published)


def estimate_count(inputs: list[str]) -> int | None:
    """A cheap estimate of the number of articles in ``inputs`` (lines of record files, one per
    page), for the progress bar; None when unknown (feeds and archives hold many)."""
    total = 0
    for path in expand_inputs(inputs):
        if isinstance(path, InputError) or path == "-":
            continue
        kind = kind_of(path)
        if kind in ("feed", "warc"):
            return None
        if kind == "records":
            with open(path, "rb") as f:
                lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
            total += max(lines - (1 if path.lower().endswith(".csv") else 0), 1)
        else:
            total += 1
    return total
