"""tidings: news articles in, event data out — who did what to whom, when and where, and who said
what, each fact tied to the characters it came from.

``tidings.extract(text, published=...)`` analyses one article and returns a ``Document``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tidings.models import Actor, Article, Document, Event, Place, Quote, Timex

if TYPE_CHECKING:
    from tidings.pipeline import extract, extract_article

__version__ = "0.1.0"
__all__ = [
    "Actor",
    "Article",
    "Document",
    "Event",
    "Place",
    "Quote",
    "Timex",
    "__version__",
    "extract",
    "extract_article",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    """Load the pipeline (and spaCy) only when it is used, so that the CLI starts fast."""
    if name in ("extract", "extract_article"):
        from tidings import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'tidings' has no attribute {name!r}")
