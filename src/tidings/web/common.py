"""What the API and the pages share: the store connection, parameter checks, CSV/JSON output."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from tidings.models import PLOVER_TYPES
from tidings.store.queries import Table
from tidings.web.queries import (
    CLUSTER_SORTS,
    QUOTE_SORTS,
    SORTS,
    ClusterFilters,
    EventFilters,
    Party,
    QuoteFilters,
)

CODE = r"^[A-Z]{3}$"
ACTOR_ID = r"^[0-9a-f]{12}$"
CLUSTER_ID = r"^c[0-9a-f]{12}$"
MAX_LIMIT = 1000


def connection(request: Request) -> Any:
    """A cursor on the app's store connection, one per request (DuckDB cursors are safe to
    use from the threads FastAPI runs handlers in)."""
    cursor = request.app.state.store.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


Con = Annotated[duckdb.DuckDBPyConnection, Depends(connection)]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many rows.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many rows.")]
Since = Annotated[date | None, Query(description="From this day on (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Up to this day (YYYY-MM-DD).")]
Text = Annotated[str | None, Query(max_length=200, description="Text to search for.")]


def bad_param(name: str, message: str) -> RequestValidationError:
    """A 422 naming the query parameter ``name``."""
    return RequestValidationError(
        [{"loc": ("query", name), "msg": f"{name}: {message}", "type": "value_error"}]
    )


def not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what}")


def event_types(values: list[str]) -> list[str]:
    """PLOVER types from repeated and/or comma-separated ``type`` parameters."""
    types = [t.strip().upper() for v in values for t in v.split(",") if t.strip()]
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown:
        raise bad_param(
            "type", f"unknown event type {unknown[0]!r}; one of {', '.join(PLOVER_TYPES)}"
        )
    return types


def _check_period(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise bad_param("until", "is before since")


def event_filters(
    actor: Annotated[
        str | None, Query(max_length=100, description="Actor code (RUS, RUSGOV, GOV) or name.")
    ] = None,
    recipient: Annotated[
        str | None, Query(max_length=100, description="Recipient code or name.")
    ] = None,
    actor_country: Annotated[str | None, Query(pattern=CODE)] = None,
    actor_sector: Annotated[str | None, Query(pattern=CODE)] = None,
    recipient_country: Annotated[str | None, Query(pattern=CODE)] = None,
    recipient_sector: Annotated[str | None, Query(pattern=CODE)] = None,
    type: Annotated[
        list[str] | None, Query(max_length=20, description="PLOVER types (repeat or a,b).")
    ] = None,
    mode: Annotated[str | None, Query(max_length=40)] = None,
    modality: Annotated[
        Literal["asserted", "future", "hypothetical", "alleged", "historical"] | None, Query()
    ] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    since: Since = None,
    until: Until = None,
    q: Text = None,
    article: Annotated[str | None, Query(max_length=100)] = None,
    cluster: Annotated[
        str | None, Query(pattern=CLUSTER_ID, description="An event cluster id.")
    ] = None,
    located: bool = False,
) -> EventFilters:
    _check_period(since, until)
    return EventFilters(
        actor=Party(who=actor or None, country=actor_country, sector=actor_sector),
        recipient=Party(who=recipient or None, country=recipient_country, sector=recipient_sector),
        types=event_types(type or []),
        mode=mode or None, modality=modality, quad_class=quad_class, since=since, until=until,
        text=q or None, article=article or None, cluster=cluster, located=located,
    )  # fmt: skip


Filters = Annotated[EventFilters, Depends(event_filters)]
Sort = Annotated[
    str, Query(pattern="^(" + "|".join(SORTS) + ")$", description="Sort order (-x: descending).")
]


def quote_filters(
    speaker: Annotated[
        str | None, Query(max_length=100, description="The speaker's name (or part of it).")
    ] = None,
    speaker_id: Annotated[
        str | None, Query(pattern=ACTOR_ID, description="The speaker's actor id (/api/actors).")
    ] = None,
    country: Annotated[
        str | None, Query(pattern=CODE, description="The speaker's country code.")
    ] = None,
    kind: Annotated[Literal["direct", "indirect", "mixed"] | None, Query()] = None,
    since: Since = None,
    until: Until = None,
    q: Text = None,
    article: Annotated[str | None, Query(max_length=100)] = None,
) -> QuoteFilters:
    _check_period(since, until)
    return QuoteFilters(
        speaker=speaker or None, speaker_key=speaker_id, country=country, kind=kind,
        since=since, until=until, text=q or None, article=article or None,
    )  # fmt: skip


QuotesFilter = Annotated[QuoteFilters, Depends(quote_filters)]
QuoteSort = Annotated[
    str, Query(pattern="^(" + "|".join(QUOTE_SORTS) + ")$", description="Sort order.")
]


def cluster_filters(
    type: Annotated[
        list[str] | None, Query(max_length=20, description="PLOVER types (repeat or a,b).")
    ] = None,
    party: Annotated[
        str | None, Query(max_length=100, description="A code (RUS, USA-GOV) on either side.")
    ] = None,
    since: Since = None,
    until: Until = None,
    min_reports: Annotated[
        int, Query(ge=1, le=100_000, description="At least this many reports.")
    ] = 1,
    min_sources: Annotated[
        int, Query(ge=1, le=100_000, description="At least this many sources.")
    ] = 1,
) -> ClusterFilters:
    _check_period(since, until)
    return ClusterFilters(
        types=event_types(type or []), party=party or None, since=since, until=until,
        min_reports=min_reports, min_sources=min_sources,
    )  # fmt: skip


ClustersFilter = Annotated[ClusterFilters, Depends(cluster_filters)]
ClusterSort = Annotated[
    str,
    Query(
        pattern="^(" + "|".join(CLUSTER_SORTS) + ")$", description="Sort order (-x: descending)."
    ),
]


def table_response(table: Table, fmt: str, name: str, extra: dict[str, Any] | None = None) -> Any:
    """``table`` as JSON (``{"items": [...]}`` plus ``extra``) or as a CSV download."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows(["" if v is None else _cell(v) for v in row] for row in table.rows)
        return Response(
            out.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{name}.csv"'},
        )
    return JSONResponse({**(extra or {}), "items": jsonable(table.records())})


def _cell(value: Any) -> Any:
    text = value.isoformat() if isinstance(value, date) else value
    # A cell starting with = + - @ would be a formula in a spreadsheet: neutralise it.
    if isinstance(text, str) and text[:1] in ("=", "+", "-", "@") and not _number(text):
        return "'" + text
    return text


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
