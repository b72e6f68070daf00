"""REST API: actors and quotes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from tidings.web import queries
from tidings.web.common import (
    CODE,
    Con,
    Format,
    Limit,
    Offset,
    QuotesFilter,
    QuoteSort,
    Text,
    jsonable,
    not_found,
    table_response,
)
from tidings.web.queries import EventFilters, Party

router = APIRouter(prefix="/api", tags=["actors"])

ActorId = Annotated[str, Path(pattern="^[0-9a-f]{12}$", description="An actor id (/api/actors).")]


@router.get("/actors")
def list_actors(
    con: Con,
    name: Text = None,
    country: Annotated[str | None, Query(pattern=CODE)] = None,
    sector: Annotated[str | None, Query(pattern=CODE)] = None,
    limit: Limit = 100, offset: Offset = 0, format: Format = "json",
):  # fmt: skip
    """Actors across articles (one per name and codes) with their counts."""
    table = queries.actors(
        con, name=name, country=country, sector=sector, limit=limit, offset=offset
    )
    return table_response(table, format, "actors")


def actor_profile(con: Con, actor_id: str, limit: int = 50) -> dict[str, object]:
    """An actor with its events (as actor, as recipient), quotes and top partners."""
    found = queries.actor(con, actor_id)
    if found is None:
        raise not_found(f"actor {actor_id}")
    key = Party(key=actor_id)
    as_actor = queries.events(con, EventFilters(actor=key), limit=limit)
    as_recipient = queries.events(con, EventFilters(recipient=key), limit=limit)
    return {
        **found,
        "events_as_actor": as_actor.records(),
        "events_as_recipient": as_recipient.records(),
        "quotes": queries.quotes(con, speaker_key=actor_id, limit=limit).records(),
        "partners": queries.partners(con, actor_id).records(),
    }


@router.get("/actors/{actor_id}")
def get_actor(con: Con, actor_id: ActorId):
    """One actor: codes, mentions, events as actor and as recipient, quotes, top partners."""
    return jsonable(actor_profile(con, actor_id))


@router.get("/quotes")
def list_quotes(
    con: Con, filters: QuotesFilter, sort: QuoteSort = "-date", limit: Limit = 100,
    offset: Offset = 0, format: Format = "json",
):  # fmt: skip
    """Who said what, newest first: by speaker (name or actor id), the speaker's country, kind
    (direct, indirect, mixed), publication dates, text in the quote, article."""
    table = queries.quotes(con, filters, sort=sort, limit=limit, offset=offset)
    extra = {"total": queries.count_quotes(con, filters), "limit": limit, "offset": offset}
    return table_response(table, format, "quotes", extra)
