"""One event per act: drafts of one sentence that tell the same act twice become one.

Runs on drafts, after their parties are found (``selection`` chooses the triggers before):

* A draft nested under another draft of the same type is the same act told twice ("killed three
  guards in a grenade attack", "shelled the town, killing nine", "died in rebel
  mortar fire"): it is merged into the outer one, which takes the parties it lacks from it.
* A draft reached from another draft only through a noun — an object, a prepositional phrase, a
  clause modifying a noun — is what that event is about, not an act of its own ("welcomed the
  talks", "agreed to mediation in the talks with X", "granted asylum to officers held since the
  invasion"). Verbs reached only through verbs (coordination, participles, purpose clauses) stay
  events, and so does the subject of the outer draft ("protests forced the minister to quit").
* A future act whose statement of intent is coded (AGREE, THREATEN) is that statement: CAMEO and
  PLOVER code "X will give aid to Y" as an intent, not as aid given (``KEEP_FUTURE_ACTS``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from tidings.events.arguments import Arguments

if TYPE_CHECKING:
    from tidings.events.extract import Draft

KEEP_FUTURE_ACTS = False
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
MAX_CLIMB = 12


def one_per_act(drafts: list[Draft]) -> list[Draft]:
    """The drafts of one sentence that stand for acts of their own, in their original order
    (statements of intent are added afterwards, see :func:`intents_only`)."""
    if len(drafts) < 2:
        return drafts
    occupied: dict[int, list[int]] = {}
    for n, d in enumerate(drafts):
        for i in _own_tokens(d):
            occupied.setdefault(i, []).append(n)
    merged: dict[int, int] = {}  # draft -> the draft it was merged into
    dropped: set[int] = set()
    kept = list(drafts)
    for n, d in enumerate(drafts):
        found = _outer(d, occupied, n)
        if found is None:
            continue
        outer_token, via_noun, as_subject, coordinated = found
        outers = occupied[outer_token]
        same = next((m for m in outers if drafts[m].type == d.type), None)
        if same is not None and not as_subject:
            target = _root(same, merged)
            if target != n and _another_act(kept[target], kept[n], coordinated):
                continue  # its own actor: another act ("a strike in response to X's attack")
            if target != n:
                kept[target] = _absorb(kept[target], kept[n])
                merged[n] = target
                continue
        if via_noun and not as_subject:
            dropped.add(n)
    return [d for n, d in enumerate(kept) if n not in merged and n not in dropped]


def intents_only(drafts: list[Draft]) -> list[Draft]:
    """Without the future acts whose statement of intent is among the drafts."""
    if KEEP_FUTURE_ACTS:
        return drafts
    intents = {d.trigger.token.i for d in drafts if d.derived}
    return [d for d in drafts if d.derived or d.trigger.token.i not in intents]


def _own_tokens(d: Draft) -> set[int]:
    own = {d.trigger.token.i}
    if d.trigger.frame_verb is not None:
        own.add(d.trigger.frame_verb.i)
    return own


def _outer(d: Draft, occupied: dict[int, list[int]], n: int) -> tuple[int, bool, bool, bool] | None:
    """The nearest token above the draft's trigger that belongs to another draft; whether the path
    to it passes through a noun (the trigger itself included when it is one), whether the draft
    hangs on it as its subject, and whether only by coordination ("kidnapped X and bombed Y")."""
    own = _own_tokens(d)
    token: Token = d.trigger.token
    via_noun = not d.trigger.is_verb
    coordinated = True
    for _ in range(MAX_CLIMB):
        head = token.head
        if head.i == token.i:
            return None
        coordinated = coordinated and token.dep_ == "conj"
        if head.i not in own and any(m != n for m in occupied.get(head.i, ())):
            return head.i, via_noun, token.dep_ in SUBJECT_DEPS, coordinated
        if head.i not in own and head.pos_ in NOMINAL:
            via_noun = True
        token = head
    return None


def _root(n: int, merged: dict[int, int]) -> int:
    while n in merged:
        n = merged[n]
    return n


def _another_act(outer: Draft, inner: Draft, coordinated: bool) -> bool:
    """Whether a nested draft of the same type has an actor of its own, other than the outer
    draft's parties ("the U.S. strike, a response to an attack by X"), or is coordinated with it
    and done to other parties ("kidnapped five Xs and bombed Y")."""
    mine, theirs = set(outer.args.actors), set(inner.args.actors)
    if mine and theirs and not mine & theirs and not theirs <= set(outer.args.recipients):
        return True
    done_to, also_done_to = set(outer.args.recipients), set(inner.args.recipients)
    return coordinated and bool(done_to and also_done_to and not done_to & also_done_to)


def _absorb(outer: Draft, inner: Draft) -> Draft:
    """The outer draft with the parties it lacks taken from the inner one, unless the two
    disagree on who is who ("two men killed fighting X": the men are killed, and they fight;
    "hosted a meeting between A and B": A and B meet, and are hosted)."""
    crossed = set(outer.args.recipients) & set(inner.args.actors)
    crossed |= set(outer.args.actors) & set(inner.args.recipients)
    if crossed:
        return outer
    actors = outer.args.actors or inner.args.actors
    recipients = outer.args.recipients or tuple(r for r in inner.args.recipients if r not in actors)
    if (actors, recipients) == (outer.args.actors, outer.args.recipients):
        return outer
    args = Arguments(actors, recipients, outer.args.inferred or inner.args.inferred)
    return replace(outer, args=args)
