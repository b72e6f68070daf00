"""Toponym candidates in a parsed article, in this order (a token belongs to one candidate):

1. datelines ("BEIRUT (AP) —", :mod:`tidings.places.datelines`);
2. spaCy's entities: place labels, and strong places under other labels ("Georgia" as a person),
   the town that opens a local body's name ("the Beverly Hills Police Department");
3. proper names in a place's slot ("in Riverdale", :mod:`tidings.places.locatives`);
4. gazetteer names spaCy did not tag (exact case; inside another name only countries and states);
5. qualifiers after a comma ("Knockhill, Fife", "Horry County, SC";
   :mod:`tidings.places.qualifiers`).

A name the story gives a person ("Dewly Nelson ... Nelson says") is then no town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from tidings.knowledge import cached_knowledge, read_words
from tidings.places.datelines import find_datelines
from tidings.places.index import Gazetteer, NameRef, fold
from tidings.places.locatives import locative_spans
from tidings.places.qualifiers import code_names, division_names, state_codes

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
STRONG_KINDS = frozenset({"country", "continent", "region", "admin1"})
BIG_CITY = 100_000  # a city this big is a place even when spaCy calls its name NORP or ORG
BIG_DIVISION = 1_000_000
FAMOUS_CITY = 300_000  # a city this big is better known than anyone of its name
# Labels under which a name is not a place even when the gazetteer knows it ("Jordan Peterson").
BLOCKING_LABELS = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"})
MAX_SCAN_TOKENS = 4
# Labels under which spaCy puts the names of streets and buildings ("Collins Avenue" as a
# person, "Mercy Hospital" as an organisation).
FACILITY_LABELS = frozenset({"FAC", "ORG", "PERSON", "LOC", "GPE"})
# Small towns share their names with streets, buildings and people: they are candidates only
# for a whole entity that spaCy calls a GPE.
TOWN_LABELS = frozenset({"GPE"})


@dataclass(slots=True)
class Candidate:
    start: int  # character offsets into doc.text
    end: int
    text: str
    refs: list[NameRef]
    label: str  # spaCy label, or "" for a gazetteer-only match
    tokens: tuple[int, int] = field(default=(0, 0))  # token range [start, end)
    slot: bool = False  # found in the slot of a place (a dateline, "in X"): never a person
    # a town's own name that spaCy called something else or nothing ("Nitra" as an
    # organisation): kept only when the document's other places lie around it
    weak: bool = False
    facility: bool = False  # a street, building or site: placed at the town it lies in


@cached_knowledge
def _modifiers() -> frozenset[str]:
    """Direction words before a toponym that are not part of its name ("northern")."""
    return read_words("places/modifiers.txt")


@cached_knowledge
def _generic_words() -> frozenset[str]:
    """Words after a name that say what kind of place it is ("province", "county")."""
    return read_words("places/generic_words.txt")


def find_candidates(doc: Doc, gaz: Gazetteer, text: str | None = None) -> list[Candidate]:
    """Candidate toponyms in ``doc``, without overlaps, in text order."""
    found: list[Candidate] = []
    taken = [False] * len(doc)
    text = doc.text if text is None else text  # spaCy builds doc.text anew at each access
    for line in find_datelines(doc, gaz, text):
        start, end = line.tokens
        if not any(taken[start:end]):
            found.append(Candidate(line.start, line.end, line.text, gaz.lookup(line.text), "GPE",
                                   line.tokens, slot=True))  # fmt: skip
            taken[start:end] = [True] * (end - start)
    ents = _joined(doc.ents, gaz)
    for ent in ents:
        cands = _from_entity(ent, gaz)
        if any(any(taken[c.tokens[0] : c.tokens[1]]) for c in cands):
            continue
        found.extend(cands)
        for cand in cands:
            for i in range(*cand.tokens):
                taken[i] = True
    for span, sure in locative_spans(doc):
        if not any(taken[span.start : span.end]):
            refs = _placed(gaz, span.text)
            if refs:
                found.append(_candidate(span, refs, "GPE", slot=sure))
                taken[span.start : span.end] = [True] * len(span)
    blocked = [False] * len(doc)
    for ent in ents:
        if ent.label_ in BLOCKING_LABELS:
            for i in range(ent.start, ent.end):
                blocked[i] = True
    inside = _inside_names(doc)
    found.extend(_scan(doc, text, gaz, taken, blocked, inside))
    for span, refs in division_names(doc, gaz, taken):
        found.append(_candidate(span, refs, "GPE", slot=True))
        taken[span.start : span.end] = [True] * len(span)
    for cand in found:  # the scan does not mark what it found
        taken[cand.tokens[0] : cand.tokens[1]] = [True] * (cand.tokens[1] - cand.tokens[0])
    found.extend(_weak(doc, gaz, ents, taken, inside))
    for span, refs in state_codes(doc, gaz, [c.tokens[1] for c in found]):
        # the code wins over any other reading of it ("Nelson, WA" is no town in Ghana)
        found = [c for c in found if not c.tokens[0] <= span.start < c.tokens[1]]
        found.append(_candidate(span, refs, "GPE", slot=True))
    people = _person_names(doc)
    if people:
        found = [c for c in found if not _named_person(c, people)]
    found.sort(key=lambda c: c.start)
    return found


# Labels under which spaCy often puts a small town's name ("Nitra" as an organisation, "Marks
# Tey" as a person); a name of one of them, or a proper name spaCy left untagged, may be a town.
WEAK_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "FAC", ""})
WEAK_KINDS = frozenset({"city", "town", "admin2"})


def _weak(
    doc: Doc, gaz: Gazetteer, ents: list[Span], taken: list[bool], inside: list[bool]
) -> list[Candidate]:
    """Whole names (entities of ``WEAK_LABELS``, or runs of proper nouns outside any entity)
    that are a town's own name: weak candidates, for :mod:`tidings.places.resolve` to keep when
    the document names the town's state or country."""
    spans: list[tuple[Span, str]] = []
    for ent in ents:
        if ent.label_ in WEAK_LABELS:
            span = _trim(ent)
            if span is not None:
                spans.append((span, ent.label_))
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
            j += 1
        if j > i:
            spans.append((doc[i:j], ""))
        i = j + 1 if j == i else j
    found: list[Candidate] = []
    for span, label in spans:
        if any(taken[span.start : span.end]) or inside[span.start] or len(span) > MAX_SCAN_TOKENS:
            continue
        if not all(t.text[:1].isupper() for t in span if t.is_alpha) or span.text.isupper():
            continue
        if _in_longer_name(span):
            continue
        key = fold(span.text)
        refs = [
            r for r in gaz.lookup(span.text)
            if r.entry.kind in WEAK_KINDS and _spelled_alike(r, key)
        ]  # fmt: skip
        if refs:
            cand = _candidate(span, refs, label)
            cand.weak = True
            found.append(cand)
    for span, refs in code_names(doc, gaz):
        if not taken[span.start]:
            cand = _candidate(span, refs, "")
            cand.weak = True
            found.append(cand)
    return found


