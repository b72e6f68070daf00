"""Coding an actor from the words around it: titles, countries, parties, possessors, modifiers.

"U.S. President Donald Trump" -> USA, GOV, title "president"; "A senior Russian lawmaker" -> RUS,
LEG; "Putin's Syria envoy" -> GOV, country of Putin; "U.S. intelligence agencies" -> USA, SPY.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from tidings.actors.lexicon import Lexicon
from tidings.countries import lookup_country

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
SPLIT_CHARS = ("-", "/", "–")
ANTI_PRO = frozenset({"anti", "pro"})  # "anti-Syria", "pro-Russia": not of that country
# "Iranian-backed militias", "Turkish-aligned troops": the backer is not their country
BACKED = frozenset(
    {"backed", "supported", "sponsored", "aligned", "allied", "funded", "armed", "trained",
     "friendly", "linked", "inspired"}
)  # fmt: skip


@dataclass
class Coding:
    """What the words around an actor say about it."""

    countries: list[str] = field(default_factory=list)
    sector: str | None = None
    sector_generic: bool = True  # the sector came from a generic word ("official")
    titles: set[str] = field(default_factory=set)
    gender: str | None = None
    former: bool = False
    foreign: bool = False  # "Western diplomats": not of the story's country
    people: bool = False  # "Kurdish forces": a stateless people says who they are
    owner: int | None = None  # token index of a possessor ("Putin's envoy")
    party: bool = False

    def add_country(self, iso3: str) -> None:
        if iso3 not in self.countries:
            self.countries.append(iso3)


def token_countries(token: Token, *, demonyms: bool = True) -> list[str]:
    """Countries a token names, also inside joined words ("U.S.-Russia", "Trump/Russia")."""
    if not token.text[:1].isupper():
        return []
    found = lookup_country(token.text)
    if found and (demonyms or found.form != "demonym"):
        return [] if found.form == "capital" else [found.country.iso3]
    text = token.text
    if not any(c in text for c in SPLIT_CHARS):
        return []
    if text.lower().startswith(("anti-", "pro-", "anti–", "pro–")):
        return []  # "an anti-Syria journalist", "pro-Russia rebels": not of that country
    if text.replace("–", "-").rsplit("-", 1)[-1].lower() in BACKED:
        return []  # "Iranian-backed militias"
    out: list[str] = []
    for piece in text.replace("/", "-").replace("–", "-").split("-"):
        hit = lookup_country(piece) if piece else None
        if hit and hit.form in ("name", "alias", "demonym") and hit.country.iso3 not in out:
            out.append(hit.country.iso3)
    return out


def find_phrases(lex: Lexicon, doc: Doc) -> dict[int, tuple[int, str]]:
    """Titles and actor words of several words in ``doc``, longest first: start -> (end, text)."""
    spans = filter_spans([doc[s:e] for _, s, e in lex.lower_matcher(doc)])
    return {sp.start: (sp.end, sp.text.lower()) for sp in spans}


def possessor_of(doc: Doc, start: int, end: int) -> int | None:
    """The token before a possessive marker in tokens [start, end): "Putin" in "Putin's envoy"."""
    for i in range(start, end - 1):
        if doc[i + 1].text in POSSESSIVE and doc[i].pos_ in ("PROPN", "NOUN", "PRON"):
            return i
    for i in range(start, end):
        if doc[i].dep_ == "poss":
            return i
    return None


def np_start(head: Token) -> int:
    """The first token of the noun phrase headed by ``head`` (its left modifiers), past any
    determiner or punctuation."""
    i = head.left_edge.i
    doc = head.doc
    while i < head.i and (doc[i].dep_ in ("det", "predet", "punct", "cc") or doc[i].is_punct):
        i += 1
    return i


def code_words(
    lex: Lexicon,
    doc: Doc,
    start: int,
    end: int,
    coding: Coding,
    *,
    phrases: dict[int, tuple[int, str]],
    skip: set[int] | frozenset[int] = frozenset(),
    countries: bool = True,
    multiword: dict[int, tuple[int, str]] | None = None,
) -> Coding:
    """Add to ``coding`` what tokens [start, end) say: titles, agent words, countries, parties,
    modifiers. Titles of several words ("secretary of state"), found beforehand in the whole
    document (``phrases``: start -> (end, lower-case text)), are taken first, and so are country
    names of several words (``multiword``: start -> (end, iso3); "Ivory Coast rebels").
    Of two demonyms in a row the first gives the country ("Bosnian Serb forces")."""
    covered: set[int] = set()
    for s, (e, iso3) in (multiword or {}).items():
        if start <= s and e <= end and countries and not any(i in skip for i in range(s, e)):
            covered.update(range(s, e))
            if not _in_prep_phrase(doc, doc[s:e].root, start, end):  # "a reporter in X"
                coding.add_country(iso3)
    demonym_before = False
    for s in range(start, end):
        if s not in phrases or phrases[s][0] > end:
            continue
        e, text = phrases[s]
        if any(i in skip for i in range(s, e)):
            continue
        title = lex.titles.get(text)
        word = lex.agent_word(text, text)  # "aid workers": the row "aid worker"
        agent = lex.agents[word] if word else None
        if (title or agent) and not _in_prep_phrase(doc, doc[s:e].root, start, end):
            _add_sector(coding, title.sector if title else agent.sector if agent else None, False)
            coding.titles.add(text)
            if title and title.gender:
                coding.gender = title.gender
            covered.update(range(s, e))
    for i in range(start, end):
        if i in covered or i in skip:
            continue
        tok = doc[i]
        low = tok.text.lower()
        lemma = tok.lemma_.lower()
        if low in lex.modifiers or lemma in lex.modifiers:
            effect = lex.modifiers.get(low) or lex.modifiers.get(lemma)
            coding.former = coding.former or effect == "former"
            coding.foreign = coding.foreign or effect == "foreign"
            coding.people = coding.people or effect == "people"
            continue
        title = lex.titles.get(low) or lex.titles.get(lemma) or lex.titles.get(low.rstrip("s"))
        word = lex.agent_word(lemma, low)
        agent = lex.agents[word] if word else None
        if (title or agent) and _in_prep_phrase(doc, tok, start, end):
            pass  # "a scholar on the terror group": the group is what the words are about
        elif title:
            if title.sector and (tok.text[:1].isupper() or not title.capital):
                _add_sector(coding, title.sector, bool(agent and agent.generic))
            coding.titles.add(lemma if lemma in lex.titles else low.rstrip("s"))
            coding.gender = title.gender or coding.gender
        elif agent and (agent.modifier or i == end - 1) and agent.sector:
            _add_sector(coding, agent.sector, agent.generic)
        pair = f"{doc[i - 1].text} {tok.text}" if i > start else ""
        named = lex.named.get(pair) or lex.named.get(tok.text)  # "Liberal Democrat", not "Democrat"
        if named and named.party:
            coding.party = True
            if named.country:
                coding.add_country(named.country)
            continue
        found = token_countries(tok) if countries else []
        if found and _in_prep_phrase(doc, tok, start, end):
            found = []  # "a reporter in Syria", "ambassador to Iraq": not of that country
        if found and i >= 2 and doc[i - 1].text in SPLIT_CHARS and doc[i - 2].lower_ in ANTI_PRO:
            found = []  # "an anti-Syria journalist": not of that country
        if found and _backed(doc, i):
            found = []  # "Iranian-backed militias": not of that country
        demonym = len(found) == 1 and _is_demonym(tok.text)
        if demonym and i > 0 and doc[i - 1].lower_ == "ethnic":
            found = []  # "ethnic Albanian guerrillas" live elsewhere: the place decides
        if not (demonym and demonym_before):
            for iso3 in found:
                coding.add_country(iso3)
        demonym_before = demonym
    return coding


def _backed(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the backer in "Iranian-backed", "Turkish-aligned", also unhyphenated
    ("Russian backed forces") or as the first of coordinated backers ("Russian and Iran-backed")."""
    if i + 1 < len(doc) and doc[i + 1].lower_ in BACKED:
        return True
    if i + 2 < len(doc) and doc[i + 1].text in SPLIT_CHARS and doc[i + 2].lower_ in BACKED:
        return True
    return i + 2 < len(doc) and doc[i + 1].lower_ in ("and", "or", ",") and _backed(doc, i + 2)


def _in_prep_phrase(doc: Doc, tok: Token, start: int, end: int) -> bool:
    """Whether ``tok`` hangs from a preposition inside tokens [start, end): "terror group" in
    "a scholar on the terror group" (not "Secretary" in "Secretary of State")."""
    for t in tok.ancestors:
        if not start <= t.i < end:
            return False
        if t.dep_ == "prep" and t.lower_ not in ("of", "from"):
            return True
    return False


def _is_demonym(text: str) -> bool:
    hit = lookup_country(text)
    return hit is not None and hit.form == "demonym"


def _add_sector(coding: Coding, sector: str | None, generic: bool) -> None:
    """A specific word beats a generic one; the first specific word stays."""
    if sector is None:
        return
    if coding.sector is None or (coding.sector_generic and not generic):
        coding.sector, coding.sector_generic = sector, generic


def finish(coding: Coding) -> Coding:
    if coding.former:
        coding.sector = "ELI"
    return coding
