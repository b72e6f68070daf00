"""When and where: the temporal expression and the place attached to an event's clause."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings.events.lexicon import is_place
from tidings.knowledge import cached_knowledge, read_table
from tidings.models import PLOVER_TYPES, Place, Timex

PLACE_PREPS = "events/place_preps.tsv"
DATED = re.compile(r"^\d{3,4}(?:-|$)")
MAX_HOPS = 8


@dataclass(frozen=True, slots=True)
class PlaceRule:
    """How an event of one type is placed by what it targets (events/place_preps.tsv)."""

    preps: frozenset[str] = frozenset()
    objects: bool = False


@cached_knowledge
def place_rules() -> dict[str, PlaceRule]:
    rules: dict[str, PlaceRule] = {}
    for row in read_table(PLACE_PREPS, ("type", "preps", "objects")):
        if row["type"] not in PLOVER_TYPES:
            raise row.error(f"{row['type']!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        if row["objects"] not in ("yes", "no"):
            raise row.error(f"objects is {row['objects']!r}, not yes or no")
        preps = frozenset(row["preps"].lower().split())
        rules[row["type"]] = PlaceRule(preps, row["objects"] == "yes")
    return rules


@dataclass(frozen=True, slots=True)
class Anchor:
    """A timex or place with the head token of its span."""

    head: int
    index: int  # position in the analysis list


def _heads(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Anchor]:
    anchors: list[Anchor] = []
    for index, (start, end) in enumerate(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        anchors.append(Anchor(span.root.i, index))
    return anchors


def timex_anchors(doc: Doc, timexes: Sequence[Timex]) -> list[Anchor]:
    """Head tokens of the timexes that name a point or period on the calendar."""
    usable = [(t.start, t.end) if _dated(t) else (-1, -1) for t in timexes]
    return [a for a in _heads(doc, usable) if _dated(timexes[a.index])]


def _dated(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and bool(DATED.match(timex.value))


def place_anchors(doc: Doc, places: Sequence[Place]) -> list[Anchor]:
    return _heads(doc, [(p.start, p.end) for p in places])


def _object_of(token: Token, clause: set[int]) -> bool:
    """A place that is the object of the clause, itself or as "the city of X" ("seized Afrin",
    "shelled the town of Douma and Harasta", "Douma was seized")."""
    while True:
        if token.dep_ in ("conj", "appos"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and is_place(token.head.head):
            token = token.head.head
        else:
            return token.dep_ in ("dobj", "nsubjpass") and token.head.i in clause


def _near(token: Token, clause: set[int]) -> bool:
    """A clause token or the head of one of its arguments ("deploy peacekeepers [in Syria]",
    "talks with Merkel [in Sochi]")."""
    if token.i in clause:
        return True
    if token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "appos", "oprd"):
        return token.head.i in clause
    return token.dep_ == "pobj" and token.head.head.i in clause


def attach(
    doc: Doc,
    anchors: Sequence[Anchor],
    clause: set[int],
    stops: set[int],
    via_preps: frozenset[str] | None = None,
    target_preps: frozenset[str] = frozenset(),
    objects: bool = False,
) -> int | None:
    """The anchor (timex or place index) closest to an event's clause tokens.

    From each anchor's head, climb the parse until a token of ``clause`` (a match) or a verb or
    another event's trigger outside it (no match). With ``via_preps``, the path must pass through
    one of these prepositions ("in Sochi"), or through one of ``target_preps`` from a place that
    is the preposition's own object ("the assault on Afrin", not "strikes against UK fighters").
    A place whose own preposition is another one belongs to another phrase ("clashes with US
    forces", "a raid by US commandos"): it never places the event. With ``objects``, a place that
    is the clause's object also does ("shelled Homs", "the city of Homs was seized")."""
    best: tuple[int, int] | None = None
    for anchor in anchors:
        token: Token = doc[anchor.head]
        through = via_preps is None or (objects and _object_of(token, clause))
        # a name modifying a common noun ("the Black Sea resort of Sochi") is less specific
        penalty = MAX_HOPS if token.dep_ in ("compound", "amod") else 0
        named_object = token.dep_ in ("pobj", "conj", "appos")  # not "UK" in "UK fighters"
        own_prep: str | None = None  # the first preposition above the place ("of" aside)
        for hops in range(MAX_HOPS):
            if token.i in clause:
                if through and (best is None or hops + penalty < best[0]):
                    best = (hops + penalty, anchor.index)
                break
            if hops > 0 and (token.i in stops or token.pos_ in ("VERB", "AUX")):
                break
            if via_preps is not None and token.dep_ == "prep" and token.lower_ != "of":
                own_prep = own_prep or token.lower_
            foreign = own_prep is not None and own_prep not in (via_preps or ()) | target_preps
            if foreign:
                through = False
            elif via_preps is not None and token.dep_ == "prep" and token.lower_ in via_preps:
                through = _near(token.head, clause)  # "met in Sochi", not "an X in Y" below
            elif token.dep_ == "prep" and token.lower_ in target_preps and named_object:
                through = _near(token.head, clause)

            if token.head.i == token.i:
                break
            token = token.head
    return best[1] if best else None
