"""Which of a sentence's trigger words are events: the clause's head events, not the background.

A news sentence reports one main event (sometimes two, coordinated). The other trigger words it
holds are that event's arguments, reasons, purposes or background ("rejected a call for talks",
"killed five in a car bombing", "quit as the crowd vowed to march on the palace", "the
release of X, who had been arrested"). :func:`head_events` drops the triggers another trigger
governs; a governed trigger of the same type that says how ("a car bombing") lends its more
specific CAMEO code to the one governing it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from tidings.actors.table import ActorTable
from tidings.events.codes import cameo_code
from tidings.events.lexicon import Cues, Entry, lemma_of
from tidings.events.syntax import OBJECT_DEPS, RELATIVE_WORDS, content_tokens, participle

if TYPE_CHECKING:
    from tidings.events.triggers import Trigger

MAX_CLIMB = 12
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Flags whose complement the extractor still reads (what is agreed, threatened, claimed, alleged):
# the triggers there are suppressed, weighed or marked alleged by the extractor, not dropped here.
COMPLEMENT_FLAGS = frozenset({"content", "conflict", "alleges"})
# A reading that holds only for some complements ("X said it was shelled") governs no trigger.
NEVER_GOVERNS = frozenset({"victim"})
# A finite clause hung on a verb that is no event ("rejected X and said they opposed Y") is a
# statement of its own: no trigger above it governs its events.
REPORT_DEPS = frozenset({"ccomp", "parataxis"})
# Event nouns whose "that" clause says what is demanded, promised, threatened or denied.
SPEECH_NOUN_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT", "ACCUSE"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
SETTING_WORDS = frozenset({"when", "where", "whereby", "while"})
VERBAL = frozenset({"VERB", "AUX"})


def in_name(token: Token, table: ActorTable) -> bool:
    """A proper noun inside an actor's name ("the Warsaw Pact", "the Ceasefire Committee")."""
    return token.pos_ == "PROPN" and table.at_token(token.i) is not None


def undone(token: Token, cues: Cues) -> bool:
    """A noun that is the object of a verb undoing it ("postponed the march", "avoid a war"),
    unless that verb is itself undone ("failed to prevent the massacre")."""
    verb = token.head
    if token.dep_ not in OBJECT_DEPS or verb.lemma_.lower() not in cues.negative_verbs:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.negative_verbs)


def _anchor(t: Trigger) -> Token:
    return t.frame_verb if t.frame_verb is not None else t.token


@dataclass(frozen=True, slots=True)
class Path:
    """How a trigger hangs on the nearest trigger above it."""

    top: Trigger
    edges: tuple[str, ...]  # dependency labels, from the trigger up
    through: tuple[Token, ...]  # the words between them

    def passes(self, pos: frozenset[str]) -> bool:
        return any(w.pos_ in pos for w in self.through)


def _governor(t: Trigger, at: dict[int, list[Trigger]], cues: Cues) -> Path | None:
    """The nearest other trigger above ``t`` in the parse, and the way to it."""
    cur = _anchor(t)
    own = {t.token.i, cur.i}
    edges: list[str] = []
    through: list[Token] = []
    for _ in range(MAX_CLIMB):
        parent = cur.head
        if parent.i == cur.i:
            return None
        edges.append(cur.dep_)
        if parent.i not in own:
            above = [o for o in at.get(parent.i, ()) if o is not t]
            if above:
                return Path(above[0], tuple(edges), tuple(through))
        if cur.dep_ in REPORT_DEPS and parent.pos_ in ("VERB", "AUX"):
            said = _said_of(parent, at, cues)
            if said is None:
                return None
            if said is not parent:
                return Path(said, (*edges, "ccomp"), (*through, parent))
        if parent.i not in own:
            through.append(parent)
        cur = parent
    return None


def _said_of(verb: Token, at: dict[int, list[Trigger]], cues: Cues) -> Token | Trigger | None:
    """What a finite clause hung on ``verb`` belongs to, when not a statement of its own: the
    verb itself when it is a saying that justifies the act it hangs on ("declined the visit,
    saying talks could only be held in ..."), or the event noun it spells out when the verb
    carries one ("renewed its demand that the army lift ...", "repeated its threat that ...")."""
    if lemma_of(verb) in cues.say_verbs and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        return verb
    for c in verb.children:
        if c.dep_ not in OBJECT_DEPS:
            continue
        for o in at.get(c.i, ()):
            if not o.is_verb and o.entry.type in SPEECH_NOUN_TYPES:
                return o
    return None


def promised_noun(t: Trigger, nouns: set[int]) -> int | None:
    """The event noun a commitment told in a relative clause commits to ("the aid X pledged to
    Y", "the cooperation X promised"): the promise is the event, the noun what is promised. The
    noun is the clause's head, or the noun right before the clause when the parser hung it higher
    ("the way to the cooperation X promised")."""
    verb = t.token
    if not t.is_verb or "content" not in t.entry.flags or verb.dep_ != "relcl":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(c.lower_ in RELATIVE_WORDS for c in subjects):
        return None  # "members who are pushing for": the noun is who acts, not what is promised
    if any(c.dep_ in OBJECT_DEPS and c.lower_ not in RELATIVE_WORDS for c in verb.children) or any(
        o.lower_ in RELATIVE_WORDS for p in verb.children if p.dep_ == "prep" for o in p.children
    ):
        return None  # "the call during which they agreed": the noun is the setting
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else verb.head
    if before.pos_ == "NOUN" and verb.head.left_edge.i <= before.i < verb.head.right_edge.i:
        candidates = (verb.head.i, before.i)
    else:
        candidates = (verb.head.i,)
    return next((i for i in candidates if i in nouns), None)


