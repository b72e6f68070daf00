"""Finding the trigger words of one sentence: verbs and nouns of the lexicons, with their frames."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tidings.actors.table import ActorTable
from tidings.events.lexicon import (
    ACTOR,
    Cues,
    Entry,
    Frame,
    best_entry,
    is_place,
    lemma_of,
    negation_lemmas,
    noun_entries,
    verb_entries,
)
from tidings.events.main_events import head_events
from tidings.events.modality import marks
from tidings.events.refusals import as_refusal
from tidings.events.syntax import (
    OBJECT_DEPS,
    RELATIVE_WORDS,
    child,
    direct_object,
    for_clause,
    has_to,
    is_passive,
    participle,
    patient,
)

NOUN_DEPS_TO_LIGHT_VERB = frozenset({"dobj", "nsubjpass", "obj"})
STATE_PREPS = frozenset({"in", "on", "under"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "you", "i"})


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    entry: Entry
    is_verb: bool
    frame_verb: Token | None = None  # the light verb of a noun trigger ("held talks")
    relative_claim: bool = False  # "an attack the administration says was launched by X"
    consumed: int | None = None  # a noun this verb reading uses up ("signed a deal")

    @property
    def clause_verb(self) -> Token | None:
        return self.token if self.is_verb else self.frame_verb


def _lemma(token: Token) -> str:
    return lemma_of(token)


def _verb_frame(verb: Token, table: ActorTable, cues: Cues) -> Frame:
    obj = direct_object(verb)
    # a passive's subject is its object ("the demands were met", "the prisoners were freed",
    # "... and were released by X" with the subject of the first verb)
    undergoer = patient(verb) if is_passive(verb) and obj is None else None
    objects = frozenset(
        _lemma(m)
        for c in [*(c for c in verb.children if c.dep_ in OBJECT_DEPS), undergoer]
        if c is not None
        for o in (c, *c.conjuncts)
        for m in (o, *_measured(o, cues))
    )
    obj = obj or undergoer
    # "said Sudan must return the helicopter": a modal of a clause whose subject is a party
    modals = frozenset(
        a.lower_
        for c in verb.children
        if c.dep_ == "ccomp" and _party_subject(c, table)
        for a in c.children
        if a.dep_ == "aux"
    )
    return Frame(
        particles=frozenset(c.lower_ for c in verb.children if c.dep_ == "prt"),
        preps=frozenset(c.lower_ for c in verb.children if c.dep_ in ("prep", "dative", "agent")),
        prep_objects=frozenset(
            _lemma(o)
            for c in verb.children
            if c.dep_ in ("prep", "dative", "agent")
            for o in c.children
            if o.dep_ == "pobj"
        ),
        prep_object_is_actor=any(
            table.at_token(o.i) is not None
            for c in verb.children
            if c.dep_ in ("prep", "dative")
            for o in (c, *(g for g in c.children if g.dep_ == "pobj"))
        ),
        objects=objects,
        object_is_actor=any(
            table.at_token(o.i) is not None for o in (obj, *_bare_subjects(verb)) if o
        ),
        object_is_place=obj is not None and (is_place(obj) or _place_actor(obj, table)),
        # "called him a liar": a predicative complement ("oprd") counts as a complement
        has_xcomp=any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in verb.children),
        complements=frozenset(_lemma(c) for c in _complements(verb)),
        complement_subject=_complement_subject(verb),
        complement_modals=modals,
        complement_starts=_complement_starts(verb),
        negated=_lemma(verb) in negation_lemmas() and marks(verb, verb, cues).negated,
        # "pleaded guilty", "stood firm": an adjective complement of the verb
        modifiers=frozenset(_lemma(c) for c in verb.children if c.dep_ == "acomp"),
    )


def _complements(verb: Token) -> list[Token]:
    """The clausal complements of a verb, with an infinitive right after it that the parser took
    for a purpose clause ("battled to recover", "sworn to fight")."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "ccomp")
        or (c.dep_ == "advcl" and c.left_edge.i == verb.i + 1 and c.left_edge.lower_ == "to")
    ]


