"""Attributions cued by an adjective after a copula: "she is confident that the bill passes",
"they have been critical of the plan", "he is eager to run again", "she made clear that …".
The content is the that-clause, the object of the adjective's preposition (the cue then runs to
it) or the infinitive; the speaker is the copula's subject, or the noun the adjective describes
("voters willing to switch", "Aides cancelled rallies, wary of …")."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from tidings.quotes.lexicon import CueAdjective, Lexicon
from tidings.quotes.spans import Draft, Passages, chars, clip_to_paragraph, doc_text, subtree, trim
from tidings.quotes.speakers import can_speak, speaker_span, subject_of
from tidings.quotes.tails import cut_tail

_COPULAS = frozenset(
    {"be", "seem", "appear", "remain", "sound", "feel", "become", "look", "make", "grow"}
)
_CUE_LEFTS = frozenset({"aux", "auxpass", "neg", "advmod"})
_BE_FORMS = frozenset({"are", "is", "am", "'s", "'re", "'m"})  # "they’re": the lemma stays "’re"


def copula_lemma(tok: Token) -> str:
    """The verb's lemma, "be" for a contracted form the model leaves as is ("they’re")."""
    return "be" if tok.norm_.lower() in _BE_FORMS else tok.lemma_.lower()


def adjective_drafts(sent: Span, passages: Passages, lex: Lexicon) -> list[Draft]:
    drafts: list[Draft] = []
    adjectives = lex.cue_adjectives or {}
    for tok in sent:
        if tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "oprd", "ccomp", "amod", "advcl"):
            continue
        if tok.dep_ == "ccomp" and tok.head.lemma_ != "make":  # "made it clear that"
            continue
        cue = adjectives.get(tok.lemma_.lower())
        if cue is None or passages.at(tok.idx) is not None:
            continue
        if tok.dep_ in ("amod", "advcl"):
            draft = _modifier_draft(tok, cue, passages, lex)
        else:
            draft = _draft(tok, cue, passages, lex)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _content(
    adj: Token, cue: CueAdjective, verbs: Mapping[str, object]
) -> tuple[tuple[int, int], int, bool] | None:
    """Token span of the content, the end token of the cue, and whether the content is a clause."""
    for child in adj.rights:
        if child.dep_ == "prep" and child.lower_ in cue.preps:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return subtree(obj), child.i + 1, False
        if cue.clause and (child.dep_ == "ccomp" or _that_clause(child)):
            return subtree(child), adj.i + 1, True
        if cue.infinitive and child.dep_ == "xcomp" and any(a.dep_ == "aux" for a in child.lefts):
            if child.lemma_.lower() in verbs:
                return None  # "quick to point out that …": the verb reports, for the same speaker
            return subtree(child), adj.i + 1, False
    if cue.clause:  # "made clear that …", "were worried that …": the clause hangs on the verb
        for child in adj.head.rights:
            if child.i > adj.i and (child.dep_ == "ccomp" or _that_clause(child)):
                return subtree(child), adj.i + 1, True
    return None


def _that_clause(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == tok.left_edge.i for m in tok.children
    )


def _draft(adj: Token, cue: CueAdjective, passages: Passages, lex: Lexicon) -> Draft | None:
    doc = adj.doc
    copula = adj.head
    if copula_lemma(copula) not in _COPULAS:
        return None
    found = _content(adj, cue, lex.verbs)
    if found is None:
        return None
    (start, end), cue_end, clause = found
    speaker_tok = subject_of(copula, lex.nouns)
    if speaker_tok is None:
        return None
    expletive = clause and speaker_tok.lower_ == "it" and speaker_tok.head == copula
    if not expletive and not can_speak(speaker_tok, lex):
        return None
    start, end = trim(doc, start, end)  # less a trailing aside (", a plan that failed")
    start, end = trim(doc, start, max(cut_tail(doc, start, end, passages), start + 1))
    if start >= end:
        return None
    content = clip_to_paragraph(doc_text(doc), adj.idx, *chars(doc, start, end))
    if content[0] >= content[1]:
        return None
    cue_start = min(copula.i, adj.i)
    for child in sorted(copula.lefts, key=lambda c: -c.i):
        if child.dep_ in _CUE_LEFTS and child.i == cue_start - 1:
            cue_start = child.i
    if expletive:  # "it is not clear whether …": a view nobody is named for
        return Draft(
            content=passages.widen(*content),
            cue=chars(doc, min(cue_start, speaker_tok.i), cue_end),
            speaker=None,
            speaker_head=None,
        )
    return Draft(
        content=passages.widen(*content),
        cue=chars(doc, cue_start, cue_end),
        speaker=speaker_span(speaker_tok, passages, content),
        speaker_head=speaker_tok.i,
    )


def _holder(adj: Token, lex: Lexicon) -> tuple[Token, int] | None:
    """Who holds the attitude of an adjective outside a copula, and where the speaker phrase
    ends: the noun before it ("a mayor willing to cut taxes"), the clause's subject when it is
    set off by a comma after an object or verb ("Aides cancelled rallies, wary of …")."""
    head, doc = adj.head, adj.doc
    comma = adj.i > 0 and doc[adj.i - 1].text == ","
    if adj.dep_ == "amod" and adj.i > head.i and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if not comma or head.dep_ in ("nsubj", "nsubjpass"):
            return head, adj.i
        head = head.head
    elif adj.dep_ != "advcl" or not comma:
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(head, lex.nouns)
    return (subject, subject.right_edge.i + 1) if subject is not None else None


def _modifier_draft(
    adj: Token, cue: CueAdjective, passages: Passages, lex: Lexicon
) -> Draft | None:
    """ "a president willing to …", "Aides, confident that …, spent …": the adjective's
    content is found as after a copula; its speaker is the noun it describes."""
    doc = adj.doc
    holder = _holder(adj, lex)
    found = _content(adj, cue, lex.verbs) if holder is not None else None
    if holder is None or found is None or not can_speak(holder[0], lex):
        return None
    (start, end), cue_end, _ = found
    start, end = trim(doc, start, end)  # less a trailing aside (", a plan that failed")
    start, end = trim(doc, start, max(cut_tail(doc, start, end, passages), start + 1))
    if start >= end or end <= adj.i:
        return None
    content = clip_to_paragraph(doc_text(doc), adj.idx, *chars(doc, start, end))
    if content[0] >= content[1]:
        return None
    speaker_tok, speaker_end = holder
    speaker = speaker_span(speaker_tok, passages, content)
    if speaker_tok.i < adj.i and speaker_end <= adj.i:  # the phrase up to the adjective
        first, last = trim(doc, speaker_tok.left_edge.i, speaker_end)
        speaker = chars(doc, first, last) if first < last else speaker
    return Draft(
        content=passages.widen(*content),
        cue=chars(doc, adj.i, cue_end),
        speaker=speaker,
        speaker_head=speaker_tok.i,
    )
