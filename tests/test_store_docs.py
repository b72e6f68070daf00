"""Hand-built Documents (our own short texts) shared by the store, export and dedup tests."""

from __future__ import annotations

from tidings.models import (
    Actor,
    Document,
    Event,
    EventDate,
    Location,
    Place,
    Quote,
    SentenceSpan,
    Span,
    Timex,
)


def span(text: str, part: str, start_at: int = 0) -> Span:
    start = text.index(part, start_at)
    return Span(start=start, end=start + len(part), text=part)


STRIKE = (
    "Russian jets bombed a rebel depot near Idlib on Monday, the Syrian opposition said. "
    '"They struck at dawn," said rebel spokesman Omar Haddad.'
)


def strike_doc(
    doc_id: str = "d1",
    source: str = "Wire A",
    published: str = "2017-05-02",
    day: str = "2017-05-01",
    text: str = STRIKE,
) -> Document:
    """A report of an air strike by the Russian military on Syrian rebels, with a quote."""
    sentence_end = text.index(". ") + 1
    return Document(
        id=doc_id, title="Jets strike depot", source=source, url=None, published=published,
        published_from="metadata", text=text,
        actors=(
            Actor(id="a1", name="Russian jets", country="RUS", sector="MIL", kind="group",
                  mentions=(span(text, "Russian jets"),)),
            Actor(id="a2", name="Syrian opposition", country="SYR", sector="REB", kind="group",
                  mentions=(span(text, "rebel depot"), span(text, "Syrian opposition"))),
            Actor(id="a3", name="Omar Haddad", country="SYR", sector="REB", kind="person",
                  mentions=(span(text, "Omar Haddad"),)),
        ),
        events=(
            Event(id="e1", type="ASSAULT", mode="aerial", context=("military",), cameo="195",
                  quad_class=4, goldstein=-10.0, actors=("a1",), recipients=("a2",),
                  trigger=span(text, "bombed"), sentence=SentenceSpan(start=0, end=sentence_end),
                  date=EventDate(value=day, granularity="day", text="Monday"),
                  location=Location(name="Idlib", country="SYR", geonameid=169388,
                                    lat=35.93, lon=36.63),
                  confidence=0.8),
        ),
        quotes=(
            Quote(id="q1", speaker="a3", speaker_text=span(text, "Omar Haddad"),
                  cue=span(text, "said", sentence_end), content=span(text, "They struck at dawn,"),
                  kind="direct"),
        ),
        places=(
            Place(start=text.index("Idlib"), end=text.index("Idlib") + 5, text="Idlib",
                  name="Idlib", country="SYR", geonameid=169388, lat=35.93, lon=36.63),
        ),
        timexes=(
            Timex(start=text.index("Monday"), end=text.index("Monday") + 6, text="Monday",
                  value=day, granularity="day"),
        ),
    )  # fmt: skip


TALKS = "Chinese and French foreign ministers met in Paris on Friday to discuss trade."


def talks_doc(doc_id: str = "d3") -> Document:
    """A reciprocal meeting (two actors, no recipient), no quote, month-level date."""
    return Document(
        id=doc_id, title=None, source="Wire C", published="2018-03-09",
        published_from="inferred", text=TALKS,
        actors=(
            Actor(id="a1", name="Chinese foreign minister", country="CHN", sector="GOV",
                  kind="person", mentions=(span(TALKS, "Chinese"),)),
            Actor(id="a2", name="French foreign minister", country="FRA", sector="GOV",
                  kind="person", mentions=(span(TALKS, "French foreign ministers"),)),
        ),
        events=(
            Event(id="e1", type="CONSULT", mode="visit", cameo="043", quad_class=1,
                  goldstein=2.8, actors=("a1", "a2"), trigger=span(TALKS, "met"),
                  sentence=SentenceSpan(start=0, end=len(TALKS)),
                  date=EventDate(value="2018-03", granularity="month", text=None),
                  location=Location(name="Paris", country="FRA"), negated=True,
                  modality="future", confidence=0.3),
        ),
    )  # fmt: skip


def plain_doc(doc_id: str = "d4") -> Document:
    """An article with nothing found in it."""
    return Document(id=doc_id, text="Nothing happened here.", published=None)


def test_fixtures_are_consistent() -> None:
    for doc in (strike_doc(), talks_doc(), plain_doc()):
        for actor in doc.actors:
            for m in actor.mentions:
                assert doc.text[m.start : m.end] == m.text
        for q in doc.quotes:
            assert doc.text[q.content.start : q.content.end] == q.content.text
