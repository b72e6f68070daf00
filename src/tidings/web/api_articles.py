"""REST API: articles (document JSON v1), and the optional ingest endpoint."""

from __future__ import annotations

import threading
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Path, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from tidings.models import Article
from tidings.store import read_document
from tidings.web import queries
from tidings.web.common import Con, Format, Limit, Offset, Text, not_found, table_response
from tidings.web.security import token_ok

router = APIRouter(prefix="/api", tags=["articles"])

ArticleId = Annotated[str, Path(min_length=1, max_length=100)]
_extract_lock = threading.Lock()


@router.get("/articles")
def list_articles(con: Con, q: Text = None, limit: Limit = 100, offset: Offset = 0,
                  format: Format = "json"):  # fmt: skip
    """Stored articles, newest first (``q`` searches titles and texts)."""
    table = queries.articles(con, text=q, limit=limit, offset=offset)
    return table_response(table, format, "articles")


@router.get("/articles/{article_id}")
def get_article(con: Con, article_id: ArticleId) -> Any:
    """One stored article as document JSON v1 (what ``tidings extract --format json`` gives)."""
    document = read_document(con, article_id)
    if document is None:
        raise not_found(f"article {article_id}")
    return document.to_dict()


class NewArticle(BaseModel):
    """An article to extract and store."""

    text: str = Field(min_length=1, max_length=500_000)
    title: str | None = Field(default=None, max_length=1000)
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.:-]{1,100}$")


@router.post("/articles", status_code=201)
async def post_article(
    request: Request, body: NewArticle, authorization: Annotated[str | None, Header()] = None
) -> Any:
    """Extract and store a posted article (only with ``tidings serve --allow-ingest``; send
    ``Authorization: Bearer $TIDINGS_TOKEN``)."""
    state = request.app.state
    if not state.allow_ingest:
        raise HTTPException(403, "this server is read-only (start it with --allow-ingest)")
    given = authorization.removeprefix("Bearer ").strip() if authorization else None
    if not token_ok(given, state.token):
        raise HTTPException(401, "a valid token is needed (Authorization: Bearer …)")
    return await run_in_threadpool(_ingest, state, body)


def _ingest(state: Any, body: NewArticle) -> dict[str, Any]:
    from tidings.pipeline import extract_article
    from tidings.reading import article_id
    from tidings.store import write_batch

    article = Article(
        id=body.id or article_id(body.text, body.source, body.url),
        title=body.title, text=body.text, published=body.published, source=body.source,
        url=body.url, origin="api",
    )  # fmt: skip
    with _extract_lock:
        document = extract_article(article, state.nlp())
        cursor = state.store.cursor()
        try:
            write_batch(cursor, [document], origins={document.id: "api"})
        finally:
            cursor.close()
    return document.to_dict()
