"""Choosing the place each toponym names, by the document's context.

A name's candidates are scored by their prior (kind of place, population, capital, how many
languages name it, main name or alias; a place called so in its own right beats another place's
old name), plus what the rest of the document says: places in countries the document mentions
win, by the share of the document's places there; cities in divisions it mentions win more; a
state named among states of its country wins; and "City, State" or "City, Country" settles it.
Context comes from the other names of the document (a name is not its own context), first from
the names that are clear on their own, then from a first resolution of every name.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc

from tidings.models import Place
from tidings.places.candidates import Candidate, find_candidates
from tidings.places.gazetteer import gazetteer
from tidings.places.index import Entry, Gazetteer, NameRef, fold

COUNTRY_MENTIONED = 1.0  # a candidate in a country the document mentions
COUNTRY_SHARE = 1.5  # ... times the share of the document's places in that country
DIVISION_MENTIONED = 1.0  # a city in a state/province the document mentions
DIVISION_SHARE = 2.0  # ... times the share of the document's division mentions it has
STATE_AMONG_STATES = 0.5  # a state named with other states of its country ("Georgia, Alabama")
HOME_STATE = 1.0  # a state or province in which the document names a town ("Seattle")
# A former or foreign name of one place ("Salisbury" for Harare) yields to the places that bear
# the name as their own.
OTHER_NAME_PENALTY = 2.0
PATTERN_BONUS = 10.0  # "City, State" / "City, Country"
CLEAR_MARGIN = 1.5  # a name is clear on its own when its best candidate leads by this much
# A city this big, named where spaCy saw no place, is kept in a story that names its country
# ("Douma" in a story on Syria); one spaCy took for a person, only in a story whose country is
# named most.
WEAK_CITY = 100_000


class _Around(NamedTuple):
    """The context of one name: what the document's other names point to."""

    countries: Counter[str]  # countries of the places named
    divisions: Counter[int]  # geonameids of the states/provinces named
    states: Counter[str]  # countries whose states/provinces are named
    homes: Counter[int]  # geonameids of the states/provinces of the towns named


@dataclass(slots=True)
class _Context:
    """What the document's names say, counted by surface name so a name can be left out."""

    countries: dict[str, Counter[str]]  # folded surface -> countries it points to
    divisions: dict[str, Counter[int]]  # folded surface -> geonameids of divisions it names
    states: dict[str, Counter[str]]  # folded surface -> countries of the states it names
    homes: dict[str, Counter[int]]  # folded surface -> the state or province of the town

    def without(self, surface: str) -> _Around:
        around = _Around(Counter(), Counter(), Counter(), Counter())
        mapping = (self.countries, self.divisions, self.states, self.homes)
        for mine, theirs in zip(around, mapping, strict=True):
            for key, counts in theirs.items():
                if key != surface:
                    mine.update(counts)
        return around


def _context(cands: list[Candidate], chosen: list[Entry | None]) -> _Context:
    ctx = _Context({}, {}, {}, {})
    for cand, entry in zip(cands, chosen, strict=True):
        if entry is None:
            continue
        key = fold(cand.text)
        if entry.country:
            ctx.countries.setdefault(key, Counter())[entry.country] += 1
        if entry.kind in ("admin1", "region") and entry.geonameid is not None:
            ctx.divisions.setdefault(key, Counter())[entry.geonameid] += 1
        if entry.kind == "admin1" and entry.country:
            ctx.states.setdefault(key, Counter())[entry.country] += 1
        if entry.kind in ("city", "town") and entry.admin1 is not None:
            ctx.homes.setdefault(key, Counter())[entry.admin1] += 1
    return ctx


def _clear(cand: Candidate) -> Entry | None:
    """The candidate's place when the name alone is clear enough."""
    if not cand.refs:
        return None
    ranked = sorted(cand.refs, key=lambda r: r.weight, reverse=True)
    if len(ranked) == 1 or ranked[0].weight - ranked[1].weight >= CLEAR_MARGIN:
        return ranked[0].entry
    if len({r.entry.country for r in ranked}) == 1:
        return ranked[0].entry
    return None


def _own_names_first(refs: list[NameRef], key: str) -> list[NameRef]:
    """``refs`` with the places reached through another of their names demoted, when a place
    bears the name as its own: "Salisbury" is the English city before it is the old name of
    Harare, and "Southold" the town before it is a name of South Bend."""
    key = _spelled_out(key)
    own = [_spelled_out(fold(r.entry.name)) == key for r in refs]
    if not any(own):
        return refs
    return [
        r if o or r.entry.kind in _NAMED_KINDS else r._replace(weight=r.weight - OTHER_NAME_PENALTY)
        for o, r in zip(own, refs, strict=True)
    ]


