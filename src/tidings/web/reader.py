"""The article reader's text: the article cut into segments, each carrying the marks
(actor mention, event trigger, quote, cue, place, date) and the events whose evidence it is."""

from __future__ import annotations

import itertools
from bisect import bisect_left
from dataclasses import dataclass, field

from tidings.models import Document, Event

Interval = tuple[int, int]


@dataclass
class Segment:
    text: str
    classes: set[str] = field(default_factory=set)
    actor: str | None = None  # actor id of a mention
    tips: list[str] = field(default_factory=list)  # hover text
    evidence: list[str] = field(default_factory=list)  # events whose evidence this is
    sentence: list[str] = field(default_factory=list)  # events whose sentence this is in

    @property
    def plain(self) -> bool:
        return not (self.classes or self.evidence or self.sentence)


def actor_label(document: Document, actor_id: str) -> str:
    actor = document.actor(actor_id)
    if actor is None:
        return actor_id
    codes = "-".join(c for c in (actor.country, actor.sector) if c)
    return f"{actor.name} [{codes}]" if codes else actor.name


def evidence(document: Document, event: Event) -> list[Interval]:
    """The spans that support ``event``: its trigger, its parties' mentions, its date and place
    expressions, all inside its sentence."""
    lo, hi = event.sentence.start, event.sentence.end

    def inside(start: int, end: int) -> bool:
        return lo <= start and end <= hi

    spans: list[Interval] = [(event.trigger.start, event.trigger.end)]
    for actor_id in (*event.actors, *event.recipients):
        actor = document.actor(actor_id)
        for m in actor.mentions if actor else ():
            if inside(m.start, m.end):
                spans.append((m.start, m.end))
    if event.date and event.date.text:
        spans += [(t.start, t.end) for t in document.timexes
                  if inside(t.start, t.end) and t.text == event.date.text]  # fmt: skip
    if event.location:
        name = event.location.name
        spans += [(p.start, p.end) for p in document.places
                  if inside(p.start, p.end) and name in (p.name, p.text)]  # fmt: skip
    return spans


def segments(document: Document) -> list[Segment]:
    """The text of ``document`` cut at every mark boundary."""
    text = document.text
    marks: list[tuple[Interval, str, str | None, str | None]] = []  # span, class, actor, tip
    for actor in document.actors:
        for m in actor.mentions:
            marks.append(((m.start, m.end), "m", actor.id, actor_label(document, actor.id)))
    for e in document.events:
        marks.append(((e.trigger.start, e.trigger.end), "t", None, f"{e.type} ({e.modality})"))
    for q in document.quotes:
        marks.append(((q.content.start, q.content.end), "q", None, f"{q.kind} quote"))
        if q.cue:
            marks.append(((q.cue.start, q.cue.end), "cue", None, None))
    for p in document.places:
        tip = f"{p.name} [{p.country}]" if p.country else p.name
        marks.append(((p.start, p.end), "pl", None, tip))
    for t in document.timexes:
        marks.append(((t.start, t.end), "tx", None, t.value))
    ev_marks = [(span, e.id) for e in document.events for span in evidence(document, e)]
    sent_marks = [((e.sentence.start, e.sentence.end), e.id) for e in document.events]

    cuts = {0, len(text)}
    for (start, end), *_ in marks:
        cuts |= {start, end}
    for (start, end), _ in ev_marks + sent_marks:
        cuts |= {start, end}
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    segs = [Segment(text[a:b]) for a, b in itertools.pairwise(points)]

    def covered(start: int, end: int) -> range:
        return range(bisect_left(points, start), bisect_left(points, end))

    for (start, end), cls, actor_id, tip in marks:
        for i in covered(start, end):
            segs[i].classes.add(cls)
            if actor_id:
                segs[i].actor = actor_id
            if tip and tip not in segs[i].tips:
                segs[i].tips.append(tip)
    for (start, end), event_id in ev_marks:
        for i in covered(start, end):
            if event_id not in segs[i].evidence:
                segs[i].evidence.append(event_id)
    for (start, end), event_id in sent_marks:
        for i in covered(start, end):
            segs[i].sentence.append(event_id)
    return segs
