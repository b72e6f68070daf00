"""Counting and matching, shared by every suite: P/R/F1, accuracy, spans, one-to-one matching."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

# a span as (start, end) pieces: one piece, or several when it is discontinuous
Fragments = tuple[tuple[int, int], ...]

OVERLAP_SHARE = 0.5  # token-overlap match: shared tokens >= this share of the longer span's tokens


@dataclass
class Counts:
    """True positives, false positives and misses of one P/R/F1 metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        """Record one unit: ``tp`` matches among ``predicted`` predictions and ``gold`` items."""
        self.tp += tp
        self.fp += predicted - tp
        self.fn += gold - tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    """An accuracy: ``correct`` out of ``total``."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class Metric:
    """One row of a report: a P/R/F1 metric (``counts``), an accuracy (``ratio``), or both."""

    name: str
    counts: Counts | None = None
    ratio: Ratio | None = None
    note: str = ""

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"name": self.name}
        if self.counts is not None:
            c = self.counts
            out |= {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }
        if self.ratio is not None:
            out |= {
                "accuracy": round(self.ratio.value, 4),
                "correct": self.ratio.correct,
                "total": self.ratio.total,
            }
        if self.note:
            out["note"] = self.note
        return out


@dataclass
class Metrics:
    """The metrics of one suite for one system, in report order (created on first use)."""

    rows: dict[str, Metric] = field(default_factory=dict)

    def counts(self, name: str, note: str = "") -> Counts:
        metric = self.rows.setdefault(name, Metric(name, note=note))
        if metric.counts is None:
            metric.counts = Counts()
        return metric.counts

    def ratio(self, name: str, note: str = "") -> Ratio:
        metric = self.rows.setdefault(name, Metric(name, note=note))
        if metric.ratio is None:
            metric.ratio = Ratio()
        return metric.ratio

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rows.values())


def match_one_to_one(
    n_pred: int, n_gold: int, ok: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of predictions to gold items under the relation ``ok``:
    each prediction matches at most one gold item and vice versa. Returns (pred, gold) pairs."""
    options = [[g for g in range(n_gold) if ok(p, g)] for p in range(n_pred)]
    owner = [-1] * n_gold

    def place(p: int, seen: set[int]) -> bool:
        for g in options[p]:
            if g in seen:
                continue
            seen.add(g)
            if owner[g] == -1 or place(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(n_pred):
        if options[p]:
            place(p, set())
    return sorted((p, g) for g, p in enumerate(owner) if p != -1)


def count_matches(n_pred: int, n_gold: int, ok: Callable[[int, int], bool]) -> int:
    return len(match_one_to_one(n_pred, n_gold, ok))


def char_overlap(a: Fragments, b: Fragments) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def bounds(span: Fragments) -> tuple[int, int]:
    return min(s for s, _ in span), max(e for _, e in span)


_WORD = re.compile(r"\w+")


class TokenIndex:
    """The word tokens of one text, to compare spans by the words they cover (punctuation,
    quotation marks and whitespace at their edges do not count)."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _WORD.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
        self._seen: dict[Fragments, frozenset[int]] = {}

    def tokens(self, span: Fragments) -> frozenset[int]:
        found = self._seen.get(span)
        if found is None:
            out: set[int] = set()
            for start, end in span:
                first = bisect_right(self.ends, start)  # first token ending after start
                last = bisect_left(self.starts, end)  # tokens starting before end
                out.update(range(first, last))
            found = self._seen[span] = frozenset(out)
        return found

    def exact(self, a: Fragments, b: Fragments) -> bool:
        ta, tb = self.tokens(a), self.tokens(b)
        if not ta or not tb:
            return bounds(a) == bounds(b)
        return ta == tb

    def overlap(self, a: Fragments, b: Fragments, share: float = OVERLAP_SHARE) -> bool:
        ta, tb = self.tokens(a), self.tokens(b)
        if not ta or not tb:
            return char_overlap(a, b)
        return len(ta & tb) >= share * max(len(ta), len(tb))


def spread(items: list[object], k: int) -> list[object]:
    """Up to ``k`` items taken evenly across ``items`` (so examples come from many records)."""
    if k <= 0 or not items:
        return []
    if len(items) <= k:
        return list(items)
    step = len(items) / k
    return [items[int(i * step)] for i in range(k)]
