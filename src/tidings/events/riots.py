"""Violence around protests: damage or violence by protesters is a riot (PLOVER PROTEST "riot",
CAMEO 145); security forces using force on protesters, or clashing with them, repress (CAMEO 175).
Who counts as a protester is ``data/events/rioters.txt``."""

from __future__ import annotations

from tidings.events.arguments import ArgumentFinder, Arguments
from tidings.events.lexicon import Cues, lemma_of
from tidings.events.syntax import direct_object, prep_objects, subject
from tidings.events.triggers import Trigger

# Property damage or violence by protesters is a riot (PLOVER PROTEST "riot", CAMEO 145).
RIOT_ACTS = {"COERCE": frozenset({"seize", "destroy"}), "ASSAULT": frozenset({"beat"})}
RIOT = ("PROTEST", "145", "riot")
# Security forces clashing with protesters: the protesters riot, the forces repress them (175).
SECURITY_SECTORS = frozenset({"MIL", "COP", "SPY"})
REPRESSION = ("ASSAULT", "175", None)
# ... and their shooting, beating or attacking protesters is repression too (the mode stays).
REPRESSION_MODES = frozenset({None, "firearms", "beat"})
SIDE_PREPS = frozenset({"with", "between"})
TARGET_PREPS = frozenset({"at", "on", "against", "into"})


def riots(t: Trigger, cue: Cues) -> bool:
    """Damage or violence whose doer is named as protesters ("rioters torched a bank")."""
    if t.entry.mode not in RIOT_ACTS.get(t.entry.type, ()):
        return False
    holder = t.token if t.is_verb else t.frame_verb
    doer = subject(holder)[0] if holder is not None else None
    return doer is not None and lemma_of(doer) in cue.rioters


def represses(t: Trigger, args: Arguments, finder: ArgumentFinder, cue: Cues) -> bool:
    """Security forces using force on protesters ("police fired tear gas at demonstrators")."""
    if t.entry.type != "ASSAULT" or t.entry.mode not in REPRESSION_MODES:
        return False
    if not any(finder.table.get(a).sector in SECURITY_SECTORS for a in args.actors):
        return False
    holders = [t.token] + ([t.frame_verb] if t.frame_verb is not None else [])
    targets = [direct_object(h) for h in holders if h.pos_ == "VERB"]
    targets += [o for h in holders for _, o in prep_objects(h, TARGET_PREPS)]
    return any(
        o is not None and lemma_of(o) in cue.rioters and set(finder.ids(o)) & set(args.recipients)
        for o in targets
    )


def riot_sides(
    t: Trigger, args: Arguments, finder: ArgumentFinder, cue: Cues
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(protesters, security forces) of a clash between the two ("police clashed with
    demonstrators", "clashes between troops and rioters"), else None."""
    if t.entry.type != "ASSAULT" or not t.entry.reciprocal or args.recipients:
        return None
    holders = [t.token] + ([t.frame_verb] if t.frame_verb is not None else [])
    sides = [subject(h)[0] for h in holders]
    sides += [o for h in holders for _, o in prep_objects(h, SIDE_PREPS)]
    sides += [c for s in sides if s is not None for c in s.conjuncts]
    rioters = tuple(
        i
        for s in sides
        if s is not None and lemma_of(s) in cue.rioters
        for i in finder.ids(s, skip=frozenset(c.i for c in s.conjuncts))
        if i in args.actors
    )
    forces = tuple(
        a
        for a in args.actors
        if a not in rioters and finder.table.get(a).sector in SECURITY_SECTORS
    )
    return (tuple(dict.fromkeys(rioters)), forces) if rioters and forces else None
