"""The records the actor stage passes between its steps: candidate mentions and their codings."""

from __future__ import annotations

from dataclasses import dataclass, field

from tidings.models import ActorKind

Key = tuple[str | None, ...]


@dataclass
class Part:
    """One actor a mention names, as coded from the text (before actors are merged)."""

    key: Key  # mentions whose parts share a key are one actor
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    titles: frozenset[str] = frozenset()  # "president", "secretary of state": for "the president"
    gender: str | None = None
    owner: int | None = None  # token of a possessor ("Assad's forces"): its actor's country
    surname: bool = False  # a bare surname, to be joined to a full name in the document
    place: bool = False  # a country named as a place ("in Syria", "in Mosul"), not acting
    foreign: bool = False  # "a Western diplomat": not of the country the story is about
    # the same name's body in other countries (country, sector, name): "Congress" in Peru
    elsewhere: tuple[tuple[str | None, str | None, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Ref:
    """A mention that names no one by itself: resolved by coreference."""

    what: str  # "he", "she", "it", "they" (pronouns), "definite", "plural"
    head: str = ""  # the head word of a description ("president", "country", "leader")
    country: str | None = None  # "the Russian president"
    count: int | None = None  # "the two leaders" = 2
    person: bool = True  # persons ("leaders") or countries/bodies ("countries", "governments")
    sector: str | None = None
    body: bool = False  # "the group", "the ministry": the body named last
    name: str = ""  # the words ("the militant group"), for an actor of its own
    specific: bool = False  # "the company" (BUS), "the party" (PTY): a body of that sector
    same_head: bool = False  # "the regime": the latest body named with the same head word


@dataclass
class Mention:
    start: int  # token indices, end exclusive
    end: int
    head: int
    char_start: int
    char_end: int
    sent: int  # sentence number
    sent_start: int  # the sentence's first token
    subject: bool
    parts: list[Part] = field(default_factory=list)
    ref: Ref | None = None
    ids: tuple[str, ...] = ()  # actor ids, once resolved
