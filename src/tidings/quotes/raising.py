"""Attributions around their subject, with no speaker named: "the plan seems doomed", "Lee
appears to be winning", "Lee is expected to run", "the state, seen as a key test, …". The
content is the subject and the complement (one span with the cue inside it, which
``tidings.quotes.pieces`` leaves out); the cue is the verb with its auxiliaries."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tidings.knowledge import cached_knowledge, read_table
from tidings.quotes.lexicon import lexicon
from tidings.quotes.spans import Draft, Passages, chars, clip_to_paragraph, doc_text, trim
from tidings.quotes.speakers import speaker_span

_CUE_LEFTS = frozenset({"aux", "auxpass", "neg", "advmod", "preconj"})
_COMPLEMENTS = frozenset({"xcomp", "acomp", "attr", "oprd"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class RaisingVerb:
    lemma: str
    passive: bool
    preps: frozenset[str]


@cached_knowledge
def raising_verbs() -> dict[str, RaisingVerb]:
    out: dict[str, RaisingVerb] = {}
    for row in read_table("quotes/raising.tsv", ("lemma", "voice")):
        voice = row["voice"].lower()
        if voice not in ("active", "passive"):
            raise row.error("column voice must be active or passive")
        preps = frozenset(p for p in row.get("preps", "").lower().split(",") if p)
        out[row["lemma"].lower()] = RaisingVerb(row["lemma"].lower(), voice == "passive", preps)
    return out


def raising_cue(verb: Token) -> RaisingVerb | None:
    """The verb's row when it is used as a raising cue here (voice and complement checked)."""
    row = raising_verbs().get(verb.lemma_.lower())
    if row is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon().verbs for c in verb.rights):
        return None  # "she appeared to imply that …": a report of her own
    passive = verb.tag_ == "VBN" and (
        verb.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    )
    if row.passive != passive:
        return None
    return row if _complement(verb, row) is not None else None


def _complement(verb: Token, row: RaisingVerb) -> Token | None:
    for child in verb.rights:
        if child.dep_ in _COMPLEMENTS:
            bare = child.dep_ == "xcomp" and not any(a.lower_ == "to" for a in child.lefts)
            if bare and child.pos_ in ("VERB", "AUX"):
                continue  # "appeared smiling" is no view
            return child
        if child.dep_ == "prep" and child.lower_ in row.preps:
            return child
        if child.dep_ == "ccomp" and any(
            c.dep_ in ("expl", "nsubj") and c.lower_ == "it" for c in verb.lefts
        ):
            return child  # "it appears that …"
    return None


def raising_drafts(sent: Span, passages: Passages) -> list[Draft]:
    drafts: list[Draft] = []
    for verb in sent:
        if passages.at(verb.idx) is not None:
            continue
        row = raising_cue(verb)
        if row is None:
            continue
        draft = _draft(verb, row, sent, passages)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _draft(verb: Token, row: RaisingVerb, sent: Span, passages: Passages) -> Draft | None:
    doc = verb.doc
    comp = _complement(verb, row)
    if comp is None:
        return None
    subject = next((c for c in verb.lefts if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.dep_ == "nsubj" and subject.lower_ == "it":
        subject = None  # "it appears that …": the clause alone
    if subject is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        start = _noun_phrase(verb.head).left_edge.i  # "the series of races known as …"
    elif subject is not None and subject.tag_ not in ("WDT", "WP"):
        start = subject.left_edge.i
    elif comp.dep_ == "ccomp":
        start = comp.left_edge.i
    else:
        return None
    end = comp.right_edge.i + 1
    if not sent.start <= start < end <= sent.end:
        return None
    cue_start, cue_end = verb.i, verb.i + 1
    for child in sorted(verb.lefts, key=lambda c: -c.i):
        if child.dep_ in _CUE_LEFTS and child.i == cue_start - 1:
            cue_start -= 1
    if comp.dep_ == "prep" and comp.i == verb.i + 1:
        cue_end += 1  # "known as", "seen as": the preposition goes with the cue
    span = trim(doc, start, end)
    if span[0] >= span[1] or span[1] - span[0] < 3:
        return None
    content = clip_to_paragraph(doc_text(doc), verb.idx, *chars(doc, *span))
    if content[0] >= content[1]:
        return None
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return Draft(
        content=passages.widen(*content),
        cue=chars(doc, cue_start, cue_end),
        speaker=speaker_span(by, passages, None) if by is not None else None,
        speaker_head=by.i if by is not None else None,
        cue_token=verb.i,
    )


def _noun_phrase(noun: Token) -> Token:
    """The top of "the series of races": the noun whose of-phrase holds ``noun``."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ in ("NOUN", "PROPN")
        and noun.head.head.i < noun.i
    ):
        noun = noun.head.head
    return noun