_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def _spelled_out(key: str) -> str:
    """A folded name with its abbreviated first word spelled out ("st petersburg")."""
    first, _, rest = key.partition(" ")
    return f"{_ABBREVIATIONS[first]} {rest}" if rest and first in _ABBREVIATIONS else key


_NAMED_KINDS = frozenset({"country", "continent", "region"})  # curated names: never demoted


def _score(ref: NameRef, around: _Around) -> float:
    entry = ref.entry
    score = ref.weight
    countries, divisions = around.countries, around.divisions
    if entry.kind == "admin1" and entry.country and around.states[entry.country]:
        score += STATE_AMONG_STATES
    total = sum(countries.values())
    if entry.country and countries[entry.country]:
        score += COUNTRY_MENTIONED + COUNTRY_SHARE * countries[entry.country] / total
    if entry.kind == "admin1" and entry.geonameid is not None and around.homes[entry.geonameid]:
        score += HOME_STATE
    if entry.admin1 is not None and divisions[entry.admin1]:
        share = divisions[entry.admin1] / sum(divisions.values())
        score += DIVISION_MENTIONED + DIVISION_SHARE * share
    return score


# The gazetteer keeps no county for a town: a town this close to a county's (or a curated
# region's) point, in its country, is taken to lie in it ("Knockhill, Fife").
NEAR_KM = {"admin2": 50.0, "region": 100.0}


def _km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two places' points."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2
    h += math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _contains(outer: Entry, inner: Entry) -> bool:
    """Whether ``inner`` lies in ``outer`` (a country or first-level division)."""
    if outer.kind == "country":
        return inner.country == outer.country and inner.index != outer.index
    if outer.kind == "admin1" and inner.admin1 is not None and inner.admin1 == outer.geonameid:
        return True
    radius = NEAR_KM.get(outer.kind)
    if radius is None or not outer.country or inner.country != outer.country:
        return False
    return inner.index != outer.index and _km(outer, inner) <= radius


def _patterns(text: str, cands: list[Candidate], gaz: Gazetteer) -> dict[int, Entry]:
    """Places fixed by "A, B" where B contains one of A's candidates (both get fixed); A may
    then be a town its own label left out ("Nelson, BC" where spaCy saw a person). A and B that
    may name the same place name it ("Washington, D.C.")."""
    fixed: dict[int, Entry] = {}
    for k in range(len(cands) - 1):
        a, b = cands[k], cands[k + 1]
        if text[a.end : b.start].strip() != ",":
            continue
        same = {r.entry.index for r in a.refs} & {r.entry.index for r in b.refs}
        if same:  # "Washington, D.C.": one place named twice
            entry = max((r for r in b.refs if r.entry.index in same), key=lambda r: r.weight)
            fixed.setdefault(k, entry.entry)
            fixed[k + 1] = entry.entry
            continue
        pairs = [(ra, rb) for ra in a.refs for rb in b.refs if _contains(rb.entry, ra.entry)]
        if not pairs and a.refs:
            towns = [r for r in gaz.lookup(a.text) if r.entry.kind == "town"]
            pairs = [(ra, rb) for ra in towns for rb in b.refs if _contains(rb.entry, ra.entry)]
        if pairs:
            ra, rb = max(pairs, key=lambda p: p[0].weight + p[1].weight)
            fixed.setdefault(k, ra.entry)
            fixed[k + 1] = rb.entry
    return fixed


def _resolve(cands: list[Candidate], ctx: _Context, fixed: dict[int, Entry]) -> list[Entry | None]:
    chosen: list[Entry | None] = []
    cache: dict[str, Entry | None] = {}
    for k, cand in enumerate(cands):
        if k in fixed:
            chosen.append(fixed[k])
            continue
        if not cand.refs:
            chosen.append(None)
            continue
        key = fold(cand.text)
        if key not in cache:
            around = ctx.without(key)
            refs = _own_names_first(cand.refs, key)
            best = max(refs, key=lambda r: _score(r, around))
            cache[key] = best.entry
        chosen.append(cache[key])
    return chosen