def _in_longer_name(span: Span) -> bool:
    """Whether a capitalised word touches the span ("Prince Bishop", "Star of Honolulu"): the
    span is then part of a longer name, not a town's."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is not None and _capitalised(before) and not before.is_sent_start:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ == "of" and span.end + 1 < len(doc):
        after = doc[span.end + 1]
    return after is not None and _capitalised(after)


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _person_names(doc: Doc) -> frozenset[str]:
    """Folded first and last names of the document's people ("Dewly Nelson": "dewly", "nelson").
    A name of one word that spaCy calls a person may be a town it mistook."""
    names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            names.update(fold(t.text) for t in ent if t.text[:1].isupper())
    return frozenset(names)


def _named_person(cand: Candidate, people: frozenset[str]) -> bool:
    """A name the document also gives a person ("Nelson says") and that is no country, state or
    big city: the person, not a town of that name."""
    key = fold(cand.text)
    return not cand.slot and key in people and not any(_famous(r, key) for r in cand.refs)


def _famous(ref: NameRef, key: str) -> bool:
    """A place better known than any person of its name: a country or region, a state of a
    million people, a big city."""
    entry = ref.entry
    if entry.kind in ("country", "continent", "region"):
        return True
    if entry.kind == "admin1":
        return entry.population >= BIG_DIVISION
    return entry.kind == "city" and entry.population >= FAMOUS_CITY


def _placed(gaz: Gazetteer, text: str) -> list[NameRef]:
    """The places a name in the slot of a place may be: towns only by their own name."""
    key = fold(text)
    return [r for r in gaz.lookup(text) if r.entry.kind in _CURATED or _spelled_alike(r, key)]


_CURATED = frozenset({"country", "continent", "region"})


def _spelled_alike(ref: NameRef, key: str) -> bool:
    """A place's own name, or another spelling of it ("Misrata" for Misratah), not a name in
    another language ("White House" for Casablanca)."""
    own = fold(ref.entry.name)
    return own == key or SequenceMatcher(None, own, key).ratio() >= 0.75


def _joined(ents: tuple[Span, ...], gaz: Gazetteer) -> list[Span]:
    """The entities, with a place's name that spaCy cut in two joined again ("Baja" "California",
    "Boa" "Vista", "Trinidad and Tobago", "Guinea" "-" "Bissau")."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        doc = ent.doc
        gap = doc[ent.end : ents[k + 1].start] if k + 1 < len(ents) else None
        if gap is not None and ent.label_ in PLACE_LABELS and gap.text in ("", "and", "&", "-"):
            whole = Span(doc, ent.start, ents[k + 1].end, label=ent.label_)
            if gaz.lookup(whole.text):
                out.append(whole)
                k += 2
                continue
        if (
            ent.label_ in PLACE_LABELS
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == "-"
            and _capitalised(doc[ent.end + 1])
            and (k + 1 == len(ents) or ents[k + 1].start > ent.end + 1)
        ):  # "Guinea-Bissau" with "Bissau" untagged
            whole = Span(doc, ent.start, ent.end + 2, label=ent.label_)
            if gaz.lookup(whole.text):
                out.append(whole)
                k += 1
                continue
        out.append(ent)
        k += 1
    return out


