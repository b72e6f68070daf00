"""``tidings serve``: the web UI and REST API over a store."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.console import Console

from tidings.errors import TidingsError
from tidings.store.connection import DEFAULT_DB

err = Console(stderr=True)


def serve(
    db: Annotated[str, typer.Option("--db", help="The store (a DuckDB file).")] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[
        bool,
        typer.Option(help="Enable POST /api/articles (needs the TIDINGS_TOKEN variable)."),
    ] = False,
) -> None:
    """Serve the web UI and the REST API (OpenAPI docs at /docs) over a store.

    Read-only unless --allow-ingest, which also needs TIDINGS_TOKEN: clients then send
    ``Authorization: Bearer $TIDINGS_TOKEN`` with POST /api/articles.

    Examples:

      tidings serve --db news.duckdb

      TIDINGS_TOKEN=secret tidings serve --db news.duckdb --allow-ingest --port 8080
    """
    import uvicorn

    from tidings.web import create_app

    token = os.environ.get("TIDINGS_TOKEN") or None
    if allow_ingest and not token:
        err.print("[red]error:[/red] --allow-ingest needs a token: set TIDINGS_TOKEN")
        raise typer.Exit(2)
    try:
        app = create_app(db, allow_ingest=allow_ingest, token=token)
    except TidingsError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    shown = f"[{host}]" if ":" in host else host
    err.print(f"tidings is serving {db} at [bold]http://{shown}:{port}/[/bold] (Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
