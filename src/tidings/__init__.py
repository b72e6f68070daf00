"""tidings: news articles in, event data out — who did what to whom, when and where, and who said
what, each fact tied to the characters it came from."""

from tidings.models import Actor, Article, Document, Event, Place, Quote, Timex
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