def _around(k: int, text: str, cands: list[Candidate], chosen: list[Entry | None],
            sure: list[Entry | None]) -> bool:  # fmt: skip
    """Whether the place of a weak candidate (``k``) lies where the document's other places
    are: in a state or province they name, or in the country of a place listed right next to
    it ("Tarnów, Rzeszów and Kielce")."""
    entry = chosen[k]
    if entry is None:
        return False
    if any(e is not None and e.kind != "country" and _contains(e, entry) for e in sure):
        return True
    if entry.kind == "admin1" and any(
        e is not None and (e.index == entry.index or _contains(entry, e)) for e in sure
    ):
        return True  # "BC" where the story names British Columbia or a town in it
    if entry.population >= WEAK_CITY:
        named = Counter(e.country for e in sure if e is not None and e.kind == "country")
        if cands[k].label != "PERSON" and named[entry.country]:
            return True
        ranked = named.most_common(2)
        if (
            ranked
            and ranked[0][0] == entry.country
            and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
        ):
            return True  # "Douma" tagged as a person, in a story on Syria
    for n in (k - 1, k + 1):
        if not 0 <= n < len(cands) or sure[n] is None or sure[n].country != entry.country:
            continue
        a, b = (cands[n], cands[k]) if n < k else (cands[k], cands[n])
        if text[a.end : b.start].strip() in _LIST_JOINS:
            return True
    return False


_LIST_JOINS = frozenset({",", "and", ", and", "or", "&"})


LOCAL_KINDS = frozenset({"city", "town", "admin2"})


def _town_of(k: int, text: str, cands: list[Candidate], chosen: list[Entry | None]) -> Entry | None:
    """The town a street or building (``cands[k]``) lies in, when the next name says so
    ("Collins Avenue in Miami Beach", "Oulton Park, Cheshire")."""
    if k + 1 < len(cands) and text[cands[k].end : cands[k + 1].start].strip() in ("in", ",", "at"):
        return chosen[k + 1]
    return None


def _focus(chosen: list[Entry | None]) -> Entry | None:
    """The town the story is about: the city, town or county it names most, if one leads, in
    the country it names most."""
    countries = Counter(e.country for e in chosen if e is not None and e.country)
    if not countries:
        return None
    country = countries.most_common(1)[0][0]
    counts = Counter(
        e.index for e in chosen if e is not None and e.kind in LOCAL_KINDS and e.country == country
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    best = ranked[0][0]
    return next(e for e in chosen if e is not None and e.index == best)


def find_places(doc: Doc) -> list[Place]:
    """Every toponym in ``doc`` with the place it names (GeoNames id, country, point)."""
    gaz = gazetteer()
    text = doc.text  # built anew by spaCy at each access
    cands = find_candidates(doc, gaz, text)
    if not cands:
        return []
    fixed = _patterns(text, cands, gaz)
    weak = [c.weak and k not in fixed for k, c in enumerate(cands)]  # no context for others
    first = [None if weak[k] else fixed.get(k) or _clear(c) for k, c in enumerate(cands)]
    chosen = _resolve(cands, _context(cands, first), fixed)
    sure = [None if w else e for w, e in zip(weak, chosen, strict=True)]
    chosen = _resolve(cands, _context(cands, sure), fixed)
    keep = [not weak[k] or _around(k, text, cands, chosen, sure) for k in range(len(cands))]
    cands = [c for c, kept in zip(cands, keep, strict=True) if kept]
    chosen = [e for e, kept in zip(chosen, keep, strict=True) if kept]
    places: list[Place] = []
    focus = _focus(chosen)
    k = 0
    while k < len(cands):
        cand, entry = cands[k], chosen[k]
        k += 1
        if entry is None:
            town = _town_of(k - 1, text, cands, chosen) or focus if cand.facility else None
            places.append(
                Place(
                    start=cand.start, end=cand.end, text=cand.text, name=cand.text,
                    country=town.country if town else None,
                    lat=town.lat if town else None, lon=town.lon if town else None,
                )
            )  # fmt: skip
            continue
        end = cand.end
        if k < len(cands) and chosen[k] == entry and text[end : cands[k].start].strip() == ",":
            end = cands[k].end  # "Washington, D.C.": one place named twice
            k += 1
        places.append(
            Place(
                start=cand.start,
                end=end,
                text=text[cand.start : end],
                name=entry.name,
                country=entry.country,
                geonameid=entry.geonameid,
                lat=entry.lat,
                lon=entry.lon,
            )
        )
    return places
