"""PLOVER JSONL: one record per event (or per event cluster), with the field names of the PLOVER
manual's "Data Fields" chapter (id, date, actor, recipient, event, event_loc, event_text,
quad_code, event_scale, mode, context, link, text, text_info, cite_info, coder, coded_date).
Fields PLOVER does not name (cameo, goldstein, modality, negated, confidence, num_reports …) are
added under their tidings names, as the manual allows."""

from __future__ import annotations

from datetime import date
from typing import Any

from tidings.exports.common import CODER, Item
from tidings.models import Actor


def _entity(actor: Actor) -> dict[str, Any]:
    return {
        "code": actor.country,
        "sector": actor.sector,
        "entity_text": actor.mentions[0].text if actor.mentions else actor.name,
        "identifier_text": actor.name,
        "kind": actor.kind,
    }


def plover_record(item: Item, coded: date | None = None) -> dict[str, Any]:
    doc, e = item.document, item.event
    loc = e.location
    record: dict[str, Any] = {
        "id": item.record_id,
        "has_event": True,
        "date": item.day.isoformat() if item.day else None,
        "actor": [_entity(a) for a in item.parties("actor")],
        "recipient": [_entity(a) for a in item.parties("recipient")],
        "event": [e.type],
        "event_loc": (
            {"extracted_place": loc.name, "resolved_place": loc.name, "geonameid": loc.geonameid,
             "lat": loc.lat, "lon": loc.lon, "country_code": loc.country}
            if loc else None
        ),
        "event_text": [e.trigger.text],
        "quad_code": e.quad_class,
        "event_scale": e.goldstein,
        "mode": [e.mode] if e.mode else [],
        "context": list(e.context),
        "link": item.cluster.id if item.cluster else None,
        "text": item.sentence,
        "text_info": {"start": e.sentence.start, "end": e.sentence.end},
        "cite_info": {
            "url": doc.url, "title": doc.title, "publication": doc.source, "language": "en",
            "coder": CODER, "codebook": "plover-2.0",
        },
        "coder": CODER,
        "coded_date": (coded or date.today()).isoformat(),
        "doc_id": doc.id,
        "event_id": e.id,
        "date_text": e.date.text if e.date else None,
        "cameo": e.cameo,
        "goldstein": e.goldstein,
        "modality": e.modality,
        "negated": e.negated,
        "confidence": e.confidence,
    }  # fmt: skip
    if item.cluster is not None:
        record["num_reports"] = item.cluster.n_reports
        record["num_articles"] = item.cluster.n_articles
        record["num_sources"] = item.cluster.n_sources
        if item.per_cluster:
            record["sources"] = list(item.cluster.sources)
            record["reports"] = list(item.cluster.reports)
            record["cluster_reason"] = item.cluster.reason
    return record
