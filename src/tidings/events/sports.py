"""Sports stories: where "meet", "clash", "beat" and "attack" are a game's words, not events.

A story is a sports story when it holds several different words of sport
(``data/events/sport_words.txt``); there an event whose trigger is one of
``data/events/game_triggers.txt`` is dropped unless a party is a state, armed or criminal actor
("police clashed with fans after the match" stays)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tidings.actors.table import ActorTable
from tidings.events.lexicon import Cues
from tidings.models import Event

MIN_SPORT_WORDS = 2  # different words of sport that make a sports story
SERIOUS_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD", "REB", "CRM", "UAF", "SPY", "PRM"})


def sports_story(doc: Doc, cue: Cues) -> bool:
    words = cue.sport_words
    found = {t.lemma_.lower() for t in doc if t.lemma_.lower() in words}
    return len(found) >= MIN_SPORT_WORDS


def without_game_moves(
    events: Sequence[Event], doc: Doc, actors: ActorTable, cue: Cues
) -> list[Event]:
    """``events`` less those that read as a game's moves, in a sports story."""
    if not events or not sports_story(doc, cue):
        return list(events)
    triggers = cue.game_triggers
    sectors = {a.id: a.sector for a in actors.actors}
    kept = []
    for event in events:
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        lemma = span.root.lemma_.lower() if span is not None and len(span) else ""
        serious = any(sectors.get(i) in SERIOUS_SECTORS for i in (*event.actors, *event.recipients))
        if lemma not in triggers or serious:
            kept.append(event)
    return kept
