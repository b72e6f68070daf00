"""Suite ``plover``: the PLOVER gold-standard records (one sentence per record).

Scored per sentence (records coding two events in the same sentence are scored together):

* event type accuracy: a record counts as right when its gold type is among the types tidings
  emits for the sentence;
* actor / recipient F1 over (country, sector) pairs, and over countries alone;
* full-event F1: an emitted event matches a gold record when the types are equal and its actor
  countries and recipient countries equal the gold sets (order-free, one-to-one).

Reciprocal records: a gold record that lists two or more parties under ``actors`` and none under
``recipients`` (PLOVER's "SRC/TAR" coding: leaders who met, agreed, cooperated, consulted, or
rejected or supported each other) has no direction. For such a record, actors and recipients are
pooled on both sides: an emitted event of the same type in that sentence is compared by the set of
all its parties (``actors`` + ``recipients``). tidings emits reciprocal events with all parties
under ``actors`` (DESIGN.md), which this rule accepts; so does a directed coding of the same pair.
Actors without a country (``null``: not coded) are not counted.

Modes and contexts are scored given the type: over the records for which tidings emits an event of
the gold type in the sentence.

* mode accuracy: a record with a gold mode counts as right when that mode is among the modes of
  those events. The records were coded with PLOVER v0.5b1, whose names are renamed to PLOVER
  2.0's (``MODE_RENAMES``: "riot-spon" is "riot", "assassinate" is "targeted"); a mode with no
  2.0 counterpart for its type ("deport" as an ASSAULT, "other") is not scored.
* context F1: the record's contexts against the union of those events' contexts, renamed the
  same way (``CONTEXT_RENAMES``: "refugee" is "migration", "resource" is "natural_resource").
  Contexts v0.5b1 had and 2.0 has not ("political", "foreign", "assets") are not scored, and a
  predicted context counts only if it is one the gold scheme can express (``SCORED_CONTEXTS``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tidings.evaluation.cases import Case, Scored, Suite
from tidings.evaluation.gold import JsonRecord, read_records
from tidings.evaluation.metrics import match_one_to_one
from tidings.models import Article, Document, Event

Pair = tuple[str, str | None]  # (country, sector)

# PLOVER 2.0's modes per type (the manual's mode tables, with "ban" and "destroy" of the
# CAMEO->PLOVER table)
PLOVER_MODES: dict[str, frozenset[str]] = {
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "ASSAULT": frozenset(
        {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
         "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
         "unconventional"}
    ),
    "COERCE": frozenset(
        {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
         "misinformation", "cyber", "ban", "destroy"}
    ),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
}  # fmt: skip
MODE_RENAMES = {
    "riot-spon": "riot", "riot-org": "riot", "demo-spon": "demo", "demo-org": "demo",
    "strike-hun": "hunger", "strike-gen": "strike", "assassinate": "targeted", "host": "visit",
}  # fmt: skip
CONTEXT_RENAMES = {
    "military": "military", "diplomatic": "diplomatic", "legal": "legal", "economic": "economic",
    "election": "election", "terrorism": "terrorism", "cbrn": "cbrn", "cyber": "cyber",
    "resource": "natural_resource", "refugee": "migration", "refugees": "migration",
    "government": "executive", "rights": "human_rights",
}  # fmt: skip
SCORED_CONTEXTS = frozenset(CONTEXT_RENAMES.values())


@dataclass(frozen=True)
class GoldEvent:
    id: str
    type: str
    actors: tuple[Pair, ...]
    recipients: tuple[Pair, ...]
    start: int  # the gold event words (for examples), else the whole sentence
    end: int
    mode: str | None = None  # a PLOVER 2.0 mode of the type, else not scored
    contexts: frozenset[str] = frozenset()  # PLOVER 2.0 names of the scored contexts

    @property
    def pooled(self) -> bool:
        return not self.recipients and len(self.actors) >= 2

    def label(self) -> str:
        arrow = " ↔ " if self.pooled else " → "
        return self.type + " " + _names(self.actors) + arrow + _names(self.recipients)


def _names(pairs: Sequence[Pair]) -> str:
    return ",".join(c + (sector or "") for c, sector in pairs) or "-"


def _pairs(parties: list[JsonRecord]) -> tuple[Pair, ...]:
    return tuple((p["country"], p.get("sector")) for p in parties if p.get("country"))


def load(paths: Sequence[Path], limit: int | None) -> list[Case]:
    """One case per distinct sentence among the first ``limit`` records."""
    by_text: dict[str, list[GoldEvent]] = {}
    ids: dict[str, str] = {}
    for record in read_records(paths, limit):
        text = record["text"]
        words = [s for s in record.get("spans", ()) if s.get("role") == "event" and "start" in s]
        start, end = (words[0]["start"], words[-1]["end"]) if words else (0, len(text))
        event = GoldEvent(
            id=record["id"],
            type=record["event"],
            actors=_pairs(record.get("actors") or []),
            recipients=_pairs(record.get("recipients") or []),
            start=start,
            end=end,
            mode=_gold_mode(record["event"], record.get("mode")),
            contexts=frozenset(
                CONTEXT_RENAMES[c.strip()]
                for c in (record.get("context") or "").split(",")
                if c.strip() in CONTEXT_RENAMES
            ),
        )
        by_text.setdefault(text, []).append(event)
        ids.setdefault(text, record["id"])
    return [
        Case(Article(id=ids[text], text=text, origin=ids[text]), tuple(events))
        for text, events in by_text.items()
    ]


def _gold_mode(kind: str, mode: str | None) -> str | None:
    renamed = MODE_RENAMES.get(mode or "", mode)
    return renamed if renamed in PLOVER_MODES.get(kind, ()) else None


def _event_parties(
    event: Event, document: Document, pooled: bool
) -> tuple[tuple[Pair, ...], tuple[Pair, ...]]:
    def pairs(ids: Sequence[str]) -> tuple[Pair, ...]:
        out = []
        for actor_id in ids:
            actor = document.actor(actor_id)
            if actor is not None and actor.country:
                out.append((actor.country, actor.sector))
        return tuple(out)

    actors, recipients = pairs(event.actors), pairs(event.recipients)
    return (actors + recipients, ()) if pooled else (actors, recipients)


def _countries(pairs: Sequence[Pair]) -> frozenset[str]:
    return frozenset(c for c, _ in pairs)


def score(cases: Sequence[Case], documents: Sequence[Document]) -> Scored:
    scored = Scored()
    m = scored.metrics
    m.ratio("event type accuracy")
    m.counts("full-event F1")
    for role in ("actor", "recipient"):
        m.counts(f"{role} F1 (country, sector)")
    for role in ("actor", "recipient"):
        m.counts(f"{role} F1 (country)")
    m.ratio("mode accuracy", "given the type")
    m.counts("context F1", "given the type")
    for case, document in zip(cases, documents, strict=True):
        _score_sentence(scored, case, document)
    return scored


def _score_sentence(scored: Scored, case: Case, document: Document) -> None:
    m = scored.metrics
    gold: tuple[GoldEvent, ...] = case.gold  # type: ignore[assignment]
    text = case.article.text
    emitted = {e.type for e in document.events}
    for g in gold:
        m.ratio("event type accuracy").add(g.type in emitted)
    _score_modes_contexts(scored, gold, document)
    pooled_types = {g.type for g in gold if g.pooled}
    predicted = [(e, *_event_parties(e, document, e.type in pooled_types)) for e in document.events]
    # the actors and recipients of the sentence, as sets
    for with_sector, suffix in ((True, "(country, sector)"), (False, "(country)")):
        for index, role in ((1, "actor"), (2, "recipient")):
            gold_set = {
                p if with_sector else (p[0], None)
                for g in gold
                for p in (g.actors if role == "actor" else g.recipients)
            }
            pred_set = {p if with_sector else (p[0], None) for row in predicted for p in row[index]}
            m.counts(f"{role} F1 {suffix}").add(
                len(gold_set & pred_set), len(pred_set), len(gold_set)
            )

    def same(p: int, g: int) -> bool:
        event, actors, recipients = predicted[p]
        gold_event = gold[g]
        if event.type != gold_event.type:
            return False
        if gold_event.pooled:
            return _countries(actors + recipients) == _countries(gold_event.actors)
        return _countries(actors) == _countries(gold_event.actors) and _countries(
            recipients
        ) == _countries(gold_event.recipients)

    pairs = match_one_to_one(len(predicted), len(gold), same)
    m.counts("full-event F1").add(len(pairs), len(predicted), len(gold))
    hit_pred = {p for p, _ in pairs}
    hit_gold = {g for _, g in pairs}
    for p, (event, actors, recipients) in enumerate(predicted):
        if p not in hit_pred:
            label = event.type + " " + _names(actors) + " → " + _names(recipients)
            t = event.trigger
            scored.example("false positive", label, case.article.id, text, t.start, t.end)
    for g, gold_event in enumerate(gold):
        if g not in hit_gold:
            scored.example(
                "miss", gold_event.label(), gold_event.id, text, gold_event.start, gold_event.end
            )


def _score_modes_contexts(scored: Scored, gold: Sequence[GoldEvent], document: Document) -> None:
    m = scored.metrics
    for g in gold:
        same_type = [e for e in document.events if e.type == g.type]
        if not same_type:
            continue
        if g.mode is not None:
            m.ratio("mode accuracy").add(g.mode in {e.mode for e in same_type})
        if g.contexts:
            predicted = {c for e in same_type for c in e.context if c in SCORED_CONTEXTS}
            m.counts("context F1").add(len(predicted & g.contexts), len(predicted), len(g.contexts))


SUITE = Suite(
    name="plover",
    description="PLOVER gold-standard records: event types, actors, recipients, full events",
    defaults=("gold/plover_gsr/dev.jsonl",),
    load=load,
    score=score,
)