def _inside_names(doc: Doc) -> list[bool]:
    """Tokens inside a name of several words that is not a place, after another capitalised
    word of it ("Jackson" in "the Henry Jackson Society", "Madrid" in "Real Madrid"): a town
    there is part of the name; a place opens the name ("Ohio State University") or follows
    "of"/"in" ("Bank of England")."""
    inside = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            continue
        for i in range(ent.start + 1, ent.end):
            prev = doc[i - 1]
            if prev.text[:1].isupper() and prev.lower_ not in ("the", "of", "in"):
                inside[i] = True
    return inside


def _trim(span: Span) -> Span | None:
    """The span without a leading "the", direction words, or a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _from_entity(ent: Span, gaz: Gazetteer) -> list[Candidate]:
    span = _trim(ent)
    if span is None or span.text.islower():  # "anesthesia", "meth": no name of a place
        return []
    # "Paris, Texas" tagged as one entity: its parts are candidates of their own.
    commas = [t.i for t in span if t.text == ","]
    if commas:
        parts = []
        start = span.start
        for i in [*commas, span.end]:
            part = _trim(span.doc[start:i])
            if part is not None:
                parts.extend(_lookup_span(part, ent.label_, gaz))
            start = i + 1
        return parts
    return _lookup_span(span, ent.label_, gaz)


def _lookup_span(span: Span, label: str, gaz: Gazetteer) -> list[Candidate]:
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "." and f"{span.text}." in gaz.scan_names:
        span = doc[span.start : span.end + 1]  # "Tex." split as "Tex" "."
    owner = next((t.i for t in span[1:-1] if t.lower_ in ("'s", "’s")), None)
    if owner is not None:  # "Harare's Third Street", "Leeds's City Museum": two names
        head, tail = doc[span.start : owner], doc[owner + 1 : span.end]
        key = fold(head.text)
        refs = [r for r in gaz.lookup(head.text) if _spelled_alike(r, key)]
        rest = _lookup_span(tail, label, gaz) if refs and head.text[:1].isupper() else []
        if rest:
            return [_candidate(head, refs, label), *rest]
    refs = _lookup(gaz, span.text, label)
    if label not in PLACE_LABELS:
        # a strong place makes the name a place; then any place of the name may be the one
        key = fold(span.text)
        refs = gaz.lookup(span.text) if any(_strong(r, key) for r in refs) else []
    if refs:
        if label == "PERSON" and (len(span) == 1 or any(_big_division(r, key) for r in refs)):
            return [_candidate(span, refs, label)]  # "Georgia", "Tamil Nadu" tagged as a person
        if label in BLOCKING_LABELS:
            return []
        return [_candidate(span, refs, label)]
    hyphenated = _hyphenated(span, gaz)  # "U.S.-Russia", whatever spaCy calls it
    if hyphenated:
        return hyphenated
    if label in ("ORG", "FAC", "PERSON", "WORK_OF_ART"):
        local = _place_of_institution(span, gaz, label)
        if local:
            return local
    if label in FACILITY_LABELS and _facility(span):
        cand = _candidate(span, [], label)
        cand.facility = True
        return [cand]
    if label not in ("GPE", "LOC"):
        return []
    # "northern Syria", "South Kordofan": try the name without its direction word.
    if len(span) > 1 and span[0].lower_ in _modifiers():
        rest = span.doc[span.start + 1 : span.end]
        refs = _lookup(gaz, rest.text, label)
        if refs:
            return [_candidate(rest, refs, label)]
    # "Oaxaca State", "Orange County": the name without its generic word.
    if len(span) > 1 and span[-1].lower_ in _generic_words():
        refs = _lookup(gaz, span[:-1].text, label)
        if refs:
            return [_candidate(span, refs, label)]
    # "Greece Italy", "Montgomery County Democrats": names inside a longer entity.
    inner = _inner_names(span, gaz)
    if inner:
        return inner
    if label == "GPE" and _looks_like_a_place_name(span.text):
        return [_candidate(span, [], label)]
    return []


@cached_knowledge
def _facility_words() -> frozenset[str]:
    return read_words("places/facility_words.txt")


def _facility(span: Span) -> bool:
    """Whether a name is a street's, building's or site's ("Collins Avenue", "Wembley Stadium"):
    capitalised words ending in a word of that kind."""
    if len(span) < 2 or span[-1].lower_.rstrip(".") not in _facility_words():
        return False
    small = [t for t in span if t.is_alpha and not t.text[:1].isupper()]
    if any(t.lower_ not in _CONNECTORS for t in small):
        return False  # "Sunderland v Crystal Palace"
    return span[-1].text[:1].isupper() and _looks_like_a_place_name(span.text)


_CONNECTORS = frozenset({"of", "the", "and", "de", "du", "des", "la", "le", "del", "da", "di"})


_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2}[a-z]")


def _looks_like_a_place_name(text: str) -> bool:
    """Whether a name the gazetteer lacks may still be a place's: capitalised, without digits,
    not an acronym ("AI", "P.A.") nor a brand's inner capitals ("UConn", "IoTX")."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not text[:1].isupper() or any(c.isdigit() for c in text):
        return False
    if all(c.isupper() for c in letters) and len(letters) <= 4:
        return False
    return not _CAMEL.search(text)


