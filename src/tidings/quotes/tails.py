"""Where an indirect content ends: the narrator's asides after the reported words are left out
("…, which critics call a tax", "… — a plan that failed", "…, while others disagree")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.quotes.spans import Passages

_PAUSE = frozenset({",", "—", "–", "--", ";"})
_DASHES = frozenset({"—", "–", "--"})
_CONTRAST = frozenset({"while", "whereas", "though", "although", "however"})
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})


def cut_tail(doc: Doc, start: int, end: int, passages: Passages) -> int:
    """The end (token) of the content [start, end) less a trailing aside after a comma or dash:
    a non-restrictive relative clause, a descriptive appositive ("…, a plan that failed"), or a
    contrasting clause ("…, while others disagree"). An aside inside a quotation is the
    speaker's own and stays."""
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
            return first.lower_ in _CONTRAST
    return False
