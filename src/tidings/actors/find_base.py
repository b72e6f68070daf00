"""What every mention finder shares: the document's tokens, their sentences and entity labels,
which tokens are already claimed by a mention, and the word classes the finders test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from tidings.actors.context import find_phrases
from tidings.actors.lexicon import lexicon
from tidings.actors.mention import Mention, Part, Ref
from tidings.countries import country, lookup_country

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
AGENTIVE_DEPS = SUBJECT_DEPS | {"poss", "appos", "conj", "dobj", "dative", "compound"}
# prepositions after which a country is a place, not an actor ("talks in Syria")
LOCATIVE = frozenset(
    {"in", "at", "near", "inside", "within", "throughout", "across", "around", "outside", "into",
     "over", "about", "regarding", "through", "beyond", "along"}
)  # fmt: skip
PRONOUNS = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
    "they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they",
    "its": "it",
}  # fmt: skip
PRONOUN_KINDS = frozenset(PRONOUNS.values())


class FinderBase:
    """The state of one search for mentions; the finders (people, groups, countries) extend it."""

    def __init__(
        self, doc: Doc, published: date | None, codable: Callable[[int, int], bool]
    ) -> None:
        self.doc, self.published, self.lex = doc, published, lexicon()
        self.claimed: dict[int, Mention] = {}
        self.mentions: list[Mention] = []
        self.phrases = find_phrases(self.lex, doc)
        self.phrase_ends = {e: s for s, (e, _) in self.phrases.items()}
        self.named_spans = filter_spans([doc[s:e] for _, s, e in self.lex.named_matcher(doc)])
        self.named_ends = {sp.end: sp.start for sp in self.named_spans}
        self.country_spans = filter_spans(
            [doc[s:e] for _, s, e in self.lex.country_matcher(doc) if e - s > 1]
        )
        self.multiword: dict[int, tuple[int, str]] = {}
        for span in self.country_spans:  # "Ivory Coast", "South Korean"
            hit = lookup_country(span.text)
            if hit is not None and hit.form != "capital":
                self.multiword[span.start] = (span.end, hit.country.iso3)
        n = len(doc)
        self.ent_label = [""] * n
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_label[i] = ent.label_
        self.sent_of = [0] * n
        self.sent_start = [0] * n
        for k, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
                self.sent_start[i] = sent.start
        self.codable_tok = [codable(t.idx, t.idx + max(len(t.text), 1)) for t in doc]

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

    def country_part(self, iso3: str, sector: str | None = None, name: str | None = None) -> Part:
        return Part(
            key=("country", iso3, sector), name=name or country(iso3).name, kind="country",
            country=iso3, sector=sector,
        )  # fmt: skip

    def locative(self, tok: Token) -> bool:
        """Whether ``tok`` (or the first of its conjuncts) is the object of a place preposition:
        "talks in Syria"."""
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("compound", "nmod") and t.head.dep_ == "pobj":
            return False
        return t.dep_ == "pobj" and t.head.lower_ in LOCATIVE

    def np_text(self, start: int, end: int) -> str:
        while start < end - 1 and self.doc[start].lower_ in {*PRONOUNS, "our", "my", "your"}:
            start += 1
        return self.doc[start:end].text
