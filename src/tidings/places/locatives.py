"""Names in the slot of a place: the object of "in", "near", "outside"… ("a shooting in
Riverdale", "the plant near Almelo"). spaCy tags many small towns there as people or
organisations, or not at all; the preposition says they are places when the gazetteer knows
them."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from tidings.knowledge import cached_knowledge, read_words

# Entity labels a town's name is often given in this slot; dates, numbers, events and works
# are never places there ("in May", "in Star Wars").
TAGGED_AS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "NORP"})


@cached_knowledge
def _prepositions() -> frozenset[str]:
    return read_words("places/locative_prepositions.txt")


@cached_knowledge
def motion_verbs() -> frozenset[str]:
    """Verbs of going ("flew", "travelled"): where they lead is a place."""
    return read_words("places/motion_verbs.txt")


@cached_knowledge
def _directions() -> frozenset[str]:
    return read_words("places/directional_prepositions.txt")


def locative_spans(doc: Doc) -> Iterator[tuple[Span, bool]]:
    """Proper names that are the object of a locative preposition: a whole entity of a label in
    ``TAGGED_AS``, or a run of proper nouns that no entity covers; with whether the preposition
    is a sure one ("in") rather than one of movement ("a letter to May" may name a person)."""
    preps, directions = _prepositions(), _directions()
    ents = {ent.end - 1: ent for ent in doc.ents}  # entities by their last token
    for tok in doc:
        weak = tok.lower_ in directions
        if (not weak and tok.lower_ not in preps) or tok.dep_ != "prep":
            continue
        if weak and tok.head.lemma_ == "accord":  # "according to X" names a source
            continue
        for obj in tok.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
                continue
            span = _name_of(doc, tok.i, obj.i, ents)
            if span is None or obj.left_edge.i < span.start - 1:  # not "in Estey's Bridge"
                continue
            if span.start and doc[span.start - 1].is_quote:  # a title: in 'Hart of Dixie'
                continue
            if span.text.isupper() and len(span.text) <= 4:  # an acronym: "from PAN"
                continue
            if weak and obj.ent_type_ == "PERSON" and tok.head.lemma_ not in motion_verbs():
                continue
            yield span, not weak


def _name_of(doc: Doc, prep: int, head: int, ents: dict[int, Span]) -> Span | None:
    tok = doc[head]
    if tok.ent_type_:
        ent = ents.get(head)  # the entity must end at the head
        if ent is None or ent.label_ not in TAGGED_AS:
            return None
        start = ent.start + (doc[ent.start].lower_ == "the")
        return doc[start : ent.end] if start < ent.end else None
    start = head
    while (
        start - 1 > prep
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    return doc[start : head + 1]
