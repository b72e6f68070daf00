"""The FastAPI app: the REST API under /api, the pages, and the static assets (served from
installed packages: nothing is fetched from the network)."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import HTTPException
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from tidings.store import open_store
from tidings.web import api_actors, api_articles, api_events, pages
from tidings.web.security import SecurityMiddleware

STATIC = Path(__file__).parent / "static"


def plotly_js() -> Path:
    """plotly.min.js as shipped inside the plotly wheel."""
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def swagger_ui() -> Path:
    """Swagger UI's files as shipped inside the swagger-ui-bundle wheel."""
    from swagger_ui_bundle import swagger_ui_path

    return Path(str(swagger_ui_path))


def create_app(db_path: str | Path, *, allow_ingest: bool = False, token: str | None = None
               ) -> FastAPI:  # fmt: skip
    """The app over the store at ``db_path``: read-only unless ``allow_ingest`` (which needs a
    ``token`` for POST /api/articles)."""
    if allow_ingest and not token:
        raise ValueError("--allow-ingest needs a token (set TIDINGS_TOKEN)")
    store = open_store(db_path, read_only=not allow_ingest)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        docs_url=None,  # served below from the swagger-ui-bundle wheel, not from a CDN
        redoc_url=None,
        title="tidings",
        description="News articles turned into event data: who did what to whom, when, where.",
        version="1",
    )
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    app.state.token = token
    app.state.nlp = functools.cache(_load_model)
    app.add_middleware(SecurityMiddleware)
    app.include_router(api_articles.router)
    app.include_router(api_events.router)
    app.include_router(api_actors.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    js = plotly_js()
    app.mount("/vendor/swagger", StaticFiles(directory=str(swagger_ui())), name="swagger")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return pages.page("docs.html", request)

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_asset() -> FileResponse:
        return FileResponse(js, media_type="text/javascript",
                            headers={"cache-control": "max-age=86400"})  # fmt: skip

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Any:
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)
        html = pages.TEMPLATES.get_template("error.html").render(
            path=request.url.path, status=exc.status_code, detail=exc.detail
        )
        return HTMLResponse(html, exc.status_code)

    return app


def _load_model() -> Any:
    from tidings.nlp import load_model

    return load_model()
