"""The trigger lexicons (``events/verbs.tsv``, ``events/nouns.tsv``) and the cue word lists.

A lexicon row is a lemma, a compact dependency condition (``prep:for``, ``obj:deal|treaty``,
``obj:@place``, ``prt:up``, ``pobj:criticism``, ``pobj:@actor``, ``mod:air|missile``,
``verb:lodge``, ``under:on``, ``modal:must``, ``mark:if``, ``xcomp``, ``xcomp:comment``,
``xsubj``, ``!obj``, ``neg``), a PLOVER type, a CAMEO code, optional mode/context overrides and
flags. :func:`best_entry` picks the most specific
row whose conditions hold for a trigger's :class:`Frame`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.events.codes import cameo_code
from tidings.knowledge import Row, cached_knowledge, read_table, read_words
from tidings.models import PLOVER_TYPES

VERBS = "events/verbs.tsv"
LEMMA_FIXES = "events/lemma_fixes.tsv"
NOUNS = "events/nouns.tsv"
COLUMNS = ("lemma", "type", "cameo")
NO_EVENT = "NONE"

CONDITION_KINDS = frozenset(
    {"prt", "prep", "pobj", "obj", "mod", "verb", "xcomp", "xsubj", "modal", "neg", "under", "mark"}
)
VALUELESS = frozenset({"xcomp", "xsubj", "obj", "neg"})  # kinds that may stand alone ("!obj")
FLAGS = frozenset(
    {"recip", "content", "alleges", "topic", "conflict", "stative", "victim", "patient"}
)
ACTOR = "@actor"
PLACE = "@place"  # a direct object that is a place ("freed the city", "liberated Kuwait")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class Condition:
    kind: str
    values: frozenset[str]  # empty: "has one" (or "has none" when negated)
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Frame:
    """What the conditions of a lexicon row can test about one trigger."""

    particles: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    prep_objects: frozenset[str] = frozenset()  # lemmas of the prepositions' objects
    prep_object_is_actor: bool = False  # "offered troops to Lebanon", "offered Iran talks"
    objects: frozenset[str] = frozenset()
    object_is_actor: bool = False
    object_is_place: bool = False
    modifiers: frozenset[str] = frozenset()
    verb: str | None = None  # the verb a noun trigger is the object of
    under: str | None = None  # the preposition a noun trigger is the object of ("on strike")
    has_xcomp: bool = False
    complements: frozenset[str] = frozenset()  # lemmas of the clausal complements' verbs
    complement_subject: bool = False  # "wants the government to resign": someone else is to act
    complement_modals: frozenset[str] = frozenset()  # "said X must ..." -> {"must"}
    complement_starts: frozenset[str] = frozenset()  # "asked them if ..." -> {"if"}
    negated: bool = False  # "did not accept", "failed to reach": the reading of a ``neg`` row

    def holds(self, cond: Condition) -> bool:
        result = self._test(cond)
        return not result if cond.negated else result

    def _test(self, cond: Condition) -> bool:
        kind, values = cond.kind, cond.values
        if kind == "xcomp":
            return bool(values & self.complements) if values else self.has_xcomp
        if kind == "neg":
            return self.negated
        if kind == "xsubj":
            return self.complement_subject
        if kind == "pobj" and ACTOR in values and self.prep_object_is_actor:
            return True
        if kind == "obj":
            if not values:
                return bool(self.objects) or self.object_is_actor
            if ACTOR in values and self.object_is_actor:
                return True
            if PLACE in values and self.object_is_place:
                return True
            return bool(values & self.objects)
        pool: frozenset[str] = {
            "prt": self.particles,
            "prep": self.preps,
            "pobj": self.prep_objects,
            "mod": self.modifiers,
            "verb": frozenset({self.verb}) if self.verb else frozenset(),
            "under": frozenset({self.under}) if self.under else frozenset(),
            "modal": self.complement_modals,
            "mark": self.complement_starts,
        }[kind]
        return bool(values & pool) if values else bool(pool)


@dataclass(frozen=True, slots=True)
class Entry:
    lemma: str
    conditions: tuple[Condition, ...]
    type: str  # PLOVER type or NONE
    cameo: str
    mode: str | None
    context: tuple[str, ...]
    flags: frozenset[str] = field(default_factory=frozenset)
    where: str = ""  # file:line

    @property
    def reciprocal(self) -> bool:
        return "recip" in self.flags

    @property
    def reads_negation(self) -> bool:
        """A ``neg`` row: its type already says the negation ("did not accept" is REJECT)."""
        return any(c.kind == "neg" and not c.negated for c in self.conditions)

    def preps(self) -> frozenset[str]:
        """Prepositions named by the row's conditions (their objects are preferred recipients)."""
        found: set[str] = set()
        for cond in self.conditions:
            if cond.kind == "prep" and not cond.negated:
                found |= cond.values
        return frozenset(found)


def _parse_conditions(row: Row) -> tuple[Condition, ...]:
    conditions: list[Condition] = []
    for item in row.get("when").split():
        negated = item.startswith("!")
        kind, _, values = item.lstrip("!").partition(":")
        if kind not in CONDITION_KINDS:
            raise row.error(
                f"unknown condition {item!r} (use {', '.join(sorted(CONDITION_KINDS))})"
            )
        if not values and kind not in VALUELESS:
            raise row.error(f"condition {item!r} needs values, e.g. {kind}:a|b")
        words = frozenset(v.strip().lower() for v in values.split("|") if v.strip())
        conditions.append(Condition(kind, words, negated))
    return tuple(conditions)


