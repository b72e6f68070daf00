"""Dependency-parse helpers: subjects through control and coordination, objects, prepositions."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tidings.events.lexicon import cues, lemma_of

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
# Dependencies by which a verb inherits its subject from the word it hangs on.
CONTROL_DEPS = frozenset(
    {"xcomp", "conj", "advcl", "pcomp", "ccomp", "acl", "relcl", "dobj", "acomp"}
)
MAX_CLIMB = 6
# Prepositions through which a verb's object is the subject of the -ing clause it governs
# ("accused X of attacking", "blamed X for", "stopped X from", "pressured X into").
CONTROL_PREPS = frozenset({"of", "for", "from", "into", "over", "against"})


def children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def child(token: Token, deps: frozenset[str] | set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)


def prep_objects(token: Token, preps: frozenset[str] | set[str]) -> Iterator[tuple[str, Token]]:
    """(preposition lemma, object) for the prepositional children of ``token`` whose lemma is in
    ``preps`` ("with Merkel" -> ("with", Merkel)); multi-word "on behalf of" is not handled."""
    for prep in token.children:
        if prep.dep_ not in ("prep", "dative", "agent") or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            if obj.dep_ in ("pobj", "pcomp"):
                yield prep.lower_, obj


def participle(verb: Token) -> bool:
    """A past participle modifying a noun ("rebels backed by X", "an activist jailed in 2019"),
    also when tagged as a past tense (a clause of its own would have a subject), or when the
    parser made it the main verb (:func:`misparsed_participle`)."""
    if verb.dep_ != "acl":
        return misparsed_participle(verb)
    return verb.tag_ == "VBN" or (
        verb.tag_ == "VBD" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _headline(token: Token) -> bool:
    """Whether ``token``'s sentence reads as a headline: a line that ends without a stop."""
    text = token.sent.text.rstrip()
    return bool(text) and text[-1] not in ".!?:;\"'”’)"


def misparsed_participle(verb: Token) -> bool:
    """A participle the parser took for a past-tense main verb, with the real main verb, a
    subjectless passive, as its conjunct: "the civilians jailed for X were freed by Y" is parsed
    as "the civilians jailed ..." and "were freed": the subject is who was jailed. So is a
    headline's bare participle ("Sprinter banned for two years"): in a line with no full stop, a
    main verb tagged as a past participle with a subject but no auxiliary and no object."""
    if verb.dep_ == "ROOT" and verb.tag_ == "VBN" and _headline(verb):
        deps = {c.dep_ for c in verb.children}
        subj = child(verb, SUBJECT_DEPS)
        return (
            subj is not None
            and subj.i < verb.i
            and subj.pos_ != "PRON"
            and not deps & {"aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp"}
        )
    if verb.dep_ != "ROOT" or verb.tag_ != "VBD":
        return False
    # a real coordination has its "and" ("gathered in the square and were dispersed")
    deps = {c.dep_ for c in verb.children}
    if deps & {"aux", "auxpass", "dobj", "obj", "dative", "ccomp", "cc", "preconj"}:
        return False
    subj = child(verb, SUBJECT_DEPS)
    if subj is None or subj.i > verb.i or subj.pos_ == "PRON":
        return False
    return any(
        c.dep_ == "conj"
        and c.tag_ == "VBN"
        and any(a.dep_ == "auxpass" and a.i > verb.i for a in c.children)
        and not any(a.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"cc"} for a in c.children)
        for c in verb.children
    )


def for_clause(noun: Token) -> Token | None:
    """The verb of a "for X to ..." clause right after ``noun`` that the parser hung elsewhere
    ("its call for Maduro to step aside" -> step)."""
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.lower_ != "for" or nxt.dep_ != "mark":
        return None
    return nxt.head if nxt.head.pos_ in ("VERB", "AUX") else None


def agent_object(verb: Token) -> Token | None:
    """The object of a passive's "by" agent ("was launched by Assad's forces" -> forces)."""
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and is_passive(verb)):
            obj = child(c, frozenset({"pobj"}))
            if obj is not None:
                return obj
    return None


def direct_object(verb: Token) -> Token | None:
    return child(verb, OBJECT_DEPS) or child(verb, frozenset({"dative"}))


def nearest_subject(verb: Token) -> Token | None:
    """The subject of ``verb``; of several (a mis-parse across a line break), the nearest one
    before it."""
    subjects = children(verb, SUBJECT_DEPS)
    before = [s for s in subjects if s.i < verb.i]
    if len(before) >= 2:
        first, last = before[-2], before[-1]
        between = verb.doc.text[first.idx : last.left_edge.idx]
        if first.right_edge.i + 1 == last.left_edge.i and "\n" not in between:
            # "the envoy to rebels fighting to defeat the Taliban has resigned": a noun cut
            # off the end of the subject's own phrase, not a second subject
            return first
    if before:
        return before[-1]
    return subjects[0] if subjects else None


def clause_parent(token: Token) -> Token | None:
    """The word a clause hangs on, skipping a preposition ("accused X of attacking" -> accused)."""
    head = token.head
    if head.i == token.i:
        return None
    if head.dep_ == "prep" and token.dep_ in ("pcomp", "pobj"):
        return head.head if head.head.i != head.i else None
    return head


