"""What every export reads: stored events with their Document (per report), or one head report
per event cluster (per cluster), with the cluster's counts."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from importlib import metadata

import duckdb

from tidings.models import Actor, Document, Event
from tidings.store.dates import period
from tidings.store.read import iter_documents, read_documents


def _version() -> str:
    try:
        return metadata.version("tidings")
    except metadata.PackageNotFoundError:
        return "dev"


CODER = f"tidings {_version()}"  # who coded the records, in the exports


@dataclass(frozen=True)
class ClusterInfo:
    id: str
    n_reports: int
    n_articles: int
    n_sources: int
    sources: tuple[str, ...]
    reports: tuple[str, ...]  # "doc_id:event_id" of every report
    reason: str


@dataclass(frozen=True)
class Item:
    """One exported event: a report (per report) or a cluster's head report (per cluster)."""

    document: Document
    event: Event
    cluster: ClusterInfo | None

    @property
    def report_id(self) -> str:
        return f"{self.document.id}-{self.event.id}"

    @property
    def record_id(self) -> str:
        return self.cluster.id if self.cluster and self.per_cluster else self.report_id

    per_cluster: bool = False

    def parties(self, role: str) -> list[Actor]:
        ids = self.event.actors if role == "actor" else self.event.recipients
        return [a for a in (self.document.actor(i) for i in ids) if a is not None]

    @property
    def day(self) -> date | None:
        span = period(self.event.date.value if self.event.date else None) or period(
            self.document.published
        )
        return span[0] if span else None

    @property
    def sentence(self) -> str:
        s = self.event.sentence
        return self.document.text[s.start : s.end]

    @property
    def numeric_id(self) -> int:
        """A stable positive 60-bit integer id (GDELT's GLOBALEVENTID is an integer)."""
        return int(hashlib.sha1(self.record_id.encode()).hexdigest()[:15], 16)


def _clusters(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, ClusterInfo], dict[str, str]]:
    members: dict[str, list[str]] = defaultdict(list)
    of_report: dict[str, str] = {}
    for doc_id, event_id, cluster_id in con.execute(
        "SELECT doc_id, event_id, cluster_id FROM cluster_members ORDER BY rowid"
    ).fetchall():
        members[cluster_id].append(f"{doc_id}:{event_id}")
        of_report[f"{doc_id}:{event_id}"] = cluster_id
    infos = {
        r[0]: ClusterInfo(r[0], r[1], r[2], r[3], tuple(r[4]), tuple(members[r[0]]), r[5])
        for r in con.execute(
            "SELECT id, n_reports, n_articles, n_sources, sources, reason FROM clusters"
        ).fetchall()
    }
    return infos, of_report


def iter_reports(con: duckdb.DuckDBPyConnection) -> Iterator[Item]:
    """Every stored event, in article order (publication date, id) then event order."""
    infos, of_report = _clusters(con)
    for document in iter_documents(con):
        for event in document.events:
            cluster_id = of_report.get(f"{document.id}:{event.id}")
            yield Item(document, event, infos.get(cluster_id) if cluster_id else None)


def iter_clusters(con: duckdb.DuckDBPyConnection, batch: int = 200) -> Iterator[Item]:
    """One item per event cluster: its first report, carrying the cluster's counts."""
    infos, _ = _clusters(con)
    heads = sorted(infos.values(), key=lambda c: c.reports[0])
    for start in range(0, len(heads), batch):
        chunk = heads[start : start + batch]
        docs = {
            d.id: d
            for d in read_documents(con, sorted({c.reports[0].split(":")[0] for c in chunk}))
        }
        for info in chunk:
            doc_id, event_id = info.reports[0].split(":", 1)
            document = docs.get(doc_id)
            event = (
                next((e for e in document.events if e.id == event_id), None) if document else None
            )
            if document is not None and event is not None:
                yield Item(document, event, info, per_cluster=True)
