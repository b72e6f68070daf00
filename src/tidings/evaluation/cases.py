"""What a suite is: gold cases (an article to run + its gold), a scorer, and error examples."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tidings.evaluation.metrics import Metrics
from tidings.models import Article, Document

ExampleKind = Literal["false positive", "miss"]


@dataclass(frozen=True)
class Case:
    """One unit of a gold set: the article tidings reads, and the suite's gold for it."""

    article: Article
    gold: object


@dataclass(frozen=True)
class Example:
    """A false positive or a miss, with where it is (``text[start:end]`` is the span at fault)."""

    kind: ExampleKind
    label: str
    where: str
    text: str
    start: int
    end: int

    def sentence(self, width: int = 320) -> str:
        return sentence_around(self.text, self.start, self.end, width)


@dataclass
class Scored:
    """A suite's figures for one system, and the examples behind its errors."""

    metrics: Metrics = field(default_factory=Metrics)
    examples: list[Example] = field(default_factory=list)

    def example(
        self, kind: ExampleKind, label: str, where: str, text: str, start: int, end: int
    ) -> None:
        self.examples.append(Example(kind, label, where, text, start, end))


Loader = Callable[[Sequence[Path], "int | None"], list[Case]]
Scorer = Callable[[Sequence[Case], Sequence[Document]], Scored]


@dataclass(frozen=True)
class Suite:
    name: str
    description: str
    defaults: tuple[str, ...]  # gold files under the shared folder
    load: Loader
    score: Scorer


@dataclass(frozen=True)
class Baseline:
    """Something a user might run instead of tidings: Documents (only the fields the baseline
    fills) for the articles of one suite. ``predict(articles, nlp)`` may use the spaCy model."""

    name: str
    suite: str
    predict: Callable[[Sequence[Article], Any], list[Document]]
    needs: tuple[str, ...] = ()  # optional packages; the baseline is skipped when one is missing


_BOUNDARY = re.compile(r"(?<=[.!?\"”])\s+(?=[\"“A-Z0-9])|\n")


def sentence_around(text: str, start: int, end: int, width: int = 320) -> str:
    """The sentence(s) holding ``text[start:end]``, cut to about ``width`` characters."""
    left = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        left = m.end()
    m = _BOUNDARY.search(text, max(end, start + 1))
    right = m.start() if m else len(text)
    if right - left > width:
        margin = max(40, (width - (end - start)) // 2)
        left, right = max(left, start - margin), min(right, end + margin)
    piece = " ".join(text[left:right].split())
    return piece if len(piece) <= 2 * width else piece[: 2 * width] + "…"