def subject(verb: Token) -> tuple[Token | None, bool]:
    """The acting subject of ``verb`` and whether it was found by climbing (control, coordination,
    relative clauses, participles); for a passive, the agent of "by"."""
    if misparsed_participle(verb):  # "the civilians jailed for X were freed": not the jailers
        return agent_object(verb), False
    token: Token = verb
    climbed = False
    via_xcomp = False
    via_active_conj = False  # "X was indicted by Y and will resign": X resigns, not Y
    for _ in range(MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX"):
            if is_passive(token):
                agent = agent_object(token)
                if agent is not None and not (via_xcomp or via_active_conj):
                    return agent, climbed
                if via_xcomp or via_active_conj:
                    # "X is scheduled to attend", "X was forced to resign": X does it
                    undergoer = child(token, PASSIVE_SUBJECT_DEPS)
                    if undergoer is not None and undergoer.lower_ not in RELATIVE_WORDS:
                        return undergoer, True
            subj = nearest_subject(token)
            if subj is not None and subj.dep_ != "expl":
                if subj.lower_ in RELATIVE_WORDS and token.dep_ == "relcl":
                    return token.head, True
                return subj, climbed
            if is_passive(token):
                return None, climbed
        via_xcomp = token.dep_ == "xcomp"
        via_active_conj = (
            token.dep_ == "conj"
            and token.pos_ in ("VERB", "AUX")
            and token.tag_ in ("VB", "VBD", "VBZ", "VBP")  # not a participle ("and shelling")
            and not is_passive(token)
        )
        dep = token.dep_
        parent = clause_parent(token)
        if parent is None:
            return None, climbed
        if dep == "acl" and parent.pos_ in ("NOUN", "PROPN", "PRON"):
            if token.tag_ == "VBG":  # "troops attacking the city"
                return parent, True
            if participle(token):  # "rebels backed by the U.S." handled above via the agent
                return None, True
            # "a plan to deploy": the planner is the subject of the verb the noun hangs on
            owner = child(parent, frozenset({"poss"}))
            if owner is not None:
                return owner, True
            token, climbed = parent, True
            continue
        if dep in ("xcomp", "pcomp", "advcl", "ccomp") and parent.pos_ in ("VERB", "AUX"):
            # object control: "urged X to act", "accused X of ...", "stopped X from ..."; not
            # through a preposition of manner or time ("by attacking X, Y challenged Z")
            controls = (dep == "xcomp" and not _for_a_purpose(parent)) or (
                dep == "pcomp" and token.head.lower_ in CONTROL_PREPS
            )
            if controls:
                obj = child(parent, OBJECT_DEPS)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON"):
                    return obj, True
            token, climbed = parent, True
            continue
        if dep in CONTROL_DEPS or dep in ("pobj", "prep"):
            token, climbed = parent, True
            continue
        return None, climbed
    return None, climbed


def patient(verb: Token) -> Token | None:
    """The undergoer of a passive ("X was attacked") or of a past participle modifying a noun
    ("rebels backed by the U.S.")."""
    subj = child(verb, PASSIVE_SUBJECT_DEPS)
    if subj is not None:
        if subj.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
            return verb.head
        return subj
    if participle(verb):
        return verb.head if verb.dep_ == "acl" else child(verb, SUBJECT_DEPS)
    if verb.dep_ == "conj" and is_passive(verb):  # "X is ... and is supported by Y"
        return child(verb.head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    if verb.dep_ == "xcomp" and is_passive(verb):  # "X was thought to be killed"
        return child(verb.head, PASSIVE_SUBJECT_DEPS) or child(verb.head, SUBJECT_DEPS)
    return None


def content_tokens(trigger: Token, with_object: bool) -> set[int]:
    """Indices of the tokens in a trigger's complement clause (and, for verbs like "reject", its
    object): what is agreed, requested, threatened or rejected."""
    found: set[int] = set()
    for c in trigger.children:
        take = c.dep_ in ("xcomp", "ccomp") or (with_object and c.dep_ in OBJECT_DEPS)
        if c.dep_ == "advcl" and c.left_edge.i == trigger.i + 1 and c.left_edge.lower_ == "to":
            take = True  # "sworn to fight": an infinitive right after the verb, parsed as advcl
        if c.dep_ == "prep" and c.lower_ in ("for", "to", "on", "of", "against", "from"):
            take = True
        if take:
            found.update(t.i for t in c.subtree)
    return found


def adopted_modifiers(noun: Token) -> list[Token]:
    """Prepositional phrases and bare time adverbials the parser hung on the verb although they
    directly follow a noun ("a strike last month on Syria" with "last month" and "on Syria"
    attached to the verb): the children of the noun's verb that continue the noun's phrase."""
    if noun.dep_ in SUBJECT_DEPS or noun.dep_ in PASSIVE_SUBJECT_DEPS:
        return []
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    expected = noun.right_edge.i + 1
    adopted: list[Token] = []
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i < expected:
            continue
        if c.left_edge.i != expected or c.dep_ not in ("prep", "npadvmod"):
            break
        adopted.append(c)
        expected = c.right_edge.i + 1
    return adopted


def objects_of(preps: list[Token], lemmas: frozenset[str] | set[str]) -> list[Token]:
    """The objects of the given preposition tokens whose lemma is in ``lemmas``."""
    return [
        o
        for p in preps
        if p.dep_ == "prep" and p.lower_ in lemmas
        for o in p.children
        if o.dep_ in ("pobj", "pcomp")
    ]


def _for_a_purpose(verb: Token) -> bool:
    """ "summoned the ambassador to protest": the subject's purpose, not the object's act."""
    return lemma_of(verb) in cues().purpose_verbs


def has_to(verb: Token) -> bool:
    """Whether ``verb`` is marked by infinitival "to" ("to send")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
