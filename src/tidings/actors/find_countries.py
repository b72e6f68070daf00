"""Finding countries that act: names, capitals standing for governments ("Moscow said"),
plural demonyms ("Syrians"), joined words ("U.S.-Russia"); countries and capitals named as places
("in Syria", "a curfew in Algiers") are mentions of the country itself (no sector): the event
stage decides whether such a place is a participant."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tidings.actors.context import token_countries
from tidings.actors.find_base import AGENTIVE_DEPS, FinderBase
from tidings.actors.mention import Part
from tidings.countries import is_country_code, lookup_country
from tidings.knowledge import cached_knowledge

CAPITAL_LABELS = frozenset({"GPE", "PERSON", "ORG", ""})
PARTY_STATE = re.compile(r"\b[RDI]-\s?$")  # "(R-Wis.)", "D-Calif.": a US lawmaker's party-state


class CountryFinder(FinderBase):
    """Countries named as actors."""

    def find_countries(self) -> None:
        doc = self.doc
        for i in self._country_candidates():
            tok = doc[i]
            if tok.i in self.claimed or not self.codable(tok.i) or not tok.text[:1].isupper():
                continue
            if tok.i in self.country_tokens:
                continue  # part of a name of several words ("United States"): coded whole below
            hit = lookup_country(tok.text)
            if hit is not None and self._body_named_for(tok, hit.country.iso3):
                continue
            if hit is not None and hit.form == "demonym":
                if tok.tag_ in ("NNPS", "NNS") and tok.text != hit.country.name:
                    self._people_of(tok, hit.country.iso3)
                else:
                    self._demonym_modifier(tok, tok.i, hit.country.iso3)
                continue
            if self.locative(tok):
                if hit is not None:  # "a curfew in Algiers": the place's country, for events
                    part = self.country_part(hit.country.iso3, place=True)
                    self.add(tok.i, tok.i + 1, tok.i, [part])
                continue
            if hit is not None and hit.form == "capital":
                if self.ent_label[tok.i] in CAPITAL_LABELS and tok.dep_ in AGENTIVE_DEPS | {"pobj"}:
                    part = self.country_part(hit.country.iso3, "GOV", tok.text)
                    self.add(tok.i, tok.i + 1, tok.i, [part])
                continue
            if hit is not None:
                self.add(tok.i, tok.i + 1, tok.i, [self.country_part(hit.country.iso3)])
                continue
            self._joined_countries(tok)
        self._multiword_countries()

    def find_places(self) -> None:
        """Towns and regions the places stage found ("shelling in Tel Aviv") that no finder
        took: mentions of their country, which the event stage may take as a participant."""
        text = self.doc.text
        for place in self.places:
            if not is_country_code(place.country):
                continue
            if PARTY_STATE.search(text, max(0, place.start - 4), place.start):
                continue  # "Sen. Jo Lee (R-Wis.)": the senator's state, no party to anything
            span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is None or len(span) == 0 or not self.free(span.start, span.end):
                continue
            iso3 = place.country.upper()  # type: ignore[union-attr]
            # a town stands for its people when something is done to it ("shelled Jericho")
            name = span.text
            part = Part(key=("country", iso3, "CVL", name), name=name, kind="country", country=iso3,
                        sector="CVL", place=True)  # fmt: skip
            self.add(span.start, span.end, span.root.i, [part])

    def _body_named_for(self, tok: Token, iso3: str) -> bool:
        """A body no dictionary lists whose name holds a country ("the Syrian Medical Society",
        "the Kenya Wildlife Service", "the Center for American Progress"): the body acts, of that
        country, not the country itself. The name is the named entity around ``tok``."""
        ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
        if ent is None or ent.label_ != "ORG" or len(ent) < 2 or ent.root.i == tok.i:
            return False
        start = ent.start + (ent[0].lower_ == "the")
        if ent.root.pos_ != "PROPN" or not self.free(start, ent.end):
            return False
        others = {
            hit.country.iso3
            for t in ent
            if t.i != tok.i and (hit := lookup_country(t.text)) is not None
        }
        if lookup_country(self.doc[start : ent.end].text) is not None:
            return False  # the country's own name ("the Russian Federation")
        body = self.doc[start : ent.end].text
        part = Part(key=("body", body), name=body, kind="organization",
                    country=iso3 if others <= {iso3} else None)  # fmt: skip
        self.add(start, ent.end, ent.root.i, [part])
        return True

    def _country_candidates(self) -> list[int]:
        """Tokens that may name a country: a known name form, or a joined word ("U.S.-Russia")."""
        found = set(self.tokens_with(self.lex.country_ids))
        joined = _joined_ids()
        strings = self.doc.vocab.strings
        for i, orth in enumerate(self.orth_ids):
            known = joined.get(orth)
            if known is None:
                known = joined[orth] = any(c in strings[orth] for c in "-/–")
            if known:
                found.add(i)
        return sorted(found)

    def _people_of(self, tok: Token, iso3: str) -> None:
        """ "Syrians" = Syria's civilians; "Bosnian Serbs" = Bosnia's."""
        start = tok.i
        for child in tok.children:
            hit = lookup_country(child.text) if child.dep_ in ("amod", "compound") else None
            if hit is not None and hit.form == "demonym" and self.free(child.i, tok.i):
                start, iso3 = child.i, hit.country.iso3
        name = self.doc[start : tok.i + 1].text
        country: str | None = iso3
        if any(c.lower_ == "ethnic" for c in tok.children):
            country = None  # "ethnic Albanians in Serbia": where they live decides
        part = Part(key=("group", country, "CVL", name), name=name, kind="group",
                    country=country, sector="CVL")  # fmt: skip
        self.add(start, tok.i + 1, tok.i, [part])

    def _demonym_modifier(self, tok: Token, start: int, iso3: str) -> None:
        """ "Israeli" in "Israeli air strikes", "the French proposal": the country acts (the
        phrase's noun is no actor word, else the group finder took the whole phrase). Also in a
        place phrase ("killed in Israeli air strikes", "over Syrian territory"), as for country
        names there: the event stage decides."""
        head = tok.head
        if tok.dep_ not in ("amod", "compound", "nmod") or head.i == tok.i:
            return
        if head.pos_ not in ("NOUN", "PROPN") or head.i in self.claimed:
            return
        of_head = lookup_country(head.text)
        if of_head is not None and of_head.form == "demonym":
            return  # "Bosnian Serbs", "Bosnian Serb positions": the second word decides
        if self._demonym_beside(tok.i + 1, head.i):
            return  # "Bosnian" in "Bosnian Serb positions": coded with "Serb"
        before = self._demonym_beside(start - 1, head.i)
        if before is not None and self.free(start - 1, start):
            start, iso3 = start - 1, before  # "Bosnian Serb positions": Bosnia's Serbs
        for child in tok.children:  # "Bosnian Serb positions" parsed as a chain
            hit = lookup_country(child.text) if child.dep_ in ("amod", "compound") else None
            if hit is not None and hit.form == "demonym" and self.free(child.i, start):
                start, iso3 = child.i, hit.country.iso3
        self.add(start, tok.i + 1, tok.i, [self.country_part(iso3)])

    def _demonym_beside(self, i: int, head: int) -> str | None:
        """The country of token ``i`` if it is a demonym modifying the same ``head``."""
        if i < 0 or i >= len(self.doc):
            return None
        t = self.doc[i]
        if t.head.i != head or t.dep_ not in ("amod", "compound") or not t.text[:1].isupper():
            return None
        hit = lookup_country(t.text)
        return hit.country.iso3 if hit is not None and hit.form == "demonym" else None

    def _joined_countries(self, tok: Token) -> None:
        """ "U.S.-Russia": a country mention for each part of a joined word."""
        isos = token_countries(tok, demonyms=False)
        if not isos:
            return
        offset = 0
        for piece in tok.text.replace("/", "-").replace("–", "-").split("-"):
            hit = lookup_country(piece) if piece else None
            if hit and hit.form in ("name", "alias"):
                cs = tok.idx + offset
                self.add(tok.i, tok.i + 1, tok.i, [self.country_part(hit.country.iso3)],
                         chars=(cs, cs + len(piece)))  # fmt: skip
            offset += len(piece) + 1

    def _multiword_countries(self) -> None:
        """Names of several words ("South Korea", "United States")."""
        for span in self.country_spans:
            if not self.free(span.start, span.end):
                continue
            hit = lookup_country(span.text)
            if hit is None:
                continue
            if self.locative(span.root):  # "in Sierra Leone": the place's country, for events
                if hit.form != "demonym":
                    part = self.country_part(hit.country.iso3, place=True)
                    self.add(span.start, span.end, span.root.i, [part])
                continue
            if hit.form == "demonym":  # "the South Korean navy" was taken by the group finder
                self._demonym_modifier(span.root, span.start, hit.country.iso3)
                continue
            sector = "GOV" if hit.form == "capital" else None
            name = span.text if hit.form == "capital" else None
            self.add(span.start, span.end, span.root.i,
                     [self.country_part(hit.country.iso3, sector, name)])  # fmt: skip


@cached_knowledge
def _joined_ids() -> dict[int, bool]:
    """Whether a token string (by id) holds a joiner ("U.S.-Russia"), as found so far."""
    return {}
