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
    preps: frozenset[str] = frozenset()  # "talked about X", "accused her of X": X is the content
    naming: bool = False  # "called the plan a failure": the object and what it is called
    documents_only: bool = False  # a noun object counts only when it is a document ("released
    # a statement", not "released a game"): data/quotes/document_nouns.txt


@dataclass(frozen=True, slots=True)
class CueNoun:
    lemma: str
    preps: frozenset[str]  # "criticism of X": X is the content
    clause: bool  # "the claim that X": the that-clause is the content
    infinitive: bool = False  # "her decision to run": the to-infinitive is the content


@dataclass(frozen=True, slots=True)
class CueAdjective:
    lemma: str
    preps: frozenset[str]  # "critical of X": X is the content
    clause: bool  # "confident that X"
    infinitive: bool  # "eager to X"


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, CueVerb]
    nouns: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # lower-cased word sequences, longest first
    non_agent_words: frozenset[str] = frozenset()  # nouns that name no speaker ("conversation")
    non_agent_suffixes: tuple[str, ...] = ()  # "-tion", "-ment": acts and events …
    agent_words: frozenset[str] = frozenset()  # … except these ("administration")
    cue_nouns: dict[str, CueNoun] | None = None  # "criticism of", "the claim that"
    cue_adjectives: dict[str, CueAdjective] | None = None  # "confident that", "critical of"


@cached_knowledge
def lexicon() -> Lexicon:
    verbs: dict[str, CueVerb] = {}
    for row in read_table("quotes/verbs.tsv", ("lemma", "class")):
        cls = row["class"].lower()
        if cls not in VERB_CLASSES:
            raise row.error(f"class {cls!r} is not one of {', '.join(sorted(VERB_CLASSES))}")
        obj = row.get("object", "no").lower()
        inf = row.get("infinitive", "no").lower()
        if obj not in ("yes", "no", "document") or inf not in ("yes", "no"):
            raise row.error("column object must be yes, no or document; infinitive yes or no")
        lemma = row["lemma"].lower()
        preps = frozenset(p for p in row.get("preps", "").lower().split(",") if p)
        naming = row.get("naming", "no").lower()
        if naming not in ("yes", "no"):
            raise row.error("column naming must be yes or no")
        verbs[lemma] = CueVerb(
            lemma, cls, obj != "no", inf == "yes", preps, naming == "yes", obj == "document"
        )
    nouns = frozenset(row["lemma"].lower() for row in read_table("quotes/nouns.tsv", ("lemma",)))
    rows = read_table("quotes/phrases.tsv", ("words",))
    phrases = sorted(
        {tuple(row["words"].lower().split()) for row in rows},
        key=len,
        reverse=True,
    )
    roles: dict[str, set[str]] = {"word": set(), "suffix": set(), "agent": set()}
    for row in read_table("quotes/non_agents.tsv", ("word", "role")):
        role = row["role"].lower()
        if role not in roles:
            raise row.error(f"role {role!r} is not one of {', '.join(sorted(roles))}")
        roles[role].add(row["word"].lower())
    cue_nouns: dict[str, CueNoun] = {}
    for row in read_table("quotes/cue_nouns.tsv", ("lemma",)):
        clause = row.get("clause", "no").lower()
        infinitive = row.get("infinitive", "no").lower()
        if clause not in ("yes", "no") or infinitive not in ("yes", "no"):
            raise row.error("columns clause and infinitive must be yes or no")
        lemma = row["lemma"].lower()
        preps = frozenset(p for p in row.get("preps", "").lower().split(",") if p)
        cue_nouns[lemma] = CueNoun(lemma, preps, clause == "yes", infinitive == "yes")
    cue_adjectives: dict[str, CueAdjective] = {}
    for row in read_table("quotes/cue_adjectives.tsv", ("lemma",)):
        flags = [row.get(col, "no").lower() for col in ("clause", "infinitive")]
        if any(f not in ("yes", "no") for f in flags):
            raise row.error("columns clause and infinitive must be yes or no")
        lemma = row["lemma"].lower()
        preps = frozenset(p for p in row.get("preps", "").lower().split(",") if p)
        cue_adjectives[lemma] = CueAdjective(lemma, preps, flags[0] == "yes", flags[1] == "yes")
    return Lexicon(
        verbs,
        nouns,
        tuple(phrases),
        non_agent_words=frozenset(roles["word"]),
        non_agent_suffixes=tuple(sorted(roles["suffix"])),
        agent_words=frozenset(roles["agent"]),
        cue_nouns=cue_nouns,
        cue_adjectives=cue_adjectives,
    )
