"""Clashes of words: "the senator clashed with the president" is a quarrel (PLOVER ACCUSE,
"disapprove"; CAMEO 111), not a fight, when every side is a person or a political body and none
is armed. A clash "over" something is coded so by the verb lexicon already. A state that
"protests" complains officially (ACCUSE, "allege"; CAMEO 114): it does not take to the streets."""

from __future__ import annotations

from tidings.events.arguments import ArgumentFinder, Arguments
from tidings.events.triggers import Trigger

QUARREL = ("ACCUSE", "111", "disapprove")
CLASH_WORDS = frozenset({"clash", "spar"})
ATTACK_WORDS = frozenset({"attack", "assault", "broadside", "tirade"})
LAUNCH_VERBS = frozenset({"launch", "mount", "unleash"})
# sectors of parties that quarrel rather than fight; a state named as a country may fight
SPEAKING_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI", "JRN", "JUD", "BUS", "EDU", "REL"})


COMPLAINT = ("ACCUSE", "114", "allege")
PROTEST_WORDS = frozenset({"protest"})
STATE_SECTORS = frozenset({"GOV"})


def complains(t: Trigger, args: Arguments, finder: ArgumentFinder) -> bool:
    """Whether a protest is a state's official complaint ("Ankara protested at the alliance")."""
    if t.entry.type != "PROTEST" or not t.is_verb or not args.actors:
        return False
    if t.token.lemma_.lower() not in PROTEST_WORDS:
        return False
    parties = [finder.table.get(i) for i in args.actors]
    return all(
        (p.kind == "country" and p.sector in (None, *STATE_SECTORS))
        or (p.kind != "group" and p.sector in STATE_SECTORS)
        for p in parties
    )


def quarrels(t: Trigger, args: Arguments, finder: ArgumentFinder) -> bool:
    """Whether a clash between ``args``' parties is one of words; so is an attack one politician
    launches on another ("Butler launches attack on Blair")."""
    if t.entry.type != "ASSAULT":
        return False
    lemma = t.token.lemma_.lower()
    launched = t.frame_verb is not None and t.frame_verb.lemma_.lower() in LAUNCH_VERBS
    if lemma not in CLASH_WORDS and not (lemma in ATTACK_WORDS and launched):
        return False
    parties = [finder.table.get(i) for i in (*args.actors, *args.recipients)]
    if len(parties) < 2:
        return False
    return all(p.kind == "person" or p.sector in SPEAKING_SECTORS for p in parties) and not any(
        p.kind == "country" and p.sector is None for p in parties
    )
