"""Finding groups and descriptions: noun phrases headed by an actor word ("Russian forces",
"members of Congress", "the two leaders", "the country")."""

from __future__ import annotations

from spacy.strings import hash_string
from spacy.tokens import Token

from tidings.actors.context import (
    Coding,
    code_words,
    finish,
    np_start,
    possessor_of,
    token_countries,
)
from tidings.actors.find_base import PRONOUN_KINDS, PRONOUNS, SUBJECT_DEPS, FinderBase
from tidings.actors.mention import Part, Ref
from tidings.countries import country, lookup_country

PLURAL_DETS = frozenset({"the", "both", "these", "those", "their"})
COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}
COUNTRY_HEADS = frozenset({"country", "nation", "government", "state", "side", "capital"})
# a bare "the regime", "the administration" is the one named with that word before it
# ("the Assad regime ... the regime"); "the Trump administration" names its own
SAME_HEAD_BODIES = frozenset({"regime", "administration", "opposition"})
# "the group", "the militia", "the party": the body named last (coreference)
BODY_HEADS = frozenset(
    {"group", "organization", "organisation", "movement", "militia", "party", "company", "firm",
     "union", "faction", "agency", "ministry"}
)  # fmt: skip
DEFINITE_DETS = frozenset({"the", "that", "this"})
TWO_IDS = frozenset({hash_string("two"), hash_string("both")})
# bodies that sit where they govern: "the government in Berlin" is Germany's
SEATED_BODIES = frozenset(
    {"government", "regime", "administration", "authority", "cabinet", "junta"}
)
# sectors of groups that act where they live: "rebels in Chad" are Chadian, "troops in Chad" not
DOMESTIC_SECTORS = frozenset(
    {"REB", "OPP", "CVL", "PTY", "LEG", "JUD", "COP", "LAB", "AGR", "EDU", "REL", "CRM", "UAF",
     "PRM", "SOC"}
)  # fmt: skip


