"""Find and code the actors of a document, with all their mentions.

Steps: find mentions (:mod:`tidings.actors.find`), join bare surnames to full names, give owned
groups their owner's country ("Assad's forces" -> SYR), merge mentions with the same key into
actors, resolve pronouns and descriptions (:mod:`tidings.actors.coref`), and write the records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from tidings.actors.coref import Info, Resolver
from tidings.actors.find import find_mentions
from tidings.actors.find_groups import DOMESTIC_SECTORS
from tidings.actors.lexicon import lexicon
from tidings.actors.mention import Key, Mention, Part, Ref
from tidings.actors.table import ActorMention, ActorTable
from tidings.analysis import Analysis
from tidings.countries import country, is_country_code
from tidings.models import Actor, ActorKind, Span

NONSTATE = frozenset({"IGO", "NGO", "MNC", "IMG", "UNO", "EUR"})
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "LEG"})  # a leader's counterparts, often foreign

# sectors of groups coded as of the one country their sentence places them in: the domestic ones,
# and reporters ("In Mexico, reporters are killed"), as a single journalist is coded there
PLACED_SECTORS = DOMESTIC_SECTORS | {"JRN"}


@dataclass
class _Build:
    id: str
    name: str
    kind: ActorKind
    country: str | None
    sector: str | None
    titles: set[str]
    gender: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)

    def absorb(self, part: Part) -> None:
        if part.kind == "person" and len(part.name) > len(self.name):
            self.name = part.name
        self.country = self.country or part.country
        self.sector = self.sector or part.sector
        self.titles |= part.titles
        self.gender = self.gender or part.gender


class _Actors:
    """Actors by key, numbered in order of first mention."""

    def __init__(self) -> None:
        self.by_key: dict[Key, _Build] = {}
        self.by_id: dict[str, _Build] = {}

    def get(self, part: Part) -> _Build:
        build = self.by_key.get(part.key)
        if build is None:
            build = _Build(
                id=f"a{len(self.by_id) + 1}", name=part.name, kind=part.kind,
                country=part.country, sector=part.sector, titles=set(part.titles),
                gender=part.gender,
            )  # fmt: skip
            self.by_key[part.key] = build
            self.by_id[build.id] = build
        else:
            build.absorb(part)
        return build

    def info(self, actor_id: str) -> Info:
        b = self.by_id[actor_id]
        return Info(b.kind, b.country, b.gender, frozenset(b.titles), b.sector)


def _surname_tokens(name: str) -> list[str]:
    out = []
    for word in name.replace("-", " ").split():
        word = word.strip(".,").lower()
        if word and word not in ("al", "el", "bin", "ibn", "de", "van", "von"):
            out.append(word)
    return out


def _join_surnames(mentions: list[Mention]) -> None:
    """ "Putin", "McCain", "Assad" -> the person of a full name in the document, else the only
    listed person with that alias (a listed alias goes to a full name of the document with its
    surname first: "Mr Carter" after "party secretary Ann Carter" is not a listed Carter)."""
    lex = lexicon()
    full: list[Part] = [
        p for m in mentions for p in m.parts if p.kind == "person" and not p.surname
    ]
    for m in mentions:
        for n, part in enumerate(m.parts):
            if not part.surname:
                continue
            words = _surname_tokens(part.name)
            match = next(
                (f for f in full if words and _surname_tokens(f.name)[-len(words) :] == words),
                None,
            )
            listed = part.key == ("person", part.name)  # "Carter" taken for a listed Carter
            named = listed and next(  # but the story named its own: "party secretary Ann Carter"
                (f for f in full if f.key != part.key
                 and _surname_tokens(f.name)[-1:] == words[-1:]),
                None,
            )  # fmt: skip
            if match is None and named:
                m.parts[n] = named
                continue
            if match is None:
                owners = lex.alias_owners.get(part.name, ())
                if len(owners) == 1:
                    person = lex.people[owners[0]]
                    role = person.nearest_role(None)
                    m.parts[n] = Part(
                        key=("person", person.name), name=person.name, kind="person",
                        country=part.country or role.country, sector=part.sector,
                        titles=part.titles, gender=part.gender or person.gender,
                    )  # fmt: skip
                continue
            m.parts[n] = Part(
                key=match.key, name=match.name, kind="person",
                country=match.country or part.country, sector=match.sector or part.sector,
                titles=match.titles | part.titles, gender=match.gender or part.gender,
            )  # fmt: skip


def _owned(mentions: list[Mention], at: dict[int, Mention], actors: _Actors | None) -> None:
    """Give "Assad's forces" the country of Assad (before merging for named owners; after
    coreference for pronoun owners, when ``actors`` is given)."""
    for m in mentions:
        for n, part in enumerate(m.parts):
            if part.owner is None or part.country is not None:
                continue
            owner = at.get(part.owner)
            if owner is m:  # "the defeated Fatah Party": the name's own mention inside
                owner = next(
                    (o for o in mentions if o is not m and o.start <= part.owner < o.end), None
                )
            if owner is None:
                continue
            iso3 = None
            if owner.parts and len(owner.parts) == 1:
                iso3 = owner.parts[0].country
            elif actors is not None and len(owner.ids) == 1:
                iso3 = actors.by_id[owner.ids[0]].country
            if iso3 is None:
                continue
            if actors is None:
                key = ("group", iso3, part.sector, part.key[-1])
                m.parts[n] = Part(
                    key=key, name=part.name, kind=part.kind, country=iso3, sector=part.sector,
                    titles=part.titles, gender=part.gender,
                )  # fmt: skip
            elif m.ids:
                for actor_id in m.ids:
                    actors.by_id[actor_id].country = actors.by_id[actor_id].country or iso3


def _local_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """A name several countries give a body ("Congress") is the one of the country the document
    names, when it names that country and not the first row's ("Congress" in a story about Peru
    that names no American party is Peru's). A country named only as what is done to ("sanctions
    on Colombia") does not count."""
    named = {
        p.country
        for m in mentions
        for p in m.parts
        if not p.elsewhere
        and p.country
        and len(p.country) == 3
        and p.country not in NONSTATE
        and not (p.kind == "country" and not p.place and doc[m.head].dep_ in OBJECT_DEPS)
    }
    for m in mentions:
        for n, part in enumerate(m.parts):
            if not part.elsewhere or part.country in named:
                continue
            local = [e for e in part.elsewhere if e[0] in named]
            if len(local) == 1:
                iso3, sector, name = local[0]
                m.parts[n] = Part(key=("named", name), name=name, kind=part.kind, country=iso3,
                                  sector=sector)  # fmt: skip


