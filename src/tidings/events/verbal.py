"""Clashes of words: "the senator clashed with the president" is a quarrel (PLOVER ACCUSE,
"disapprove"; CAMEO 111), not a fight, when every side is a person or a political body and none
is armed. A clash "over" something is coded so by the verb lexicon already."""

from __future__ import annotations

from tidings.events.arguments import ArgumentFinder, Arguments
from tidings.events.triggers import Trigger

QUARREL = ("ACCUSE", "111", "disapprove")
CLASH_WORDS = frozenset({"clash", "spar"})
# sectors of parties that quarrel rather than fight; a state named as a country may fight
SPEAKING_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI", "JRN", "JUD", "BUS", "EDU", "REL"})


def quarrels(t: Trigger, args: Arguments, finder: ArgumentFinder) -> bool:
    """Whether a clash between ``args``' parties is one of words."""
    if t.entry.type != "ASSAULT" or t.token.lemma_.lower() not in CLASH_WORDS:
        return False
    parties = [finder.table.get(i) for i in (*args.actors, *args.recipients)]
    if len(parties) < 2:
        return False
    return all(p.kind == "person" or p.sector in SPEAKING_SECTORS for p in parties) and not any(
        p.kind == "country" and p.sector is None for p in parties
    )
