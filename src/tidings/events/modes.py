"""An event's mode from the words around its trigger, when its CAMEO code gives none
(``data/events/mode_words.tsv``): "killed by a roadside bomb" is an ASSAULT by explosives."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tidings.events.lemma_phrases import Phrase, holds, parse_phrases
from tidings.knowledge import cached_knowledge, read_table
from tidings.models import PLOVER_TYPES

MODES_TABLE = "events/mode_words.tsv"
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "prep", "agent", "npadvmod", "advcl"})
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "conj", "parataxis", "appos"})


@dataclass(frozen=True)
class ModeRow:
    mode: str
    phrases: frozenset[Phrase]


@cached_knowledge
def mode_rows() -> dict[str, list[ModeRow]]:
    """PLOVER type -> its rows, in the table's order."""
    rows: dict[str, list[ModeRow]] = {}
    for row in read_table(MODES_TABLE, ("type", "mode", "words")):
        if row["type"] not in PLOVER_TYPES:
            raise row.error(f"{row['type']!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        rows.setdefault(row["type"], []).append(ModeRow(row["mode"], parse_phrases(row["words"])))
    return rows


def word_mode(kind: str, trigger: Token) -> str | None:
    """The first mode of ``kind`` whose words are in the trigger's phrase, else None."""
    rows = mode_rows().get(kind)
    if not rows:
        return None
    lemmas = [t.lemma_.lower() for t in _scope(trigger)]
    return next((row.mode for row in rows if holds(lemmas, row.phrases)), None)


def _scope(trigger: Token) -> list[Token]:
    """The trigger's phrase: its subtree less the clauses hung on it ("the missile assault,
    which answered a chemical attack": not unconventional); for a noun that is a verb's object
    ("carried out a bomb attack"), the verb's prepositional phrases too ("… with rockets")."""
    tokens = _phrase(trigger)
    head = trigger.head
    if trigger.pos_ == "NOUN" and head.i != trigger.i and head.pos_ == "VERB":
        for child in head.children:
            if child.i != trigger.i and child.dep_ in _ARGUMENT_DEPS - {"nsubj", "nsubjpass"}:
                tokens.extend(_phrase(child))
    return sorted(set(tokens), key=lambda t: t.i)


def _phrase(token: Token) -> list[Token]:
    """``token``'s subtree without the clauses hung on it (relative, adverbial, complement,
    conjoined); a participle phrase stays ("militiamen armed with machetes")."""
    out = [token]
    for child in token.children:
        if child.dep_ not in _CLAUSE_DEPS:
            out.extend(_phrase(child))
    return out
