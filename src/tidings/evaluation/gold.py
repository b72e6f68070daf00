"""Finding and reading the public gold sets in ``../shared`` (never copied into the repository).

The folder is ``$TIDINGS_SHARED`` when set, else ``shared/`` next to the repository.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tidings.errors import InputError

REPO = Path(__file__).resolve().parents[3]
JsonRecord = dict[str, Any]


def shared_dir() -> Path:
    """The shared data folder (``$TIDINGS_SHARED``, else ``<repo>/../shared``)."""
    env = os.environ.get("TIDINGS_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def shared_path(relative: str) -> Path:
    """A file under the shared folder; a clear error when it is not there."""
    path = shared_dir() / relative
    if not path.is_file():
        raise InputError(
            str(path),
            "gold file not found: put the shared data folder next to the repository "
            "or set TIDINGS_SHARED to it (or name a file with --gold)",
        )
    return path


def gold_files(given: Sequence[Path] | None, defaults: Sequence[str]) -> list[Path]:
    """The gold files to read: those named with ``--gold``, else the suite's defaults."""
    if not given:
        return [shared_path(rel) for rel in defaults]
    for path in given:
        if not path.is_file():
            raise InputError(str(path), "gold file not found")
    return list(given)


def iter_jsonl(path: Path) -> Iterator[JsonRecord]:
    """The records of a JSONL file, one at a time (bad lines are an error naming file:line)."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}", f"not a JSON record ({exc.msg})") from None


def read_records(paths: Sequence[Path], limit: int | None = None) -> list[JsonRecord]:
    """The first ``limit`` records (all when None) of the files, in order."""
    records: list[JsonRecord] = []
    for path in paths:
        for record in iter_jsonl(path):
            if limit is not None and len(records) >= limit:
                return records
            records.append(record)
    return records
