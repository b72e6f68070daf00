"""A cue clause set off inside or after the clause it reports: "The plan, aides believe, will
fail", "The vote, she wrote in an email, came too late", "As the mayor noted, the bridge is
old". The parser hangs such a cue verb on the reported clause's verb (parataxis, or a ccomp
or advcl it cannot place); the content is that clause around the cue clause, and the quote's
content span holds the frame (``tidings.quotes.pieces`` leaves it out)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tidings.quotes.spans import QUOTE_CHARS, Passages, chars, clip_to_paragraph, doc_text, trim
from tidings.quotes.tails import cut_head, cut_tail

_SET_OFF = frozenset({",", "—", "–", "--", "(", ")"})
_HEAD_DEPS = frozenset({"parataxis", "ccomp", "advcl"})
_OWN_CONTENT = frozenset({"ccomp", "dobj", "xcomp", "attr", "oprd", "dative"})
_MIN_CONTENT_TOKENS = 3
_GOES_ON = frozenset({"conj", "cc", "xcomp", "punct"})  # the reported clause's, after the frame


def parenthetical_content(
    verb: Token, speaker: Token | None, sent: Span, passages: Passages, *, addressee: bool = False
) -> tuple[tuple[int, int], bool] | None:
    """(content characters, frame inside) for a cue verb in a parenthetical cue clause, or None.
    The frame is inside the content when reported words follow it; a trailing frame ("…, she
    wrote in an email.") ends the content instead. With ``addressee`` the verb's object is whom
    it was said to ("The plan, Lee told WKRB, will fail"), not words of its own."""
    if verb.dep_ not in _HEAD_DEPS or speaker is None or passages.at(verb.idx) is not None:
        return None
    own = _OWN_CONTENT - {"dobj", "dative"} if addressee else _OWN_CONTENT
    as_clause = _as_clause_content(verb, speaker, sent, passages, own)
    if as_clause is not None:
        return as_clause
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or not sent.start <= head.i < sent.end:
        return None
    if verb.dep_ == "ccomp" and head.i < verb.i:
        return None  # "the vote shows Lee argued …" reads as a report of its own
    close = _frame_close(verb)
    rest = [c for c in verb.rights if close is not None and c.i > close]
    if any(c.dep_ not in _GOES_ON and not _circumstance(c) for c in rest):
        close, rest = None, []  # "…, he observed, without …": the frame runs on, as parsed
    if any(c.dep_ in own and c not in rest for c in verb.children):
        return None
    if not (speaker.head.i == verb.i and speaker.dep_ in ("nsubj", "expl")):
        return None
    mark = next((c for c in verb.lefts if c.dep_ == "mark"), None)
    if verb.dep_ == "advcl" and (mark is None or mark.lower_ != "as"):
        return None
    doc = verb.doc
    near = (c for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod") and c.i > speaker.i)
    frame = [speaker.left_edge, *near]  # "Even then, others insist, …": "then" is not the frame's
    first = min([verb.i, *(t.i for t in frame), *([mark.i] if mark is not None else [])])
    last = verb.right_edge.i if close is None else close - 1
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if first <= sent.start or doc[first - 1].text not in _SET_OFF:
        return None
    start, end = head.left_edge.i, head.right_edge.i + 1
    start, end = max(start, sent.start), min(end, sent.end)
    after = last + 1
    while after < end and (doc[after].is_punct or doc[after].is_space):
        after += 1
    # "…, he said, on condition of anonymity", "…, Lee explained, recalling …": the speaker's
    # own circumstances, which the parser hung on the cue verb, end the content at the frame
    trailing = after >= end or any(_circumstance(c) for c in rest)
    if not trailing and doc[last + 1].text not in _SET_OFF:
        return None
    if trailing:
        end = first
    span = trim(doc, start, end)
    if start < first:  # a dateline before the words, not an opener of what is said
        cut = cut_head(doc, *span)
        if cut > span[0] and doc[cut - 1].text in ("—", "–", "--"):
            span = (cut, span[1])
    if not trailing:
        span = (span[0], max(cut_tail(doc, after, span[1], passages), after))
    if span[1] - span[0] - (last + 1 - first) < _MIN_CONTENT_TOKENS:
        return None
    if span[0] >= first and not trailing:
        return None  # the frame opens the sentence: "He said, …" is no aside
    content = clip_to_paragraph(doc_text(doc), verb.idx, *chars(doc, *trim(doc, *span)))
    if content[0] >= content[1]:
        return None
    return passages.widen(*content), not trailing


def _circumstance(tok: Token) -> bool:
    """A clause after the frame ("…, Lee explained, recalling …", "…, officials said, before
    …"): the speaker's."""
    return tok.dep_ == "advcl"


def _frame_close(verb: Token) -> int | None:
    """The set-off mark (token) that closes a cue clause in mid-sentence when the parser hung
    words after it on the cue verb ("The driver had no record, the firm added, and had passed
    …", "Nor has she any plans, aides say, to veto …"); None when the verb's words end first."""
    doc = verb.doc
    last = verb.right_edge.i
    for i in range(verb.i + 1, last):
        if doc[i].text in _SET_OFF and doc[i].head.i == verb.i:
            words = [t for t in doc[i + 1 : last + 1] if not t.is_punct]
            if not words or doc[words[0].i - 1].text in QUOTE_CHARS:
                return None  # "…, she said, “…”": a quotation of its own
            return i
    return None


def _as_clause_content(
    verb: Token, speaker: Token, sent: Span, passages: Passages, own: frozenset[str]
) -> tuple[tuple[int, int], bool] | None:
    """ "As the mayor noted, the bridge is old", "…, and as Lee said, the cost is high", "The
    cost is high, as Lee said": the clause the "as" clause is set off from is the content."""
    doc = verb.doc
    mark = next((c for c in verb.lefts if c.dep_ == "mark"), None)
    if verb.dep_ != "advcl" or mark is None or mark.lower_ != "as" or mark.i != verb.left_edge.i:
        return None
    if not (speaker.head.i == verb.i and speaker.dep_ == "nsubj"):
        return None
    if any(c.dep_ in own for c in verb.children):
        return None
    head = verb.head
    first, last = mark.i, verb.right_edge.i
    while last > verb.i and doc[last].is_punct:
        last -= 1  # the parser may hang the comma after the clause on its verb
    if last + 1 < sent.end and doc[last + 1].text in _SET_OFF:  # the "as" clause comes first
        start, end = last + 2, min(head.right_edge.i + 1, sent.end)
    elif first > sent.start and doc[first - 1].text in _SET_OFF:  # "…, as Lee said."
        start, end = max(head.left_edge.i, sent.start), first - 1
    else:
        return None
    span = trim(doc, start, end)
    if span[1] - span[0] < _MIN_CONTENT_TOKENS:
        return None
    content = clip_to_paragraph(doc_text(doc), verb.idx, *chars(doc, *span))
    if content[0] >= content[1]:
        return None
    return passages.widen(*content), False
