"""Datelines: the place a story was filed from, in capitals at the start of a line or sentence
("BEIRUT (AP) —", "PLEASANTON, Calif. --", "MEXICO CITY —"). spaCy often misses or mislabels
them (a line of capitals reads like an organisation), yet the slot holds nothing but a place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Doc

from tidings.places.index import Gazetteer

# Capitalised words at the start of a line, an optional ", Qualifier" (a state or country), an
# optional date and "(Agency)", then a dash, a colon, or the first word of the story.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3})"
    r"(?:, (?P<qualifier>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?"
    r"(?:,? [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)?"
    r"[ \t]*(?:\([^)\n]{0,40}\):?)?[ \t]*(?:—|–|--?|\ufffd|(?=[A-Z][a-z]))"
)
# Anywhere in a line, capitals right before an agency's name and a dash: "By Nate Raymond.
# BOSTON (Reuters) -", "Associated Press WASHINGTON (AP) —".
_INLINE = re.compile(
    r"\b(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
    r"(?:, (?P<qualifier>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?"
    r" \([A-Z][A-Za-z ]{1,20}\) ?(?:—|–|--?)"
)
# Capitals right after a sentence's end and before a dash: a dateline run into the previous
# paragraph ("… on Friday. NAIROBI – The minister said").
_RUN_IN = re.compile(
    r"(?<=[.!?] )(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
    r"(?:, (?P<qualifier>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?"
    r" (?:—|–|--)"
)
QUALIFIER_KINDS = frozenset({"country", "admin1", "region"})


class Dateline(NamedTuple):
    start: int  # character offsets of the name
    end: int
    text: str
    tokens: tuple[int, int]  # the tokens it overlaps [start, end)


def find_datelines(doc: Doc, gaz: Gazetteer, text: str) -> list[Dateline]:
    """The dateline places of ``doc`` that the gazetteer knows (place, then qualifier), those at
    the start of a line first."""
    found: list[Dateline] = []
    seen: set[int] = set()
    for m in [*_DATELINE.finditer(text), *_overlapping(_INLINE, text), *_RUN_IN.finditer(text)]:
        if m.start("place") in seen:
            continue
        seen.add(m.start("place"))
        place = _dateline(doc, text, m.start("place"), m.end("place"))
        if place is None or not gaz.lookup(place.text):
            continue
        found.append(place)
        if m.group("qualifier"):
            qualifier = _dateline(doc, text, m.start("qualifier"), m.end("qualifier"))
            if qualifier is not None and _is_division(gaz, qualifier.text):
                found.append(qualifier)
    return found


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern``, each starting after the previous one's start ("GILLIAN WONG,
    Associated Press WASHINGTON (AP)" holds "WASHINGTON (AP)")."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def _dateline(doc: Doc, text: str, start: int, end: int) -> Dateline | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return Dateline(start, end, text[start:end], (span.start, span.end))


def _is_division(gaz: Gazetteer, text: str) -> bool:
    return any(r.entry.kind in QUALIFIER_KINDS for r in gaz.lookup(text))
