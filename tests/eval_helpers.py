"""Helpers for the evaluation tests: tiny gold files and hand-built Documents."""

from __future__ import annotations

import json
from pathlib import Path

from tidings.evaluation.cases import Case, Scored
from tidings.models import Document, Span


def write_jsonl(path: Path, records: list[dict]) -> Path:  # type: ignore[type-arg]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def span(text: str, piece: str, after: int = 0) -> Span:
    start = text.index(piece, after)
    return Span(start=start, end=start + len(piece), text=piece)


def empty(cases: list[Case]) -> list[Document]:
    return [Document(id=c.article.id, text=c.article.text) for c in cases]


def figures(scored: Scored, name: str) -> tuple[float, ...]:
    metric = scored.metrics.rows[name]
    if metric.counts is not None:
        c = metric.counts
        return (round(c.precision, 4), round(c.recall, 4), round(c.f1, 4))
    assert metric.ratio is not None
    return (round(metric.ratio.value, 4),)