def _complement_starts(verb: Token) -> frozenset[str]:
    """The first words of a verb's clausal complements ("asked them if ...", "claims to have
    ..."), with an "if"/"whether" clause the parser attached as an adverbial one."""
    found = {c.left_edge.lower_ for c in verb.children if c.dep_ in ("xcomp", "ccomp")}
    found |= {
        m.lower_
        for c in verb.children
        if c.dep_ == "advcl"
        for m in c.children
        if m.dep_ == "mark" and m.lower_ in ("if", "whether")
    }
    return frozenset(found)


def _bare_subjects(verb: Token) -> list[Token]:
    """The subject of a bare infinitive complement, which is the verb's object ("helped Haiti
    rebuild", parsed with Haiti as the subject of "rebuild")."""
    return [
        s
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.tag_ == "VB"
        and not any(a.dep_ in ("aux", "mark") for a in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def _party_subject(clause: Token, table: ActorTable) -> bool:
    """Whether a clause's subject is a party (an actor, or a pronoun that may stand for one), not
    a thing ("adherence to the law should not be a game", "there should be a strike")."""
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if any(table.at_token(t.i) is not None for t in (c, *c.conjuncts)):
                return True
            return c.pos_ == "PRON" and c.lower_ in PERSONAL_PRONOUNS
    return False


def _complement_subject(verb: Token) -> bool:
    """Whether the verb's infinitive complement has an actor of its own ("wants the government
    to resign", parsed with the government as the object or as the complement's subject)."""
    for c in verb.children:
        if c.dep_ not in ("xcomp", "ccomp") or not has_to(c):
            continue
        if any(g.dep_ == "nsubj" for g in c.children) or direct_object(verb) is not None:
            return True
    return False


def _natural_cause(verb: Token, cues: Cues) -> bool:
    """Whether what did it is nobody's act ("floods killed twelve", "killed in a crash")."""
    causes = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if is_passive(verb) or participle(verb):  # "victims killed by"
        causes += [
            o
            for p in verb.children
            if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "in")
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return any(_lemma(c) in cues.natural_causes for c in causes)


def _measured(noun: Token, cues: Cues) -> list[Token]:
    """What a counted measure noun measures ("700 kg of medicine" -> medicine), or a part of
    ("part of the aid program" -> program)."""
    counted = any(c.dep_ == "nummod" for c in noun.children)
    if not counted and _lemma(noun) not in cues.partitives:
        return []
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _modifiers(noun: Token) -> list[Token]:
    """Compound and adjective modifiers of a noun, and theirs ("chemical weapons attack")."""
    found: list[Token] = []
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            found.append(c)
            found.extend(g for g in c.children if g.dep_ in ("compound", "amod"))
    return found


def _modifier_words(modifier: Token) -> tuple[str, ...]:
    """A modifier's lemma, and its hyphenated whole ("open-ended", "24-hour") when split."""
    words = modifier.doc[modifier.left_edge.i : modifier.i + 1]
    if len(words) > 1 and any(t.text == "-" for t in words):
        return (_lemma(modifier), words.text.replace(" ", "").lower())
    return (_lemma(modifier),)


def _noun_frame(noun: Token, frame_verb: Token | None, table: ActorTable) -> Frame:
    holders = [noun] + ([frame_verb] if frame_verb is not None else [])
    verb = noun.head if noun.dep_ in NOUN_DEPS_TO_LIGHT_VERB else frame_verb
    undergoers = _undergoers(noun)
    # "its call for X to step down", with the "for" clause hung elsewhere by the parser
    marked = frozenset({"for"}) if for_clause(noun) is not None else frozenset()
    return Frame(
        preps=marked | frozenset(c.lower_ for h in holders for c in h.children if c.dep_ == "prep"),
        prep_objects=frozenset(
            _lemma(o)
            for h in holders
            for c in h.children
            if c.dep_ == "prep"
            for o in c.children
            if o.dep_ == "pobj"
        ),
        objects=frozenset(_lemma(u) for u in undergoers),
        object_is_actor=any(table.at_token(u.i) is not None for u in undergoers),
        modifiers=frozenset(w for m in _modifiers(noun) for w in _modifier_words(m)),
        verb=_lemma(verb) if verb is not None else None,
        under=noun.head.lower_ if noun.dep_ == "pobj" else None,
    )


def _place_actor(token: Token, table: ActorTable) -> bool:
    """Whether ``token`` is the name of a country or a town (coded as its people), not of a
    person or a group."""
    mention = table.at_token(token.i) if token.pos_ == "PROPN" else None
    return (
        mention is not None
        and bool(mention.actor_ids)
        and all(table.get(a).kind == "country" for a in mention.actor_ids)
    )


def _undergoers(noun: Token) -> list[Token]:
    """Whom or what an event noun is done to, for its ``obj`` conditions: the object of its "of"
    or its possessor ("the release of the prisoners", "the hostages' release")."""
    found = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
        if c.dep_ == "pobj"
        for o in (c, *c.conjuncts)
    ]
    found += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return found


def _governor(noun: Token) -> Token:
    """The noun itself, or the measure noun it is counted by ("25,000 tons of aid" -> tons)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "NUM"):
        return head.head
    return noun


def _frame_verb(noun: Token, cues: Cues, verb_triggers: set[int]) -> tuple[Token | None, bool]:
    """The light verb carrying a noun trigger, and whether it was reached through a claim."""
    noun = _governor(noun)
    head = noun.head
    if noun.dep_ in NOUN_DEPS_TO_LIGHT_VERB and head.pos_ in ("VERB", "AUX"):
        if _lemma(head) in cues.light_verbs and head.i not in verb_triggers:
            return head, False
    elif noun.dep_ in ("oprd", "attr") and head.dep_ in ("ccomp", "dobj", "relcl"):
        # "had what the White House called a call": the naming verb's clause is the object
        verb = head.head
        if _lemma(verb) in cues.light_verbs and verb.i not in verb_triggers:
            return verb, False
    elif (
        noun.dep_ == "pobj" and head.lower_ in STATE_PREPS and _lemma(head.head) in cues.light_verbs
    ):
        # "engaged the peacekeepers in a firefight", "remained on alert", "put troops on alert"
        if head.head.i not in verb_triggers and head.head.pos_ == "VERB":
            return head.head, False
    elif noun.dep_ == "conj" and head.dep_ in NOUN_DEPS_TO_LIGHT_VERB:
        verb = head.head
        if _lemma(verb) in cues.light_verbs and verb.i not in verb_triggers:
            return verb, False
    for rel in noun.children:
        if rel.dep_ not in ("relcl", "acl") or rel.pos_ not in ("VERB", "AUX"):
            continue
        if _lemma(rel) in cues.light_verbs:
            obj = child(rel, OBJECT_DEPS)
            if obj is None or obj.lower_ in RELATIVE_WORDS:
                return rel, False
        if _lemma(rel) in cues.say_verbs:
            claim = child(rel, frozenset({"ccomp"}))
            if claim is not None and _lemma(claim) in cues.light_verbs:
                return claim, True
    return None, False


def find_triggers(sent: Span, table: ActorTable, cues: Cues) -> list[Trigger]:
    verbs, nouns = verb_entries(), noun_entries()
    found: list[Trigger] = []
    consumed: set[int] = set()
    for token in sent:
        if token.pos_ != "VERB" or _lemma(token) not in verbs:
            continue
        entry = best_entry(verbs, _lemma(token), _verb_frame(token, table, cues))
        if entry is None or (entry.type == "ASSAULT" and _natural_cause(token, cues)):
            continue
        uses_object = any(
            c.kind == "obj" and c.values and ACTOR not in c.values and not c.negated
            for c in entry.conditions
        )
        obj = direct_object(token) if uses_object else None
        if obj is not None:
            consumed.add(obj.i)
        found.append(Trigger(token, entry, True, consumed=obj.i if obj is not None else None))
    verb_triggers = {t.token.i for t in found}
    for token in sent:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in consumed:
            continue
        if _lemma(token) not in nouns:
            continue
        # "a mediation effort": the compound names the event, the head noun carries its frame
        holder = token
        if token.dep_ == "compound":
            head = token.head
            if _lemma(head) not in cues.light_nouns or head.i in consumed:
                continue
            if best_entry(nouns, _lemma(head), _noun_frame(head, None, table)) is not None:
                continue  # "a bombing campaign": the head noun is the trigger
            holder = token.head
        frame_verb, claimed = _frame_verb(holder, cues, verb_triggers)
        entry = best_entry(nouns, _lemma(token), _noun_frame(holder, frame_verb, table))
        if entry is not None:
            found.append(Trigger(token, entry, False, frame_verb, claimed))
    found.sort(key=lambda t: t.token.i)
    return [as_refusal(t, cues) for t in head_events(found, table, cues)]