def _dominant_country(mentions: list[Mention]) -> str | None:
    """The country the document is clearly about, if one is (for people coded only by role)."""
    counts: dict[str, int] = {}
    for m in mentions:
        for p in m.parts:
            if is_country_code(p.country) and not p.place:  # not IGO, MNC ...
                counts[p.country] = counts.get(p.country, 0) + 1  # type: ignore[index]
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    top = max(counts, key=lambda c: counts[c])
    if ranked[0] >= 3 and ranked[0] >= 2 * sum(ranked[1:]):
        return top
    return None


def _home_countries(word: object) -> frozenset[str]:
    """The countries of a people ("kurd"), if the agent word names one; else none."""
    agent = lexicon().agents.get(word) if isinstance(word, str) else None
    return agent.homes if agent is not None else frozenset()


def _sole_country(mentions: list[Mention], state: bool) -> str | None:
    """The one country a document names, if it names only one (as a country, a place, or
    through anyone's country): "President Bouteflika imposed a curfew in Algiers". Without
    ``state``, officials and soldiers do not count (for a president, they may be his hosts)."""
    found = {
        p.country
        for m in mentions
        for p in m.parts
        if p.country
        and len(p.country) == 3
        and p.country not in NONSTATE
        and (state or p.kind == "country" or p.sector not in STATE_SECTORS)
        and not (p.place and p.sector)  # a town's name may be a word or a name elsewhere
    }
    return found.pop() if len(found) == 1 else None


def _sentence_places(mentions: list[Mention]) -> dict[int, str]:
    """Sentences that name places of one country only ("fighting in Syria", "a curfew in
    Algiers"): where the local groups of the sentence belong."""
    found: dict[int, set[str]] = {}
    for m in mentions:
        for p in m.parts:
            if p.place and p.country and len(p.country) == 3 and p.country not in NONSTATE:
                found.setdefault(m.sent, set()).add(p.country)
    return {sent: next(iter(isos)) for sent, isos in found.items() if len(isos) == 1}


def _sentence_countries(doc: Doc, mentions: list[Mention]) -> dict[int, str]:
    """Sentences that name one country only (as a country or a non-state group; not through a
    person, a state body or an object, which may be a leader's foreign counterpart):
    "President Kabila thanked the Congolese people" -> COD for the president."""
    found: dict[int, set[str]] = {}
    for m in mentions:
        for p in m.parts:
            if not p.country or len(p.country) != 3 or p.country in NONSTATE or p.place:
                continue
            if p.kind == "country" and doc[m.head].dep_ in OBJECT_DEPS:
                continue  # "President Kabila visited France"
            if p.kind != "person" and p.sector not in STATE_SECTORS:
                found.setdefault(m.sent, set()).add(p.country)
    return {sent: next(iter(isos)) for sent, isos in found.items() if len(isos) == 1}


