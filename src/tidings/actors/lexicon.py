"""The actor knowledge files under ``data/actors/``, loaded once per process into lookups.

- ``organizations.tsv`` / ``metonyms.tsv`` / ``parties.tsv``: named bodies ("NATO", "the Kremlin",
  "Republicans") with country, sector and kind;
- ``people.tsv``: office-holders with date-bounded roles;
- ``agents.tsv``: words for kinds of actors ("troops", "lawmaker") and their sectors;
- ``titles.tsv``: titles written before names ("President", "Sen.");
- ``modifiers.tsv``: words that change a title's meaning ("former");
- ``first_names.tsv``: first names and their usual gender (for he/she).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.vocab import Vocab

from tidings.countries import is_country_code, name_forms
from tidings.knowledge import Row, cached_knowledge, read_table
from tidings.models import ActorKind
from tidings.nlp import load_model
from tidings.places.index import plain

KINDS: frozenset[str] = frozenset({"person", "organization", "country", "group"})


V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Named:
    """A named body: "NATO", "the Kremlin", "the Republicans"."""

    name: str
    country: str | None
    sector: str | None
    kind: ActorKind
    needs_ner: bool = False  # ambiguous phrase: only where spaCy tags an organization
    party: bool = False
    # other countries' bodies of the same name (later rows of the phrase): "Congress" is Peru's
    # in a story about Peru
    elsewhere: tuple[Named, ...] = ()


@dataclass(frozen=True, slots=True)
class Role:
    country: str | None
    sector: str | None
    start: date | None
    end: date | None
    title: str

    def holds(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    roles: tuple[Role, ...]
    gender: str | None

    def role_at(self, day: date | None) -> Role | None:
        if day is None:
            return None
        return next((r for r in self.roles if r.holds(day)), None)

    def nearest_role(self, day: date | None) -> Role:
        """The role in force at ``day``, else the one nearest in time (the latest if no date)."""
        held = self.role_at(day)
        if held:
            return held
        if day is None:
            return max(self.roles, key=lambda r: r.start or date.min)

        def distance(r: Role) -> int:
            if r.end and r.end <= day:
                return (day - r.end).days
            return ((r.start or day) - day).days

        return min(self.roles, key=distance)


@dataclass(frozen=True, slots=True)
class AgentWord:
    sector: str | None
    kind: str  # person | organization
    generic: bool
    modifier: bool
    place: bool = False  # "town", "home": their people, where a country is named
    homes: frozenset[str] = frozenset()  # a people's countries ("kurd": TUR, IRQ, SYR, IRN)


@dataclass(frozen=True, slots=True)
class Title:
    sector: str | None
    gender: str | None
    capital: bool = False  # the sector holds only written with a capital ("Father", not "father")


@dataclass(frozen=True, slots=True)
class Lexicon:
    named: dict[str, Named]  # by match key
    people: dict[str, Person]  # by canonical name
    person_keys: dict[str, tuple[str, bool]]  # match key -> (canonical name, is full name)
    alias_owners: dict[str, tuple[str, ...]]  # alias -> the canonical names sharing it
    agents: dict[str, AgentWord]  # lemma (lower, may be several words)
    agent_ids: frozenset[int]  # string ids of one-word agent words and their "+s" plurals
    country_ids: frozenset[int]  # string ids of one-word country names (lower case)
    titles: dict[str, Title]
    modifiers: dict[str, str]
    first_names: dict[str, str]  # "Angela" -> "f"
    named_matcher: PhraseMatcher  # ORTH: organizations, metonyms, parties
    people_matcher: PhraseMatcher  # ORTH: names and aliases
    country_matcher: PhraseMatcher  # ORTH: country names, aliases, demonyms, capitals
    lower_matcher: PhraseMatcher  # LOWER: titles and several-word agent words

    def agent_word(self, lemma: str, lower: str) -> str | None:
        """The agents.tsv entry for a word, by lemma, form, or form less a plural "s" ("Kurds"
        when the lemmatizer keeps a proper noun's plural)."""
        singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1]
        for word in (lemma, lower, singular if lower.endswith("s") else ""):
            if word in self.agents:
                return word
        return None


