"""Qualifiers: the state, county or country after a place and a comma ("Oulton Park,
Cheshire", "Horry County, SC", "Nelson, BC"). State codes count there; elsewhere two capitals
are too often something else ("SC" for a court, "ON" in a headline), so a code alone is only a
weak candidate, and only one that is no common word or abbreviation ("BC", not "ID")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from tidings.knowledge import cached_knowledge, read_table
from tidings.places.index import Gazetteer, NameRef, fold


@cached_knowledge
def _alone() -> frozenset[str]:
    """Codes that may name their division standing alone, not only after a comma."""
    rows = read_table("places/state_codes.tsv", ("code", "name", "country", "alone"))
    return frozenset(row["code"] for row in rows if row["alone"] == "y")


@cached_knowledge
def _codes() -> dict[str, tuple[str, str]]:
    """Postal code -> (gazetteer name of the division, country)."""
    return {
        row["code"]: (row["name"], row["country"])
        for row in read_table("places/state_codes.tsv", ("code", "name", "country"))
    }


def state_codes(doc: Doc, gaz: Gazetteer, ends: list[int]) -> Iterator[tuple[Span, list[NameRef]]]:
    """The state codes after ", " that follow a toponym ending at one of the token ``ends``,
    with the division each names."""
    codes = _codes()
    for end in ends:
        if end + 1 >= len(doc) or doc[end].text != ",":
            continue
        tok = doc[end + 1]
        known = codes.get(tok.text)
        if known is None:
            continue
        refs = _division_refs(gaz, *known)
        if refs:
            yield doc[tok.i : tok.i + 1], refs


def code_names(doc: Doc, gaz: Gazetteer) -> Iterator[tuple[Span, list[NameRef]]]:
    """Every state code standing alone in mixed-case text ("FrontCounter BC"), with the division
    it names: only a weak candidate, kept where the story names that division or a town in it."""
    codes, alone = _codes(), _alone()
    for tok in doc:
        known = codes.get(tok.text)
        if known is None or tok.text not in alone:
            continue
        around = [t for t in doc[max(0, tok.i - 2) : tok.i + 3] if t.i != tok.i and t.is_alpha]
        if any(t.is_upper and len(t.text) > 1 for t in around):
            continue  # a line of capitals ("LIVE IN CONCERT")
        refs = _division_refs(gaz, *known)
        if refs:
            yield doc[tok.i : tok.i + 1], refs


def _division_refs(gaz: Gazetteer, name: str, country: str) -> list[NameRef]:
    """The gazetteer's first-level divisions called exactly ``name`` in ``country``."""
    return [
        r
        for r in gaz.lookup(name)
        if r.entry.kind == "admin1" and r.entry.country == country and r.entry.name == name
    ]


DIVISION_KINDS = frozenset({"country", "admin1", "admin2", "region"})
MAX_QUALIFIER_TOKENS = 3


def division_names(
    doc: Doc, gaz: Gazetteer, taken: list[bool]
) -> Iterator[tuple[Span, list[NameRef]]]:
    """Names of divisions, by their own name, after a capitalised name and a comma that no other
    candidate took ("Knockhill, Fife"; "near New Quay, Ceredigion")."""
    n = len(doc)
    for comma in range(1, n - 1):
        before = doc[comma - 1]
        if doc[comma].text != "," or not before.text[:1].isupper() or before.ent_type_ == "PERSON":
            continue
        for size in range(min(MAX_QUALIFIER_TOKENS, n - comma - 1), 0, -1):
            span = doc[comma + 1 : comma + 1 + size]
            if any(taken[span.start : span.end]) or not all(t.text[:1].isupper() for t in span):
                continue
            if span.text.isupper() and len(span.text) <= 3:
                continue  # an acronym ("Virgin, BA"); state codes are read on their own
            if span.end < n and doc[span.end].is_alpha and doc[span.end].text[:1].isupper():
                continue  # part of a longer name: "Cavan County Council"
            key = fold(span.text)
            refs = [
                r for r in gaz.lookup(span.text)
                if r.entry.kind in DIVISION_KINDS and fold(r.entry.name) == key
            ]  # fmt: skip
            if refs:
                yield span, refs
                break