def governing(t: Trigger, at: dict[int, list[Trigger]], cues: Cues) -> tuple[Path, bool] | None:
    """The way to the trigger above ``t``, and whether that trigger governs ``t`` (``t`` is its
    argument, modifier, purpose or background) rather than being coordinated with it, having it
    as its subject, or having it as the act its complement names (which the extractor reads)."""
    path = _governor(t, at, cues)
    if path is None:
        return None
    top, edges = path.top, path.edges
    if edges == ("relcl",) and not top.is_verb and promised_noun(t, {top.token.i}) is not None:
        return path, False
    if all(e == "conj" for e in edges):
        return path, False  # "killed two and arrested five": coordinated events
    if not t.is_verb and t.frame_verb is None and len(edges) == 1 and edges[0] in SUBJECT_DEPS:
        return path, False  # "the strike killed five": the event noun is its clause's subject
    if (
        top.entry.flags & COMPLEMENT_FLAGS
        and not path.passes(NOMINAL)  # not "agreed to interviews about the offensive"
        and t.token.i in content_tokens(top.token, with_object=False)
    ):
        return path, False  # what is agreed, threatened or claimed: the extractor reads it
    return path, True


def _effect_of(t: Trigger, at: dict[int, list[Trigger]]) -> bool:
    """A verb telling what an event noun of another type, its subject, did ("sanctions hit the
    economy", "the blockade killed hundreds"): the noun is the event."""
    if not t.is_verb:
        return False
    for c in t.token.children:
        if c.dep_ == "nsubj" and any(
            not o.is_verb and o.frame_verb is None and o.entry.type != t.entry.type
            for o in at.get(c.i, ())
        ):
            return True
    return False


def _describes(t: Trigger) -> bool:
    """A participle or relative clause describing a noun ("miners sent home from the pits", "an
    activist jailed a year ago", "the militia that holds two towns in X"): background to the
    sentence's own event, when it has one. A clause on a time or place ("in 2003, when X refused
    ...", "the town where X shelled ...") tells the events of that time or place: not background."""
    if not t.is_verb:
        return False
    if t.token.dep_ == "relcl":
        return not any(c.dep_ == "advmod" and c.lower_ in SETTING_WORDS for c in t.token.children)
    return participle(t.token)


def _background(kept: list[Trigger]) -> set[int]:
    """Tokens of the describing clauses among ``kept``: their triggers and all inside them (not
    a promise of the event noun it describes)."""
    nouns = {t.token.i for t in kept if not t.is_verb}
    return {
        w.i
        for t in kept
        if _describes(t) and promised_noun(t, nouns) is None
        for w in t.token.subtree
    }


def _may_hold(t: Trigger, found: list[Trigger]) -> bool:
    """A "victim" reading needs an attack in its complement ("X said it was shelled")."""
    if "victim" not in t.entry.flags:
        return True
    inside = content_tokens(t.token, with_object=False)
    return any(o.entry.type == "ASSAULT" and o.token.i in inside for o in found)


def _says_how(path: Path, sub: Entry) -> bool:
    """A governed trigger of the same type in the same clause, with a mode the governing one's
    generic code lacks ("killed ... in a car bombing": the killing was a bombing)."""
    main = path.top.entry
    generic = len(main.cameo) == 3 and main.cameo.endswith("0") and main.mode is None
    same_clause = not path.passes(VERBAL)
    return main.type == sub.type and generic and sub.mode is not None and same_clause


def _with_code(entry: Entry, code: str) -> Entry:
    record = cameo_code(code)
    if record is None:
        return entry
    return replace(entry, cameo=code, mode=record.mode, context=record.context or entry.context)


def head_events(found: list[Trigger], table: ActorTable, cues: Cues) -> list[Trigger]:
    """The triggers of one sentence that may be events of their own, in the order given.

    A governed trigger of another type is dropped. One of the same type is kept: it is the same
    act told twice, which the extractor merges into the governing one once both have their parties
    (``events/acts.py``); its mode, when the governing one has none, becomes the act's code.
    """
    found = [
        t for t in found if t.is_verb or not (in_name(t.token, table) or undone(t.token, cues))
    ]
    at: dict[int, list[Trigger]] = {}
    for t in found:
        if t.entry.flags & NEVER_GOVERNS:
            continue
        at.setdefault(t.token.i, []).append(t)
        if t.frame_verb is not None and t.frame_verb.i != t.token.i:
            at.setdefault(t.frame_verb.i, []).append(t)
    above = {id(t): governing(t, at, cues) for t in found}
    dropped: dict[int, bool] = {}

    def drop(t: Trigger, depth: int = 0) -> bool:
        """Governed by a trigger of another type, or hanging on a dropped one."""
        if id(t) not in dropped:
            found_above = above[id(t)]
            if found_above is None or depth > MAX_CLIMB:
                dropped[id(t)] = False
            else:
                path, governed = found_above
                top = path.top
                own = governed and top.entry.type != t.entry.type
                dropped[id(t)] = own or drop(top, depth + 1)
        return dropped[id(t)]

    kept = [t for t in found if not drop(t) and not _effect_of(t, at) and _may_hold(t, found)]
    background = _background(kept)
    if any(t.token.i not in background and not t.entry.flags & NEVER_GOVERNS for t in kept):
        kept = [t for t in kept if t.token.i not in background]
    how: dict[int, Entry] = {}
    for t in kept:
        found_above = above[id(t)]
        if found_above is not None and found_above[1]:
            top = found_above[0].top
            if _says_how(found_above[0], t.entry) and id(top) not in how:
                how[id(top)] = t.entry
    return [
        replace(t, entry=_with_code(t.entry, how[id(t)].cameo)) if id(t) in how else t for t in kept
    ]
