"""Actors and recipients of a trigger, read from the dependency parse and the actor table.

For a verb, the actor is its subject (through control, coordination and relative clauses), else
a passive's agent, the attack it happened in, or where it came from. The recipient is searched in
order: prepositions the lexicon names, the object (or a passive's undergoer), recipient
prepositions, the complement's subject and object, the condition of a threat, a level-by-level
search through objects, complements and prepositional phrases (never background clauses), the
other side of talks it is set in, and last the country where it happens. A party with no country
of its own gives way to one with a country, or is coded as the country it is in or from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from tidings.actors.table import ActorTable
from tidings.countries import lookup_country
from tidings.events.lexicon import Entry, cues, lemma_of, noun_entries
from tidings.events.syntax import (
    RELATIVE_WORDS,
    adopted_modifiers,
    agent_object,
    child,
    direct_object,
    for_clause,
    is_passive,
    objects_of,
    participle,
    patient,
    prep_objects,
    subject,
)

# Prepositions whose object is the recipient of an event ("a strike on Syria", "talks with Merkel");
# cooperation is "with" or "to" someone, but "on" a topic ("agreed on", "talks on trade").
RECIPIENT_PREPS = frozenset(
    {"with", "against", "on", "to", "at", "toward", "towards", "into", "upon"}
)
COOPERATIVE_PREPS = frozenset({"with", "to", "toward", "towards"})
COOPERATIVE_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "MOBILIZE"}
)
# A party to a meeting is also the subject of the clause it is set in ("X said after the talks
# with Y", "X presented the plan at a meeting with Y").
SETTING_PREPS = frozenset({"after", "during", "at", "following", "before", "in", "since"})
FROM = frozenset({"from"})
OF = frozenset({"of"})
# parties that stay themselves where the act happens, not the town's people: "arrested the rebel
# commander in Goma" (civilians, "ten people in X", are coded as the place)
SPECIFIC_SECTORS = frozenset({"REB", "MIL", "COP", "GOV", "SPY", "CRM", "PRM", "OPP", "JUD", "LEG"})
THING_OBJECT_TYPES = frozenset({"MOBILIZE"})  # "deployed troops": the object is not a recipient
WALK_STOP = frozenset({"prep", "relcl", "acl", "advcl", "ccomp", "poss", "xcomp"})
RECIPROCAL_PREPS = frozenset({"between", "among"})
FROM_TYPES = frozenset({"RETREAT", "SANCTION"})  # "withdrew from X", "expelled from X"
# Deeds that a place named only as where their doers are ("groups fighting in X") does not do.
DEED_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT", "COOPERATE", "AID", "MOBILIZE", "RETREAT"})
# "shelling from X", "rocket fire from X": where an attack came from is its side, never its target
ORIGIN_TYPES = frozenset({"ASSAULT"})
# Modifier dependencies through which a head noun points at its actor ("Syrian rebels",
# "troops from Russia"), in order of preference.
MODIFIER_ORDER: tuple[frozenset[str], ...] = (
    frozenset({"appos"}),
    frozenset({"compound", "amod", "nmod", "npadvmod"}),
)
OWNER_PREPS = frozenset({"of", "from"})
# Where a party with no country of its own is ("peacekeepers in Iraq"), whom a thing is for.
LOCATIVE_PREPS = frozenset({"in", "inside", "within", "throughout", "across", "of", "from"})
BENEFICIARY_PREPS = frozenset({"for"})
# The attack a passive deed happened in names its actor ("killed in an air strike by X").
MEANS_PREPS = frozenset({"in", "during", "by"})
# A conditional threat is aimed at the subject of its condition ("... unless X withdraws").
CONDITION_MARKS = frozenset({"if", "unless"})
# "in protest at X", "in retaliation for X's attack": the reason names the target.
REASONS = frozenset({"protest", "response", "retaliation", "reprisal", "revenge", "solidarity"})
# "X claimed responsibility for the attack": the claimant is the attack's actor.
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})
# A grievance targets what it is about before whom it is told to ("complained to X over Y").
GRIEVANCE_TYPES = frozenset({"ACCUSE"})
GRIEVANCE_PREPS = frozenset({"over", "about"})
# Where an event happens names its target when nothing else does ("deployed troops in X", "imposed
# a curfew in X"): only country actors, and only as the last resort.
SCENE_PREPS = frozenset({"in", "inside", "within", "across", "throughout", "at"})
VISIT_PREPS = frozenset({"to"})
# Acts only a state's authorities do (CAMEO 173 arrest, 174 deport): done in a country with no
# doer named, that country's state did them.
STATE_ACTS = frozenset({"173", "174"})
# Light verbs whose subject is on the receiving end of the noun's event ("received aid from X",
# "faces pressure from X", "won assurances from X"): the "from" object is the actor.
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "face", "win", "secure", "accept"})
# Searching a complement clause or an object phrase for the party an event is aimed at ("threatened
# to break relations with X", "rejected calls by X", "promised to continue aid to X").
DEEP_PREPS = (
    RECIPIENT_PREPS | RECIPROCAL_PREPS | frozenset({"for", "by", "from", "over", "of", "as"})
)
# what parties cooperate or consult on is a topic, not a party ("shared intelligence on X");
# lifting a ban "on" X is done to X
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
TOPIC_TYPES = frozenset({"COOPERATE", "CONSULT"})
DEEP_DEPS = frozenset(
    {"dobj", "obj", "dative", "xcomp", "ccomp", "acl", "conj", "oprd", "attr", "advcl", "appos"}
)
DEEP_LEVELS = 4
BACKGROUND_MARKS = frozenset(
    {
        "while",
        "as",
        "when",
        "whenever",
        "because",
        "since",
        "after",
        "before",
        "although",
        "though",
        "if",
        "unless",
        "until",
        "whereas",
        "once",
    }
)


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    inferred: bool  # found by climbing or from a weak position
    # the subject's actors alone, when the other parties of a reciprocal act were pooled with
    # them ("X met Y": actors X and Y, subject X); empty when nothing was pooled
    subject: tuple[str, ...] = ()


def _recipient_preps(entry: Entry) -> frozenset[str]:
    preps = COOPERATIVE_PREPS if entry.type in COOPERATIVE_TYPES else RECIPIENT_PREPS
    return preps | (frozenset({"from"}) if entry.type in FROM_TYPES else frozenset())


def _tokens(token: Token | None) -> frozenset[int]:
    return frozenset(t.i for t in token.subtree) if token is not None else frozenset()


def _that_subject(noun: Token) -> Token | None:
    """The subject of a noun's "that" clause ("the demand that X withdraw" -> X), also when the
    parser hung the clause on the noun's verb ("renewed its call today that X lift ...")."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    if noun.dep_ in ("dobj", "obj"):
        clauses += [c for c in noun.head.children if c.dep_ in ("advcl", "ccomp") and c.i > noun.i]
    for clause in clauses:
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            subj = child(clause, frozenset({"nsubj", "nsubjpass"}))
            if subj is not None:
                return subj
    return None