def _date(row: Row, column: str) -> date | None:
    value = row.get(column)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise row.error(f"{column} {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _opt(value: str) -> str | None:
    return value or None


def _kind(row: Row, default: str) -> ActorKind:
    kind = row.get("kind", default)
    if kind not in KINDS:
        raise row.error(f"kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    return kind  # type: ignore[return-value]


def _named_entries() -> dict[str, Named]:
    named: dict[str, Named] = {}
    for table in ("actors/metonyms.tsv", "actors/organizations.tsv"):
        for row in read_table(table, ("phrase", "name")):
            entry = Named(
                name=row["name"],
                country=_opt(row.get("country")),
                sector=_opt(row.get("sector")),
                kind=_kind(row, "organization"),
                needs_ner=row.get("ner").lower() == "y",
            )
            first = named.get(row["phrase"])
            if first is None:
                named[row["phrase"]] = entry
            elif table == "actors/metonyms.tsv" and entry.country != first.country:
                named[row["phrase"]] = replace(first, elsewhere=(*first.elsewhere, entry))
    for row in read_table("actors/parties.tsv", ("phrase", "name")):
        named.setdefault(
            row["phrase"],
            Named(
                name=row["name"],
                country=_opt(row.get("country")),
                sector=_opt(row.get("sector")),
                kind="organization",
                party=True,
            ),
        )
    return named


def _homes(row: Row) -> frozenset[str]:
    codes = frozenset(c.strip() for c in row.get("homes").split("|") if c.strip())
    for code in codes:
        if not is_country_code(code):
            raise row.error(f"homes: {code!r} is no ISO 3166 alpha-3 code")
    return codes


def _people() -> tuple[dict[str, Person], dict[str, tuple[str, bool]], dict[str, tuple[str, ...]]]:
    roles: dict[str, list[Role]] = defaultdict(list)
    genders: dict[str, str | None] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in read_table("actors/people.tsv", ("name", "title")):
        name = row["name"]
        roles[name].append(
            Role(
                country=_opt(row.get("country")),
                sector=_opt(row.get("sector")),
                start=_date(row, "start"),
                end=_date(row, "end"),
                title=row["title"].lower(),
            )
        )
        genders[name] = _opt(row.get("gender")) or genders.get(name)
        for alias in row.get("aliases").split("|"):
            if alias.strip():
                aliases[alias.strip()].add(name)
    people = {n: Person(n, tuple(rs), genders.get(n)) for n, rs in roles.items()}
    forms: dict[str, set[str]] = defaultdict(set)
    for alias, names in aliases.items():
        for name in names:
            forms[name].add(alias)
    for name in people:  # the surname as the full name spells it ("Yıldırım" for "Yildirim")
        for form in (name, *forms[name]):
            last = form.split()[-1]
            if last != plain(last) and plain(last) in forms[name]:
                aliases[last].add(name)
    keys: dict[str, tuple[str, bool]] = {n: (n, True) for n in people}
    owners: dict[str, tuple[str, ...]] = {}
    for alias, names in aliases.items():
        owners[alias] = tuple(sorted(names))
        if alias not in keys:
            # several-word aliases are full names; one word ("Putin") is a surname
            keys[alias] = (sorted(names)[0], len(alias.split()) > 1 and len(names) == 1)
    return people, keys, owners


def _phrase_matcher(vocab: Vocab, attr: str, phrases: list[str]) -> PhraseMatcher:
    """One matcher for all ``phrases`` (callers read the matched text, not the match id)."""
    matcher = PhraseMatcher(vocab, attr=attr)
    matcher.add("phrase", list(load_model().tokenizer.pipe(phrases)))
    return matcher


def _curly(table: dict[str, V]) -> dict[str, V]:
    """``table`` with each key that has a straight apostrophe also under its curly twin ("Lord’s
    Resistance Army", "O’Neill"), as news text writes either."""
    return table | {k.replace("'", "’"): v for k, v in table.items() if "'" in k}


INITIAL = re.compile(r"\b([A-Z])\.(?=\s|[A-Z])")  # the "W." of "George W. Bush"


def _bare_initials(table: dict[str, V]) -> dict[str, V]:
    """``table`` with each name that has an initial with a full stop also without it ("George W
    Bush", "JD Vance"), as British papers write names."""
    return table | {INITIAL.sub(r"\1", k): v for k, v in table.items() if INITIAL.search(k)}


@cached_knowledge
def lexicon() -> Lexicon:
    vocab = load_model().vocab
    named = _curly(_named_entries())
    people, person_keys, owners = _people()
    person_keys, owners = _curly(_bare_initials(person_keys)), _curly(_bare_initials(owners))
    agents: dict[str, AgentWord] = {}
    for row in read_table("actors/agents.tsv", ("word", "kind")):
        agents[row["word"].lower()] = AgentWord(
            sector=_opt(row.get("sector")),
            kind=row["kind"],
            generic=row.get("generic").lower() == "y",
            modifier=row.get("adj").lower() == "y",
            place=row.get("place").lower() == "y",
            homes=_homes(row),
        )
    titles = {
        row["title"].lower(): Title(
            _opt(row.get("sector")), _opt(row.get("gender")), row.get("capital").lower() == "y"
        )
        for row in read_table("actors/titles.tsv", ("title",))
    }
    modifiers = {
        row["word"].lower(): row["effect"] for row in read_table("actors/modifiers.tsv", ("word",))
    }
    first_names = {}
    for row in read_table("actors/first_names.tsv", ("name", "gender")):
        if row["gender"] not in ("m", "f"):
            raise row.error(f"gender {row['gender']!r} is not m or f")
        first_names[row["name"]] = row["gender"]
    country_keys = list(_curly({k: k for k in name_forms() if k}))
    # titles and agent words of several tokens ("secretary of state", "secretary-general")
    lower_phrases = [t for t in titles if any(c in t for c in " .-")] + [
        form
        for a in agents
        if any(c in a for c in " -")
        for form in (a, a[:-1] + "ies" if a.endswith("y") else a + "s")
    ]  # plurals too: "aid workers"
    return Lexicon(
        named=named,
        people=people,
        person_keys=person_keys,
        alias_owners=owners,
        agents=agents,
        country_ids=frozenset(hash_string(k.lower()) for k in country_keys if " " not in k),
        agent_ids=frozenset(
            hash_string(form) for a in agents if " " not in a for form in (a, a + "s")
        ),
        titles=titles,
        modifiers=modifiers,
        first_names=first_names,
        named_matcher=_phrase_matcher(vocab, "ORTH", list(named)),
        people_matcher=_phrase_matcher(vocab, "ORTH", list(person_keys)),
        country_matcher=_phrase_matcher(vocab, "ORTH", country_keys),
        lower_matcher=_phrase_matcher(vocab, "LOWER", lower_phrases),
    )
