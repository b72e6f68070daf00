"""Deduplication across documents.

* Near-duplicate articles (a wire story republished by several outlets): MinHash signatures of
  word 4-grams, candidate pairs from LSH, linked to the earliest article of their group.
* Event clusters (one real-world event reported by several articles): events of the same type,
  the same actor and recipient codes (country-sector), the same negation and modality, whose
  date periods lie within a window of each other and whose locations do not contradict. Every
  cluster says why its reports were put together.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's hashing scheme: stored signatures depend on it
SHINGLE = 4  # words per shingle (short wire copies with small edits stay similar)
DUPLICATE_THRESHOLD = 0.5  # estimated Jaccard similarity of shingle sets
WINDOW_DAYS = 2  # events whose periods are this close may be one event
MAX_KM = 150.0  # two located reports farther apart than this are different events
_WORD = re.compile(r"\w+")


def signature(text: str) -> list[int]:
    """The MinHash signature of ``text``'s word 4-grams (lower-cased), as plain ints."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))}
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch([g.encode("utf-8") for g in grams])
    return [int(v) for v in m.hashvalues]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64)))


def near_duplicates(
    signatures: dict[str, Sequence[int]],
    order: Sequence[str],
    threshold: float = DUPLICATE_THRESHOLD,
) -> dict[str, tuple[str, float]]:
    """``{doc_id: (duplicate_of, similarity)}`` for every article that nearly duplicates an
    earlier one; ``order`` ranks articles (earliest first), the first of a group is its head."""
    from datasketch import MinHash, MinHashLSH

    rank = {doc_id: i for i, doc_id in enumerate(order)}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    for doc_id, values in signatures.items():
        m = MinHash(
            num_perm=NUM_PERM, seed=1, scheme=SCHEME,
            hashvalues=np.asarray(values, dtype=np.uint64),
        )  # fmt: skip
        hashes[doc_id] = m
        lsh.insert(doc_id, m)
    parent = {doc_id: doc_id for doc_id in signatures}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    best: dict[str, float] = {}
    for doc_id, m in hashes.items():
        for other in lsh.query(m):
            if other == doc_id:
                continue
            score = similarity(signatures[doc_id], signatures[other])
            if score < threshold:
                continue
            a, b = find(doc_id), find(other)
            if a != b:
                head, tail = sorted((a, b), key=lambda x: (rank.get(x, math.inf), x))
                parent[tail] = head
            best[doc_id] = max(best.get(doc_id, 0.0), score)
    links = {}
    for doc_id in signatures:
        head = find(doc_id)
        if head != doc_id:
            links[doc_id] = (head, round(best.get(doc_id, threshold), 3))
    return links


@dataclass(frozen=True)
class EventReport:
    """One event as reported by one article: what clustering compares."""

    doc_id: str
    event_id: str
    type: str
    actor_key: str  # sorted actor codes, e.g. "RUS-MIL"
    recipient_key: str
    first_day: date | None
    last_day: date | None
    source: str | None
    negated: bool = False
    modality: str = "asserted"
    place: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Cluster:
    id: str
    reports: list[EventReport] = field(default_factory=list)
    first_day: date | None = None
    last_day: date | None = None

    @property
    def head(self) -> EventReport:
        return self.reports[0]

    @property
    def sources(self) -> list[str]:
        return sorted({r.source or r.doc_id for r in self.reports})

    @property
    def n_articles(self) -> int:
        return len({r.doc_id for r in self.reports})

    @property
    def location(self) -> str | None:
        return next((r.place for r in self.reports if r.place), None)

    def reason(self) -> str:
        h = self.head
        who = f"{h.actor_key or '?'} → {h.recipient_key or '(reciprocal)'}"
        when = f"{self.first_day}..{self.last_day}" if self.first_day else "undated (same article)"
        parts = [h.type, who, f"dates {when} (window ±{WINDOW_DAYS} days)"]
        if self.location:
            parts.append(f"near {self.location}")
        if h.negated or h.modality != "asserted":
            parts.append(f"{'negated ' if h.negated else ''}{h.modality}")
        return f"{len(self.reports)} reports in {self.n_articles} articles: " + "; ".join(parts)


def actor_code(country: str | None, sector: str | None, name: str) -> str:
    """The code clustering compares: country-sector, else the lower-cased name."""
    if country or sector:
        return "-".join(c for c in (country, sector) if c)
    return name.lower()


def _km(a: EventReport, b: EventReport) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(h, 1.0)))


def compatible_places(a: EventReport, b: EventReport) -> bool:
    """Locations do not contradict: unknown on either side, or same country and near."""
    if a.country and b.country and a.country != b.country:
        return False
    km = _km(a, b)
    return km is None or km <= MAX_KM


def _cluster_id(report: EventReport) -> str:
    key = f"{report.doc_id}:{report.event_id}".encode()
    return "c" + hashlib.sha1(key).hexdigest()[:12]


def cluster_events(reports: Iterable[EventReport], window_days: int = WINDOW_DAYS) -> list[Cluster]:
    """Group the reports of the same real-world event (see the module docstring)."""
    window = timedelta(days=window_days)
    groups: dict[tuple[object, ...], list[EventReport]] = defaultdict(list)
    for r in reports:
        groups[(r.type, r.actor_key, r.recipient_key, r.negated, r.modality)].append(r)
    clusters: list[Cluster] = []
    for group in groups.values():
        dated = sorted(
            (r for r in group if r.first_day), key=lambda r: (r.first_day, r.doc_id, r.event_id)
        )
        open_: list[Cluster] = []
        for r in dated:
            assert r.first_day is not None and r.last_day is not None
            home = next(
                (c for c in open_ if c.last_day is not None and r.first_day <= c.last_day + window
                 and all(compatible_places(r, o) for o in c.reports)),
                None,
            )  # fmt: skip
            if home is None:
                home = Cluster(id=_cluster_id(r), first_day=r.first_day, last_day=r.last_day)
                open_.append(home)
                clusters.append(home)
            home.reports.append(r)
            home.last_day = max(home.last_day or r.last_day, r.last_day)
            open_ = [c for c in open_ if c.last_day and c.last_day + window >= r.first_day]
        # undated reports are only grouped within their own article
        by_doc: dict[str, Cluster] = {}
        for r in sorted(
            (r for r in group if not r.first_day), key=lambda r: (r.doc_id, r.event_id)
        ):
            if r.doc_id not in by_doc:
                by_doc[r.doc_id] = Cluster(id=_cluster_id(r))
                clusters.append(by_doc[r.doc_id])
            by_doc[r.doc_id].reports.append(r)
    return clusters
