"""REST API: events, dyads, clusters."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from tidings.store import queries as store_queries
from tidings.web import queries
from tidings.web.common import (
    CLUSTER_ID,
    ClustersFilter,
    ClusterSort,
    Con,
    Filters,
    Format,
    Limit,
    Offset,
    Since,
    Sort,
    Until,
    jsonable,
    not_found,
    table_response,
)
from tidings.web.queries import EventFilters, Party

router = APIRouter(prefix="/api", tags=["events"])

PartyPath = Annotated[
    str, Path(min_length=2, max_length=100, description="A code (USA, RUSGOV) or a name.")
]


@router.get("/events")
def list_events(
    con: Con, filters: Filters, sort: Sort = "-date", limit: Limit = 100, offset: Offset = 0,
    format: Format = "json",
):  # fmt: skip
    """Events, filtered by parties, type, mode, modality, dates, text and article."""
    table = queries.events(con, filters, sort=sort, limit=limit, offset=offset)
    extra = {"total": queries.count_events(con, filters), "limit": limit, "offset": offset}
    return table_response(table, format, "events", extra)


def dyad_filters(a: str, b: str) -> EventFilters:
    return EventFilters(actor=Party(who=a), recipient=Party(who=b), symmetric=True)


@router.get("/dyads")
def top_dyads(con: Con, since: Since = None, until: Until = None, limit: Limit = 20,
              format: Format = "json"):  # fmt: skip
    """The most frequent actor → recipient country pairs."""
    table = store_queries.dyads(con, since=since, until=until, limit=limit)
    return table_response(table, format, "dyads")


@router.get("/dyads/{a}/{b}")
def dyad(
    con: Con, a: PartyPath, b: PartyPath,
    by: Annotated[Literal["week", "month"], Query(description="Period.")] = "month",
    since: Since = None, until: Until = None, format: Format = "json",
):  # fmt: skip
    """Events between two parties (both directions) per week or month: counts per QuadClass
    and the mean Goldstein score."""
    table = store_queries.dyads(con, a, b, by=by, symmetric=True, since=since, until=until)
    return table_response(table, format, f"dyad-{a}-{b}", {"a": a, "b": b, "by": by})


ClusterId = Annotated[str, Path(pattern=CLUSTER_ID, description="A cluster id (/api/clusters).")]


@router.get("/clusters")
def list_clusters(
    con: Con, filters: ClustersFilter, sort: ClusterSort = "-reports", limit: Limit = 100,
    offset: Offset = 0, format: Format = "json",
):  # fmt: skip
    """Event clusters: reports of the same event across articles, most reported first."""
    table = queries.clusters(con, filters, sort=sort, limit=limit, offset=offset)
    extra = {"total": queries.count_clusters(con, filters), "limit": limit, "offset": offset}
    return table_response(table, format, "clusters", extra)


def cluster_detail(con: Con, cluster_id: str) -> dict[str, object]:
    """A cluster with every report of its event (oldest first)."""
    found = queries.cluster(con, cluster_id)
    if found is None:
        raise not_found(f"cluster {cluster_id}")
    reports = queries.events(con, EventFilters(cluster=cluster_id), sort="date", limit=10_000)
    return {**found, "reports": reports.records()}


@router.get("/clusters/{cluster_id}")
def get_cluster(con: Con, cluster_id: ClusterId):
    """One cluster and its reports (the events, as /api/events gives them)."""
    return jsonable(cluster_detail(con, cluster_id))
