"""One article in, one Document out: the stages in order."""

from __future__ import annotations

import time
from datetime import date

from spacy.language import Language

from tidings.actors.resolve import resolve_actors
from tidings.analysis import Analysis
from tidings.events.extract import find_events
from tidings.layout import find_blocks
from tidings.models import Actor, Article, Document
from tidings.nlp import annotate_long, load_model
from tidings.places import find_places
from tidings.pubdate import infer_published
from tidings.quotes import find_quotes
from tidings.reading import make_article
from tidings.timex import find_timexes


def analyse(
    article: Article, nlp: Language | None = None, timings: dict[str, float] | None = None
) -> Analysis:
    """Run every stage over ``article`` and return what they found. With ``timings``, the CPU
    seconds of each stage (process time) are added to it, keyed by stage name; "parse" is also
    split by spaCy component ("parse: ner", …)."""
    clock = _Clock(timings)
    doc = annotate_long(article.text, nlp or load_model(), timings=timings)
    clock("parse")
    analysis = Analysis(article=article, doc=doc, blocks=find_blocks(article.text))
    clock("layout")
    if article.published:
        analysis.published = date.fromisoformat(article.published)
    else:
        analysis.published = infer_published(doc)
    clock("published date")
    analysis.timexes = find_timexes(doc, analysis.published)
    clock("dates")
    analysis.places = find_places(doc)
    clock("places")
    analysis.actors = resolve_actors(analysis)
    clock("actors")
    analysis.quotes = find_quotes(analysis)
    clock("quotes")
    analysis.events = find_events(analysis)
    clock("events")
    return analysis


class _Clock:
    """Adds the process time since the last call to ``timings[name]`` (nothing without one)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.process_time() if timings is not None else 0.0

    def __call__(self, name: str) -> None:
        if self.timings is None:
            return
        now = time.process_time()
        self.timings[name] = self.timings.get(name, 0.0) + now - self.last
        self.last = now


def to_document(analysis: Analysis) -> Document:
    article = analysis.article
    if article.published:
        published, source = article.published, "metadata"
    elif analysis.published:
        published, source = analysis.published.isoformat(), "inferred"
    else:
        published, source = None, "unknown"
    return Document(
        id=article.id,
        title=article.title,
        source=article.source,
        url=article.url,
        published=published,
        published_from=source,  # type: ignore[arg-type]
        text=article.text,
        actors=_participants(analysis),
        events=tuple(analysis.events),
        quotes=tuple(analysis.quotes),
        places=tuple(analysis.places),
        timexes=tuple(analysis.timexes),
    )


def _participants(analysis: Analysis) -> tuple[Actor, ...]:
    """The actors of the document, less countries named only as places ("in Sochi") that no
    event or quote involves: a place is not an actor until it acts, is acted on, or speaks."""
    involved = {i for e in analysis.events for i in (*e.actors, *e.recipients)}
    involved |= {q.speaker for q in analysis.quotes if q.speaker}
    places = {(p.start, p.end) for p in analysis.places}
    return tuple(
        actor
        for actor in analysis.actors.actors
        if actor.id in involved or any((m.start, m.end) not in places for m in actor.mentions)
    )


def extract_article(
    article: Article, nlp: Language | None = None, timings: dict[str, float] | None = None
) -> Document:
    return to_document(analyse(article, nlp, timings))


def extract(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Document:
    """Analyse one article's text and return its Document (JSON v1 via ``.to_json()``)."""
    return extract_article(
        make_article(text, title=title, published=published, source=source, url=url)
    )
