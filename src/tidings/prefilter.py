"""A cheap lexical test, before the parser, of whether a sentence may hold an event or a quote.

The event stage codes only tokens whose lemma is in ``events/verbs.tsv`` or ``events/nouns.tsv``,
and the quote stage needs a reporting verb or noun (``quotes/verbs.tsv``, ``nouns.tsv``,
``cue_nouns.tsv``), a phrase of ``quotes/phrases.tsv``, a quotation mark, or a colon (``Name:
text``). A sentence with none of these gets no dependency parse: only the entity recogniser
runs on it (actors and places still see its names). The vocabulary is read at load time from the
stages' own lexicon loaders, so a row added there reaches the filter too.

The parse is not there yet when the filter runs, so it cannot look at lemmas. Instead every word
form is mapped to each lemma the model's lemmatizer could give it, under any part of speech:
the word itself, the lemmatizer's exception table (``said`` -> ``say``, ``struck`` ->
``strike``), its suffix rules (``attacked`` -> ``attack``/``attacke``), the lemmas the
attribute ruler sets, and ``events/lemma_fixes.tsv``. These tables ship with the model, so the
filter and the lemmatizer cannot disagree and no inflection package is needed; the candidates are
a superset of the real lemma, so the filter only errs by keeping a sentence.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Token

from tidings.knowledge import cached_knowledge

ENV = "TIDINGS_PREFILTER"  # "1" turns the filter on; off by default (see bench/README.md)
COLON = ":"
CLITICS = frozenset(
    p + s for p in ("'", "’") for s in ("s", "re", "ve", "ll", "d", "m", "t", "S", "RE", "LL")
) | {"n't", "n’t", "N'T", "N’T"}


def enabled(flag: bool | None = None) -> bool:
    """Whether the filter runs: ``flag`` when given, else the TIDINGS_PREFILTER variable (off
    unless set to 1: on news text it saves about 1 % of the time and loses toponyms, see
    bench/README.md)."""
    if flag is not None:
        return flag
    return os.environ.get(ENV, "0").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Vocabulary:
    lemmas: frozenset[str]  # trigger and cue lemmas, lower case
    phrases: tuple[tuple[str, ...], ...]  # cue phrases of more than one word, lower case
    quote_chars: frozenset[str]


@cached_knowledge
def vocabulary() -> Vocabulary:
    """Every lemma, phrase and mark the event and quote stages look for (from their lexicons)."""
    from tidings.events.lexicon import noun_entries, verb_entries
    from tidings.quotes.lexicon import lexicon
    from tidings.quotes.spans import QUOTE_CHARS

    lex = lexicon()
    lemmas = set(verb_entries()) | set(noun_entries())
    lemmas |= {v.split()[0] for v in lex.verbs}  # a phrasal verb ("lay out") by its verb
    lemmas |= set(lex.nouns) | set(lex.cue_nouns or {})
    lemmas |= set(lex.cue_adjectives or {})
    lemmas |= {p[0] for p in lex.phrases if len(p) == 1}
    phrases = tuple(p for p in lex.phrases if len(p) > 1)
    return Vocabulary(frozenset(lemmas), phrases, frozenset(QUOTE_CHARS))


class LemmaCandidates:
    """Every lemma the model's lemmatizer (and attribute ruler) could give a word form."""

    def __init__(self, nlp: Language) -> None:
        from tidings.events.lexicon import lemma_fixes

        self.rules: list[tuple[str, str]] = []
        self.exceptions: list[dict[str, list[str]]] = []
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            rules = lookups.get_table("lemma_rules", {})
            exceptions = lookups.get_table("lemma_exc", {})
            self.rules = sorted({(old, new) for pos in rules for old, new in rules[pos] if old})
            self.exceptions = [exceptions[pos] for pos in exceptions]
        self.fixed: dict[str, set[str]] = {}
        for form, lemma in lemma_fixes().items():
            self.fixed.setdefault(form, set()).add(lemma)
        if "attribute_ruler" in nlp.pipe_names:
            ruler = nlp.get_pipe("attribute_ruler")
            for pattern in ruler.patterns:
                lemma = pattern["attrs"].get("LEMMA")
                if lemma is None:
                    continue
                for tokens in pattern["patterns"]:
                    for spec in tokens:
                        lower = spec.get("LOWER")
                        forms = lower.get("IN", []) if isinstance(lower, dict) else [lower]
                        for form in forms:
                            if form:
                                self.fixed.setdefault(form, set()).add(lemma.lower())

    def __call__(self, word: str) -> set[str]:
        word = word.lower()
        found = {word}
        for table in self.exceptions:
            found.update(table.get(word, ()))
        for old, new in self.rules:
            if word.endswith(old) and len(word) > len(old):
                found.add(word[: len(word) - len(old)] + new)
        found |= self.fixed.get(word, set())
        return found


class Prefilter:
    """``keeps(tokens)``: whether a sentence's tokens may hold an event or a quote."""

    def __init__(self, nlp: Language, vocab: Vocabulary | None = None) -> None:
        self.vocab = vocab or vocabulary()
        self.candidates = LemmaCandidates(nlp)
        self.words: dict[str, bool] = {}  # lower-cased form -> may be a trigger or cue

    def word_keeps(self, text: str) -> bool:
        lower = text.lower()
        found = self.words.get(lower)
        if found is None:
            found = self.words[lower] = not self.vocab.lemmas.isdisjoint(self.candidates(lower))
        return found

    def is_quote_mark(self, text: str) -> bool:
        return text not in CLITICS and not self.vocab.quote_chars.isdisjoint(text)

    def keeps(self, tokens: Sequence[Token] | Sequence[str]) -> bool:
        words = [t if isinstance(t, str) else t.text for t in tokens]
        for word in words:
            if word == COLON or self.word_keeps(word) or self.is_quote_mark(word):
                return True
        if self.vocab.phrases:
            lowered = [w.lower() for w in words]
            for phrase in self.vocab.phrases:
                n = len(phrase)
                if any(tuple(lowered[i : i + n]) == phrase for i in range(len(lowered) - n + 1)):
                    return True
        return False


@cache
def _prefilter(nlp: Language, knowledge_key: int) -> Prefilter:
    return Prefilter(nlp)


def prefilter_for(nlp: Language) -> Prefilter:
    """The filter for ``nlp`` (built once per model and per loaded vocabulary)."""
    return _prefilter(nlp, id(vocabulary()))
