"""A quote shown in its context: the stretch of text from its first part (speaker, cue,
content) to its last, cut into pieces marked speaker, cue or content (long parts shortened)."""

from __future__ import annotations

import itertools
from typing import Any

PARTS = (("speaker", "m"), ("cue", "cue"), ("content", "q"))  # earlier parts win on overlaps
LONG = 400  # a part (or a gap between parts) longer than this is shortened


def pieces(row: dict[str, Any], long: int = LONG) -> list[tuple[str, str]]:
    """``(text, css class)`` pieces of ``row``'s context ('' for text between the parts)."""
    text: str = row.get("context") or ""
    base = row.get("context_start")
    if not text or base is None:
        return [(row.get("content") or "", "q")]
    spans = []
    for name, cls in PARTS:
        start, end = row.get(f"{name}_start"), row.get(f"{name}_end")
        if start is not None and end is not None and end > start:
            spans.append((max(0, start - base), min(len(text), end - base), cls))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[tuple[str, str]] = []
    for a, b in itertools.pairwise(cuts):
        cls = next((c for s, e, c in spans if s <= a and b <= e), "")
        out.append((_shorten(text[a:b], long, middle=not cls), cls))
    return [p for p in out if p[0]]


def _shorten(text: str, long: int, *, middle: bool) -> str:
    if len(text) <= long:
        return text
    if middle:  # text between two parts: keep both ends
        return text[: long // 2].rstrip() + " … " + text[-long // 2 :].lstrip()
    return text[:long].rstrip() + "…"
