"""Finding people: names (listed or tagged), bare surnames, and the titles, countries and
appositives around them ("U.S. Secretary of State Rex Tillerson", "Kosachyov, a lawmaker")."""

from __future__ import annotations

from datetime import date

from spacy.strings import hash_string
from spacy.tokens import Span, Token
from spacy.util import filter_spans

from tidings.actors.context import (
    POSSESSIVE,
    Coding,
    code_words,
    finish,
    np_start,
    possessor_of,
    token_countries,
)
from tidings.actors.find_base import AGENTIVE_DEPS, FinderBase
from tidings.actors.lexicon import Person
from tidings.actors.mention import Part
from tidings.countries import lookup_country

PERSON_LABELS = frozenset({"PERSON", "ORG", "NORP", ""})
# titles written after the name of a field: "Planning and Investment Minister"
PORTFOLIO_TITLES = frozenset({"minister", "ministers", "secretary", "commissioner"})
NOT_PORTFOLIO_LABELS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "GPE"})


class PeopleFinder(FinderBase):
    """People and the words describing them."""

    _appos_spans: dict[int, tuple[int, int, int]]

    def _body_of(self, appos: Token, coding: Coding) -> None:
        """A listed body an appositive's title is "of" ("the head of the armed wing of the SDF",
        "a commander of Hamas") gives its country, and its sector unless the title has
        one of its own."""
        spans = {sp.root.i: sp for sp in self.named_spans}
        token, hops = appos, 0
        while hops < 3:
            prep = next(
                (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for")),
                None,
            )
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if obj is None:
                return
            if obj.pos_ == "PROPN" and not coding.countries:
                # "chief negotiator for the Syrian opposition council": a body's country
                for word in (*obj.lefts, obj):
                    for iso3 in token_countries(word):
                        coding.add_country(iso3)
            span = spans.get(obj.i)
            if span is not None:
                entry = self.lex.named[span.text]
                if entry.party:
                    return
                if entry.country and not coding.countries:
                    coding.add_country(entry.country)
                if entry.sector and (coding.sector is None or coding.sector_generic):
                    coding.sector, coding.sector_generic = entry.sector, False
                return
            token, hops = obj, hops + 1

    def _titled_names(self) -> list[Span]:
        """Full names spaCy left untagged or took for a body that an appositive describes as a
        person ("Maya Foa, director of X, said"): two or more proper nouns."""
        doc, lex = self.doc, self.lex
        found = []
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "ORG"):
                continue  # untagged, or taken for a body ("Ilse Vrba, director of X")
            appos = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
            if appos is None:
                continue
            word = appos.lemma_.lower()
            agent = lex.agents.get(word)
            if word not in lex.titles and (agent is None or agent.kind != "person"):
                continue
            start = tok.i
            while (
                start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].dep_ in ("compound", "flat")
                and doc[start - 1].ent_type_ == tok.ent_type_
                and doc[start - 1].text[:1].isupper()
            ):
                start -= 1
            if start < tok.i:
                found.append(doc[start : tok.i + 1])
        return found

    def _names_country(self, start: int, end: int) -> bool:
        return any(token_countries(self.doc[i]) for i in range(start, end))

    def find_people(self) -> None:
        doc, lex = self.doc, self.lex
        spans = filter_spans(
            [Span(doc, s, e) for _, s, e in lex.people_matcher(doc)]
            + [e for e in doc.ents if e.label_ == "PERSON"]
            + self._titled_names()
        )
        for span in spans:
            start, end = span.start, span.end
            while start < end:
                if start in self.phrases and self.phrases[start][1] in lex.titles:
                    start = min(self.phrases[start][0], end)  # "Crown Prince X" tagged as one
                elif (
                    doc[start].text.lower() in lex.titles
                    or doc[start].text.lower() in lex.modifiers
                    or (start < end - 1 and self._role_word(doc[start]))
                ):
                    start += 1  # "President Trump", "Journalist Ana Ruiz" tagged as one PERSON
                else:
                    break
            while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
                end -= 1
            if start >= end or not self.free(start, end) or "\n" in doc[start:end].text:
                continue
            while (
                start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].dep_ == "compound"
                and start - 1 not in self.claimed
                and self._plain_name_word(doc[start - 1])
                and not (start > 1 and doc[start - 2].lower_ in ("of", "for"))  # a portfolio
            ):
                start -= 1  # "Mehmet" in "Mehmet Demir" when only "Demir" was tagged
            text = doc[start:end].text
            if doc[start].pos_ not in ("PROPN", "NOUN") and not doc[start].is_title:
                continue
            if text not in lex.person_keys and (
                any(i in self.country_tokens or i in self.named_tokens for i in range(start, end))
                or (
                    end - start == 1
                    and start in self.place_country
                    and not self._titled(span.start, start)
                )
                or lookup_country(text)
                or text in lex.named
                or all(lookup_country(doc[i].text) for i in range(start, end))
            ):
                continue  # "Sri Lanka", "Yerevan", "Bosnian Serbs" tagged as people
            labels = {self.ent_label[i] for i in range(start, end)}
            if "GPE" in labels and text in lex.person_keys and not self.locative(doc[end - 1]):
                labels.discard("GPE")  # "Erdogan's envoy" tagged as a place
            if labels - PERSON_LABELS:
                continue  # "May 3" is a date
            head = doc[start:end].root.i
            known = lex.person_keys.get(text)
            person: Person | None = None
            surname = False
            if known:
                canonical, full = known
                if full:
                    person = lex.people[canonical]
                else:
                    person = self._pick_owner(text)
                    surname = True
            elif end - start == 1 and doc[head].dep_ not in AGENTIVE_DEPS:
                continue  # a lone capitalised word ("on Twitter") is no one we know
            coding, title_start = self.person_context(head, start)
            parts = [self.person_part(text, person, coding, surname)]
            if not self.free(title_start, start):
                title_start = start
            self.add(title_start, end, head, parts)
            if head in self._appos_spans:  # "a senior lawmaker" names the same person
                a_start, a_end, a_head = self._appos_spans.pop(head)
                if a_end <= title_start or a_start >= end:  # not the title words again
                    self.add(a_start, a_end, a_head, [parts[0]])
        self._inherit_conj_titles()

    def _titled(self, span_start: int, start: int) -> bool:
        """Whether a title stands before a name ("King Hassan"), inside the tagged span or
        before it: then a name that is also a place ("Hassan") is the person."""
        before = self.doc[start - 1].lower_ if start > 0 else ""
        return span_start < start or before in self.lex.titles

    def _plain_name_word(self, tok: Token) -> bool:
        low = tok.lower_
        return tok.is_title and not (
            low in self.lex.titles or low.rstrip("s") in self.lex.titles
            or low in self.lex.modifiers or token_countries(tok) or tok.text in self.lex.named
            or self._role_word(tok)
        )  # fmt: skip

    def _role_word(self, tok: Token) -> bool:
        """A singular word for a kind of person ("journalist", "lawyer", "critic"): written
        before a name it describes its bearer ("Critic Jan Olsen"), as a title does."""
        if tok.tag_ in ("NNS", "NNPS"):
            return False
        word = self.lex.agent_word(tok.lower_, tok.lower_)
        return word is not None and self.lex.agents[word].kind == "person"

    def find_surnames(self) -> None:
        """ "Lavoie" after "Robert Lavoie", even where the tagger missed it."""
        last_words = {
            self.doc[m.end - 1].text
            for m in self.mentions
            if m.parts
            and m.parts[0].kind == "person"
            and m.end - m.start > 1
            and self.doc[m.end - 1].text == m.parts[0].name.split()[-1]  # not an appositive
        }
        for i in self.tokens_with({hash_string(w) for w in last_words}, orth=True):
            tok = self.doc[i]
            if tok.pos_ == "PROPN" and self.free(tok.i, tok.i + 1):
                if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                    continue
                part = Part(key=("surname", tok.text), name=tok.text, kind="person", surname=True)
                self.add(tok.i, tok.i + 1, tok.i, [part])

    def _pick_owner(self, alias: str) -> Person | None:
        """The listed person a bare surname names: the only one holding a role at the date."""
        names = self.lex.alias_owners.get(alias, ())
        people = [self.lex.people[n] for n in names]
        if self.published is not None:
            holding = [p for p in people if p.role_at(self.published)]
            return holding[0] if len(holding) == 1 else None
        return people[0] if len(people) == 1 else None

    def person_context(self, head: int, name_start: int) -> tuple[Coding, int]:
        """Titles, countries and parties before the name and in an appositive beside it."""
        doc = self.doc
        coding = Coding()
        left = self._title_start(name_start)
        if left < name_start:
            code_words(
                self.lex, doc, left, name_start, coding, phrases=self.phrases,
                multiword=self.multiword,
            )  # fmt: skip
            owner = possessor_of(doc, left, name_start)
            if owner is not None and not coding.countries:
                coding.owner = owner
            self._body_before(left, name_start, coding)
        for prep in doc[head].children:  # "Ahmed Saleh of Egypt"
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from") and not coding.countries:
                for obj in prep.children:
                    iso3 = self.place_country_of(obj.i) if obj.dep_ == "pobj" else None
                    if iso3 is not None:
                        coding.add_country(iso3)
        appos = self._appositive(doc[head])
        if appos is not None:
            a_start = np_start(appos)
            a_end = appos.right_edge.i + 1
            if appos.i < name_start:
                a_end = min(a_end, name_start)
            while a_end > appos.i + 1 and doc[a_end - 1].is_punct:
                a_end -= 1
            owner = possessor_of(doc, a_start, appos.i)
            if (
                owner is not None
                and doc[owner].pos_ == "PRON"
                and self._names_country(owner + 1, appos.i)
            ):
                owner = None  # "his US counterpart, X": the words say X's country
            before = list(coding.countries)
            code_words(
                self.lex, doc, a_start, a_end, coding, phrases=self.phrases,
                countries=owner is None, multiword=self.multiword if owner is None else None,
            )  # fmt: skip
            if owner is not None and not before:
                coding.owner = owner  # "Putin's Syria envoy": Putin's country
                hit = lookup_country(doc[owner].text)
                if hit is not None and hit.form in ("name", "alias"):  # "Belgium's minister, X"
                    coding.add_country(hit.country.iso3)
                self._body_before(doc[owner].left_edge.i, owner + 1, coding)  # "Hamas's leader, X"
            if not coding.countries or coding.sector is None or coding.sector_generic:
                self._body_of(appos, coding)  # "X, the chair of the SDF's political wing"
            check_from = owner + 2 if owner is not None and owner + 2 <= appos.i else a_start
            if self.free(check_from, a_end):  # the owner ("Putin's") may be a mention already
                self._appos_spans[head] = (a_start, a_end, appos.i)
        return coding, left

    _appos_spans: dict[int, tuple[int, int, int]]

    def _body_before(self, left: int, name_start: int, coding: Coding) -> None:
        """ "Hamas leader Ismail Haniyeh", "NATO Secretary-General ...": the body the title is of
        gives the country, and its sector unless the title says more than "government"."""
        for span in self.named_spans:
            if span.start < left or span.end > name_start:
                continue
            entry = self.lex.named[span.text]
            if entry.party:
                continue
            if entry.country and not coding.countries:
                coding.add_country(entry.country)
            if entry.sector and (coding.sector is None or coding.sector == "GOV"):
                coding.sector, coding.sector_generic = entry.sector, False
            return

    def _title_start(self, name_start: int) -> int:
        """Where the words before a name that describe its bearer begin: "U.S. Secretary of
        State" in "U.S. Secretary of State Rex Tillerson", "Republican Senators"."""
        doc, lex = self.doc, self.lex
        i = name_start
        portfolio = False  # after "Minister": "Planning and Investment Minister"
        while i > 0:
            if i in self.phrase_ends:  # "Foreign Minister", "Secretary of State"
                portfolio = doc[i - 1].lower_ in PORTFOLIO_TITLES
                i = self.phrase_ends[i]
                continue
            if i in self.named_ends and i < name_start and self._title_at(i):
                i = self.named_ends[i]  # "Hamas leader", "Arab League Secretary-General"
                continue
            tok = doc[i - 1]
            low = tok.lower_
            if portfolio and self._portfolio_word(tok):
                i -= 1
                continue
            portfolio = low in PORTFOLIO_TITLES
            if (
                low in lex.titles
                or tok.lemma_.lower() in lex.titles
                or low.rstrip("s") in lex.titles
                or low in lex.modifiers
                or (tok.text in lex.named and lex.named[tok.text].party)
                or token_countries(tok)
                or (tok.text in POSSESSIVE and i - 1 > 0)
                or (
                    tok.is_title
                    and tok.pos_ == "PROPN"
                    and i > 1
                    and doc[i - 2].lower_ in ("of", "for")
                )
                or (low in ("of", "for", "-") and i - 1 > 0 and i < name_start)
                or (tok.i in self.place_country and i < name_start)  # "Ohio Gov. X", not "Paris X"
                or (  # "oil" in "Russian oil official X": a field of the title after it
                    i < name_start
                    and tok.pos_ == "NOUN"
                    and tok.is_lower
                    and tok.dep_ == "compound"
                    and i <= tok.head.i < name_start
                )
            ):
                i -= 1
                continue
            if tok.i in self.claimed and doc[i].text in POSSESSIVE:
                i -= 1
                continue
            if (
                i == name_start
                and self._role_word(tok)
                and tok.dep_ == "compound"
                and tok.head.i >= name_start
            ):
                i -= 1  # "lawyer" in "lawyer Ana Ruiz"
                continue
            if i < name_start and self._body_before_title(tok, i):
                i -= 1  # "parliament" in "German parliament speaker", "National Assembly"
                continue
            break
        while (i < name_start and doc[i].lower_ in ("of", "for", "-")) or (
            i < name_start and doc[i].text in POSSESSIVE
        ):
            i += 1
        return i

    def _body_before_title(self, tok: Token, i: int) -> bool:
        """Whether ``tok`` belongs to a body before a title: "parliament" in "German parliament
        speaker"; "Assembly", then "National", in "National Assembly president"."""
        if self._title_at(i):
            return self._body_word(tok)
        return (
            self._body_word(self.doc[i])
            and tok.is_title
            and tok.pos_ == "PROPN"
            and not token_countries(tok)
        )

    def _body_word(self, tok: Token) -> bool:
        """A word naming a kind of body ("parliament", "Assembly", "army")."""
        word = self.lex.agent_word(tok.lemma_.lower(), tok.lower_)
        agent = self.lex.agents.get(word) if word else None
        return agent is not None and agent.kind == "organization" and tok.pos_ in ("NOUN", "PROPN")

    def _portfolio_word(self, tok: Token) -> bool:
        """A capitalised word naming a minister's field ("Planning", "Defence"), or "and"
        between two of them."""
        if tok.lower_ in ("and", "&"):
            return tok.i > 0 and self.doc[tok.i - 1].is_title
        return (
            tok.is_title
            and tok.pos_ in ("PROPN", "NOUN", "ADJ")
            and self.ent_label[tok.i] not in NOT_PORTFOLIO_LABELS
            and not (tok.is_sent_start or tok.text in self.lex.named)
        )

    def _title_at(self, i: int) -> bool:
        low = self.doc[i].lower_
        return i in self.phrases or low in self.lex.titles or low.rstrip("s") in self.lex.titles

    def _appositive(self, token: Token) -> Token | None:
        """The descriptive noun beside a name: "Konstantin Kosachyov, a lawmaker" or "a senior
        lawmaker, Konstantin Kosachyov" (either may head the other)."""
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                return child
        if token.dep_ == "appos" and token.head.pos_ == "NOUN":
            return token.head
        return None

    def person_part(self, text: str, person: Person | None, coding: Coding, surname: bool) -> Part:
        finish(coding)
        country_code = coding.countries[0] if coding.countries else None
        sector = coding.sector
        titles = set(coding.titles)
        gender = coding.gender
        if person is not None:
            nearest = person.nearest_role(self.published)
            # with no date, a listed person is taken in the latest role the words around the name
            # fit ("General David Petraeus": his army command, not the later CIA), else the latest
            role = person.role_at(self.published) if self.published else nearest
            if not self.published and coding.sector and not coding.sector_generic:
                fitting = [r for r in person.roles if r.sector == coding.sector]
                if fitting:
                    role = max(fitting, key=lambda r: r.start or date.min)
            country_code = (role or nearest).country if not coding.countries else country_code
            if role is not None and not coding.former:
                sector = role.sector
                titles.add(role.title)
            gender = gender or person.gender or self.lex.first_names.get(person.name.split()[0])
            key: tuple[str | None, ...] = ("person", person.name)
            name = person.name
        else:
            key = ("surname" if surname else "person", text)
            name = text
            words = text.split()
            if gender is None and len(words) > 1:  # "Maria Petrova", "Deputy Maria Petrova": she
                gender = next(
                    (self.lex.first_names[w] for w in words[:-1] if w in self.lex.first_names), None
                )
            if country_code is None and surname:  # "Bush": every listed Bush is American
                owners = {self.lex.people[n].nearest_role(self.published).country
                          for n in self.lex.alias_owners.get(text, ())}  # fmt: skip
                country_code = owners.pop() if len(owners) == 1 else None
        return Part(
            key=key, name=name, kind="person", country=country_code, sector=sector,
            titles=frozenset(titles), gender=gender,
            owner=coding.owner if not coding.countries else None, foreign=coding.foreign,
            surname=surname or (person is None and len(text.split()) == 1),
        )  # fmt: skip

    def _inherit_conj_titles(self) -> None:
        """ "Senators John McCain and Lindsey Graham": the second name shares the first's title."""
        by_head = {m.head: m for m in self.mentions if m.parts and m.parts[0].kind == "person"}
        for m in list(by_head.values()):
            tok = self.doc[m.head]
            if tok.dep_ != "conj" or tok.head.i not in by_head:
                continue
            first, part = by_head[tok.head.i].parts[0], m.parts[0]
            if part.sector is None and not part.titles and first.titles:
                part.sector = first.sector if part.country in (None, first.country) else None
                part.titles = first.titles
                part.country = part.country or first.country
