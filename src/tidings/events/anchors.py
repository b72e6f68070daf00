"""When and where: the temporal expression and the place attached to an event's clause."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tidings.events.lexicon import cues, is_place, lemma_of, noun_entries
from tidings.knowledge import cached_knowledge, read_table
from tidings.models import PLOVER_TYPES, Place, Timex
from tidings.places.locatives import motion_verbs

PLACE_PREPS = "events/place_preps.tsv"
DATED = re.compile(r"^\d{3,4}(?:-|$)")
MAX_HOPS = 8
_OPENERS = frozenset({"but", "and", "meanwhile", "elsewhere", "later", "earlier", "also"})


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
    "shelled the town of Douma and Harasta", "Douma was seized", "held much of X")."""
    while True:
        if token.dep_ in ("conj", "appos"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and _whole(token.head.head):
            token = token.head.head
        else:
            return token.dep_ in ("dobj", "nsubjpass") and token.head.i in clause


def _whole(token: Token) -> bool:
    """A thing a place is named as part or whole of ("the town of X", "much of X", "the
    suburbs of X"), not a person from there ("Mr Y of X")."""
    return token.pos_ == "NOUN" or is_place(token) or lemma_of(token) in cues().partitives


def _other_event(token: Token, clause: set[int]) -> bool:
    """An event noun in a phrase of the clause ("the war" in "withdrew support for the war in
    X"), not the clause's object ("hosted talks in X")."""
    if token.i in clause or token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    return any(e.type != "NONE" for e in noun_entries().get(lemma_of(token), ()))


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
                # "met in Sochi", not "an X in Y" below, nor "backed the war in Y" (the war's)
                through = _near(token.head, clause) and not _other_event(token.head, clause)
            elif (
                token.dep_ == "prep"
                and token.lower_ in target_preps
                and named_object
                and (token.lower_ != "of" or _whole(token.head))  # not "Mr X of Homs was held"
            ):
                through = _near(token.head, clause)  # "the siege of Homs"

            if token.head.i == token.i:
                break
            token = token.head
    return best[1] if best else None


def scene(
    doc: Doc, sent: Span, anchors: Sequence[Anchor], preps: frozenset[str], clause: set[int]
) -> int | None:
    """The place of a locative phrase that opens the sentence before a comma ("In Tunis, the
    union refused ..."): it sets the scene for the events of the clause it opens, not for those
    of a clause within ("..., which is angry about X")."""
    first = next((t for t in sent if not t.is_punct and t.lower_ not in _OPENERS), None)
    if first is None or first.dep_ != "prep" or first.lower_ not in preps:
        return None
    end = first.right_edge.i + 1
    if end >= sent.end or doc[end].text != ",":
        return None
    if not any(_within(doc[i], first.head) for i in clause):
        return None
    for anchor in anchors:
        token = doc[anchor.head]
        while token.dep_ in ("conj", "appos") and token.head.i != first.i:
            token = token.head
        if token.dep_ == "pobj" and token.head.i == first.i:
            return anchor.index
    return None


def _within(token: Token, head: Token) -> bool:
    """Whether ``token`` belongs to the clause of ``head`` (not to a clause embedded in it)."""
    for _ in range(MAX_HOPS):
        if token.i == head.i:
            return True
        if token.dep_ in ("relcl", "acl", "ccomp", "parataxis", "csubj") or token.head.i == token.i:
            return False
        token = token.head
    return False


def where_clause(doc: Doc, anchors: Sequence[Anchor], clause: set[int]) -> int | None:
    """The place a 'where' clause hangs on ("Ghazni, where gunmen killed ten")."""
    heads = {a.head: a.index for a in anchors}
    for token in _up_clause(doc, clause):
        if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
            return heads.get(token.head.i)
    return None


def compound_place(trigger: Token, anchors: Sequence[Anchor], towns: set[int]) -> int | None:
    """A town or region named before an event noun ("the Manchester bombing", "the Leeds
    protest"); of ``anchors``, only those whose index is in ``towns`` qualify: a country before
    the noun is mostly its actor ("a US strike")."""
    heads = {a.head: a.index for a in anchors if a.index in towns}
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    stack = [c for c in trigger.children if c.dep_ == "compound"]
    while stack:
        token = stack.pop()
        if token.i in heads:
            return heads[token.i]
        stack.extend(c for c in token.children if c.dep_ == "compound")
    return None


def in_subject(doc: Doc, anchors: Sequence[Anchor], trigger: Token) -> int | None:
    """A date or place inside an event noun's subject phrase that the parser hung on the verb
    ("the raids on Kano in 2009 began a long war", "the blast in Mosul killed six")."""
    if trigger.dep_ not in ("nsubj", "nsubjpass") or trigger.head.i <= trigger.i:
        return None
    verb = trigger.head
    for anchor in anchors:
        prep = doc[anchor.head].head
        if trigger.i < anchor.head < verb.i and prep.dep_ == "prep" and prep.head.i == verb.i:
            return anchor.index
    return None


def when_partner(doc: Doc, clause: set[int], *, place: bool = False) -> set[int]:
    """The clause an event shares its time with through 'when': the clause a 'when' clause
    hangs on ("announced it last May, when gunmen came down to raid the town"), or the 'when'
    clause hung on the event's own ("the land seized when they swept in in 2012"). For its
    ``place``, a subjectless 'while' clause too ("killed while fighting in X"), whose dates
    mostly name other things ("pleading for support in Tuesday's vote")."""
    partner: set[int] = set()
    for token in _up_clause(doc, clause):
        if token.dep_ in ("advcl", "relcl") and _when(token, place):
            partner.add(token.head.i)
            partner.update(c.i for c in token.head.children if c.dep_ == "xcomp")
    for i in clause:
        partner.update(c.i for c in doc[i].children if c.dep_ == "advcl" and _when(c, place))
    return partner - clause


def journey(token: Token) -> set[int]:
    """The verb of going an event is the purpose of ("flew to Lima to meet ...", "went to Syria
    to fight"): where the journey led is where the event happened."""
    if token.dep_ not in ("advcl", "xcomp") or not any(
        c.lower_ == "to" and c.dep_ == "aux" for c in token.children
    ):
        return set()
    return {token.head.i} if lemma_of(token.head) in motion_verbs() else set()


def participle_head(token: Token, *, place: bool = False) -> set[int]:
    """The clause a subjectless participle hangs on ("said on Friday in Lyon, vowing to ...",
    "walked out over the weekend, surrendering"), which sets its time and place; for its
    ``place``, also the clause whose subject it describes ("a volunteer fighting with the Kurds
    died in X"; but "NGOs supporting X were told on Monday" did not support on Monday)."""
    if token.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
        return set()
    if token.dep_ == "advcl":
        head = token.head
    elif place and token.dep_ == "acl" and token.head.dep_ in ("nsubj", "nsubjpass"):
        head = token.head.head
    else:
        return set()
    return {head.i} | {c.i for c in head.children if c.dep_ == "xcomp"}


def _when(token: Token, while_too: bool = True) -> bool:
    """A 'when' clause, or (``while_too``) a subjectless 'while' one ("killed while fighting")."""
    if any(c.lower_ == "when" and c.dep_ == "advmod" for c in token.children):
        return True
    return (
        while_too
        and token.tag_ == "VBG"
        and any(c.lower_ == "while" for c in token.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def _up_clause(doc: Doc, clause: set[int]) -> list[Token]:
    """The clause tokens and the verbs they are the purpose or sequel of ("came down to raid")."""
    found: list[Token] = []
    for i in sorted(clause):
        token = doc[i]
        for _ in range(3):
            found.append(token)
            if token.dep_ not in ("xcomp", "advcl", "conj") or _when(token):
                break
            token = token.head
    return found
