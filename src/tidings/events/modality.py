"""Negation and modality of an event: asserted, future/intent, hypothetical, alleged, historical."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from tidings.events.lexicon import Cues
from tidings.events.syntax import clause_parent, has_to
from tidings.knowledge import cached_knowledge, read_words
from tidings.models import Modality

CHAIN_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "acl", "dobj", "conj", "advcl", "pobj"})
# Dependencies of a complement on the word that governs it ("plans to send", "a plan to deploy",
# "discussed having a meeting", "in favor of organizing").
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "acl", "dobj"})
MAX_CHAIN = 5
ABSENCE_PREPS = frozenset({"without"})  # "without consulting X": it did not happen
HISTORICAL_DAYS = 365


@cached_knowledge
def alleged_words() -> frozenset[str]:
    return read_words("events/alleged_words.txt")


@dataclass(frozen=True, slots=True)
class Marks:
    negated: bool = False
    future: bool = False
    intent_verb: bool = False  # the future comes from an auxiliary or an intent verb of the actor
    hypothetical: bool = False
    alleged: bool = False


def chain(clause_verb: Token) -> list[Token]:
    """The clause verb and the words it hangs on through complements and coordination."""
    tokens = [clause_verb]
    token = clause_verb
    for _ in range(MAX_CHAIN):
        if token.dep_ not in CHAIN_DEPS and not _infinitive_relative(token):
            break
        if token.dep_ == "acl" and token.tag_ in ("VBN", "VBD"):
            break  # "a truce brokered in 2016 by X": a participle clause keeps its own time
        parent = clause_parent(token)
        if parent is None:
            break
        tokens.append(parent)
        if parent.pos_ not in ("VERB", "AUX", "NOUN") or token.dep_ in ("advcl", "pobj"):
            break
        token = parent
    return tokens


def marks(trigger: Token, clause_verb: Token | None, cues: Cues) -> Marks:
    negated = future = intent_verb = hypothetical = alleged = False
    for c in trigger.children:
        if c.lower_ in cues.negators and c.dep_ in ("neg", "det", "advmod"):
            negated = True
        if c.lower_ in alleged_words() and c.dep_ in ("amod", "advmod"):
            alleged = True
        if c.lower_ in cues.hypothetical and c.dep_ == "amod":  # "a potential attack"
            hypothetical = True
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ in ABSENCE_PREPS:
        negated = True  # "without pressure from X", "without consulting Y"
    if _expected(trigger, cues):
        future = True  # "bracing for a Russian offensive", "expect a strike"
    if clause_verb is None:
        return Marks(negated=negated, future=future, hypothetical=hypothetical, alleged=alleged)
    tokens = chain(clause_verb)
    for level, token in enumerate(tokens):
        below = tokens[level - 1] if level > 0 else None
        own = (
            below is None
            or below.dep_ == "xcomp"
            or (below.dep_ == "conj" and _shares_verb_words(below))
            or _licensed(tokens, level)
        )
        for c in token.children:
            word = c.lower_
            if own and c.dep_ == "neg" and word in cues.negators:
                negated = True
            if own and c.dep_ == "advmod" and word == "never":
                negated = True
            if c.dep_ == "aux" and own:
                if word in cues.future_aux:
                    future = intent_verb = True
                elif word in cues.hypothetical:
                    hypothetical = True
            if c.dep_ == "mark" and word in cues.hypothetical:
                hypothetical = True
            if c.dep_ == "advmod" and word in alleged_words() and own:
                alleged = True
        if below is not None and _complement(below) and _non_finite(below):
            if below.dep_ == "xcomp" and token.lemma_ in cues.hypothetical:
                hypothetical = True  # "is likely to attack"
            if token.lemma_ in cues.intent_words:
                future = True
                intent_verb = intent_verb or token.pos_ in ("VERB", "ADJ")
                if token.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in cues.negators for c in token.children
                ):
                    negated = True  # "felt no need to negotiate", "has no plan to attack"
                if token.pos_ == "ADJ" and token.dep_ == "acomp" and _negated(token.head, cues):
                    negated = True  # "were not prepared to fight", "is not ready to sign"
            if token.lemma_ in cues.negative_verbs:
                negated = True
        claims = token.pos_ == "VERB" and token.lemma_ in alleged_words()
        if below is not None and below.dep_ == "xcomp" and claims:
            alleged = True  # "claims to have launched attacks"
    # "going to" + verb
    if clause_verb.dep_ == "xcomp" and clause_verb.head.lower_ == "going":
        future = intent_verb = True
    return Marks(negated, future, intent_verb, hypothetical, alleged)


def _expected(noun: Token, cues: Cues) -> bool:
    """An event noun that is what someone plans, prepares or braces for ("expect a strike",
    "preparing for an offensive"), not what happened."""
    if noun.pos_ != "NOUN":
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "obj"):
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in cues.intent_words


def _infinitive_relative(token: Token) -> bool:
    """An infinitive the parser hung on a noun as a relative clause ("a mandate to support"),
    which is the noun's complement."""
    return token.dep_ == "relcl" and _to_infinitive(token)


def _complement(token: Token) -> bool:
    return token.dep_ in COMPLEMENT_DEPS or _infinitive_relative(token)


def _shares_verb_words(conj: Token) -> bool:
    """Whether a coordinated verb shares the first verb's auxiliaries and negation ("did not
    attack and kill"): not when it has its own ("is not operating but does fund", "do not
    regard X as Y, and have supported Z"), nor after "but" ("did not arrest them but fined
    them")."""
    if any(c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass") for c in conj.children):
        return False
    return not any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < conj.i for c in conj.head.children
    )


def _licensed(tokens: list[Token], level: int) -> bool:
    """Whether the act below ``tokens[level]`` is its infinitive of purpose or an infinitive on
    its object ("would not give permission to X to help Y", "will make an attempt to seize"):
    that verb's negation and future are the act's."""
    below = tokens[level - 1]
    if below.dep_ == "advcl" and _to_infinitive(below):
        return True  # "did not send troops to help X": the purpose shares the sending's fate
    if level < 2:
        return False
    act = tokens[level - 2]
    return (
        below.pos_ == "NOUN"
        and below.dep_ in ("dobj", "obj")
        and act.dep_ == "acl"
        and _to_infinitive(act)
    )


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and has_to(verb)


def _negated(verb: Token, cues: Cues) -> bool:
    return any(c.dep_ == "neg" and c.lower_ in cues.negators for c in verb.children)


def _non_finite(token: Token) -> bool:
    """An infinitive, gerund or noun complement ("to send", "having", "a plan"), not a finite
    clause ("discussed what the U.S. called ...")."""
    return token.tag_ in ("VB", "VBG") or token.pos_ in ("NOUN", "PROPN")


def _parse_iso(value: str) -> date | None:
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def is_historical(value: str | None, published: date | None) -> bool:
    """Whether a date value lies a year or more before publication."""
    if value is None or published is None:
        return False
    when = _parse_iso(value)
    if when is None:
        return False
    # compare the end of the period: "2016" ends 2016-12-31
    parts = value.split("-")
    if len(parts) == 1:
        when = date(when.year, 12, 31)
    return (published - when).days >= HISTORICAL_DAYS


def modality(m: Marks, date_value: str | None, published: date | None) -> Modality:
    if m.alleged:
        return "alleged"
    if m.hypothetical:
        return "hypothetical"
    if m.future:
        return "future"
    if is_historical(date_value, published):
        return "historical"
    return "asserted"
