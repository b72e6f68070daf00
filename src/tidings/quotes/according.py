"""Attributions by a fixed phrase: "…, according to the Kremlin", "According to X, …",
"according to a report from X", "in X's view" (the rest of the sentence is what X says); and
by a poll or study the clause is found in: "In a new poll, Lee leads by six points"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tidings.knowledge import cached_knowledge, read_words
from tidings.quotes.lexicon import Lexicon
from tidings.quotes.spans import Draft, Passages, chars, clip_to_paragraph, doc_text, is_punct, trim
from tidings.quotes.speakers import speaker_span, statement_possessor, whole_name_end
from tidings.quotes.tails import cut_head


@cached_knowledge
def view_nouns() -> frozenset[str]:
    """Nouns of a view held "in" its owner's name (data/quotes/view_nouns.txt)."""
    return read_words("quotes/view_nouns.txt")


def phrase_drafts(sent: Span, passages: Passages, lex: Lexicon) -> list[Draft]:
    drafts: list[Draft] = []
    for tok in sent:  # "In her view, the levy fails": the owner says the rest of the sentence
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or tok.dep_ != "pobj" or tok.head.lower_ != "in":
            continue
        if tok.lower_ in view_nouns() and tok.head.i == tok.left_edge.i - 1 and _main(tok):
            draft = _draft(sent, tok.head, tok, passages, lex, owner)
            if draft is not None:
                drafts.append(draft)
    words = [t.lower_ for t in sent]
    i = 0
    while i < len(sent):
        for phrase in lex.phrases:
            if tuple(words[i : i + len(phrase)]) == phrase:
                draft = _draft(sent, sent[i], sent[i + len(phrase) - 1], passages, lex)
                if draft is not None:
                    drafts.append(draft)
                i += len(phrase) - 1
                break
        i += 1
    return drafts


@cached_knowledge
def finding_nouns() -> frozenset[str]:
    """Nouns of a poll or study that a clause is found "in" (data/quotes/finding_nouns.txt)."""
    return read_words("quotes/finding_nouns.txt")


def finding_drafts(sent: Span, passages: Passages, lex: Lexicon) -> list[Draft]:
    """ "In a new poll, Lee leads …": the poll is the source, "in" the cue, the clause the
    content (not "said in a poll": the verb cues). The phrase opens the sentence: a standing
    "in the polls" after the verb ("slipped in the polls", "ahead in national polls") reports
    nothing."""
    drafts: list[Draft] = []
    for tok in sent:
        if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in finding_nouns():
            continue
        if tok.head.lemma_.lower() in lex.verbs or tok.head.dep_ != "ROOT":
            continue
        if tok.left_edge.i != sent.start or tok.i > tok.head.i:
            continue  # "In a new poll, …" opens the sentence
        draft = _draft(sent, tok, tok, passages, lex)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _main(tok: Token) -> bool:
    """Whether ``tok`` lies in the sentence's main clause, not in a reported or subordinate one."""
    return not any(a.dep_ in _SUBORDINATE for a in tok.ancestors)


_SUBORDINATE = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})


def _object(last: Token) -> Token | None:
    """The noun phrase the phrase introduces (spaCy hangs it on the last word, or next to it;
    of several objects, the last: "according to e-mails" may come as "e", "-", "mails")."""
    obj = next((c for c in reversed(list(last.children)) if c.dep_ == "pobj"), None)
    if obj is None and last.i + 1 < len(last.doc):
        nxt = last.doc[last.i + 1]
        obj = nxt if nxt.pos_ in ("PROPN", "NOUN", "PRON") else None
        while obj is not None and obj.head.i > obj.i and obj.dep_ in ("compound", "det", "amod"):
            obj = obj.head
    return obj


def _draft(
    sent: Span,
    first: Token,
    last: Token,
    passages: Passages,
    lex: Lexicon,
    holder: Token | None = None,
) -> Draft | None:
    """The draft of a phrase from ``first`` to ``last``; with a ``holder`` ("in her view") the
    holder speaks and the cue is the last word alone."""
    doc = sent.doc
    obj = _object(last) if holder is None else last
    if obj is None:
        return None
    phrase_end = whole_name_end(doc, max(obj.right_edge.i, last.i) + 1)
    if phrase_end >= sent.end - 1:  # "According to Lee, the move reeks of …" parsed as one phrase
        comma = next((t.i for t in doc[obj.i + 1 : phrase_end] if t.text == ","), None)
        phrase_end = comma if comma is not None else phrase_end
    cue_end = last.i + 1
    speaker_tok = obj if holder is None else holder
    if holder is None and obj.lemma_.lower() in lex.nouns:
        owner = statement_possessor(obj)
        if owner is not None:
            speaker_tok = owner
            # "a report from X": the cue runs to the preposition; else to the noun
            cue_end = owner.head.i + 1 if owner.i > obj.i else obj.i + 1
    # the content: the rest of the sentence, on the longer side of the phrase
    left = trim(doc, sent.start, first.i)
    left = trim(doc, cut_head(doc, *left), left[1])
    right = trim(doc, phrase_end, sent.end)
    right = trim(doc, cut_head(doc, *right), right[1])
    size_left = sum(1 for t in doc[left[0] : left[1]] if not is_punct(t))
    size_right = sum(1 for t in doc[right[0] : right[1]] if not is_punct(t))
    if max(size_left, size_right) < 2:
        return None
    start, end = left if size_left >= size_right else right
    if size_left and size_right and _set_off(doc, first.i, phrase_end, left):
        start, end = left[0], right[1]  # "Other gains, according to the poll, include …"
    content = clip_to_paragraph(doc_text(doc), first.idx, *chars(doc, start, end))
    if content[0] >= content[1]:
        return None
    content = passages.widen(*content)
    return Draft(
        content=content,
        cue=chars(doc, first.i if holder is None else last.i, cue_end),
        speaker=speaker_span(speaker_tok, passages, content if holder is None else None),
        speaker_head=speaker_tok.i,
        by_phrase=holder is None,  # "in her view" inside a content is part of it
        nested=passages.at(first.idx) is not None,
    )


def _set_off(doc: Doc, first: int, end: int, left: tuple[int, int]) -> bool:
    """Whether the phrase [first, end) stands between commas inside a clause whose words before
    it hold no verb ("The plan, according to aides, will fail")."""
    if first == 0 or end >= len(doc) or doc[first - 1].text != "," or doc[end].text != ",":
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[left[0] : left[1]])
