"""Word lists of lemmas and lemma phrases ("air strike", "drone") looked for in a run of lemmas:
the topical contexts and the modes read from an event's words share this one reading."""

from __future__ import annotations

from collections.abc import Sequence

Phrase = tuple[str, ...]


def parse_phrases(words: str) -> frozenset[Phrase]:
    """A comma-separated cell of a knowledge table: "air strike, drone" -> two phrases."""
    return frozenset(tuple(w.strip().lower().split()) for w in words.split(",") if w.strip())


def holds(lemmas: Sequence[str], phrases: frozenset[Phrase]) -> bool:
    """Whether one of ``phrases`` stands in ``lemmas`` (lower-case lemmas in text order)."""
    longest = max((len(p) for p in phrases), default=0)
    return any(
        tuple(lemmas[i : i + size]) in phrases
        for i in range(len(lemmas))
        for size in range(1, longest + 1)
    )
