"""Topical contexts of an event: the PLOVER contexts whose words its sentence holds
(``data/events/contexts.tsv``), after those its CAMEO code gives.

The PLOVER manual leaves open how contexts are assigned (by document, sentence or event); tidings
reads the event's sentence, so an attack reported beside talks of a truce gets both "military"
and "diplomatic". Words are matched by lemma, phrases as runs of lemmas."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from tidings.events.lemma_phrases import Phrase, holds, parse_phrases
from tidings.knowledge import cached_knowledge, read_table

CONTEXTS_TABLE = "events/contexts.tsv"
# sectors of parties that are, or stand for, a state's armed forces: an attack by none of them
# (gunmen, rebels, police, a mob) is not "military" by its code alone (the manual: "only covers
# official state military bodies")
STATE_FORCE_SECTORS = frozenset({"MIL", "GOV", None})


@cached_knowledge
def context_words() -> list[tuple[str, frozenset[Phrase]]]:
    """(context, its words) in the table's row order."""
    rows = []
    for row in read_table(CONTEXTS_TABLE, ("context", "words")):
        context = row["context"].strip()
        if not context.replace("_", "").isalpha():
            raise row.error(f"context {context!r} is not a PLOVER context name")
        rows.append((context, parse_phrases(row["words"])))
    return rows


def sentence_contexts(sent: Span) -> tuple[str, ...]:
    """The contexts whose words ``sent`` holds, in the order of the table's rows."""
    lemmas = [t.lemma_.lower() for t in sent]
    return tuple(dict.fromkeys(c for c, phrases in context_words() if holds(lemmas, phrases)))


def code_contexts(contexts: Iterable[str], party_sectors: Iterable[str | None]) -> tuple[str, ...]:
    """The contexts a CAMEO code gives, less "military" when no party is a state's force."""
    sectors = set(party_sectors)
    if sectors and not sectors & STATE_FORCE_SECTORS:
        return tuple(c for c in contexts if c != "military")
    return tuple(contexts)


def merge_contexts(first: Iterable[str], then: Iterable[str]) -> tuple[str, ...]:
    """``first`` (the code's contexts), then the others of ``then``, without repeats."""
    return tuple(dict.fromkeys((*first, *then)))
