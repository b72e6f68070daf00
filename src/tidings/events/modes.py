"""An event's mode from the words around its trigger, when its CAMEO code gives none
(``data/events/mode_words.tsv``): "killed by a roadside bomb" is an ASSAULT by explosives."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tidings.knowledge import cached_knowledge, read_table

MODES_TABLE = "events/mode_words.tsv"
Phrase = tuple[str, ...]
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
        phrases = frozenset(
            tuple(w.strip().lower().split()) for w in row["words"].split(",") if w.strip()
        )
        rows.setdefault(row["type"], []).append(ModeRow(row["mode"], phrases))
    return rows


def word_mode(kind: str, trigger: Token) -> str | None:
    """The first mode of ``kind`` whose words are in the trigger's phrase, else None."""
    rows = mode_rows().get(kind)
    if not rows:
        return None
    lemmas = [t.lemma_.lower() for t in _scope(trigger)]
    for row in rows:
        longest = max(len(p) for p in row.phrases)
        for i in range(len(lemmas)):
            for size in range(1, longest + 1):
                if tuple(lemmas[i : i + size]) in row.phrases:
                    return row.mode
    return None


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
