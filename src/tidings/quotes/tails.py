"""Where an indirect content starts and ends: what the narrator adds around the reported words
is left out (a dateline or "Still," before them; "…, which critics call a tax", "… — a plan
that failed", "…, while others disagree" after them)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.quotes.spans import LINK_WORDS, Passages

_STOPS = frozenset({".", "?", "!"})
_PAUSE = frozenset({",", "—", "–", "--", ";"})
_DASHES = frozenset({"—", "–", "--"})
_CONTRAST = frozenset({"while", "whereas", "though", "although", "however"})
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})


def cut_tail(doc: Doc, start: int, end: int, passages: Passages) -> int:
    """The end (token) of the content [start, end) less a trailing aside after a comma or dash:
    a non-restrictive relative clause, a descriptive appositive ("…, a plan that failed"), or a
    contrasting clause ("…, while others disagree", "…, even though …"). An aside inside a
    quotation is the speaker's own and stays. A full stop before an opening quotation mark ends
    it ("… was sound. ''It will hold,'' she said": the parser left the mark in the sentence)."""
    for i in range(start + 1, end - 1):
        if doc[i].text in _STOPS and passages.at(doc[i].idx) is None:
            quote = passages.at(doc[i + 1].idx)
            if quote is not None and quote.start == doc[i + 1].idx:
                return i
    for i in range(start + 2, end):
        if doc[i - 1].text not in _PAUSE or passages.at(doc[i].idx) is not None:
            continue
        if _is_aside(doc[i], end):
            return i - 1
    return end


def _is_aside(first: Token, end: int) -> bool:
    """Whether the phrase opened by ``first`` is an aside that runs to the content's end."""
    doc = first.doc
    last = end - 1
    while last > first.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for tok in (first, *first.ancestors):
        if tok.left_edge.i != first.i:
            break
        if tok.right_edge.i < last:
            continue
        if tok.dep_ == "relcl":
            return first.tag_ in _WH
        if tok.dep_ == "appos":  # after a dash, or "a …" (not a list or a name)
            return doc[first.i - 1].text in _DASHES or (
                tok.pos_ == "NOUN"
                and first.lower_ in ("a", "an")
                and not any(c.dep_ == "cc" for c in tok.children)
            )
        if tok.dep_ == "advcl":
            nxt = doc[first.i + 1].lower_ if first.i + 1 < len(doc) else ""
            return first.lower_ in _CONTRAST or (first.lower_ == "even" and nxt == "though")
    return False


_OPENERS = frozenset({"advmod", "intj", "cc"})
_MAX_OPENER = 4  # tokens of a sentence adverb before its comma ("Still,", "Even so,")
_MAX_DATELINE = 12


def cut_head(doc: Doc, start: int, end: int) -> int:
    """The start (token) of the content [start, end) less what opens it without being said: a
    dateline ("LOS ANGELES (AP) — …"), a sentence adverb before a comma ("Still, …", "Even
    so, …") or a time the parser put into the clause ("said Tuesday his plan …"). A phrase
    before a comma ("In Ohio, …") stays: it is part of what is said."""
    if end - start > 2 and doc[start].lower_ in LINK_WORDS and _opens_sentence(doc[start]):
        start += 2 if doc[start + 1].text == "," else 1  # "But the plan failed, he said"
    for i in range(start, min(end, start + _MAX_DATELINE)):
        if doc[i].text in _DASHES:
            lead = doc[start:i]
            if doc[start].text.isupper() or any(t.text == "(" for t in lead):
                start = i + 1
            break
    for k in range(start + 1, min(end - 1, start + _MAX_OPENER + 1)):
        if doc[k].text != ",":
            continue
        tops = [t for t in doc[start:k] if not (start <= t.head.i < k)]
        if tops and all(t.dep_ in _OPENERS and t.head.i > k for t in tops):
            start = k + 1
        break
    i = start
    if i < end and doc[i].dep_ == "prep" and i + 1 < end and doc[i + 1].ent_type_ in _TIMES:
        i += 1
    j = i
    while j < end and doc[j].ent_type_ in _TIMES:
        j += 1
    if i < j < end and (_SUBJECT & {doc[j].dep_, doc[j].head.dep_}):
        start = j  # the time is followed by the clause's subject (or its first modifier)
    return start


def _opens_sentence(tok: Token) -> bool:
    """Whether ``tok`` is the first word of its sentence (after a full stop or a line break)."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i < 0 or doc[i].text in (".", "!", "?") or "\n" in doc[i + 1 : tok.i].text


_TIMES = frozenset({"DATE", "TIME"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
