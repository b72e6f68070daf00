"""Topical contexts of an event: the PLOVER contexts whose words its sentence holds
(``data/events/contexts.tsv``), after those its CAMEO code gives.

The PLOVER manual leaves open how contexts are assigned (by document, sentence or event); tidings
reads the event's sentence, so an attack reported beside talks of a truce gets both "military"
and "diplomatic". Words are matched by lemma, phrases as runs of lemmas."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span

from tidings.knowledge import cached_knowledge, read_table

CONTEXTS_TABLE = "events/contexts.tsv"
Phrase = tuple[str, ...]


@dataclass(frozen=True)
class ContextWords:
    by_first: dict[str, list[tuple[Phrase, str]]]  # first lemma -> (phrase, context)
    order: tuple[str, ...]  # contexts in the table's row order


@cached_knowledge
def context_words() -> ContextWords:
    by_first: dict[str, list[tuple[Phrase, str]]] = {}
    order: list[str] = []
    for row in read_table(CONTEXTS_TABLE, ("context", "words")):
        context = row["context"].strip()
        if not context.replace("_", "").isalpha():
            raise row.error(f"context {context!r} is not a PLOVER context name")
        order.append(context)
        for word in row["words"].split(","):
            phrase = tuple(word.strip().lower().split())
            if phrase:
                by_first.setdefault(phrase[0], []).append((phrase, context))
    return ContextWords(by_first, tuple(dict.fromkeys(order)))


def sentence_contexts(sent: Span) -> tuple[str, ...]:
    """The contexts whose words ``sent`` holds, in the order of the table's rows."""
    words = context_words()
    lemmas = [t.lemma_.lower() for t in sent]
    found: set[str] = set()
    for i, lemma in enumerate(lemmas):
        for phrase, context in words.by_first.get(lemma, ()):
            if tuple(lemmas[i : i + len(phrase)]) == phrase:
                found.add(context)
    return tuple(c for c in words.order if c in found)


# sectors of parties that are, or stand for, a state's armed forces: an attack by none of them
# (gunmen, rebels, police, a mob) is not "military" by its code alone (the manual: "only covers
# official state military bodies")
STATE_FORCE_SECTORS = frozenset({"MIL", "GOV", None})


def code_contexts(contexts: Iterable[str], party_sectors: Iterable[str | None]) -> tuple[str, ...]:
    """The contexts a CAMEO code gives, less "military" when no party is a state's force."""
    sectors = set(party_sectors)
    if sectors and not sectors & STATE_FORCE_SECTORS:
        return tuple(c for c in contexts if c != "military")
    return tuple(contexts)


def merge_contexts(first: Iterable[str], then: Iterable[str]) -> tuple[str, ...]:
    """``first`` (the code's contexts), then the others of ``then``, without repeats."""
    return tuple(dict.fromkeys((*first, *then)))
