"""Finding actor mentions in a parsed document: people, named bodies, countries, groups, and the
pronouns and descriptions that coreference will resolve.

The finders run in order, each claiming tokens the later ones leave alone: people
(:mod:`find_people`), named bodies, pronouns, groups and descriptions (:mod:`find_groups`),
countries (:mod:`find_countries`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from tidings.actors.find_base import PRONOUNS, FinderBase
from tidings.actors.find_countries import CountryFinder
from tidings.actors.find_groups import GroupFinder
from tidings.actors.find_people import PeopleFinder
from tidings.actors.mention import Mention, Part, Ref

ORG_LABELS = frozenset({"ORG", "NORP", "FAC", "GPE"})


class Finder(PeopleFinder, GroupFinder, CountryFinder, FinderBase):
    """Collects the mentions of one document (use :func:`find_mentions`)."""

    def __init__(
        self, doc: Doc, published: date | None, codable: Callable[[int, int], bool]
    ) -> None:
        super().__init__(doc, published, codable)
        self._appos_spans = {}

    def run(self) -> list[Mention]:
        self.find_people()
        self.find_surnames()
        self.find_named()
        self.find_pronouns()
        self.find_groups()
        self.find_countries()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return self.mentions

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

    def find_pronouns(self) -> None:
        for tok in self.doc:
            what = PRONOUNS.get(tok.lower_)
            if what and tok.i not in self.claimed and self.codable_tok[tok.i]:
                self.add(tok.i, tok.i + 1, tok.i, ref=Ref(what))



def find_mentions(
    doc: Doc, published: date | None, codable: Callable[[int, int], bool]
) -> list[Mention]:
    return Finder(doc, published, codable).run()