def build_table(doc: Doc, mentions: list[Mention], text: str | None = None) -> ActorTable:
    """The actors of the found mentions; ``text`` is ``doc.text`` if the caller has it."""
    at: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            at.setdefault(i, m)
    _join_surnames(mentions)
    _local_bodies(doc, mentions)
    _owned(mentions, at, None)
    dominant = _dominant_country(mentions)
    sole = _sole_country(mentions, state=True)
    sole_nonstate = _sole_country(mentions, state=False)
    local = _sentence_countries(doc, mentions)
    places = _sentence_places(mentions)
    actors = _Actors()
    for m in mentions:
        ids = []
        for part in m.parts:
            if part.country is None and part.foreign:
                pass  # "a Western diplomat" is not of the story's country
            elif part.country is None and part.kind == "person" and part.sector:
                part.country = dominant or (local.get(m.sent) if part.owner is None else None)
                part.country = part.country or (
                    sole_nonstate if part.sector in STATE_SECTORS else sole
                )
            elif (
                part.country is None
                and part.sector in PLACED_SECTORS
                and part.key[0] == "group"
                and part.owner is None
            ):  # "rebels", "protesters", "police" where the document or sentence has one country
                found = dominant or (places.get(m.sent) if part.kind == "group" else None)
                homes = _home_countries(part.key[3])
                part.country = found if not homes or found in homes else None
                part.key = ("group", part.country, *part.key[2:])
            ids.append(actors.get(part).id)
        m.ids = tuple(dict.fromkeys(ids))

    def country_actor(iso3: str, sector: str | None, head: str | None) -> str:
        if sector is None:
            part = Part(key=("country", iso3, None), name=country(iso3).name, kind="country",
                        country=iso3)  # fmt: skip
        else:
            name = f"{country(iso3).name} {head or 'government'}"
            part = Part(key=("group", iso3, sector, head), name=name, kind="organization",
                        country=iso3, sector=sector)  # fmt: skip
        return actors.get(part).id

    def new_actor(ref: Ref, iso3: str | None) -> str:
        if ref.what == "plural":  # "the militants" when no one was named before: a group
            part = Part(key=("group", iso3, ref.sector, ref.head), name=ref.name or ref.head,
                        kind="group", country=iso3, sector=ref.sector)  # fmt: skip
            return actors.get(part).id
        if ref.body:  # "the militant group" when no group was named before
            part = Part(key=("group", iso3, ref.sector, ref.name), name=ref.name,
                        kind="organization", country=iso3, sector=ref.sector)  # fmt: skip
            return actors.get(part).id
        if iso3 is None and ref.sector:  # "the interior minister" in a story about one country
            iso3 = dominant or (sole_nonstate if ref.sector in STATE_SECTORS else sole)
        # a country's name before the role; not a code such as MNC or IGO ("the company")
        name = f"{country(iso3).name} {ref.head}" if is_country_code(iso3) else ref.head
        part = Part(key=("group", iso3, ref.sector, ref.head), name=name, kind="person",
                    country=iso3, sector=ref.sector, titles=frozenset({ref.head}))  # fmt: skip
        return actors.get(part).id

    Resolver(doc, actors.info, country_actor, new_actor).run(mentions)
    _owned(mentions, at, actors)

    table_mentions: list[ActorMention] = []
    for m in mentions:
        if not m.ids:
            continue
        table_mentions.append(ActorMention(m.start, m.end, m.head, m.ids))
        for actor_id in m.ids:
            spans = actors.by_id[actor_id].spans
            if (m.char_start, m.char_end) not in spans:
                spans.append((m.char_start, m.char_end))
    records = []
    text = doc.text if text is None else text
    for b in actors.by_id.values():
        if not b.spans:
            continue
        spans = tuple(Span(start=s, end=e, text=text[s:e]) for s, e in sorted(b.spans))
        records.append(Actor(id=b.id, name=b.name, country=b.country, sector=b.sector,
                             kind=b.kind, mentions=spans))  # fmt: skip
    return ActorTable(actors=records, mentions=table_mentions)


def resolve_actors(analysis: Analysis) -> ActorTable:
    """Every person, organization, country and group that acts, is acted on or speaks in the
    analysed document, with all its mentions (names, titles, pronouns, descriptions)."""
    doc, text = analysis.doc, analysis.article.text
    mentions = find_mentions(doc, analysis.published, analysis.is_codable, analysis.places)
    same = len(doc) > 0 and doc[-1].idx + len(doc[-1].text_with_ws) == len(text)
    return build_table(doc, mentions, text if same else None)
