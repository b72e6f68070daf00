"""Finding actor mentions in a parsed document: people, named bodies, countries, groups, and the
pronouns and descriptions that coreference will resolve."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from tidings.actors.context import (
    POSSESSIVE,
    Coding,
    code_words,
    find_phrases,
    finish,
    np_start,
    possessor_of,
    token_countries,
)
from tidings.actors.lexicon import Person, lexicon
from tidings.actors.mention import Mention, Part, Ref
from tidings.countries import country, lookup_country

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
AGENTIVE_DEPS = SUBJECT_DEPS | {"poss", "appos", "conj", "dobj", "dative", "compound"}
# prepositions after which a country is a place, not an actor ("talks in Syria")
LOCATIVE = frozenset(
    {"in", "at", "near", "inside", "within", "throughout", "across", "around", "outside", "into",
     "over", "about", "regarding", "through", "beyond", "along"}
)  # fmt: skip
ORG_LABELS = frozenset({"ORG", "NORP", "FAC", "GPE"})
PERSON_LABELS = frozenset({"PERSON", "ORG", "NORP", ""})
CAPITAL_LABELS = frozenset({"GPE", "PERSON", "ORG", ""})
PRONOUNS = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
    "they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they",
    "its": "it",
}  # fmt: skip
PRONOUN_KINDS = frozenset(PRONOUNS.values())
PLURAL_DETS = frozenset({"the", "both", "these", "those", "their"})
COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}
COUNTRY_HEADS = frozenset({"country", "nation", "government", "state", "side", "capital"})
DEFINITE_DETS = frozenset({"the", "that", "this"})


class Finder:
    """Collects the mentions of one document (use :func:`find_mentions`)."""

    def __init__(
        self, doc: Doc, published: date | None, codable: Callable[[int, int], bool]
    ) -> None:
        self.doc, self.published, self.lex = doc, published, lexicon()
        self.claimed: dict[int, Mention] = {}
        self.mentions: list[Mention] = []
        self.sent_of: dict[int, int] = {}
        self.sent_start: dict[int, int] = {}
        self.phrases = find_phrases(self.lex, doc)
        self.phrase_ends = {e: s for s, (e, _) in self.phrases.items()}
        self.ent_label = [""] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_label[i] = ent.label_
        self.codable_tok = [True] * len(doc)
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n
                self.sent_start[i] = sent.start
        for tok in doc:
            self.codable_tok[tok.i] = codable(tok.idx, tok.idx + max(len(tok.text), 1))

    # -- bookkeeping -------------------------------------------------------------------------
    def free(self, start: int, end: int) -> bool:
        return all(i not in self.claimed and self.codable_tok[i] for i in range(start, end))

    def add(
        self,
        start: int,
        end: int,
        head: int,
        parts: list[Part] | None = None,
        ref: Ref | None = None,
        chars: tuple[int, int] | None = None,
    ) -> Mention:
        doc = self.doc
        cs, ce = chars or (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        mention = Mention(
            start=start, end=end, head=head, char_start=cs, char_end=ce,
            sent=self.sent_of[head], sent_start=self.sent_start[head],
            subject=doc[head].dep_ in SUBJECT_DEPS,
            parts=parts or [], ref=ref,
        )  # fmt: skip
        self.mentions.append(mention)
        for i in range(start, end):
            self.claimed.setdefault(i, mention)
        return mention

    # -- steps ---------------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        self.find_people()
        self.find_surnames()
        self.find_named()
        self.find_pronouns()
        self.find_groups()
        self.find_countries()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return self.mentions

    def find_people(self) -> None:
        doc, lex = self.doc, self.lex
        spans = filter_spans(
            [Span(doc, s, e) for _, s, e in lex.people_matcher(doc)]
            + [e for e in doc.ents if e.label_ == "PERSON"]
        )
        for span in spans:
            start, end = span.start, span.end
            while start < end and (
                doc[start].text.lower() in lex.titles or doc[start].text.lower() in lex.modifiers
            ):
                start += 1  # "President Trump" tagged as one PERSON
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
            ):
                start -= 1  # "Mehmet" in "Mehmet Demir" when only "Demir" was tagged
            text = doc[start:end].text
            if doc[start].pos_ not in ("PROPN", "NOUN") and not doc[start].is_title:
                continue
            if text not in lex.person_keys and (lookup_country(text) or text in lex.named):
                continue  # "Sri Lanka", "Yerevan" tagged as people
            labels = {self.ent_label[i] for i in range(start, end)}
            if "GPE" in labels and text in lex.person_keys and not self._locative(doc[end - 1]):
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
                self.add(a_start, a_end, a_head, [parts[0]])
        self._inherit_conj_titles()

    def _plain_name_word(self, tok: Token) -> bool:
        low = tok.lower_
        return tok.is_title and not (
            low in self.lex.titles or low.rstrip("s") in self.lex.titles
            or low in self.lex.modifiers or token_countries(tok) or tok.text in self.lex.named
        )  # fmt: skip

    def find_surnames(self) -> None:
        """ "Lavoie" after "Robert Lavoie", even where the tagger missed it."""
        last_words = {
            self.doc[m.end - 1].text
            for m in self.mentions
            if m.parts and m.parts[0].kind == "person" and m.end - m.start > 1
        }
        for tok in self.doc:
            if tok.text in last_words and tok.pos_ == "PROPN" and self.free(tok.i, tok.i + 1):
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
            code_words(self.lex, doc, left, name_start, coding, phrases=self.phrases)
            owner = possessor_of(doc, left, name_start)
            if owner is not None and not coding.countries:
                coding.owner = owner
        for prep in doc[head].children:  # "Ahmed Saleh of Egypt"
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from") and not coding.countries:
                for obj in prep.children:
                    hit = lookup_country(obj.text) if obj.dep_ == "pobj" else None
                    if hit is not None and hit.form in ("name", "alias"):
                        coding.add_country(hit.country.iso3)
        appos = self._appositive(doc[head])
        if appos is not None:
            a_start = np_start(appos)
            a_end = appos.right_edge.i + 1
            if appos.i < name_start:
                a_end = min(a_end, name_start)
            while a_end > appos.i + 1 and doc[a_end - 1].is_punct:
                a_end -= 1
            owner = possessor_of(doc, a_start, appos.i)
            before = list(coding.countries)
            code_words(
                self.lex, doc, a_start, a_end, coding, phrases=self.phrases,
                countries=owner is None,
            )  # fmt: skip
            if owner is not None and not before:
                coding.owner = owner  # "Putin's Syria envoy": Putin's country
            check_from = owner + 2 if owner is not None and owner + 2 <= appos.i else a_start
            if self.free(check_from, a_end):  # the owner ("Putin's") may be a mention already
                self._appos_spans[head] = (a_start, a_end, appos.i)
        return coding, left

    _appos_spans: dict[int, tuple[int, int, int]]

    def _title_start(self, name_start: int) -> int:
        """Where the words before a name that describe its bearer begin: "U.S. Secretary of
        State" in "U.S. Secretary of State Rex Tillerson", "Republican Senators"."""
        doc, lex = self.doc, self.lex
        i = name_start
        while i > 0:
            if i in self.phrase_ends:  # "Foreign Minister", "Secretary of State"
                i = self.phrase_ends[i]
                continue
            tok = doc[i - 1]
            low = tok.lower_
            if (
                low in lex.titles
                or tok.lemma_.lower() in lex.titles
                or low.rstrip("s") in lex.titles
                or low in lex.modifiers
                or (tok.text in lex.named and lex.named[tok.text].party)
                or token_countries(tok)
                or (tok.text in POSSESSIVE and i - 1 > 0)
                or (tok.is_title and tok.pos_ == "PROPN" and i > 1 and doc[i - 2].lower_ == "of")
                or (low in ("of", "-") and i - 1 > 0 and i < name_start)
            ):
                i -= 1
                continue
            if tok.i in self.claimed and doc[i].text in POSSESSIVE:
                i -= 1
                continue
            break
        while (i < name_start and doc[i].lower_ in ("of", "-")) or (
            i < name_start and doc[i].text in POSSESSIVE
        ):
            i += 1
        return i

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
            role = person.role_at(self.published)
            nearest = person.nearest_role(self.published)
            country_code = (role or nearest).country if not coding.countries else country_code
            if role is not None and not coding.former:
                sector = role.sector
                titles.add(role.title)
            gender = gender or person.gender
            key: tuple[str | None, ...] = ("person", person.name)
            name = person.name
        else:
            key = ("surname" if surname else "person", text)
            name = text
        return Part(
            key=key, name=name, kind="person", country=country_code, sector=sector,
            titles=frozenset(titles), gender=gender,
            owner=coding.owner if not coding.countries else None,
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

    def find_named(self) -> None:
        doc, lex = self.doc, self.lex
        for span in filter_spans([Span(doc, s, e) for _, s, e in lex.named_matcher(doc)]):
            entry = lex.named[span.text]
            if not self.free(span.start, span.end):
                continue
            if entry.needs_ner and not any(
                self.ent_label[i] in ORG_LABELS for i in range(span.start, span.end)
            ):
                continue
            head = span.root
            modifier = head
            while modifier.dep_ == "conj" and modifier.head.i != modifier.i:
                modifier = modifier.head
            if (
                entry.party
                and modifier.dep_ in ("amod", "compound")
                and modifier.head.pos_
                in (
                    "NOUN",
                    "PROPN",
                )
            ):
                continue  # "Republican senators": the party word codes the senators
            part = Part(
                key=("named", entry.name), name=entry.name, kind=entry.kind,
                country=entry.country, sector=entry.sector,
            )  # fmt: skip
            self.add(span.start, span.end, head.i, [part])

    def find_groups(self) -> None:
        """Noun phrases headed by an actor word: "Russian forces", "the two leaders"."""
        doc, lex = self.doc, self.lex
        multi = {}
        for s, (e, text) in self.phrases.items():
            if text in lex.agents:
                multi[doc[s:e].root.i] = text
        for tok in doc:
            word = multi.get(tok.i) or tok.lemma_.lower()
            agent = lex.agents.get(word) or lex.agents.get(tok.text.lower())
            if agent is None or tok.pos_ not in ("NOUN", "PROPN", "NUM"):
                continue
            if tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # a modifier: its head is the actor word
            if tok.i in self.claimed or not self.codable_tok[tok.i]:
                continue
            self.code_group(tok, word)
        for tok in doc:  # "the two", "both" alone
            if (
                tok.lower_ in ("two", "both")
                and tok.dep_ in SUBJECT_DEPS | {"pobj", "dobj"}
                and tok.i not in self.claimed
                and self.codable_tok[tok.i]
            ):
                start = np_start(tok)
                ref = Ref("plural", head="two", count=2, person=True)
                self.add(start, tok.i + 1, tok.i, ref=ref)

    def code_group(self, tok: Token, word: str) -> None:
        doc, lex = self.doc, self.lex
        agent = lex.agents[word]
        start = np_start(tok)
        owner = possessor_of(doc, start, tok.i)
        if owner is None:  # "Trump aides", "the Kremlin spokesman"
            owner = next(
                (c.i for c in tok.children if c.dep_ in ("compound", "nmod") and c.i in self.claimed
                 and self.claimed[c.i].parts),
                None,
            )  # fmt: skip
        skip = set(self.claimed)
        coding = code_words(lex, doc, start, tok.i + 1, Coding(), phrases=self.phrases, skip=skip)
        if owner is not None and coding.countries and doc[owner].pos_ == "PROPN":
            coding.countries = []  # "Putin's Syria envoy": the owner decides, Syria is the topic
            code_words(
                lex, doc, start, tok.i + 1, coding, phrases=self.phrases, skip=skip,
                countries=False,
            )  # fmt: skip
        plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("two", "both")
        dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "poss", "nummod")}
        pronoun_owner = owner is not None and doc[owner].lower_ in PRONOUNS
        if not coding.countries and (owner is None or pronoun_owner):
            self._of_countries(tok, coding)
        if coding.sector is None:
            self._of_body(tok, coding)
        finish(coding)
        if self._reference(tok, start, word, dets, plural, coding, pronoun_owner):
            return
        if coding.sector is None and not coding.countries:
            return  # "partners", "Russia's ally": nothing to code
        if coding.sector_generic and not coding.countries and owner is None:
            return  # "officials", "people" with nothing else said of them
        if any(c.dep_ == "appos" and c.i in self.claimed for c in tok.children):
            return  # "a lawmaker, Konstantin Kosachyov": coded with the person
        if tok.dep_ == "appos" and tok.head.i in self.claimed:
            return
        kind = "group" if plural else ("person" if agent.kind == "person" else "organization")
        countries: list[str | None] = list(coding.countries) or [None]
        name = self._np_text(start, tok.i + 1)
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
                owner=owner if iso3 is None else None,
            ))  # fmt: skip
        self.add(start, tok.i + 1, tok.i, parts)

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
        definite = bool(dets & (PLURAL_DETS | DEFINITE_DETS)) or count is not None
        ref: Ref | None = None
        if plural and not coding.countries and (definite or pronoun_owner):
            if person or word in COUNTRY_HEADS:
                ref = Ref("plural", head=word, count=count, person=person)
        elif (
            not plural
            and word in COUNTRY_HEADS
            and not coding.countries
            and (definite or pronoun_owner)
        ):
            ref = Ref("definite", head=word, person=False, sector=agent.sector)
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
        """ "leaders of Russia and Turkey", "troops from Iran": countries after of/from."""
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

    def country_part(self, iso3: str, sector: str | None = None, name: str | None = None) -> Part:
        return Part(
            key=("country", iso3, sector), name=name or country(iso3).name, kind="country",
            country=iso3, sector=sector,
        )  # fmt: skip

    def find_countries(self) -> None:
        doc = self.doc
        for tok in doc:
            if tok.i in self.claimed or not self.codable_tok[tok.i] or not tok.text[:1].isupper():
                continue
            hit = lookup_country(tok.text)
            if hit is not None and hit.form == "demonym":
                if tok.tag_ in ("NNPS", "NNS") and tok.text != hit.country.name:
                    part = Part(key=("group", hit.country.iso3, "CVL", tok.text), name=tok.text,
                                kind="group", country=hit.country.iso3, sector="CVL")  # fmt: skip
                    self.add(tok.i, tok.i + 1, tok.i, [part])
                continue
            if self._locative(tok):
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
        doc = self.doc
        for span in filter_spans([Span(doc, s, e) for _, s, e in self.lex.country_matcher(doc)]):
            if len(span) < 2 or not self.free(span.start, span.end):
                continue
            hit = lookup_country(span.text)
            if hit is None or self._locative(span.root):
                continue
            if hit.form == "demonym":
                continue
            sector = "GOV" if hit.form == "capital" else None
            name = span.text if hit.form == "capital" else None
            self.add(span.start, span.end, span.root.i,
                     [self.country_part(hit.country.iso3, sector, name)])  # fmt: skip

    def _locative(self, tok: Token) -> bool:
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("compound", "nmod") and t.head.dep_ == "pobj":
            return False
        return t.dep_ == "pobj" and t.head.lower_ in LOCATIVE

    def find_pronouns(self) -> None:
        for tok in self.doc:
            what = PRONOUNS.get(tok.lower_)
            if what and tok.i not in self.claimed and self.codable_tok[tok.i]:
                self.add(tok.i, tok.i + 1, tok.i, ref=Ref(what))

    def _np_text(self, start: int, end: int) -> str:
        while start < end - 1 and self.doc[start].lower_ in {*PRONOUNS, "our", "my", "your"}:
            start += 1
        return self.doc[start:end].text


def _label(iso3: str, word: str) -> str:
    """ "Russian troops" for a country and a word ("troops from Russia, Iran and Turkey")."""
    c = country(iso3)
    return f"{c.demonyms[0] if c.demonyms else c.name} {word}"


def find_mentions(
    doc: Doc, published: date | None, codable: Callable[[int, int], bool]
) -> list[Mention]:
    finder = Finder(doc, published, codable)
    finder._appos_spans = {}
    return finder.run()
