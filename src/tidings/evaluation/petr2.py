"""Suite ``petr2``: PETRARCH-2's gold-standard validation sentences (CAMEO triples).

* triple F1: (source country, target country, 2-digit CAMEO root) per sentence, as sets;
* PLOVER triple F1: the same with the gold CAMEO code mapped to its PLOVER type through
  ``reference/CAMEO2PLOVER-2021.txt`` (gold codes with no PLOVER type, the 01 statements and
  02 appeals, are left out) and compared with tidings' PLOVER type;
* no-event accuracy: the share of ``noevents`` sentences where tidings emits no event.

A CAMEO actor code's country is its first three letters (``USAGOV`` → USA; ``---REB`` → none),
with the CAMEO-era codes in ``CAMEO_COUNTRIES`` mapped to ISO alpha-3. An emitted event gives a
triple per (actor, recipient) pair; a reciprocal event (two or more actors, no recipient) gives
every ordered pair of its actors, as PETRARCH codes a meeting both ways; a one-sided event gives
(actor, none).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import permutations
from pathlib import Path

from tidings.evaluation.cases import Case, Scored, Suite
from tidings.evaluation.gold import read_records, shared_dir
from tidings.models import Article, Document, Event

# CAMEO-era country codes that differ from ISO 3166-1 alpha-3
CAMEO_COUNTRIES = {
    "ROM": "ROU",
    "ZAR": "COD",
    "TMP": "TLS",
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "YUG": "SRB",
    "BUR": "MMR",
    "KOS": "XKX",
}
CAMEO_TABLE = "reference/CAMEO2PLOVER-2021.txt"

Triple = tuple[str | None, str | None, str | None]


def cameo_country(code: str | None) -> str | None:
    head = (code or "")[:3].upper()
    if len(head) < 3 or head == "---":
        return None
    return CAMEO_COUNTRIES.get(head, head)


@cache
def cameo_to_plover() -> dict[str, str]:
    """CAMEO code → PLOVER type, read from the shared reference table (empty when absent)."""
    path = shared_dir() / CAMEO_TABLE
    table: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,", line)
            if m:
                table[m[1]] = m[2]
    return table


def plover_type(cameo: str) -> str | None:
    table = cameo_to_plover()
    for size in range(len(cameo), 2, -1):
        if cameo[:size] in table:
            return table[cameo[:size]]
    return None


@dataclass(frozen=True)
class Gold:
    triples: frozenset[Triple]
    plover: frozenset[Triple]
    noevents: bool


def load(paths: Sequence[Path], limit: int | None) -> list[Case]:
    cases = []
    for record in read_records(paths, limit):
        events = record.get("events") or []
        triples = frozenset(
            (cameo_country(e["source"]), cameo_country(e["target"]), e["cameo"][:2]) for e in events
        )
        plover = frozenset(
            (cameo_country(e["source"]), cameo_country(e["target"]), plover_type(e["cameo"]))
            for e in events
            if plover_type(e["cameo"])
        )
        article = Article(
            id=record["id"], text=record["text"], published=record.get("date"), origin=record["id"]
        )
        cases.append(Case(article, Gold(triples, plover, bool(record.get("noevents")))))
    return cases


def _pairs(event: Event, document: Document) -> set[tuple[str | None, str | None]]:
    def country(actor_id: str) -> str | None:
        actor = document.actor(actor_id)
        return actor.country if actor else None

    actors = [country(a) for a in event.actors] or [None]
    recipients = [country(r) for r in event.recipients]
    if recipients:
        return {(a, r) for a in actors for r in recipients}
    if len(actors) >= 2:
        return set(permutations(actors, 2))
    return {(actors[0], None)}


def predicted_triples(document: Document) -> tuple[set[Triple], set[Triple]]:
    """(CAMEO triples, PLOVER triples) of a document's events."""
    cameo: set[Triple] = set()
    plover: set[Triple] = set()
    for event in document.events:
        for a, r in _pairs(event, document):
            cameo.add((a, r, event.cameo[:2] if event.cameo else None))
            plover.add((a, r, event.type))
    return cameo, plover


def _label(triple: Triple) -> str:
    a, r, code = triple
    return f"{a or '---'} → {r or '---'} {code or '?'}"


def score(cases: Sequence[Case], documents: Sequence[Document]) -> Scored:
    scored = Scored()
    m = scored.metrics
    cameo_counts = m.counts("triple F1 (CAMEO root)")
    plover_counts = m.counts("triple F1 (PLOVER type)")
    quiet = m.ratio("no-event accuracy")
    for case, document in zip(cases, documents, strict=True):
        gold: Gold = case.gold  # type: ignore[assignment]
        cameo, plover = predicted_triples(document)
        cameo_counts.add(len(cameo & gold.triples), len(cameo), len(gold.triples))
        plover_counts.add(len(plover & gold.plover), len(plover), len(gold.plover))
        if gold.noevents:
            quiet.add(not document.events)
        text, where = case.article.text, case.article.id
        for triple in sorted(cameo - gold.triples, key=str):
            scored.example("false positive", _label(triple), where, text, 0, len(text))
        for triple in sorted(gold.triples - cameo, key=str):
            scored.example("miss", _label(triple), where, text, 0, len(text))
    return scored


SUITE = Suite(
    name="petr2",
    description="PETRARCH-2 validation sentences: (source, target, CAMEO root) triples",
    defaults=("gold/petr2_gsr/validation.jsonl",),
    load=load,
    score=score,
)
