"""What every mention finder shares: the document's tokens, their sentences and entity labels,
which tokens are already claimed by a mention, and the word classes the finders test."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from spacy.attrs import DEP, IDX, LEMMA, LENGTH, LOWER, ORTH, SENT_START
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from tidings.actors.context import find_phrases
from tidings.actors.lexicon import lexicon
from tidings.actors.mention import Mention, Part, Ref
from tidings.countries import country, is_country_code, lookup_country
from tidings.models import Place

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
        self,
        doc: Doc,
        published: date | None,
        codable: Callable[[int, int], bool],
        places: Sequence[Place] = (),
    ) -> None:
        self.doc, self.published, self.lex = doc, published, lexicon()
        self.places = places  # from the places stage: towns and regions with their country
        self.place_country: dict[int, str] = {}  # token -> the country of the place it names
        for place in places:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None and is_country_code(place.country):
                for i in range(span.start, span.end):
                    self.place_country[i] = place.country.upper()  # type: ignore[union-attr]
        self.claimed: dict[int, Mention] = {}
        self.mentions: list[Mention] = []
        self.phrases = find_phrases(self.lex, doc)
        self.phrase_ends = {e: s for s, (e, _) in self.phrases.items()}
        self.named_spans = filter_spans([doc[s:e] for _, s, e in self.lex.named_matcher(doc)])
        self.named_ends = {sp.end: sp.start for sp in self.named_spans}
        self.named_tokens = {i for sp in self.named_spans for i in range(sp.start, sp.end)}
        self.country_spans = filter_spans(
            [doc[s:e] for _, s, e in self.lex.country_matcher(doc) if e - s > 1]
        )
        self.multiword: dict[int, tuple[int, str]] = {}
        self.country_tokens: set[int] = set()  # tokens of country names of several words
        for span in self.country_spans:  # "Ivory Coast", "South Korean"
            hit = lookup_country(span.text)
            if hit is not None and hit.form != "capital":
                self.multiword[span.start] = (span.end, hit.country.iso3)
                self.country_tokens.update(range(span.start, span.end))
        self._place_words(places)
        n = len(doc)
        self.ent_label = [""] * n
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_label[i] = ent.label_
        # token columns, read once without making Token objects
        cols = (
            doc.to_array([LOWER, LEMMA, ORTH, IDX, LENGTH, DEP, SENT_START]).tolist() if n else []
        )
        self.lower_ids = [c[0] for c in cols]
        self.lemma_ids = [c[1] for c in cols]
        self.orth_ids = [c[2] for c in cols]
        self.char_start = [c[3] for c in cols]
        self.char_end = [c[3] + c[4] for c in cols]
        subject_ids = {doc.vocab.strings[d] for d in SUBJECT_DEPS}  # label ids, not hashes
        self.is_subject = [c[5] in subject_ids for c in cols]
        self.sent_of = [0] * n
        self.sent_start = [0] * n
        k = first = 0
        for i, c in enumerate(cols):
            if c[6] == 1 and i > 0:
                k, first = k + 1, i
            self.sent_of[i], self.sent_start[i] = k, first
        self._codable = codable
        self._codable_memo: dict[int, bool] = {}

    def _place_words(self, places: Sequence[Place]) -> None:
        """Places as modifiers code their country ("Ohio Gov. X", "Idlib rebels"). Places the
        places stage put in another country than the country their words name ("New Jersey",
        "New Mexico", Georgia the US state in a story the places stage read as American) code
        the place's country ("New Jersey Gov. X" is American) and are no country of their own."""
        for place in places:
            if not is_country_code(place.country):
                continue
            span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is None or any(i in self.country_tokens for i in range(span.start, span.end)):
                continue
            iso3 = place.country.upper()  # type: ignore[union-attr]
            named = [lookup_country(t.text) for t in span]
            if any(h is not None and h.country.iso3 != iso3 for h in named):
                for i in range(span.start, span.end):
                    self.multiword[i] = (i + 1, iso3)
                    self.country_tokens.add(i)
            elif all(h is None for h in named) and all(t.ent_type_ != "ORG" for t in span):
                # "Ohio Gov. X", "Idlib rebels": its country (not a name's word: "Georgetown
                # University", whose town the places stage may put abroad)
                self.multiword.setdefault(span.start, (span.end, iso3))

    def codable(self, i: int) -> bool:
        """Whether token ``i`` lies in a paragraph whose actors are coded (asked once per token)."""
        known = self._codable_memo.get(i)
        if known is None:
            start = self.char_start[i]
            known = self._codable(start, max(self.char_end[i], start + 1))
            self._codable_memo[i] = known
        return known

    def free(self, start: int, end: int) -> bool:
        return all(i not in self.claimed and self.codable(i) for i in range(start, end))

    def tokens_with(
        self, ids: frozenset[int] | set[int], *, lemma: bool = False, orth: bool = False
    ) -> list[int]:
        """Indices of the tokens whose lower-case form (or lemma, or exact form) has one of the
        string ids."""
        column = self.orth_ids if orth else self.lower_ids
        found = [i for i, h in enumerate(column) if h in ids] if ids else []
        if lemma and ids:
            found = sorted({*found, *(i for i, h in enumerate(self.lemma_ids) if h in ids)})
        return found

    def add(
        self,
        start: int,
        end: int,
        head: int,
        parts: list[Part] | None = None,
        ref: Ref | None = None,
        chars: tuple[int, int] | None = None,
    ) -> Mention:
        cs, ce = chars or (self.char_start[start], self.char_end[end - 1])
        mention = Mention(
            start=start, end=end, head=head, char_start=cs, char_end=ce,
            sent=self.sent_of[head], sent_start=self.sent_start[head],
            subject=self.is_subject[head],
            parts=parts or [], ref=ref,
        )  # fmt: skip
        self.mentions.append(mention)
        for i in range(start, end):
            self.claimed.setdefault(i, mention)
        return mention

    def country_part(
        self, iso3: str, sector: str | None = None, name: str | None = None, place: bool = False
    ) -> Part:
        return Part(
            key=("country", iso3, sector), name=name or country(iso3).name, kind="country",
            country=iso3, sector=sector, place=place,
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

    def place_country_of(self, i: int) -> str | None:
        """The country a token (with its compound words: "Ivory Coast") names, capitals and
        places found by the places stage included ("rebels in Goma"), before the token alone
        ("New Jersey" is no Jersey)."""
        tok = self.doc[i]
        left = tok.left_edge.i
        while left < i and self.doc[left].dep_ in ("det", "punct"):
            left += 1
        for first in dict.fromkeys((left, i)):
            if first == i and i in self.place_country:
                break
            hit = lookup_country(self.doc[first : i + 1].text)
            if hit is not None and hit.form != "demonym":
                return hit.country.iso3
        return self.place_country.get(i)
