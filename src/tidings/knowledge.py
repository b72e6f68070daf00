"""Loading the knowledge files under ``tidings/data`` (and a user's own directories).

Knowledge is data: tab-separated files with a header line, ``#`` comments and blank lines allowed.
A user extends a table by putting a file with the same relative name (e.g. ``events/verbs.tsv``)
in a directory named by ``TIDINGS_KNOWLEDGE`` (``os.pathsep``-separated) or passed to
:func:`add_knowledge_dir`; its rows are read after the package's own. Every row remembers its file
and line, and every problem is reported as ``file:line: what is wrong``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from tidings.errors import KnowledgeFileError

T = TypeVar("T")

PACKAGE_DATA = Path(__file__).resolve().parent / "data"
ENV_VAR = "TIDINGS_KNOWLEDGE"
_extra_dirs: list[Path] = []


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a knowledge table: its fields by column name, and where it came from."""

    fields: dict[str, str]
    path: str
    line: int

    def __getitem__(self, column: str) -> str:
        return self.fields[column]

    def get(self, column: str, default: str = "") -> str:
        value = self.fields.get(column, "")
        return value if value else default

    def error(self, problem: str) -> KnowledgeFileError:
        return KnowledgeFileError(self.path, self.line, problem)


def add_knowledge_dir(path: str | Path) -> None:
    """Add a user directory of knowledge files (read after the package's own)."""
    p = Path(path)
    if not p.is_dir():
        raise KnowledgeFileError(str(p), None, "is not a directory of knowledge files")
    if p not in _extra_dirs:
        _extra_dirs.append(p)
        clear_caches()


def knowledge_dirs() -> list[Path]:
    env = [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
    return [PACKAGE_DATA, *env, *_extra_dirs]


def table_files(name: str) -> list[Path]:
    """All files for a table name such as ``events/verbs.tsv``, package file first."""
    files = [d / name for d in knowledge_dirs() if (d / name).is_file()]
    if not files:
        raise KnowledgeFileError(name, None, f"no knowledge file found in {PACKAGE_DATA}")
    return files


def _read_one(path: Path, required: Sequence[str]) -> Iterator[Row]:
    header: list[str] | None = None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise KnowledgeFileError(str(path), None, f"is not UTF-8 ({exc.reason})") from exc
    for number, raw in enumerate(lines, start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if header is None:
            header = cells
            missing = [c for c in required if c not in header]
            if missing:
                raise KnowledgeFileError(
                    str(path), number, f"header lacks column(s) {', '.join(missing)}"
                )
            continue
        if len(cells) > len(header):
            raise KnowledgeFileError(
                str(path),
                number,
                f"{len(cells)} tab-separated cells but the header has {len(header)} columns",
            )
        cells += [""] * (len(header) - len(cells))
        row = Row(dict(zip(header, cells, strict=True)), str(path), number)
        for column in required:
            if not row.fields[column]:
                raise row.error(f"column {column!r} is empty")
        yield row


def read_table(name: str, required: Sequence[str] = ()) -> list[Row]:
    """Read every row of a knowledge table (package file, then user files), validated."""
    return [row for path in table_files(name) for row in _read_one(path, required)]


def read_words(name: str) -> frozenset[str]:
    """A one-column word list (``# comments`` allowed), lower-cased."""
    words: set[str] = set()
    for path in table_files(name):
        for raw in path.read_text(encoding="utf-8").splitlines():
            word = raw.split("#", 1)[0].strip().lower()
            if word:
                words.add(word)
    return frozenset(words)


_caches: list[Callable[[], None]] = []


def cached_knowledge(func: Callable[[], T]) -> Callable[[], T]:
    """Decorator for a loader that builds an index from knowledge files once per process."""
    wrapped = cache(func)
    _caches.append(wrapped.cache_clear)
    return wrapped


def clear_caches() -> None:
    """Forget loaded knowledge (after a user adds a directory)."""
    for clear in _caches:
        clear()