@cached_knowledge
def _institution_words() -> frozenset[str]:
    return read_words("places/institution_words.txt")


def _place_of_institution(span: Span, gaz: Gazetteer, label: str) -> list[Candidate]:
    """The place that opens the name of a local body or paper ("Beverly Hills Police
    Department", "the Dayton Chamber of Commerce", "Laredo Morning Times"): the first words, when
    they are a place's own name and an institution word comes later in the name; for an
    organisation, also a country, state or big city by its own name ("Texas Instruments")."""
    words = _institution_words()
    doc = span.doc
    later = [t.i for t in span if t.lower_ in words and t.i > span.start]
    for end in range(min(span.end - 1, span.start + MAX_SCAN_TOKENS), span.start, -1):
        head = doc[span.start : end]
        if not head.text[:1].isupper() or not doc[end].text[:1].isupper() or head.text.isupper():
            continue
        key = fold(head.text)
        refs = gaz.lookup(head.text)
        own = [r for r in refs if fold(r.entry.name) == key]
        if own and any(i >= end for i in later):
            return [_candidate(head, refs, label)]
        if label == "ORG" and any(_strong(r, key) for r in own):
            return [_candidate(head, refs, label)]
    return []


def _lookup(gaz: Gazetteer, text: str, label: str) -> list[NameRef]:
    """The gazetteer's candidates for ``text``, without small towns unless ``label`` allows."""
    refs = gaz.lookup(text)
    if label in TOWN_LABELS or (label == "LOC" and " " in text.strip()):
        return refs
    return [r for r in refs if r.entry.kind != "town"]


def _hyphenated(span: Span, gaz: Gazetteer) -> list[Candidate]:
    """ "U.S.-Russia" as one entity: its parts, when every part is a known name."""
    parts = span.text.split("-")
    if len(parts) < 2:
        return []
    found: list[Candidate] = []
    start = span.start_char
    for part in parts:
        key = fold(part)
        refs = [r for r in gaz.lookup(part) if _strong(r, key)]
        if not part or not refs:
            return []
        tokens = (span.start, span.end)
        found.append(Candidate(start, start + len(part), part, refs, span.label_, tokens))
        start += len(part) + 1
    return found


