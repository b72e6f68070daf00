"""The records of document JSON v1: the one place that defines the shape of tidings' data.

Every stage returns these records; the CLI, the store and the exports serialise them. Offsets are
Python string indices into ``Document.text`` (``text[start:end] == span.text``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

ActorKind = Literal["person", "organization", "country", "group"]
Modality = Literal["asserted", "future", "hypothetical", "alleged", "historical"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Granularity = Literal[
    "day", "week", "month", "quarter", "season", "year", "decade", "century", "time"
]
PublishedFrom = Literal["metadata", "inferred", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


class Record(BaseModel):
    """Base of all records: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    start: int
    end: int
    text: str


class SentenceSpan(Record):
    start: int
    end: int


class Article(Record):
    """An input article, before any analysis."""

    id: str
    title: str | None = None
    text: str
    published: str | None = None  # ISO date (YYYY-MM-DD) when known from metadata
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # where it was read from, e.g. "stories.jsonl:12"


class Actor(Record):
    id: str
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3 or PLOVER's IGO/NGO/MNC/...
    sector: str | None = None  # PLOVER sector code (GOV, MIL, LEG, ...)
    kind: ActorKind
    mentions: tuple[Span, ...] = ()


class EventDate(Record):
    value: str  # ISO 8601 (2017-05-02, 2017-04, 2017-W18, 2016)
    granularity: Granularity
    text: str | None = None  # the temporal expression; None when the publication date was used


class Location(Record):
    name: str
    country: str | None = None  # ISO alpha-3
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


class Event(Record):
    id: str
    type: str  # one of PLOVER_TYPES
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    quad_class: int | None = (
        None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    )
    goldstein: float | None = None
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    trigger: Span
    sentence: SentenceSpan
    date: EventDate | None = None
    location: Location | None = None
    negated: bool = False
    modality: Modality = "asserted"
    quote: str | None = None  # id of the quote that reports this event, if any
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)


class Quote(Record):
    id: str
    speaker: str | None = None  # actor id
    speaker_text: Span | None = None
    cue: Span | None = None
    content: Span
    kind: QuoteKind


class Place(Record):
    start: int
    end: int
    text: str
    name: str
    country: str | None = None  # ISO alpha-3
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


class Timex(Record):
    start: int
    end: int
    text: str
    value: str  # ISO 8601 value relative to the publication date (TIMEX3 style: 2017-04, P6Y)
    granularity: Granularity
    type: TimexType = "DATE"


class Document(Record):
    """Document JSON v1: one analysed article."""

    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    published_from: PublishedFrom = "unknown"
    text: str
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    timexes: tuple[Timex, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json")

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        return cls.model_validate_json(data)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)