def _parse_row(row: Row) -> Entry:
    kind = row["type"].upper()
    if kind != NO_EVENT and kind not in PLOVER_TYPES:
        raise row.error(f"{kind!r} is not a PLOVER type or NONE")
    code = row["cameo"]
    record = cameo_code(code)
    if record is None:
        raise row.error(f"CAMEO code {code!r} is not in events/cameo.tsv")
    flags = frozenset(row.get("flags").split())
    unknown = flags - FLAGS
    if unknown:
        raise row.error(f"unknown flag(s) {', '.join(sorted(unknown))} (use {', '.join(FLAGS)})")
    context = row.get("context")
    return Entry(
        lemma=row["lemma"].lower(),
        conditions=_parse_conditions(row),
        type=kind,
        cameo=code,
        mode=row.get("mode") or record.mode,
        context=tuple(c for c in context.replace(";", ",").split(",") if c) or record.context,
        flags=flags,
        where=f"{row.path}:{row.line}",
    )


def _index(name: str) -> dict[str, tuple[Entry, ...]]:
    index: dict[str, list[Entry]] = {}
    for row in read_table(name, COLUMNS):
        entry = _parse_row(row)
        index.setdefault(entry.lemma, []).append(entry)
    return {lemma: tuple(entries) for lemma, entries in index.items()}


@cached_knowledge
def lemma_fixes() -> dict[str, str]:
    return {
        row["form"].lower(): row["lemma"].lower()
        for row in read_table(LEMMA_FIXES, ("form", "lemma"))
    }


def lemma_of(token: Token) -> str:
    """The token's lower-cased lemma, corrected where the lemmatizer is known to go wrong."""
    return lemma_fixes().get(token.lower_) or token.lemma_.lower()


def is_place(token: Token) -> bool:
    """A place: a town, region or country named (or "the city", "the province")."""
    return token.ent_type_ in PLACE_LABELS or lemma_of(token) in cues().place_nouns


@cached_knowledge
def verb_entries() -> dict[str, tuple[Entry, ...]]:
    return _index(VERBS)


@cached_knowledge
def noun_entries() -> dict[str, tuple[Entry, ...]]:
    return _index(NOUNS)


@cached_knowledge
def negation_lemmas() -> frozenset[str]:
    """Verb lemmas with a ``neg`` row: only their frames need the negation test."""
    return frozenset(
        lemma
        for lemma, entries in verb_entries().items()
        if any(c.kind == "neg" for e in entries for c in e.conditions)
    )


def best_entry(entries: Mapping[str, tuple[Entry, ...]], lemma: str, frame: Frame) -> Entry | None:
    """The most specific row for ``lemma`` whose conditions all hold (None if none, or if the
    best is a NONE row)."""
    best: Entry | None = None
    for entry in entries.get(lemma, ()):
        more_specific = best is None or len(entry.conditions) > len(best.conditions)
        if more_specific and all(frame.holds(c) for c in entry.conditions):
            best = entry
    if best is None or best.type == NO_EVENT:
        return None
    return best


@dataclass(frozen=True, slots=True)
class Cues:
    """Word lists the extractor consults (each a file under ``data/events``)."""

    light_verbs: frozenset[str]
    say_verbs: frozenset[str]
    intent_words: frozenset[str]
    future_aux: frozenset[str]
    hypothetical: frozenset[str]
    negators: frozenset[str]
    negative_verbs: frozenset[str]
    location_preps: frozenset[str]
    partitives: frozenset[str] = frozenset()
    natural_causes: frozenset[str] = frozenset()
    light_nouns: frozenset[str] = frozenset()
    purpose_verbs: frozenset[str] = frozenset()
    rioters: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()  # "the city", "the province": places
    outsiders: frozenset[str] = frozenset()  # "critics of X": not X's (arguments)
    sport_words: frozenset[str] = frozenset()  # words only sport uses (sports stories)
    game_triggers: frozenset[str] = frozenset()  # a game's moves there ("meet", "clash")


@cached_knowledge
def cues() -> Cues:
    return Cues(
        light_verbs=read_words("events/light_verbs.txt"),
        say_verbs=read_words("events/say_verbs.txt"),
        intent_words=read_words("events/intent_words.txt"),
        future_aux=read_words("events/future_aux.txt"),
        hypothetical=read_words("events/hypothetical_words.txt"),
        negators=read_words("events/negation_words.txt"),
        negative_verbs=read_words("events/negative_verbs.txt"),
        location_preps=read_words("events/location_preps.txt"),
        partitives=read_words("events/partitive_words.txt"),
        natural_causes=read_words("events/natural_causes.txt"),
        light_nouns=read_words("events/light_nouns.txt"),
        purpose_verbs=read_words("events/purpose_verbs.txt"),
        rioters=read_words("events/rioters.txt"),
        place_nouns=read_words("events/place_nouns.txt"),
        outsiders=read_words("events/outsider_nouns.txt"),
        sport_words=read_words("events/sport_words.txt"),
        game_triggers=read_words("events/game_triggers.txt"),
    )
