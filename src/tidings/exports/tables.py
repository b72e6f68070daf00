"""Delimited exports: a CAMEO/Phoenix-style TSV and a GDELT 2.0-style events CSV.

Several actors on one side are joined with ";" (one row per event, so the row count is the
event count). GDELT columns tidings cannot fill (ethnic, religious and known-group codes, tone,
FIPS geography, per-actor geography) are left empty."""

from __future__ import annotations

from typing import Any

from tidings.exports.common import Item
from tidings.models import Actor

CAMEO_COLUMNS = (
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorName",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorName",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "PloverType", "PloverMode",
    "Modality", "Negated", "Lat", "Lon", "LocationName", "CountryCode",
    "NumReports", "NumSources", "URLs", "NewsSources", "DocID", "Sentence",
)  # fmt: skip

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip


def _code(actor: Actor) -> str:
    return f"{actor.country or ''}{actor.sector or ''}"


def _join(values: list[str | None]) -> str:
    return ";".join(v or "" for v in values) if any(values) else ""


def _counts(item: Item) -> tuple[int, int, int]:
    """(reports, sources, articles) of the cluster when exporting per cluster, else 1 each."""
    if item.per_cluster and item.cluster:
        c = item.cluster
        return c.n_reports, c.n_sources, c.n_articles
    return 1, 1, 1


def cameo_row(item: Item) -> dict[str, Any]:
    e, doc, day = item.event, item.document, item.day
    src, tgt = item.parties("actor"), item.parties("recipient")
    loc = e.location
    reports, sources, _ = _counts(item)
    return {
        "EventID": item.record_id,
        "Date": day.strftime("%Y%m%d") if day else "",
        "Year": day.year if day else "", "Month": day.month if day else "",
        "Day": day.day if day else "",
        "SourceActorFull": _join([_code(a) for a in src]),
        "SourceActorEntity": _join([a.country for a in src]),
        "SourceActorRole": _join([a.sector for a in src]),
        "SourceActorName": _join([a.name for a in src]),
        "TargetActorFull": _join([_code(a) for a in tgt]),
        "TargetActorEntity": _join([a.country for a in tgt]),
        "TargetActorRole": _join([a.sector for a in tgt]),
        "TargetActorName": _join([a.name for a in tgt]),
        "EventCode": e.cameo or "", "EventRootCode": (e.cameo or "")[:2],
        "QuadClass": e.quad_class or "",
        "GoldsteinScore": "" if e.goldstein is None else e.goldstein,
        "PloverType": e.type, "PloverMode": e.mode or "",
        "Modality": e.modality, "Negated": int(e.negated),
        "Lat": "" if not loc or loc.lat is None else loc.lat,
        "Lon": "" if not loc or loc.lon is None else loc.lon,
        "LocationName": loc.name if loc else "", "CountryCode": (loc.country or "") if loc else "",
        "NumReports": reports, "NumSources": sources,
        "URLs": doc.url or "", "NewsSources": doc.source or "",
        "DocID": doc.id, "Sentence": " ".join(item.sentence.split()),
    }  # fmt: skip


def gdelt_row(item: Item, added: str) -> dict[str, Any]:
    """A GDELT 2.0 events row; ``added`` is DATEADDED (YYYYMMDDHHMMSS)."""
    e, doc, day = item.event, item.document, item.day
    row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    mentions, sources, articles = _counts(item)
    first_event = min(doc.events, key=lambda x: x.sentence.start)
    row.update({
        "GLOBALEVENTID": item.numeric_id,
        "IsRootEvent": int(e.sentence.start == first_event.sentence.start),
        "EventCode": e.cameo or "", "EventBaseCode": (e.cameo or "")[:3],
        "EventRootCode": (e.cameo or "")[:2], "QuadClass": e.quad_class or "",
        "GoldsteinScale": "" if e.goldstein is None else e.goldstein,
        "NumMentions": mentions, "NumSources": sources, "NumArticles": articles,
        "DATEADDED": added, "SOURCEURL": doc.url or doc.source or doc.id,
    })  # fmt: skip
    if day:
        row.update({
            "SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"),
            "Year": day.year, "FractionDate": round(day.year + (day.month * 30 + day.day) / 365, 4),
        })  # fmt: skip
    for n, parties in ((1, item.parties("actor")), (2, item.parties("recipient"))):
        if parties:
            a = parties[0]  # GDELT has one actor per side: the first
            row.update({
                f"Actor{n}Code": _code(a), f"Actor{n}Name": a.name.upper(),
                f"Actor{n}CountryCode": a.country or "", f"Actor{n}Type1Code": a.sector or "",
            })  # fmt: skip
    loc = e.location
    if loc:
        row.update({
            "ActionGeo_Type": 4 if loc.geonameid or loc.lat is not None else 1,
            "ActionGeo_FullName": loc.name,
            "ActionGeo_Lat": "" if loc.lat is None else loc.lat,
            "ActionGeo_Long": "" if loc.lon is None else loc.lon,
            "ActionGeo_FeatureID": loc.geonameid or "",
        })  # fmt: skip
    return row