def _inner_names(span: Span, gaz: Gazetteer) -> list[Candidate]:
    """Gazetteer names inside an entity the gazetteer does not know, longest first."""
    found: list[Candidate] = []
    i = span.start
    while i < span.end:
        for j in range(span.end, i, -1):
            if (i, j) == (span.start, span.end) or not span.doc[i].text[:1].isupper():
                continue
            refs = _lookup(gaz, span.doc[i:j].text, "")
            if refs and span.doc[i:j].text != span.doc[i:j].text.lower():
                found.append(_candidate(span.doc[i:j], refs, span.label_))
                i = j
                break
        else:
            i += 1
    return found


def _strong(ref: NameRef, key: str) -> bool:
    """A place that a name stands for even outside spaCy's place labels: a country, state or
    region, or a big city called by its own name ("Aleppo", not an alternative name)."""
    entry = ref.entry
    if entry.kind in STRONG_KINDS:
        return True
    return entry.kind == "city" and entry.population >= BIG_CITY and fold(entry.name) == key


def _big_division(ref: NameRef, key: str) -> bool:
    """A country, or a state of a million people or more, called by its own name."""
    entry = ref.entry
    big = entry.kind == "country" or (entry.kind == "admin1" and entry.population >= BIG_DIVISION)
    return big and fold(entry.name) == key


def _candidate(span: Span, refs: list[NameRef], label: str, *, slot: bool = False) -> Candidate:
    tokens = (span.start, span.end)
    return Candidate(span.start_char, span.end_char, span.text, refs, label, tokens, slot)


def _scan(
    doc: Doc, text: str, gaz: Gazetteer, taken: list[bool], blocked: list[bool], inside: list[bool]
) -> list[Candidate]:
    """Gazetteer names spaCy did not tag: exact-case, proper-noun, outside other candidates;
    inside another name (``inside``), only countries, states and regions ("Air Canada")."""
    found: list[Candidate] = []
    starts = [t.idx for t in doc]
    ends = [start + len(t) for start, t in zip(starts, doc, strict=True)]
    i = 0
    n = len(doc)
    while i < n:
        if taken[i] or blocked[i] or not text[starts[i]].isupper():
            i += 1
            continue
        match = 0
        prefix = _place_prefix(doc[i], gaz)
        if prefix is not None:
            found.append(prefix)
            i += 1
            continue
        for size in range(min(MAX_SCAN_TOKENS, n - i), 0, -1):
            j = i + size
            if any(taken[i:j]) or any(blocked[i:j]):
                continue
            surface = text[starts[i] : ends[j - 1]]
            if surface not in gaz.scan_names:
                continue
            if size == 1 and not _proper_single(doc, i):
                continue
            refs = gaz.lookup(surface)
            if inside[i]:
                key = fold(surface)
                refs = [
                    r for r in refs if r.entry.kind in STRONG_KINDS and fold(r.entry.name) == key
                ]
                if not refs:
                    continue
            match = size
            found.append(_candidate(doc[i:j], refs, ""))
            break
        i += match or 1
    return found


def _place_prefix(tok: Token, gaz: Gazetteer) -> Candidate | None:
    """A country, state or big city before a hyphen inside one token ("U.S.-led")."""
    name, dash, rest = tok.text.partition("-")
    if not dash or not rest[:1].isalpha() or name not in gaz.scan_names:
        return None
    key = fold(name)
    refs = [r for r in gaz.lookup(name) if _strong(r, key)]
    if not refs:
        return None
    return Candidate(tok.idx, tok.idx + len(name), name, refs, "", (tok.i, tok.i + 1))


def _proper_single(doc: Doc, i: int) -> bool:
    """Whether a one-token gazetteer name at ``i`` reads as a proper name: tagged as one, and,
    for short capitals ("US", "UK"), not inside a line of capitals ("LET US")."""
    tok = doc[i]
    if tok.pos_ != "PROPN" and not tok.is_upper:
        return False
    if tok.is_upper and len(tok.text) <= 3:
        around = [t for t in doc[max(0, i - 2) : i + 3] if t.i != i and t.is_alpha]
        return not any(t.is_upper and len(t.text) > 1 for t in around)
    return True
