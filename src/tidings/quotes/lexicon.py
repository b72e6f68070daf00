"""The quote stage's knowledge: reporting verbs, nouns of statements and attribution phrases,
read once per process from ``data/quotes/*.tsv`` (users extend them with their own files)."""

from __future__ import annotations

from dataclasses import dataclass

from tidings.knowledge import cached_knowledge, read_table

VERB_CLASSES = frozenset({"speech", "belief", "finding"})


@dataclass(frozen=True, slots=True)
class CueVerb:
    lemma: str
    cls: str  # speech | belief | finding
    takes_object: bool  # a plain noun object may be the content ("denied the report")
    takes_infinitive: bool  # a to-infinitive (+ object) may be the content ("urged X to act")


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, CueVerb]
    nouns: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # lower-cased word sequences, longest first


@cached_knowledge
def lexicon() -> Lexicon:
    verbs: dict[str, CueVerb] = {}
    for row in read_table("quotes/verbs.tsv", ("lemma", "class")):
        cls = row["class"].lower()
        if cls not in VERB_CLASSES:
            raise row.error(f"class {cls!r} is not one of {', '.join(sorted(VERB_CLASSES))}")
        obj = row.get("object", "no").lower()
        inf = row.get("infinitive", "no").lower()
        if obj not in ("yes", "no") or inf not in ("yes", "no"):
            raise row.error("columns object and infinitive must be yes or no")
        lemma = row["lemma"].lower()
        verbs[lemma] = CueVerb(lemma, cls, obj == "yes", inf == "yes")
    nouns = frozenset(row["lemma"].lower() for row in read_table("quotes/nouns.tsv", ("lemma",)))
    rows = read_table("quotes/phrases.tsv", ("words",))
    phrases = sorted(
        {tuple(row["words"].lower().split()) for row in rows},
        key=len,
        reverse=True,
    )
    return Lexicon(verbs, nouns, tuple(phrases))
