"""Finding actor mentions in a parsed document: people, named bodies, countries, groups, and the
pronouns and descriptions that coreference will resolve.

The finders run in order, each claiming tokens the later ones leave alone: people
(:mod:`find_people`), named bodies, pronouns, groups and descriptions (:mod:`find_groups`),
countries, then the places the places stage found (:mod:`find_countries`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from tidings.actors.context import POSSESSIVE
from tidings.actors.find_base import PRONOUNS, FinderBase
from tidings.actors.find_countries import CountryFinder
from tidings.actors.find_groups import GroupFinder
from tidings.actors.find_people import PeopleFinder
from tidings.actors.mention import Mention, Part, Ref
from tidings.countries import lookup_country
from tidings.models import Place

PRONOUN_IDS = frozenset(hash_string(w) for w in (*PRONOUNS, "it"))
ORG_LABELS = frozenset({"ORG", "NORP", "FAC", "GPE"})
# verbs whose subject "it" is mostly empty or a thing: "it seems", "it takes time", "it rained"
EMPTY_IT_VERBS = frozenset(
    {"be", "seem", "appear", "become", "remain", "happen", "matter", "look", "sound", "feel",
     "rain", "snow", "mean", "cost", "occur", "emerge"}
)  # fmt: skip
# verbs whose subject "it" is mostly a thing, unless reported: "the ministry said it would take
# measures", "Iran announced it will begin talks"
THING_IT_VERBS = frozenset(
    {"take", "follow", "come", "go", "turn", "help", "make", "get", "begin", "start", "end",
     "include", "contain", "show", "work"}
)  # fmt: skip


class Finder(PeopleFinder, GroupFinder, CountryFinder, FinderBase):
    """Collects the mentions of one document (use :func:`find_mentions`)."""

    def __init__(
        self,
        doc: Doc,
        published: date | None,
        codable: Callable[[int, int], bool],
        places: Sequence[Place] = (),
    ) -> None:
        super().__init__(doc, published, codable, places)
        self._appos_spans = {}

    def run(self) -> list[Mention]:
        self.find_people()
        self.find_surnames()
        self.find_named()
        self.find_pronouns()
        self.find_groups()
        self.find_countries()
        self.find_places()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return self.mentions

    def find_named(self) -> None:
        doc, lex = self.doc, self.lex
        for span in self.named_spans:
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
            start, other = self._country_before(span.start)
            if other and entry.country and other != entry.country:
                # "Pakistan's Supreme Court", "the Russian Security Council": that country's body
                part = Part(
                    key=("group", other, entry.sector, entry.name), name=doc[start : span.end].text,
                    kind=entry.kind, country=other, sector=entry.sector,
                )  # fmt: skip
                self.add(start, span.end, head.i, [part])
                continue
            part = Part(
                key=("named", entry.name), name=entry.name, kind=entry.kind,
                country=entry.country, sector=entry.sector,
                elsewhere=tuple((e.country, e.sector, e.name) for e in entry.elsewhere),
            )  # fmt: skip
            self.add(span.start, span.end, head.i, [part])

    def _country_before(self, start: int) -> tuple[int, str | None]:
        """A country named right before token ``start`` ("Israel's", "Brazilian"): where its
        words begin, and its code."""
        doc = self.doc
        i = start - 1
        if i >= 1 and doc[i].text in POSSESSIVE:
            i -= 1
        if i < 0 or not self.free(i, i + 1):
            return start, None
        for first in dict.fromkeys((doc[i].left_edge.i, i)):
            if first > i or not self.free(first, i + 1):
                continue
            hit = lookup_country(doc[first : i + 1].text)
            if hit is not None and hit.form in ("name", "alias", "demonym"):
                return first, hit.country.iso3
        return start, None

    def find_pronouns(self) -> None:
        for i in self.tokens_with(PRONOUN_IDS):
            tok = self.doc[i]
            what = PRONOUNS.get(tok.lower_) or (
                "it" if tok.lower_ == "it" and _acting_it(tok) else None
            )
            if what and tok.i not in self.claimed and self.codable(tok.i):
                self.add(tok.i, tok.i + 1, tok.i, ref=Ref(what))


TARGET_PREPS = frozenset({"at", "against"})


def _acting_it(tok: Token) -> bool:
    """ "it" as the subject of an action ("the ministry said it would retaliate"), not an empty
    subject ("it is unclear", "it seems") nor an object (mostly a thing)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in TARGET_PREPS:
        return True  # "fired at it", "sanctions against it": a target, so a party
    lemma = head.lemma_.lower()
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and head.pos_ == "VERB"
        and lemma not in EMPTY_IT_VERBS
        and (lemma not in THING_IT_VERBS or head.dep_ == "ccomp")
        and head.lower_ not in ("'s", "’s")
        and not any(c.dep_ in ("expl", "acomp", "attr") for c in head.children)
    )


def find_mentions(
    doc: Doc,
    published: date | None,
    codable: Callable[[int, int], bool],
    places: Sequence[Place] = (),
) -> list[Mention]:
    """The actor mentions of ``doc``; ``places`` (from the places stage) add the countries of
    towns and regions named as places."""
    return Finder(doc, published, codable, places).run()