def _background(token: Token) -> bool:
    """An adverbial clause of time, cause or contrast ("while X said ...", "as Y threatened
    ...") or a participle describing the subject: another event's setting, not where this one's
    target is."""
    if token.dep_ != "advcl":
        return False
    if token.tag_ == "VBN":  # "pounded the area, backed by X": a description of the subject
        return True
    return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in token.children)


def _grounds(token: Token) -> bool:
    """What a deed is done for ("jailed for spying on X", "praised for helping Y"): the deed's
    grounds, whose own target is not the deed's; or whom it is done for ("on behalf of X")."""
    if token.lower_ == "behalf" and token.dep_ == "pobj":
        return True
    return token.tag_ == "VBG" and token.head.lower_ == "for" and token.dep_ in ("pcomp", "pobj")


def _reasons(token: Token) -> list[Token]:
    """The reason an act gives with "in" ("in protest at X", "in retaliation for X's attack")."""
    return [o for _, o in prep_objects(token, frozenset({"in"})) if o.lemma_.lower() in REASONS]


def _quantity_object(verb: Token) -> Token | None:
    """The object the parser hung under a quantity ("seized up to 40 miners": "up" a
    particle, "to" its preposition)."""
    for prt in (c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"):
        for _, obj in prep_objects(prt, frozenset({"to"})):
            return obj
    return None


def _gathering(token: Token) -> bool:
    """A noun for an act parties do together ("talks", "summit"): its place is a venue."""
    return any(e.reciprocal for e in noun_entries().get(lemma_of(token), ()))


def _antecedent(obj: Token | None, verb: Token) -> Token | None:
    """The noun a relative pronoun object stands for ("the prince, whom Turkey accuses of ...",
    "fighters that we captured"), else the object itself."""
    if obj is not None and obj.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
        return verb.head
    return obj


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


class ArgumentFinder:
    """Maps parse tokens to actor ids using the document's :class:`ActorTable`."""

    def __init__(self, table: ActorTable, place_countries: Mapping[int, str] | None = None) -> None:
        self.table = table
        # A place stands for its country's actor when the document has one ("in Gaza" -> the
        # Palestinian actor): token index -> country actor id.
        # (the country itself first; never a town of it that stands for its people: "in Manbij"
        # is not "Afrin", named elsewhere)
        states = [
            a for a in table.actors if a.kind == "country" and a.country and a.sector != "CVL"
        ]
        states.sort(key=lambda a: a.sector is None)
        by_country = {a.country: a.id for a in states}
        self.place_actor = {
            i: by_country[c] for i, c in (place_countries or {}).items() if c in by_country
        }

    def at(self, token: Token) -> tuple[str, ...]:
        mention = self.table.at_token(token.i)
        return mention.actor_ids if mention is not None else ()

    def ids(
        self, token: Token | None, depth: int = 0, skip: frozenset[int] = frozenset()
    ) -> tuple[str, ...]:
        """Actors a noun phrase headed by ``token`` refers to, coordinated ones included."""
        if token is None or token.i in skip:
            return ()
        found = list(self._own(token, depth, skip))
        for conj in token.conjuncts:
            if conj.i > token.i and conj.i not in skip:
                found.extend(self._own(conj, depth, skip))
        found.extend(self._coordinated_inside(token, skip))
        return _unique(found)

    def _coordinated_inside(self, token: Token, skip: frozenset[int]) -> list[str]:
        """Actors coordinated inside a phrase the parser nested ("U.S. President Donald Trump
        and Russian President Vladimir Putin" parsed as one name with "Trump" inside)."""
        visited: list[Token] = []
        stack = [c for c in token.children if c.dep_ != "appos"]
        while stack:
            t = stack.pop()
            if t.dep_ in WALK_STOP or t.i in skip:
                continue
            visited.append(t)
            stack.extend(t.children)
        if not any(t.dep_ in ("conj", "cc") for t in visited):
            return []
        return [i for t in sorted(visited, key=lambda t: t.i) for i in self.at(t)]

    def _own(self, token: Token, depth: int, skip: frozenset[int]) -> tuple[str, ...]:
        direct = self.at(token)
        for appos in token.children:  # "Russia's ally Syria": the apposition is more specific
            if appos.dep_ != "appos" or appos.i in skip or not self.at(appos):
                continue
            # ... unless it describes a name ("Chile, a big copper exporter, ...")
            if direct and token.pos_ == "PROPN" and appos.pos_ != "PROPN":
                continue
            if direct and token.pos_ == "PROPN" and any(c.dep_ == "cc" for c in appos.children):
                # "Brazil, India, and South Africa met": a list the parser took for an apposition
                listed = [appos, *(c for c in appos.conjuncts if c.i not in skip)]
                return _unique([*direct, *(i for t in listed for i in self.at(t))])
            return self.at(appos)
        if direct and depth < 2 and not self._has_country(direct):
            # "peacekeepers in Iraq", "students throughout Indonesia", "al-Qaeda leaders": a
            # party with no country of its own is coded as the group or country it belongs to
            mods = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
            owned = [i for m in mods if m.i not in skip for i in self.ids(m, depth + 1, skip)]
            owned = [i for i in _unique(owned) if i not in direct and self._has_country((i,))]
            if owned:
                return tuple(owned)
            belongs = self._owner(token, depth, skip)
            if belongs and all(self._town(i) for i in belongs) and self._armed_or_official(direct):
                return direct  # "three militants in Idlib" are the militants, not the town
            return belongs or direct
        if direct or depth >= 2:
            return direct
        # the modifiers, the "of"/"from" phrase, the possessor: the first party with a country,
        # else the first party ("a government-held part of X's capital" -> X)
        pointers = [c for deps in MODIFIER_ORDER for c in token.children if c.dep_ in deps]
        if token.lemma_.lower() in cues().outsiders:  # "critics of the government"
            # "government critics", "the Yukos owner": no more the party than "of" it
            pointers = [c for c in pointers if c.dep_ == "appos"]
        else:
            pointers += [obj for _, obj in prep_objects(token, OWNER_PREPS)]
            pointers += [c for c in token.children if c.dep_ == "poss"]
        first: tuple[str, ...] = ()
        for c in pointers:
            ids = self.ids(c, depth + 1, skip) if c.i not in skip else ()
            if ids and self._has_country(ids):
                return ids
            first = first or ids
        if first:
            return first
        if child(token, frozenset({"poss"})) is not None:
            return ()
        if token.pos_ == "NOUN" and not _gathering(token):
            # "targets in Jericho", "a curfew in Algiers", "a camp for refugees": where a thing
            # is, whom it is for (a meeting's place is its venue: "talks in Sochi")
            for _, obj in prep_objects(token, BENEFICIARY_PREPS):
                ids = self.ids(obj, depth + 1, skip)
                if ids:
                    return ids
            return self._where(token, depth, skip)
        return ()

    def _owner(self, token: Token, depth: int, skip: frozenset[int]) -> tuple[str, ...]:
        """The party with a country that a party with none belongs to ("ministers from the
        Kenyan government", "officials of the interior ministry"), or the country it is in."""
        for _, obj in prep_objects(token, OWNER_PREPS):
            ids = self.ids(obj, depth + 1, skip)
            if ids and self._has_country(ids):
                return ids
        return self._where(token, depth, skip)

    def _town(self, actor_id: str) -> bool:
        """Whether an actor is a town or region standing for its people ("shelled Jericho")."""
        actor = self.table.get(actor_id)
        return actor.kind == "country" and actor.sector == "CVL"

    def _armed_or_official(self, ids: tuple[str, ...]) -> bool:
        """Whether every party is of an armed, criminal or official sector (not civilians)."""
        return all(self.table.get(i).sector in SPECIFIC_SECTORS for i in ids)

    def _has_country(self, ids: tuple[str, ...]) -> bool:
        return any(self.table.get(i).country for i in ids)

    def _only_placed(self, token: Token | None) -> bool:
        """Whether a noun phrase names no party, only where it is ("most groups fighting in
        Syria", "powers negotiating in Syria"): the place does not do the deed (where it comes
        from may: "rockets from Gaza"; and a report released in a capital speaks for it)."""
        if token is None or token.pos_ != "NOUN" or self.at(token):
            return False
        pointers = ("compound", "amod", "nmod", "appos", "poss")
        if any(c.dep_ in pointers and self.ids(c, 1) for c in token.children):
            return False
        if any(prep_objects(token, OWNER_PREPS)) or self._coordinated_inside(token, frozenset()):
            return False
        return bool(self._where(token, 0, frozenset()))

    def _where(self, token: Token, depth: int, skip: frozenset[int]) -> tuple[str, ...]:
        """The country actor of the place a noun phrase is located in ("in Iraq", "of Tehran",
        "families escaping the fighting in Chad")."""
        objects = [o for _, o in prep_objects(token, LOCATIVE_PREPS)]
        for part in (c for c in token.children if c.dep_ == "acl"):
            objects += [o for _, o in prep_objects(part, LOCATIVE_PREPS)]
            for thing in (c for c in part.children if c.dep_ in ("dobj", "obj")):
                objects += [o for _, o in prep_objects(thing, LOCATIVE_PREPS)]
        for obj in objects:
            if obj.i in skip:
                continue
            ids = [i for i in self.ids(obj, depth + 1, skip) if self.table.get(i).kind == "country"]
            if not ids and obj.i in self.place_actor:
                ids = [self.place_actor[obj.i]]
            if ids:
                return _unique(ids)
        return ()

    def first(
        self, tokens: Iterable[Token | None], skip: frozenset[int] = frozenset()
    ) -> tuple[str, ...]:
        for token in tokens:
            ids = self.ids(token, skip=skip)
            if ids:
                return ids
        return ()

    # --- verbs -------------------------------------------------------------------------------

    def for_verb(self, verb: Token, entry: Entry, content: Token | None) -> Arguments:
        subj, climbed = subject(verb)
        placed = entry.type in DEED_TYPES and self._only_placed(subj)
        actors = self.ids(subj) if not placed else ()
        passive = is_passive(verb) or participle(verb)
        if not actors and passive and "stative" in entry.flags and agent_object(verb) is None:
            # "X is opposed to Y", "X is committed to Z": a state of X, not a deed done to X
            actors, passive = self.ids(patient(verb)), False
        if not actors and passive:
            agent = agent_object(verb)
            actors = self.ids(agent)
        if not actors and passive:
            actors = self.means_actor(verb)
        if not actors and passive and entry.type not in FROM_TYPES:
            # "a rocket was fired from Gaza", "aid was flown in from Germany": the origin
            actors = self.origin(verb)
        if not actors and passive and entry.cameo[:3] in STATE_ACTS and self.ids(patient(verb)):
            # "a missionary was arrested in Lebanon": only the state there arrests or deports
            state = tuple(i for i in self.scene([verb], (), entry) if not self._town(i))
            actors, climbed = state, climbed or bool(state)
        if not actors and subj is not None and verb.dep_ == "acl" and subj.i == verb.head.i:
            # "issued a statement demanding ...": the statement's author demands
            holder = subj.head if subj.dep_ in ("dobj", "obj") else None
            if holder is not None and holder.pos_ in ("VERB", "AUX"):
                author, _ = subject(holder)
                actors, climbed = self.ids(author), True
        candidates: list[list[Token | None]] = []
        named = entry.preps()
        if named:
            candidates.append([o for _, o in prep_objects(verb, named)])
        obj = _antecedent(direct_object(verb), verb) or _quantity_object(verb)
        object_is_thing = (
            entry.type in THING_OBJECT_TYPES
            or "topic" in entry.flags
            or any(
                c.kind == "obj" and c.values and "@actor" not in c.values for c in entry.conditions
            )
        )
        group: list[Token | None] = []
        if passive:
            group.append(patient(verb))
        own = self._own_thing(obj, actors)
        if not object_is_thing and not own:
            group.append(obj)
        candidates.append(group)
        preps = _recipient_preps(entry)
        if entry.type in GRIEVANCE_TYPES:
            # "complained to X over Y's raids": the target is what the grievance is about
            candidates.insert(0, [o for _, o in prep_objects(verb, GRIEVANCE_PREPS)])
        candidates.append([o for _, o in prep_objects(verb, preps) if not _grounds(o)])
        # "sanctions on X" as the object, or as the subject of a passive ("were imposed by Y")
        thing = obj if obj is not None else (patient(verb) if passive else None)
        if thing is not None:
            candidates.append([o for _, o in prep_objects(thing, preps)])
        if content is not None and not (entry.reciprocal and len(actors) >= 2):
            # (what two parties agreed on holds no third party: "agreed that the suffering in X")
            content_subject, _ = subject(content)
            # the accused is who did the alleged act, never whom it was done to
            done_to = direct_object(content) if "alleges" not in entry.flags else None
            candidates.append([content_subject, done_to])
        recipients: tuple[str, ...] = ()
        for group in candidates:
            found = tuple(r for r in self.first(group) if r not in actors)
            if found and self._has_country(found):
                recipients = found
                break
            recipients = recipients or found  # a party with no country, unless one with follows
        if not recipients and not entry.reciprocal and entry.type == "THREATEN":
            recipients = self.conditioned(verb, actors)
        if not recipients and not entry.reciprocal:
            # the parties of a reciprocal act are its subject and its "with"/"between" objects,
            # never an actor inside what was agreed ("they agreed to end the Yemen conflict")
            starts = [c for c in verb.children if c.dep_ in DEEP_DEPS and c.dep_ != "conj"]
            if "alleges" in entry.flags and content is not None:
                starts = [c for c in starts if c.i != content.i]
            # cooperation is "with" or "to" someone, but "on" a topic ("shared data on X")
            deep_preps = DEEP_PREPS - TOPIC_PREPS if entry.type in TOPIC_TYPES else DEEP_PREPS
            starts += [o for _, o in prep_objects(verb, deep_preps)] + _reasons(verb)
            # the thing the lexicon names as the object is no party ("shared intelligence")
            thing_words = self.at(obj) if (object_is_thing or own) and obj is not None else ()
            recipients = self.deep(starts, _tokens(subj), (*actors, *thing_words), deep_preps)
        if not recipients and not entry.reciprocal:
            recipients = self.partner(verb, actors)
        holders = [verb, *(t for t in (obj, content) if t is not None)]
        if not recipients and not entry.reciprocal:
            recipients = self.scene(holders, actors, entry)
        elif (
            recipients
            and not entry.reciprocal
            and not self._has_country(recipients)
            and (entry.type == "RETREAT" or not self._armed_or_official(recipients))
        ):
            # "killed ten people in X", "declined to station monitors in X": parties with no
            # country of their own are coded as the country where the act takes place (not
            # "arrested the rebel commander in Goma": the commander, not the town; but "withdrew
            # 2,000 troops from X" is a retreat from X)
            recipients = self.scene(holders, actors, entry) or recipients
        between = self.first([o for _, o in prep_objects(verb, RECIPROCAL_PREPS)])
        if not between and not entry.reciprocal and obj is not None:
            # "hosted a meeting between A and B"
            between = self.first([o for _, o in prep_objects(obj, RECIPROCAL_PREPS)])
        if entry.reciprocal and len(actors) == 1 and not between:
            # "X agreed to Y's plan", "X accepted US mediation": a directed acceptance of what
            # another party proposes (the other party is not named as a partner)
            for _, o in prep_objects(verb, frozenset({"to"})):
                proposer = tuple(r for r in self.ids(o) if r not in actors)
                if proposer and not self.at(o) and o.pos_ == "NOUN":
                    return Arguments(actors, proposer, climbed)
        if entry.reciprocal and len(actors) == 1 and not recipients and not between:
            # one party agreeing alone promises something to someone ("X agreed to lift the
            # sanctions on Y", "X agreed to provide aid for Y"): a directed commitment
            promised = self.promised(verb, actors, _tokens(subj))
            if promised:
                return Arguments(actors, promised, climbed)
        return self._finish(entry, actors, recipients, between, climbed)

    def _own_thing(self, obj: Token | None, actors: tuple[str, ...]) -> bool:
        """An object the actor owns, named with a possessive pronoun ("offered its troops to X",
        "sent their envoy to X") or its own country's forces ("withdrew the US troops"): what is
        given or sent, not whom it is done to."""
        if obj is None or not actors:
            return False
        owner = child(obj, frozenset({"poss"}))
        countries = {self.table.get(i).country for i in actors}
        if owner is None or owner.pos_ != "PRON":
            # "pull out its 500 marines": the actor's own country's forces
            forces = [self.table.get(i) for i in self.at(obj)]
            return bool(forces) and all(
                f.sector == "MIL" and f.country in countries for f in forces
            )
        named = (*self.ids(owner), *self.at(obj))
        return all(self.table.get(i).country in countries for i in named)

    def partner(self, verb: Token, actors: tuple[str, ...]) -> tuple[str, ...]:
        """The other side of the talks an act is set in ("called off the strike after talks with
        X", "withdrew during negotiations with X")."""
        for _, setting in prep_objects(verb, SETTING_PREPS - {"in", "at"}):
            if setting.pos_ != "NOUN":
                continue
            found = tuple(
                r
                for r in self.first([o for _, o in prep_objects(setting, frozenset({"with"}))])
                if r not in actors
            )
            if found:
                return found
        return ()

    def conditioned(self, verb: Token, actors: tuple[str, ...]) -> tuple[str, ...]:
        """Whom a conditional threat is aimed at: the subject of its "if" or "unless" clause
        ("threatened to quit the talks unless X withdrew")."""
        holders = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
        for holder in holders:
            for clause in holder.children:
                if clause.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children
                ):
                    continue
                subj = child(clause, frozenset({"nsubj", "nsubjpass"}))
                found = tuple(r for r in self.ids(subj) if r not in actors)
                if found:
                    return found
        return ()

    def promised(
        self, verb: Token, actors: tuple[str, ...], skip: frozenset[int]
    ) -> tuple[str, ...]:
        """The party a commitment's complement is aimed at: the objects of the promised act and
        their prepositional phrases, not its subject."""
        starts: list[Token] = []
        for clause in (c for c in verb.children if c.dep_ == "xcomp"):
            starts += [c for c in clause.children if c.dep_ in ("dobj", "obj", "dative")]
            starts += [o for _, o in prep_objects(clause, DEEP_PREPS)]
        return self.deep(starts, skip, actors)

    def origin(self, verb: Token) -> tuple[str, ...]:
        """The country a passive deed came from, named as a place ("from Gaza")."""
        for _, obj in prep_objects(verb, frozenset({"from"})):
            ids = [i for i in self.at(obj) if self.table.get(i).kind == "country"]
            ids += [self.place_actor[t.i] for t in obj.subtree if t.i in self.place_actor]
            if ids:
                return _unique(ids)[:1]
        return ()

    def means_actor(self, verb: Token) -> tuple[str, ...]:
        """Who did a passive deed, named with the means or the attack it happened in ("were
        hurt in rebel mortar fire", "died in a drone raid by the army")."""
        for _, obj in prep_objects(verb, MEANS_PREPS):
            if obj.pos_ != "NOUN":
                continue
            by = [o for _, o in prep_objects(obj, frozenset({"by"}))]
            owner = child(obj, frozenset({"poss"}))
            mods = [c for c in obj.children if c.dep_ in ("compound", "amod", "nmod")]
            # not "of X": the bombing of a city names what was hit, not who hit it
            found = self.first([*by, owner]) or self.first(sorted(mods, key=lambda t: t.i))
            if found:
                return found
        return ()

    def scene(self, holders: list[Token], actors: tuple[str, ...], entry: Entry) -> tuple[str, ...]:
        """Country actors named as the place of the event ("in X", a visit "to X"), or the
        country actor of a place named so, other than the event's actors."""
        preps = SCENE_PREPS | (VISIT_PREPS if entry.type == "CONSULT" else frozenset())
        for holder in holders:
            for _, obj in prep_objects(holder, preps):
                # a place named as such ("in Aleppo", "in Syria"), not a noun whose modifier
                # names a country ("in a US-led bombing")
                ids = [i for i in self.at(obj) if self.table.get(i).kind == "country"]
                ids += [self.place_actor[t.i] for t in obj.subtree if t.i in self.place_actor]
                found = tuple(i for i in _unique(ids) if i not in actors)
                if found:
                    return found[:1]
        return ()

    def deep(
        self,
        starts: list[Token],
        skip: frozenset[int],
        exclude: Iterable[str] = (),
        preps: frozenset[str] = DEEP_PREPS,
    ) -> tuple[str, ...]:
        """The nearest actor reached from ``starts`` through objects, complements, clausal
        modifiers and prepositional phrases, level by level (None of the tokens in ``skip``, none
        of the actors in ``exclude``: "broke her promise to X" passes "his" by)."""
        level = [t for t in starts if t.i not in skip and not _background(t) and not _grounds(t)]
        seen: set[int] = set(skip)
        excluded = set(exclude)
        for _ in range(DEEP_LEVELS):
            for token in sorted(level, key=lambda t: t.i):
                found = tuple(r for r in self.ids(token, skip=skip) if r not in excluded)
                if found:
                    return found
            following: list[Token] = []
            for token in level:
                seen.add(token.i)
                for c in token.children:
                    if c.i in seen:
                        continue
                    if _background(c):
                        continue
                    if c.dep_ in DEEP_DEPS or (
                        c.dep_ == "nsubj" and token.dep_ != "xcomp" and not _reports(token)
                    ):
                        following.append(c)
                    elif c.dep_ in ("prep", "agent") and c.lower_ in preps:
                        following.extend(
                            o for o in c.children if o.dep_ in ("pobj", "pcomp") and not _grounds(o)
                        )
                following.extend(o for o in _reasons(token) if o.i not in seen)
            level = following
        return ()

    # --- nouns -------------------------------------------------------------------------------

    def for_noun(self, noun: Token, entry: Entry, frame_verb: Token | None) -> Arguments:
        skip = frozenset({noun.i})
        inferred = False
        actors: tuple[str, ...] = ()
        owner_tokens: frozenset[int] = frozenset()
        towns: tuple[str, ...] = ()
        aimed: tuple[str, ...] = ()  # countries named as modifiers when the owner acts
        if frame_verb is not None:
            subj, inferred = subject(frame_verb)
            if subj is not None and subj.i != noun.i:
                actors = self.ids(subj, skip=skip)
                owner_tokens = _tokens(subj) - skip
        owner = child(noun, frozenset({"poss"}))
        undergoer = None
        # "his arrest": the owner was arrested (but "X's arrest of Y" is X's deed)
        if owner is not None and "patient" in entry.flags and not any(prep_objects(noun, OF)):
            owner, undergoer = None, owner
        if not actors:
            by = [o for _, o in prep_objects(noun, frozenset({"by"}))]
            # "the shelling of X by Y", with "by Y" hung on X
            by += [
                o
                for _, target in prep_objects(noun, frozenset({"of"}))
                for _, o in prep_objects(target, frozenset({"by"}))
            ]
            mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
            mods += [g for m in mods for g in m.children if g.dep_ in ("compound", "amod")]
            # "the Berlin market attack": a capital as a modifier is where it happened, not the
            # government it stands for elsewhere
            mods = [m for m in mods if not _capital(m)]
            named = _unique(i for m in sorted(mods, key=lambda t: t.i) for i in self.at(m))
            # "the Manchester attack": a town named as a modifier is where it happened
            towns = tuple(i for i in named if self._town(i))
            actors = self.first([owner, *by], skip=skip)
            if actors:  # "Erdogan's Syria incursion": the country named is what it is aimed at
                aimed = tuple(i for i in named if i not in actors and i not in towns)
            else:
                actors = tuple(i for i in named if i not in towns)
        if not actors and entry.type == "REQUEST":  # "pressure from X", "a demand from X"
            actors = self.first([o for _, o in prep_objects(noun, FROM)], skip=skip)
        if not actors and entry.type in ORIGIN_TYPES:
            actors = self.origin(noun)
        setting = noun.head if noun.dep_ == "pobj" else None
        if noun.dep_ == "dobj" and noun.head.lower_ == "following" and noun.head.dep_ == "acl":
            setting = noun.head  # "a briefing following talks with X": parsed as a verb
        if not actors and setting is not None and setting.lower_ == "for":
            # "X claimed responsibility for the attack": the claimant did it
            claimed = setting.head
            if claimed.lemma_.lower() in RESPONSIBILITY_NOUNS and claimed.head.pos_ == "VERB":
                claimant, _ = subject(claimed.head)
                actors, inferred = self.ids(claimant, skip=skip), True
        if (
            not actors
            and entry.reciprocal
            and setting is not None
            and setting.lower_ in SETTING_PREPS
            and (setting_verb := _setting_verb(setting)) is not None
        ):
            subj, _ = subject(setting_verb)
            actors = self.ids(subj, skip=skip)
            inferred = True
        sources = [noun] + ([frame_verb] if frame_verb is not None else [])
        adopted = adopted_modifiers(noun) if frame_verb is None else []
        preps = _recipient_preps(entry)
        named = entry.preps()
        recipients: tuple[str, ...] = self.ids(undergoer, skip=skip) if undergoer else ()
        if named and not recipients:
            recipients = self.first(
                [o for s in sources for _, o in prep_objects(s, named)] + objects_of(adopted, named)
            )
        if not recipients:
            recipients = self.first(
                [o for s in sources for _, o in prep_objects(s, preps)] + objects_of(adopted, preps)
            )
        if not recipients and not entry.reciprocal:
            recipients = tuple(i for i in aimed if self.table.get(i).kind == "country")
        if not recipients and entry.type == "REQUEST":
            recipients = self.ids(_that_subject(noun), skip=skip)  # "a demand that X withdraw"
        if not recipients and entry.type == "REQUEST" and (clause := for_clause(noun)):
            # "a call for X to step down": X, the subject after the "for"
            asked = [c for c in clause.children if c.dep_ == "nsubj" and c.i > noun.i + 1]
            recipients = self.first(asked, skip=skip)
        directed = False
        if not recipients and frame_verb is not None:
            obj = direct_object(frame_verb)  # "engaged X in a firefight": X is drawn in by them
            if obj is not None and obj.i != noun.i:
                recipients = self.ids(obj, skip=skip)
                directed = bool(recipients)
        if not recipients and frame_verb is None:
            of = [o for _, o in prep_objects(noun, frozenset({"of"}))]
            recipients = self.first(of)
        if (
            not recipients
            and not entry.reciprocal
            and noun.dep_ == "nsubj"
            and noun.head.pos_ == "VERB"
        ):
            # "a roadside bombing killed two soldiers": what the event did, to whom
            recipients = self.first([direct_object(noun.head)], skip=skip)
        if not recipients and not entry.reciprocal:
            # "staged demonstrations to demand reforms by X", "an investigation into claims by X"
            deep_preps = DEEP_PREPS - FROM if entry.type in ORIGIN_TYPES else DEEP_PREPS
            starts = [o for _, o in prep_objects(noun, deep_preps)] + _reasons(noun)
            starts += [c for c in noun.children if c.dep_ in ("acl", "relcl")]
            if frame_verb is not None:
                starts += [
                    c
                    for c in frame_verb.children
                    if c.dep_ in DEEP_DEPS and c.dep_ != "conj" and c.i != noun.i
                ]
            recipients = self.deep(starts, skip | owner_tokens, actors, deep_preps)
        if not recipients and not entry.reciprocal:
            recipients = self.scene(sources, actors, entry) or towns
        elif recipients and not entry.reciprocal and not self._has_country(recipients):
            # "an attack targeting shoppers at a mall in X": the country where it happened
            parts = [c for c in noun.children if c.dep_ == "acl"]
            recipients = self.scene([*sources, *parts], actors, entry) or recipients
        if frame_verb is not None and frame_verb.lemma_.lower() in RECEIVING_VERBS:
            # "received aid" without a giver: the subject got it, whoever gave it
            givers = self.first([o for s in sources for _, o in prep_objects(s, {"from"})])
            actors, recipients = givers, actors
        between = self.first([o for s in sources for _, o in prep_objects(s, RECIPROCAL_PREPS)])
        return self._finish(entry, actors, recipients, between, inferred, directed)

    @staticmethod
    def _finish(
        entry: Entry,
        actors: tuple[str, ...],
        recipients: tuple[str, ...],
        between: tuple[str, ...],
        inferred: bool,
        directed: bool = False,
    ) -> Arguments:
        subject = actors
        if directed and actors:
            pass  # one side drew the other into a reciprocal act ("engaged X in a firefight")
        elif between and actors and not entry.reciprocal:
            # "mediated talks between A and B", "brokered a truce between A and B": the parties
            # of what the actor arranges are its recipients
            recipients = tuple(r for r in between if r not in actors)
        elif between:
            actors = _unique((*actors, *between, *recipients))
            recipients = ()
        elif entry.reciprocal:
            actors = _unique((*actors, *recipients))
            recipients = ()
        recipients = tuple(r for r in recipients if r not in actors)
        pooled = subject if subject and len(actors) > len(subject) else ()
        return Arguments(actors, recipients, inferred, pooled)


def _setting_verb(prep: Token) -> Token | None:
    """The verb a setting phrase belongs to, also through the setting it is set in ("at a news
    conference following talks with X, Y said" -> said)."""
    holder = prep.head
    for _ in range(3):
        if holder.pos_ in ("VERB", "AUX"):
            return holder
        if holder.dep_ != "pobj" or holder.head.lower_ not in SETTING_PREPS:
            return None
        holder = holder.head.head
    return None


def _capital(token: Token) -> bool:
    """Whether ``token`` is a capital's name ("Berlin", "Moscow")."""
    hit = lookup_country(token.text) if token.pos_ == "PROPN" else None
    return hit is not None and hit.form == "capital"


def _reports(verb: Token) -> bool:
    """Whether ``verb`` is a saying verb: whoever reports an act ("the attack that X says was
    launched by Y") is not its target."""
    return verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in cues().say_verbs
