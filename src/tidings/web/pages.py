"""The HTML pages: home, articles, reader, event explorer, dyad view, actors, quotes, event
clusters, map."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from tidings.models import PLOVER_TYPES
from tidings.store import queries as store_queries
from tidings.store import read_document
from tidings.web import queries, quote_view, reader, urls
from tidings.web.api_actors import ActorId, actor_profile
from tidings.web.api_events import ClusterId, PartyPath, cluster_detail, dyad_filters
from tidings.web.common import (
    ClustersFilter,
    ClusterSort,
    Con,
    Filters,
    Limit,
    Offset,
    QuotesFilter,
    QuoteSort,
    Sort,
    Text,
    not_found,
)
from tidings.web.queries import CLUSTER_SORTS, QUOTE_SORTS, SORTS, EventFilters

TEMPLATES = Environment(
    loader=FileSystemLoader(str(__import__("pathlib").Path(__file__).parent / "templates")),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
TEMPLATES.globals.update(
    article_url=urls.article_url, actor_url=urls.actor_url, dyad_url=urls.dyad_url,
    events_url=urls.events_url, plover_types=PLOVER_TYPES, sorts=list(SORTS),
    quote_url=urls.quote_url, cluster_url=urls.cluster_url, quotes_url=urls.quotes_url,
    clusters_url=urls.clusters_url, quote_sorts=list(QUOTE_SORTS),
    cluster_sorts=list(CLUSTER_SORTS), quote_pieces=quote_view.pieces,
    quad_names={1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                4: "material conflict"},
)  # fmt: skip

router = APIRouter(include_in_schema=False)


def page(template: str, request: Request, **context: Any) -> HTMLResponse:
    html = TEMPLATES.get_template(template).render(path=request.url.path, **context)
    return HTMLResponse(html)


@router.get("/")
def home(request: Request, con: Con) -> HTMLResponse:
    return page(
        "home.html", request,
        totals=store_queries.totals(con),
        latest=queries.events(con, EventFilters(), limit=15).records(),
        dyads=store_queries.dyads(con, limit=10).records(),
    )  # fmt: skip


@router.get("/articles")
def articles_page(request: Request, con: Con, q: Text = None, limit: Limit = 100,
                  offset: Offset = 0) -> HTMLResponse:  # fmt: skip
    table = queries.articles(con, text=q, limit=limit, offset=offset)
    return page("articles.html", request, articles=table.records(), q=q or "")


@router.get("/articles/{article_id}")
def reader_page(
    request: Request, con: Con, article_id: Annotated[str, Path(max_length=100)]
) -> HTMLResponse:
    document = read_document(con, article_id)
    if document is None:
        raise not_found(f"article {article_id}")
    return page(
        "reader.html", request, doc=document, segments=reader.segments(document),
        label=lambda actor_id: reader.actor_label(document, actor_id),
    )  # fmt: skip


@router.get("/events")
def explorer_page(
    request: Request, con: Con, filters: Filters, sort: Sort = "-date", limit: Limit = 100,
    offset: Offset = 0,
) -> HTMLResponse:  # fmt: skip
    table = queries.events(con, filters, sort=sort, limit=limit, offset=offset)
    params = urls.filter_params(filters)
    shown = {**params, "sort": sort, "limit": limit, "offset": offset}
    return page(
        "events.html", request, f=filters, params=params, sort=sort, limit=limit, offset=offset,
        events=table.records(), total=queries.count_events(con, filters),
        csv_url="/api" + urls.events_url(**shown, format="csv"),
        next_url=urls.events_url(**{**shown, "offset": offset + limit}),
        prev_url=urls.events_url(**{**shown, "offset": max(0, offset - limit)}),
    )  # fmt: skip


@router.get("/dyads/{a}/{b}")
def dyad_page(
    request: Request, con: Con, a: PartyPath, b: PartyPath,
    by: Annotated[Literal["week", "month"], Query()] = "month",
) -> HTMLResponse:  # fmt: skip
    timeline = store_queries.dyads(con, a, b, by=by, symmetric=True).records()
    events = queries.events(con, dyad_filters(a, b), limit=200).records()
    return page(
        "dyad.html", request, a=a, b=b, by=by, timeline=timeline, events=events,
        chart={"a": a, "b": b, "by": by, "rows": [
            {**r, "period": r["period"].isoformat() if r["period"] else None} for r in timeline
        ]},
    )  # fmt: skip


@router.get("/actors")
def actors_page(request: Request, con: Con, name: Text = None, limit: Limit = 100,
                offset: Offset = 0) -> HTMLResponse:  # fmt: skip
    table = queries.actors(con, name=name, country=None, sector=None, limit=limit, offset=offset)
    return page("actors.html", request, actors=table.records(), name=name or "")


@router.get("/actors/{actor_id}")
def actor_page(request: Request, con: Con, actor_id: ActorId) -> HTMLResponse:
    return page("actor.html", request, actor=actor_profile(con, actor_id))


def pager(make_url: Any, shown: dict[str, Any], offset: int, limit: int) -> dict[str, str]:
    """The URLs of the previous and next pages (``shown`` holds the page's parameters)."""
    return {
        "next_url": make_url(**{**shown, "offset": offset + limit}),
        "prev_url": make_url(**{**shown, "offset": max(0, offset - limit)}),
    }


@router.get("/quotes")
def quotes_page(
    request: Request, con: Con, filters: QuotesFilter, sort: QuoteSort = "-date",
    limit: Limit = 100, offset: Offset = 0,
) -> HTMLResponse:  # fmt: skip
    table = queries.quotes(con, filters, sort=sort, context=True, limit=limit, offset=offset)
    params = urls.quote_params(filters)
    shown = {**params, "sort": sort, "limit": limit, "offset": offset}
    speaker = queries.actor(con, filters.speaker_key) if filters.speaker_key else None
    return page(
        "quotes.html", request, f=filters, sort=sort, limit=limit, offset=offset,
        quotes=table.records(), total=queries.count_quotes(con, filters), speaker=speaker,
        csv_url="/api" + urls.quotes_url(**shown, format="csv"),
        **pager(urls.quotes_url, shown, offset, limit),
    )  # fmt: skip


@router.get("/clusters")
def clusters_page(
    request: Request, con: Con, filters: ClustersFilter, sort: ClusterSort = "-reports",
    limit: Limit = 100, offset: Offset = 0,
) -> HTMLResponse:  # fmt: skip
    table = queries.clusters(con, filters, sort=sort, limit=limit, offset=offset)
    params = urls.cluster_params(filters)
    shown = {**params, "sort": sort, "limit": limit, "offset": offset}
    return page(
        "clusters.html", request, f=filters, sort=sort, limit=limit, offset=offset,
        clusters=table.records(), total=queries.count_clusters(con, filters),
        csv_url="/api" + urls.clusters_url(**shown, format="csv"),
        **pager(urls.clusters_url, shown, offset, limit),
    )  # fmt: skip


@router.get("/clusters/{cluster_id}")
def cluster_page(request: Request, con: Con, cluster_id: ClusterId) -> HTMLResponse:
    return page(
        "cluster.html", request, c=cluster_detail(con, cluster_id),
        csv_url="/api" + urls.events_url(cluster=cluster_id, sort="date", limit=1000, format="csv"),
    )  # fmt: skip


@router.get("/map")
def map_page(request: Request, con: Con) -> HTMLResponse:
    rows = queries.events(con, EventFilters(located=True), limit=1000).records()
    points = [
        {"lat": r["lat"], "lon": r["lon"], "label": f"{r['type']}: {r['location']}",
         "url": urls.article_url(r["doc_id"], r["event_id"])}
        for r in rows
    ]  # fmt: skip
    return page("map.html", request, points=points, events=rows)