class GroupFinder(FinderBase):
    """Groups, bodies and the descriptions coreference resolves."""

    def find_groups(self) -> None:
        """Noun phrases headed by an actor word: "Russian forces", "the two leaders"."""
        doc, lex = self.doc, self.lex
        multi = {}
        for s, (e, text) in self.phrases.items():
            if text in lex.agents:
                multi[doc[s:e].root.i] = text
        candidates = sorted({*multi, *self.tokens_with(lex.agent_ids, lemma=True)})
        for i in candidates:
            tok = doc[i]
            word = multi.get(i) or lex.agent_word(tok.lemma_.lower(), tok.lower_) or ""
            agent = lex.agents.get(word)
            if agent is None or tok.pos_ not in ("NOUN", "PROPN", "NUM"):
                continue
            modifier = tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN")
            if modifier and self._describes_name(tok, agent.kind):
                # "Italian news agency Ansa": the description codes the body it names
                if i not in self.claimed and self.codable(i):
                    self.code_group(tok, word, name_end=self._name_end(tok.head))
                continue
            if modifier and not self._modifies_thing(tok):
                continue  # a modifier: its head is the actor word
            if i in self.claimed or i in self.country_tokens or not self.codable(i):
                continue
            if modifier:  # "Israeli army bulldozers", "Cambodian refugee camps": the body acts
                self.code_group(tok, word, start=self._modifier_start(tok), need_country=True)
                continue
            self.code_group(tok, word)
        for i in self.tokens_with(TWO_IDS):  # "the two", "both" alone
            tok = doc[i]
            if (
                tok.dep_ in SUBJECT_DEPS | {"pobj", "dobj"}
                and i not in self.claimed
                and self.codable(i)
            ):
                start = np_start(tok)
                ref = Ref("plural", head="two", count=2, person=True)
                self.add(start, tok.i + 1, tok.i, ref=ref)

    def _modifies_thing(self, tok: Token) -> bool:
        """Whether an actor word modifies a noun that is no actor, title or name: "army" in
        "army bulldozers", "police" in "police custody" (not in "police chief")."""
        head = tok.head
        if head.pos_ != "NOUN" or head.i in self.claimed:
            return False
        low, lemma = head.lower_, head.lemma_.lower()
        lex = self.lex
        return (
            lex.agent_word(lemma, low) is None
            and low not in lex.titles
            and lemma not in lex.titles
            and head.i not in self.phrases
            and not any(s <= head.i < e for s, (e, _) in self.phrases.items())
        )

    def _describes_name(self, tok: Token, kind: str) -> bool:
        """Whether a body's word stands before the unknown proper name it describes ("news
        agency" in "the Italian news agency Ansa", "broadcaster" in "state broadcaster NTV")."""
        head = tok.head
        return (
            kind == "organization"
            and head.pos_ == "PROPN"
            and head.i > tok.i
            and all(self.doc[j].pos_ == "PROPN" for j in range(tok.i + 1, head.i + 1))
            and not any(j in self.claimed for j in range(tok.i + 1, self._name_end(head)))
            and head.i not in self.country_tokens
            and head.i not in self.place_country
            and lookup_country(head.text) is None
        )

    def _name_end(self, head: Token) -> int:
        end = head.i + 1
        while end < len(self.doc) and self.doc[end].dep_ == "flat":
            end += 1
        return end

    def _modifier_start(self, tok: Token) -> int:
        """Where a modifying actor word's own words begin: "Israeli army" in "Israeli army
        bulldozers", whether the parser hangs "Israeli" on "army" or on "bulldozers"."""
        start = np_start(tok)
        while start > 0:
            prev = self.doc[start - 1]
            if prev.dep_ not in ("amod", "compound") or not (
                prev.head.i == tok.i or (prev.head.i == tok.head.i and token_countries(prev))
            ):
                break
            start -= 1
        return start

    def code_group(
        self,
        tok: Token,
        word: str,
        start: int | None = None,
        need_country: bool = False,
        name_end: int | None = None,
    ) -> None:
        """Code the group or body ``tok`` heads; with ``name_end``, ``tok`` describes the proper
        name that follows it up to there, and the mention is that body."""
        doc, lex = self.doc, self.lex
        agent = lex.agents[word]
        start = np_start(tok) if start is None else start
        owner = possessor_of(doc, start, tok.i)
        if owner is None:  # "Trump aides", "the Kremlin spokesman"
            owner = next(
                (c.i for c in tok.children if c.dep_ in ("compound", "nmod") and c.i in self.claimed
                 and self.claimed[c.i].parts),
                None,
            )  # fmt: skip
        skip = set(self.claimed)
        coding = code_words(
            lex, doc, start, tok.i + 1, Coding(), phrases=self.phrases, skip=skip,
            multiword=self.multiword,
        )  # fmt: skip
        if coding.sector == "MIL" and agent.sector == "GOV" and tok.lemma_.lower() in SEATED_BODIES:
            coding.sector = "GOV"  # "the military government" governs: GOV, as any government
        if owner is not None and coding.countries and doc[owner].pos_ == "PROPN":
            coding.countries = []  # "Putin's Syria envoy": the owner decides, Syria is the topic
            code_words(
                lex, doc, start, tok.i + 1, coding, phrases=self.phrases, skip=skip,
                countries=False,
            )  # fmt: skip
        if owner is not None and not coding.countries and agent.sector:
            own = self.place_country_of(owner)  # not "Russia's ally": Russia is no ally of itself
            if own:  # "Sudan's government", "Ankara's administration": the owner is the country
                coding.add_country(own)
        if not coding.countries and owner is None:  # "the Khartoum government"
            for child in tok.children:
                if child.dep_ in ("compound", "nmod") and child.i not in self.claimed:
                    hit = lookup_country(child.text)
                    if hit is not None and hit.form == "capital":
                        coding.add_country(hit.country.iso3)
        plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("two", "both")
        dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "poss", "nummod")}
        pronoun_owner = owner is not None and doc[owner].lower_ in PRONOUNS
        if not coding.countries and (owner is None or pronoun_owner):
            self._of_countries(tok, coding)
        if (
            not coding.countries
            and owner is None
            and (coding.sector in DOMESTIC_SECTORS or _seated(tok))
        ):
            self._in_country(tok, coding)
        if coding.sector is None or coding.sector_generic:
            self._of_body(tok, coding)
        if owner is not None and coding.sector_generic:
            self._owner_sector(owner, coding)
        finish(coding)
        if name_end is not None:
            if coding.sector is not None or coding.countries:
                self._add_named_body(start, tok, name_end, agent.kind, coding)
            return
        if (need_country or agent.place) and not coding.countries:
            return
        if self._reference(tok, start, word, dets, plural, coding, pronoun_owner):
            return
        if coding.sector is None and not coding.countries:
            return  # "partners", "Russia's ally": nothing to code
        if coding.sector_generic and not coding.countries and owner is None and not coding.people:
            return  # "officials", "people" with nothing else said of them
        if any(c.dep_ == "appos" and c.i in self.claimed for c in tok.children):
            return  # "a lawmaker, Konstantin Kosachyov": coded with the person
        if tok.dep_ == "appos" and tok.head.i in self.claimed:
            return
        kind = "group" if plural else ("person" if agent.kind == "person" else "organization")
        if need_country and agent.kind == "person":
            kind = "group"  # "refugee camps": the refugees
        countries: list[str | None] = list(coding.countries) or [None]
        name = self.np_text(start, tok.i + 1)
        parts = []
        for iso3 in countries:
            if owner is not None and iso3 is None:
                key: tuple[str | None, ...] = ("owned", str(owner), coding.sector, word)
            elif kind == "person" and not dets & DEFINITE_DETS:
                key = ("anon", str(tok.i))
            else:
                key = ("group", iso3, coding.sector, word)
            label = name if len(countries) == 1 or iso3 is None else _label(iso3, tok.text)
            parts.append(Part(
                key=key, name=label, kind=kind, country=iso3, sector=coding.sector,
                titles=frozenset(coding.titles | {word}), gender=coding.gender,
                owner=owner if iso3 is None else None, foreign=coding.foreign,
            ))  # fmt: skip
        self.add(start, tok.i + 1, tok.i, parts)

    def _add_named_body(self, start: int, tok: Token, end: int, kind: str, coding: Coding) -> None:
        name = self.doc[tok.i + 1 : end].text
        parts = [
            Part(key=("named", name), name=name, kind=kind, country=iso3, sector=coding.sector,
                 titles=frozenset(coding.titles))
            for iso3 in (coding.countries[:1] or [None])
        ]  # fmt: skip
        self.add(start, end, end - 1, parts)

    def _reference(
        self,
        tok: Token,
        start: int,
        word: str,
        dets: set[str],
        plural: bool,
        coding: Coding,
        pronoun_owner: bool,
    ) -> bool:
        """Record a description that coreference resolves ("the two leaders", "the country",
        "the Russian president", "their countries"); False if the phrase is not one."""
        agent = self.lex.agents[word]
        person = agent.kind == "person" and word not in COUNTRY_HEADS
        count = next((COUNT_WORDS[d] for d in dets if d in COUNT_WORDS), None)
        definite = bool(dets & (PLURAL_DETS | DEFINITE_DETS))  # not "three militants"
        ref: Ref | None = None
        if plural and not coding.countries and (definite or pronoun_owner):
            if person and not coding.sector_generic and word not in self.lex.titles:
                return False  # "the rebels", "the protesters": a group of their own
            if person or word in COUNTRY_HEADS:
                ref = Ref("plural", head=word, count=count, person=person,
                          sector=None if coding.sector_generic else coding.sector,
                          name=self.np_text(start, tok.i + 1))  # fmt: skip
        elif (
            not plural
            and word in COUNTRY_HEADS
            and not coding.countries
            and (definite or pronoun_owner)
        ):
            ref = Ref("definite", head=word, person=False, sector=agent.sector)
        elif (
            not plural
            and word in SAME_HEAD_BODIES
            and not coding.countries
            and dets & DEFINITE_DETS
            and not any(c.dep_ in ("compound", "nmod", "poss") for c in tok.children)
        ):
            ref = Ref("definite", head=word, person=False, sector=agent.sector, body=True,
                      name=word, same_head=True)  # fmt: skip
        elif not plural and word in BODY_HEADS and not coding.countries and dets & DEFINITE_DETS:
            # "the group", "the foreign ministry", "the militant group": the body named last
            ref = Ref("definite", head=word, person=False, sector=coding.sector, body=True,
                      name=self.np_text(start, tok.i + 1),
                      specific=bool(agent.sector) and not agent.generic)  # fmt: skip
        elif (
            not plural
            and person
            and dets & DEFINITE_DETS
            and word in self.lex.titles
            and len(coding.countries) <= 1
            and not coding.former
        ):
            iso3 = coding.countries[0] if coding.countries else None
            ref = Ref("definite", head=word, country=iso3, sector=coding.sector)
        if ref is None:
            return False
        if pronoun_owner:  # "their countries" is one mention, not "their" + "countries"
            for i in range(start, tok.i):
                m = self.claimed.get(i)
                if m is not None and m.ref is not None and m.ref.what in PRONOUN_KINDS:
                    self.mentions.remove(m)
                    del self.claimed[i]
        self.add(start, tok.i + 1, tok.i, ref=ref)
        return True

    def _owner_sector(self, owner: int, coding: Coding) -> None:
        """ "Hamas spokesman", "the PKK's leaders": a body's people take its sector."""
        m = self.claimed.get(owner)
        if m is not None and len(m.parts) == 1:
            part = m.parts[0]
            if part.kind == "organization" and part.sector:
                coding.sector, coding.sector_generic = part.sector, False

    def _of_body(self, tok: Token, coding: Coding) -> None:
        """ "members of Congress": a body after "of" gives its sector (and country)."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    m = self.claimed.get(obj.i)
                    if obj.dep_ == "pobj" and m is not None and len(m.parts) == 1:
                        part = m.parts[0]
                        if part.kind == "organization" and part.sector:
                            coding.sector, coding.sector_generic = part.sector, False
                            if part.country and not coding.countries:
                                coding.add_country(part.country)

    def _of_countries(self, tok: Token, coding: Coding) -> None:
        """ "leaders of Russia and Turkey", "troops from Iran": countries after of/from; for
        people living somewhere, also a place of a country ("residents of the Syrian Golan
        Heights")."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    for t in [obj, *obj.conjuncts]:
                        hit = lookup_country(t.text)
                        if hit and hit.form in ("name", "alias") and t.i not in self.claimed:
                            coding.add_country(hit.country.iso3)
                            self.add(t.i, t.i + 1, t.i, [self.country_part(hit.country.iso3)])
                    if not coding.countries and coding.sector in DOMESTIC_SECTORS:
                        self._place_of(obj, coding)
                    if not coding.countries:  # "the mayor of Nablus", "the government of Sindh"
                        iso3 = self._place_within(obj)
                        if iso3:
                            coding.add_country(iso3)
                    if not coding.countries and tok.lemma_.lower() in SEATED_BODIES:
                        self._leaders_country(obj, coding)  # "the regime of Kim Jong Un"

    def _leaders_country(self, obj: Token, coding: Coding) -> None:
        """The country of a person a body is named after ("the government of X")."""
        mention = self.claimed.get(obj.i)
        person = next((p for p in mention.parts if p.kind == "person"), None) if mention else None
        if person is not None and person.country:
            coding.add_country(person.country)

    def _place_within(self, obj: Token) -> str | None:
        """The country of the first place named in a phrase ("the southern port city of
        Mombasa", "Punjab province"): a capital, or a town or region the places stage knows."""
        for t in obj.subtree:
            if t.i > obj.i + 8:
                break
            iso3 = self.place_country.get(t.i)
            if iso3:
                return iso3
            hit = lookup_country(t.text) if t.text[:1].isupper() else None
            if hit is not None and hit.form == "capital":
                return hit.country.iso3
        return None

    def _place_of(self, obj: Token, coding: Coding) -> None:
        """ "the Syrian Golan Heights", "the Kenyan coast": a place named with a demonym."""
        if obj.pos_ not in ("PROPN", "NOUN"):
            return
        for child in obj.children:
            if child.dep_ in ("amod", "compound") and child.i not in self.claimed:
                hit = lookup_country(child.text)
                if hit is not None and hit.form == "demonym":
                    coding.add_country(hit.country.iso3)
                    return

    def _in_country(self, tok: Token, coding: Coding) -> None:
        """ "rebels in Chad", "opposition groups inside Syria": groups that are not sent abroad
        belong to the country they are in."""
        preps = [c for c in tok.children if c.dep_ == "prep"]
        for verb in tok.children:  # "rebels operating in Chad", "groups based in Goma"
            if verb.dep_ == "acl" and verb.i > tok.i:
                preps.extend(c for c in verb.children if c.dep_ == "prep")
        for prep in preps:
            if prep.lower_ in ("in", "inside", "throughout", "across"):
                for obj in prep.children:
                    iso3 = self.place_country_of(obj.i) if obj.dep_ == "pobj" else None
                    if iso3:
                        coding.add_country(iso3)
                        return


def _seated(tok: Token) -> bool:
    """A body named with where it sits ("the government in Damascus"), not one of several
    ("talks between the regime and the opposition in Vienna")."""
    return tok.lemma_.lower() in SEATED_BODIES and not any(c.dep_ == "conj" for c in tok.children)


def _label(iso3: str, word: str) -> str:
    """ "Russian troops" for a country and a word ("troops from Russia, Iran and Turkey")."""
    c = country(iso3)
    return f"{c.demonyms[0] if c.demonyms else c.name} {word}"
