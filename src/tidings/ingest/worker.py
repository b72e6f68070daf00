"""The work on one article, done in a worker process (or in-process with one worker): the spaCy
model and knowledge are loaded once per process, then each article is extracted and signed."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from tidings import timeouts
from tidings.dedup import signature
from tidings.errors import ArticleTimeout, TidingsError
from tidings.models import Article, Document

_nlp = None
TIME_LIMIT = 120.0  # seconds for one article; a longer one is recorded as an error, not waited on


@dataclass(frozen=True)
class Outcome:
    """What became of one article: its Document, or why it failed."""

    article_id: str
    origin: str | None
    document: Document | None
    error: str | None
    signature: list[int] | None
    seconds: float
    cpu: dict[str, float] | None = None  # CPU seconds per stage (parse, …, sign), when extracted


def init_worker(knowledge: tuple[str, ...] = ()) -> None:
    """Load the model (and the user's knowledge directories) once for this process."""
    global _nlp
    from tidings.knowledge import add_knowledge_dir
    from tidings.nlp import load_model

    for directory in knowledge:
        add_knowledge_dir(Path(directory))
    _nlp = load_model()


def process(article: Article, time_limit: float = TIME_LIMIT, sign: bool = True) -> Outcome:
    """Extract one article; never raises (a failure or a timeout is an Outcome with an error).
    ``sign=False`` leaves the MinHash signature to the caller (the ingest's main process signs:
    it imports datasketch anyway, and a worker then starts 0.4 s sooner)."""
    from tidings.pipeline import extract_article

    if _nlp is None:
        init_worker()
    start = time.perf_counter()
    cpu: dict[str, float] | None = {}
    try:
        with timeouts.time_limit(time_limit):
            document = extract_article(article, _nlp, cpu)
        sig = None
        if sign:
            signed = time.process_time()
            sig = signature(article.text)
            cpu["sign"] = time.process_time() - signed  # type: ignore[index]
        error = None
    except ArticleTimeout:
        document, sig, cpu = None, None, None
        error = f"internal error: extraction took longer than {time_limit:g} s (skipped)"
    except TidingsError as exc:
        document, sig, error, cpu = None, None, str(exc), None
    except Exception as exc:  # a bug must not lose the rest of the run
        document, sig, error, cpu = None, None, f"internal error {exc!r}", None
    seconds = time.perf_counter() - start
    return Outcome(article.id, article.origin, document, error, sig, seconds, cpu)
