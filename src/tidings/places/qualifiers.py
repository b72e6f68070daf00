"""State codes as qualifiers: "Horry County, SC", "Nelson, BC". Two capitals name a state only
right after a town and a comma; elsewhere they are too often something else ("SC" for a
court, "ON" in a headline)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from tidings.knowledge import cached_knowledge, read_table
from tidings.places.index import Gazetteer, NameRef


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
        name, country = known
        refs = [
            r
            for r in gaz.lookup(name)
            if r.entry.kind == "admin1" and r.entry.country == country and r.entry.name == name
        ]
        if refs:
            yield doc[tok.i : tok.i + 1], refs
