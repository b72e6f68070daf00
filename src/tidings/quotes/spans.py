"""Shared pieces of the quote stage: the draft attribution, the quoted passages of a document, and
helpers that turn parse subtrees into trimmed character spans."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings.quotes.marks import QuoteSpan

QUOTE_CHARS = frozenset("“”\"«»‘’'")
TIME_LABELS = frozenset({"DATE", "TIME"})  # spaCy entity labels of a time ("Friday", "last week")
_TRAILING_CC = frozenset({"and", "but", "or"})
LINK_WORDS = frozenset({"but", "and", "yet"})  # the narrator's link to the sentence before
_EDGE_PUNCT = frozenset(",.;:—–-()[]!?…•·▪◦‣*")


@dataclass
class Draft:
    """An attribution being built: character spans (start, end) or None."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_head: int | None  # token index of the speaker's syntactic head
    kind: str = "indirect"
    cue_token: int | None = None
    open_colon: bool = False  # "X said:" with no content yet (the next quote is its content)
    nested: bool = False  # the cue lies inside a quotation ("“… I said …”")
    by_phrase: bool = False  # cued by a fixed phrase ("according to X")


class Passages:
    """The direct quotes of a document, searchable by character offset."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        self.spans = spans
        self._starts = [s.start for s in spans]

    def at(self, char: int) -> QuoteSpan | None:
        """The quote containing character ``char`` (marks included)."""
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and self.spans[i].start <= char < self.spans[i].end:
            return self.spans[i]
        return None

    def within(self, start: int, end: int) -> list[QuoteSpan]:
        """Quotes overlapping the characters [start, end)."""
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        out: list[QuoteSpan] = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end > start:
                out.append(self.spans[i])
            i += 1
        return out

    def widen(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) grown so that no quote is cut in two."""
        for q in self.within(start, end):
            if q.start < start or q.end > end:
                start, end = min(start, q.start), max(end, q.end)
        return start, end


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document (spaCy rebuilds the string on every access)."""
    text = doc.user_data.get("tidings.text")
    if text is None:
        text = doc.user_data["tidings.text"] = doc.text
    return text


def is_punct(tok: Token) -> bool:
    return tok.is_punct or tok.is_space or tok.text in QUOTE_CHARS


def comma_participle(tok: Token, marks: tuple[str, ...] = (",", "—")) -> bool:
    """A participle right after a comma or dash (", adding …", "— citing …")."""
    return tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text in marks


_CLOSING = {")": "(", "]": "["}


def _opens(doc: Doc, start: int, end: int, closing: str) -> bool:
    """Whether tokens [start, end) leave a bracket open that ``closing`` closes."""
    opening = _CLOSING[closing]
    depth = 0
    for tok in doc[start:end]:
        depth += (tok.text == opening) - (tok.text == closing)
    return depth > 0


def trim(doc: Doc, start: int, end: int, *, keep_quotes: bool = True) -> tuple[int, int]:
    """Token range [start, end) without leading/trailing punctuation and spaces (closing quote
    marks at the end, and what they enclose, are kept when ``keep_quotes``)."""
    while start < end and (doc[start].is_space or doc[start].text in _EDGE_PUNCT):
        start += 1
    while end > start:
        last = doc[end - 1]
        if keep_quotes and last.text in QUOTE_CHARS | {"''"}:
            break
        if last.text in _CLOSING and _opens(doc, start, end - 1, last.text):
            break  # "the Kurdistan Workers' Party (PKK)": the bracket closes what the span opened
        if last.is_space or last.text in _EDGE_PUNCT or last.text in QUOTE_CHARS:
            end -= 1
            continue
        if last.lower_ in _TRAILING_CC and last.dep_ == "cc" and end - 1 > start:
            end -= 1  # "… twice but" (the parser left the rest of the coordination out)
            continue
        break
    return start, end


def chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character span of tokens [start, end)."""
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def subtree(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def strip_chars(text: str, start: int, end: int) -> tuple[int, int]:
    """A character span without surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clip_to_paragraph(text: str, anchor: int, start: int, end: int) -> tuple[int, int]:
    """[start, end) cut to the line holding character ``anchor`` (a parse may run across a
    headline, a bullet and a paragraph break)."""
    lo = text.rfind("\n", 0, anchor) + 1
    hi = text.find("\n", anchor)
    hi = len(text) if hi == -1 else hi
    return max(start, lo), min(end, hi)
