"""Suite ``geo``: GeoWebNews toponyms (recognition and geocoding).

* toponym F1: places tidings emits matched one-to-one, by overlapping characters, to the gold
  toponyms; general location expressions ("area", "citizens": ``Literal_Expression``,
  ``Non_Lit_Expression``) and ``Non_Toponym`` names are not toponyms (the gold README's rule), so
  a place found there is a false positive. Recall is the "toponym recall" of the literature.
* Acc@161km: among gold toponyms with a GeoNames id, the share resolved within 161 km (100 miles)
  of the gold point (the same GeoNames id counts as 0 km); "recognised" counts only the toponyms
  tidings found (the usual geocoding figure), "all gold" counts every one (end to end).
* GeoNames id accuracy: the same, asking for the exact GeoNames id.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tidings.evaluation.cases import Case, Scored, Suite
from tidings.evaluation.gold import read_records
from tidings.evaluation.metrics import match_one_to_one
from tidings.models import Article, Document, Place

NOT_TOPONYMS = frozenset({"Literal_Expression", "Non_Lit_Expression", "Non_Toponym"})
NEAR_KM = 161.0
EARTH_KM = 6371.0088


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    type: str
    geonameid: int | None
    lat: float | None
    lon: float | None


def load(paths: Sequence[Path], limit: int | None) -> list[Case]:
    cases = []
    for record in read_records(paths, limit):
        gold = tuple(
            GoldToponym(
                start=int(t["start"]),
                end=int(t["end"]),
                type=str(t.get("type")),
                geonameid=int(t["geonameid"]) if t.get("geonameid") is not None else None,
                lat=t.get("lat"),
                lon=t.get("lon"),
            )
            for t in record.get("toponyms") or ()
            if t.get("type") not in NOT_TOPONYMS and not t.get("non_locational")
        )
        article = Article(
            id=record["id"],
            title=record.get("title"),
            text=record["text"],
            url=record.get("url"),
            origin=record["id"],
        )
        cases.append(Case(article, gold))
    return cases


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def distance(place: Place, gold: GoldToponym) -> float | None:
    """km between a resolved place and the gold point; 0 for the same GeoNames id."""
    if place.geonameid is not None and place.geonameid == gold.geonameid:
        return 0.0
    if None in (place.lat, place.lon, gold.lat, gold.lon):
        return None
    return km(place.lat, place.lon, gold.lat, gold.lon)  # type: ignore[arg-type]


def score(cases: Sequence[Case], documents: Sequence[Document]) -> Scored:
    scored = Scored()
    m = scored.metrics
    m.counts("toponym F1 (overlap)")
    for name in ("Acc@161km", "GeoNames id accuracy"):
        m.ratio(f"{name} (recognised)")
        m.ratio(f"{name} (all gold)")
    for case, document in zip(cases, documents, strict=True):
        _score_document(scored, case, document)
    return scored


def _score_document(scored: Scored, case: Case, document: Document) -> None:
    m = scored.metrics
    gold: tuple[GoldToponym, ...] = case.gold  # type: ignore[assignment]
    places = document.places
    text, where = case.article.text, case.article.id

    def overlap(p: int, g: int) -> bool:
        return places[p].start < gold[g].end and gold[g].start < places[p].end

    pairs = match_one_to_one(len(places), len(gold), overlap)
    m.counts("toponym F1 (overlap)").add(len(pairs), len(places), len(gold))
    resolved = {g: places[p] for p, g in pairs}
    for g, toponym in enumerate(gold):
        if toponym.geonameid is None:
            continue
        place = resolved.get(g)
        d = distance(place, toponym) if place else None
        near = d is not None and d <= NEAR_KM
        same = place is not None and place.geonameid == toponym.geonameid
        m.ratio("Acc@161km (all gold)").add(near)
        m.ratio("GeoNames id accuracy (all gold)").add(same)
        if place is None:
            continue
        m.ratio("Acc@161km (recognised)").add(near)
        m.ratio("GeoNames id accuracy (recognised)").add(same)
        if not near:
            got = f"{place.name} ({place.geonameid}"
            got += f", {d:.0f} km)" if d is not None else ", no point)"
            name = text[toponym.start : toponym.end]
            label = f"{name!r}: gold {toponym.geonameid}, got {got}"
            scored.example("miss", label, where, text, toponym.start, toponym.end)
    hit_p, hit_g = {p for p, _ in pairs}, {g for _, g in pairs}
    for p, place in enumerate(places):
        if p not in hit_p:
            label = f"{place.text!r} → {place.name}"
            scored.example("false positive", label, where, text, place.start, place.end)
    for g, toponym in enumerate(gold):
        if g not in hit_g:
            label = f"{text[toponym.start : toponym.end]!r} ({toponym.type}) not found"
            scored.example("miss", label, where, text, toponym.start, toponym.end)


SUITE = Suite(
    name="geo",
    description="GeoWebNews: toponym recognition and geocoding",
    defaults=("gold/geo/geowebnews.jsonl",),
    load=load,
    score=score,
)
