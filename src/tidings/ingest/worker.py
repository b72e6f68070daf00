"""The work on one article, done in a worker process (or in-process with one worker): the spaCy
model and knowledge are loaded once per process, then each article is extracted and signed."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tidings.dedup import signature
from tidings.errors import TidingsError
from tidings.models import Article, Document

_nlp = None
TIME_LIMIT = 120.0  # seconds for one article; a longer one is recorded as an error, not waited on


class ArticleTimeout(Exception):
    pass


def _expire(signum: int, frame: object) -> None:
    raise ArticleTimeout


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the work after ``seconds`` (Unix main thread only; elsewhere no limit)."""
    usable = (
        seconds > 0
        and hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class Outcome:
    """What became of one article: its Document, or why it failed."""

    article_id: str
    origin: str | None
    document: Document | None
    error: str | None
    signature: list[int] | None
    seconds: float


def init_worker(knowledge: tuple[str, ...] = ()) -> None:
    """Load the model (and the user's knowledge directories) once for this process."""
    global _nlp
    from tidings.knowledge import add_knowledge_dir
    from tidings.nlp import load_model

    for directory in knowledge:
        add_knowledge_dir(Path(directory))
    _nlp = load_model()


def process(article: Article, time_limit: float = TIME_LIMIT) -> Outcome:
    """Extract one article; never raises (a failure or a timeout is an Outcome with an error)."""
    from tidings.pipeline import extract_article

    if _nlp is None:
        init_worker()
    start = time.perf_counter()
    try:
        with _time_limit(time_limit):
            document = extract_article(article, _nlp)
        sig = signature(article.text)
        error = None
    except ArticleTimeout:
        document, sig = None, None
        error = f"internal error: extraction took longer than {time_limit:g} s (skipped)"
    except TidingsError as exc:
        document, sig, error = None, None, str(exc)
    except Exception as exc:  # a bug must not lose the rest of the run
        document, sig, error = None, None, f"internal error {exc!r}"
    return Outcome(article.id, article.origin, document, error, sig, time.perf_counter() - start)
