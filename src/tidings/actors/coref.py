"""Within-document coreference: pronouns, definite descriptions and plural descriptions.

Rules, in order of trust:
- he/she/his/her: the nearest person of compatible gender (a person a "she" stood for is a
  woman from then on, a "he" a man), preferring a subject of the same
  sentence, then the same sentence (not inside a subjectless phrase fronted before a subject
  pronoun: "asked about Lee, he said"), then a subject of the two sentences before (in the
  nearest such sentence, the subject of its main verb first); else, up to six sentences back,
  the only person who fits, unless a name no stage recognised stands between;
- its: the nearest country or organization in the same or the previous sentence; it: a subject
  country or organization of its own sentence if "it" is a subject too, else as "its" if that is a
  subject or no other thing stands between ("the ministry condemned the strike; it killed..." is
  the strike);
- they/their/them: the nearest plural antecedent ("Trump and Putin", "the two leaders", "rebels"),
  unless a plural noun that is no actor stands closer in the sentence ("emails ... them");
  a subject "they" with none is its sentence's subject country or body ("the US said they ...");
- "the Russian president": the latest person with that title (and country);
  "the country": the latest country; "the government": that country's government;
  "the regime", "the administration": the latest body named with that word ("the Assad regime");
- "the two leaders", "both countries": the persons (or their countries) of the current sentence,
  else the latest plural antecedent, else the latest distinct persons (countries); "the
  militants", named nowhere before, a group of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from tidings.actors.mention import Mention, Ref
from tidings.countries import is_country_code

PERSON_WINDOW = 2  # sentences back for he/she
FAR_PERSON_WINDOW = 6  # … and for the only person of that gender, if none is nearer
PLURAL_WINDOW = 3
THING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # nouns "it" may stand for
# "the group", "the movement": never a state's own body (its army, ministry, police, courts)
NON_STATE_HEADS = frozenset({"group", "organization", "organisation", "movement", "faction"})
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


@dataclass(frozen=True, slots=True)
class Info:
    """What coreference needs to know about an actor."""

    kind: str
    country: str | None
    gender: str | None
    titles: frozenset[str]
    sector: str | None = None  # a country actor with a sector is a town's people ("Jericho")


@dataclass(frozen=True, slots=True)
class Antecedent:
    pos: int  # head token
    sent: int
    subject: bool
    ids: tuple[str, ...]
    plural: bool


class Resolver:
    def __init__(
        self,
        doc: Doc,
        info: Callable[[str], Info],
        country_actor: Callable[[str, str | None, str | None], str],
        new_actor: Callable[[Ref, str | None], str],
    ) -> None:
        """``info(id)`` describes an actor; ``country_actor(iso3, sector, head)`` gets or makes
        the actor for a country (or its government); ``new_actor(ref, country)`` makes an actor
        for a description that names no one seen before."""
        self.doc, self.info = doc, info
        self.country_actor, self.new_actor = country_actor, new_actor
        self.seen: list[Antecedent] = []
        self.sent_start: dict[int, int] = {}  # a mention's head -> its sentence's first token
        self.learned_gender: dict[str, str] = {}  # a person of unknown gender a he/she named

    def run(self, mentions: list[Mention]) -> None:
        by_head = {m.head: m for m in mentions if m.ids}
        self.sent_start = {m.head: m.sent_start for m in mentions}
        for m in mentions:
            if m.ref is not None:
                m.ids = self.resolve(m)
                by_head[m.head] = m
            if not m.ids:
                continue
            plural = len(m.ids) > 1 or any(self.info(i).kind == "group" for i in m.ids)
            # a body named in the plural is a "they" ("the Syrian Democratic Forces ... they")
            plural = plural or (
                self.doc[m.head].tag_ == "NNPS"
                and all(self.info(i).kind == "organization" for i in m.ids)
            )
            self.seen.append(Antecedent(m.head, m.sent, m.subject, m.ids, plural))
            self._conj_group(m, by_head)

    def _conj_group(self, m: Mention, by_head: dict[int, Mention]) -> None:
        """After the last of "A and B", remember A and B together."""
        tok = self.doc[m.head]
        if tok.dep_ != "conj":
            return
        first = tok.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.i not in by_head:
            return
        members = [first, *first.conjuncts]
        if any(t.i > tok.i for t in members):
            return  # not the last conjunct yet
        ids: list[str] = []
        for t in members:
            if t.i in by_head:
                ids.extend(i for i in by_head[t.i].ids if i not in ids)
        if len(ids) > 1:
            subject = by_head[first.i].subject
            self.seen.append(Antecedent(m.head, m.sent, subject, tuple(ids), True))

    # -- one reference -----------------------------------------------------------------------
    def resolve(self, m: Mention) -> tuple[str, ...]:
        ref = m.ref
        assert ref is not None
        if ref.what in ("he", "she"):
            return self._person_pronoun(m, ref.what)
        if ref.what == "it":
            return self._it(m)
        if ref.what == "they":
            return self._they(m)
        if ref.what == "definite":
            return self._definite(m, ref)
        return self._plural(m, ref)

    def _window(self, m: Mention, back: int) -> list[Antecedent]:
        return [a for a in reversed(self.seen) if 0 <= m.sent - a.sent <= back and a.pos < m.head]

    def _person_pronoun(self, m: Mention, gender: str) -> tuple[str, ...]:
        def fits(a: Antecedent) -> bool:
            if len(a.ids) != 1:
                return False
            info = self.info(a.ids[0])
            other = "f" if gender == "he" else "m"
            known = info.gender or self.learned_gender.get(a.ids[0])
            return info.kind == "person" and known != other

        found = self._prefer_subjects(m, [a for a in self._window(m, PERSON_WINDOW) if fits(a)])
        if not found:  # further back only the one person who fits ("…," he said, after a quote)
            far = [a for a in self._window(m, FAR_PERSON_WINDOW) if fits(a)]
            if len({a.ids for a in far}) == 1 and not self._unknown_person(far[0].pos, m.head):
                found = far[0].ids
        if found:  # "Lee ... she said": Lee is a woman for the pronouns that follow
            self.learned_gender.setdefault(found[0], "m" if gender == "he" else "f")
        return found

    def _unknown_person(self, start: int, end: int) -> bool:
        """Whether a name spaCy calls a person, and no actor, stands between the tokens: the
        pronoun may be theirs."""
        return any(
            t.ent_type_ == "PERSON" and t.ent_iob_ == "B"
            and not any(t.i <= a.pos < t.i + 4 for a in self.seen)
            for t in self.doc[start + 1 : end]
        )  # fmt: skip

    def _prefer_subjects(self, m: Mention, cands: list[Antecedent]) -> tuple[str, ...]:
        if m.subject:  # "asked about Lee, he said": the asker is not Lee
            cands = [
                a for a in cands
                if a.sent != m.sent or a.subject or not self._in_fronted_adjunct(a.pos, m.head)
            ]  # fmt: skip
        same = [a for a in cands if a.sent == m.sent]
        subjects = [a for a in cands if a.subject]
        if subjects:  # in the nearest sentence with one, the main clause's subject first
            nearest = [a for a in subjects if a.sent == subjects[0].sent]
            subjects = [a for a in nearest if self._main_subject(a.pos)] + subjects
        for pool in (
            [a for a in same if a.subject],
            same,
            subjects,
            cands,
        ):
            if pool:
                return pool[0].ids
        return ()

    def _main_subject(self, pos: int) -> bool:
        """Whether the token at ``pos`` is the subject of its sentence's main verb (or of a verb
        joined to it by "and"/"but"), not of a clause inside the sentence."""
        verb = self.doc[pos].head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def _in_fronted_adjunct(self, pos: int, pronoun: int) -> bool:
        """Whether the token at ``pos`` lies in a subjectless phrase put before the pronoun's own
        verb ("responding to criticism from Lee, he insisted"): that phrase's doer is the
        pronoun itself."""
        verb = self.doc[pronoun].head
        tok = self.doc[pos]
        while tok.head.i != tok.i and tok.head.i != verb.i:
            tok = tok.head
        if tok.head.i != verb.i or tok.i > pronoun:
            return False
        if tok.dep_ not in ("advcl", "prep", "npadvmod", "pcomp"):
            return False
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.subtree if c.i != pos)

    def _latest(self, m: Mention, back: int, ok: Callable[[str], bool]) -> tuple[str, ...]:
        for a in self._window(m, back):
            if len(a.ids) == 1 and ok(a.ids[0]):
                return a.ids
        return ()

    def _it(self, m: Mention) -> tuple[str, ...]:
        """The nearest country or body. For "it" (not "its") only if it is a subject, or if no
        thing ("the strike") is named from the start of its sentence to the pronoun."""
        covered = {a.pos for a in self.seen}
        cands = [
            a for a in self._window(m, 1)
            if len(a.ids) == 1 and self.info(a.ids[0]).kind in ("country", "organization")
            and (a.subject or not self._town(a.ids[0]))  # "in Aleppo ... its": not the town
        ]  # fmt: skip
        if m.subject and self.doc[m.head].lower_ == "it":
            # a subject "it" is the sentence's acting country or body before a nearer object:
            # "Lebanon complained to the UN about Israeli raids in which it said..."
            for a in cands:
                if a.subject and a.sent == m.sent:
                    return a.ids
        for a in cands:
            if a.subject or self.doc[m.head].lower_ == "its":  # "its" mostly names an actor
                return a.ids
            if self._modifies_thing(a.pos, covered):
                return ()  # "the deal with Iran ... it": the deal
            between = self.doc[self.sent_start.get(a.pos, a.pos) : m.head]
            if any(t.tag_ in ("NN", "NNP") and t.i not in covered and t.dep_ in THING_DEPS
                   for t in between):  # fmt: skip
                return ()
            return a.ids
        return ()

    def _town(self, actor_id: str) -> bool:
        info = self.info(actor_id)
        return info.kind == "country" and info.sector == "CVL"

    def _modifies_thing(self, pos: int, covered: set[int]) -> bool:
        tok = self.doc[pos]
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        elif tok.dep_ not in ("poss", "compound", "nmod"):
            return False
        return head.pos_ == "NOUN" and head.i not in covered

    def _they(self, m: Mention) -> tuple[str, ...]:
        cands = [a for a in self._window(m, PERSON_WINDOW) if a.plural]
        covered = {a.pos for a in self.seen}
        for tok in reversed(self.doc[m.sent_start : m.head]):
            if tok.tag_ in ("NNS", "NNPS") and tok.i not in covered:
                # the closest plural noun is no actor: "emails ... leaked them"
                if not any(a.pos > tok.i and a.sent == m.sent for a in cands):
                    return ()
                break
        found = self._prefer_subjects(m, cands)
        if found:
            return found
        # a body or country spoken of as "they" by the sentence that names it ("the US said
        # they had ...", "the council said they would ..."): its subject, before the pronoun
        if not m.subject or self.doc[m.head].lower_ != "they":
            return ()
        for a in self._window(m, 0):
            if (
                a.subject
                and len(a.ids) == 1
                and self.info(a.ids[0]).kind in ("country", "organization")
                and not self._town(a.ids[0])
            ):
                return a.ids
        return ()

    def _definite(self, m: Mention, ref: Ref) -> tuple[str, ...]:
        if ref.same_head:
            return self._same_head(m, ref)
        if not ref.person and ref.body:
            return self._body(m, ref)
        if not ref.person:
            if ref.head in ("country", "nation", "state"):
                found = self._latest(m, PLURAL_WINDOW, lambda i: self.info(i).kind == "country")
                return self._countries(found)  # a town's people: their country
            for a in self._window(m, PLURAL_WINDOW):  # "the government": of the latest country
                iso3 = self.info(a.ids[0]).country if len(a.ids) == 1 else None
                if iso3 and len(iso3) == 3 and iso3 not in ("IGO", "NGO", "MNC", "IMG"):
                    return (self.country_actor(iso3, ref.sector, ref.head),)
            return ()
        for a in reversed(self.seen):
            if len(a.ids) != 1 or a.pos >= m.head:
                continue
            info = self.info(a.ids[0])
            if info.kind != "person" or (ref.country and info.country != ref.country):
                continue
            if any(t == ref.head or t.endswith(" " + ref.head) for t in info.titles):
                return a.ids
        return (self.new_actor(ref, ref.country),)

    def _same_head(self, m: Mention, ref: Ref) -> tuple[str, ...]:
        """ "the regime": the latest body of a country named with the same word before it, in
        any earlier sentence ("the Assad regime", "Syria's regime"); else a body of its own."""
        for a in reversed(self.seen):
            if a.pos >= m.head or len(a.ids) != 1:
                continue
            if self.doc[a.pos].lemma_.lower() == ref.head and is_country_code(
                self.info(a.ids[0]).country
            ):
                return a.ids
        return (self.new_actor(ref, None),)

    def _body(self, m: Mention, ref: Ref) -> tuple[str, ...]:
        """ "the group", "the militia": the latest named body of a fitting sector in the last
        sentences; "the ministry": else the latest country's government."""
        for a in self._window(m, PLURAL_WINDOW):
            if len(a.ids) != 1:
                continue
            info = self.info(a.ids[0])
            described = ref.name != ref.head  # "the militant group" says its sector
            if info.kind != "organization" or (described and info.sector != ref.sector):
                continue
            if ref.specific and info.sector and info.sector != ref.sector:
                continue  # "the company" is no army named before it
            if ref.head in NON_STATE_HEADS and info.sector in STATE_BODY_SECTORS:
                continue  # "the group" is no army or ministry
            return a.ids
        if ref.name != ref.head and ref.sector and ref.sector != "GOV":
            return (self.new_actor(ref, None),)  # "the militant group": a group of its own
        if ref.head == "ministry":  # the acting country's ministry: a subject first
            cands = [
                a for a in self._window(m, PLURAL_WINDOW)
                if len(a.ids) == 1 and is_country_code(self.info(a.ids[0]).country)
            ]  # fmt: skip
            found = self._prefer_subjects(m, cands)
            if found:
                iso3 = self.info(found[0]).country
                return (self.country_actor(iso3, ref.sector, ref.head),)  # type: ignore[arg-type]
        return ()

    def _plural(self, m: Mention, ref: Ref) -> tuple[str, ...]:
        want = ref.count or 2
        convert = (lambda ids: ids) if ref.person else self._countries

        def distinct(pool: list[Antecedent]) -> list[str]:
            out: list[str] = []
            for a in pool:
                if len(a.ids) != 1:
                    continue
                info = self.info(a.ids[0])
                if ref.person and info.kind != "person":
                    continue
                if not ref.person and not info.country:
                    continue
                for i in convert(a.ids):
                    if i not in out:
                        out.append(i)
            return out

        def group(pool: list[Antecedent]) -> tuple[str, ...]:
            for a in pool:
                if not a.plural or len(a.ids) < 2 or not self._kinds_fit(a.ids, ref):
                    continue
                ids = convert(a.ids)
                if ref.count is None or len(ids) == ref.count:
                    return ids
                people = tuple(i for i in a.ids if self.info(i).kind == "person")
                if ref.count and len(people) == ref.count:  # "Syria, Trump and Putin"
                    return convert(people)
            return ()

        here = self._window(m, 0)
        same = distinct(here)
        found = group([a for a in here if len(a.ids) > 1])
        if found:
            return found
        if len(same) >= want:
            return tuple(reversed(same[:want]))
        found = group(self._window(m, PLURAL_WINDOW))
        if found:
            return found
        recent = distinct(self._window(m, PLURAL_WINDOW))
        if len(recent) >= 2:
            return tuple(reversed(recent[:want]))
        if ref.person and ref.sector and ref.count is None:
            return (self.new_actor(ref, None),)  # "the militants" named nowhere before: a group
        return ()

    def _kinds_fit(self, ids: tuple[str, ...], ref: Ref) -> bool:
        kinds = {self.info(i).kind for i in ids}
        return kinds <= {"person"} if ref.person else all(self.info(i).country for i in ids)

    def _countries(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for i in ids:
            info = self.info(i)
            if info.kind == "country" and info.sector is None:
                actor = i
            elif is_country_code(info.country):
                actor = self.country_actor(info.country, None, None)
            else:
                continue
            if actor not in out:
                out.append(actor)
        return tuple(out)
