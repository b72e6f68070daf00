"""JSONL and CSV records whose fields have names of the user's choosing (``--text-field body``).

The records are renamed to tidings' own field names and read by ``tidings.reading``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, fields

from tidings.errors import InputError
from tidings.models import Article
from tidings.reading import (
    DATE_FIELDS,
    SOURCE_FIELDS,
    TEXT_FIELDS,
    TITLE_FIELDS,
    URL_FIELDS,
    article_from_record,
)


@dataclass(frozen=True)
class FieldMap:
    """The record field that holds each article field (None: tidings' usual names)."""

    text: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None

    def is_default(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))

    def rename(self, record: dict[str, object]) -> dict[str, object]:
        renamed = dict(record)
        for f in fields(self):
            name = getattr(self, f.name)
            if name is not None:
                for alias in _ALIASES[f.name]:  # the user's field replaces the usual ones
                    renamed.pop(alias, None)
                renamed[f.name] = record.get(name)
        return renamed


_ALIASES = {
    "text": TEXT_FIELDS,
    "title": TITLE_FIELDS,
    "published": DATE_FIELDS,
    "source": SOURCE_FIELDS,
    "url": URL_FIELDS,
}


def read_records(
    text: str, name: str, kind: str, names: FieldMap
) -> Iterator[Article | InputError]:
    """Articles of a JSONL (``kind="jsonl"``) or CSV text, with fields renamed by ``names``."""
    if kind == "csv":
        numbered: Iterator[tuple[int, object]] = (
            (n, dict(r)) for n, r in enumerate(csv.DictReader(io.StringIO(text)), start=2)
        )
    else:
        numbered = _json_lines(text)
    for number, record in numbered:
        origin = f"{name}:{number}"
        if isinstance(record, InputError):
            yield InputError(origin, record.problem)
            continue
        if not isinstance(record, dict):
            yield InputError(origin, "is not a JSON object")
            continue
        try:
            yield article_from_record(names.rename(record), origin)
        except InputError as exc:
            yield exc


def _json_lines(text: str) -> Iterator[tuple[int, object]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, InputError("", f"is not valid JSON ({exc.msg} at column {exc.colno})")
