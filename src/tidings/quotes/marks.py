"""Quotation marks: where the quoted passages of a text begin and end.

Handles curly (“…”) and straight ("…") double marks, doubled apostrophes (''…'', an old newswire
convention, also ending with a nested single quote: ''… a 'word,'''), guillemets, and single marks
(‘…’, '…') used as the outer marks of British-style quotes; apostrophes (Putin’s, leaders’, ’90s)
are told apart from closing marks by their context. A quote that a paragraph opens without closing
continues when the next paragraph opens with a mark (the newspaper convention for a quote of
several paragraphs); otherwise it is dropped as an unbalanced mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"'''|''|[“”\"«»‘’']")  # ''' is a single and a doubled mark together
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:;,\u00a0")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted passage: ``start`` at its opening mark, ``end`` just after its closing mark."""

    start: int
    end: int
    double: bool  # opened by a double mark (“ " '' «), not a single one (‘ ')


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _after(text: str, i: int) -> str:
    return text[i] if i < len(text) else " "


def _role(text: str, start: int, end: int) -> str:
    """'open', 'close', 'either' or 'apostrophe' for the mark text[start:end]."""
    mark = text[start:end]
    before, after = _before(text, start), _after(text, end)
    opens = before in _OPEN_CONTEXT or before in "“‘\"'"
    closes = not after.isalnum()
    if mark in ("“", "«"):  # a “ typed to close a word ("“Frozen“ and …") closes
        return "close" if mark == "“" and closes and not opens else "open"
    if mark in ("”", "»"):  # a ” typed to open one ("said ”we will …") opens
        return "open" if mark == "”" and opens and after.isalpha() else "close"
    if mark in ('"', "''"):
        if opens and not after.isspace():
            return "open"
        if closes and not before.isspace():
            return "close"
        return "either"
    # single marks: ‘ ’ '
    if mark == "‘":
        return "open" if opens else "apostrophe"
    if before.isalnum() and after.isalnum():
        return "apostrophe"  # Putin’s, don't
    if opens and after.isalpha():
        return "open"
    if closes and not before.isspace():
        return "close"
    return "apostrophe"


def _paragraph_opens_with_mark(text: str, i: int) -> bool:
    """Whether the paragraph after the line break at ``i`` starts with an opening double mark."""
    j = i
    while j < len(text) and text[j] in " \t\n\u00a0":
        j += 1
    return text.startswith(("“", '"', "''", "«"), j)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Outer quoted passages of ``text`` in order (nested quotes are part of their outer one)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None  # an open double quote
    single_at: int | None = None  # an open single quote (only outside double quotes)
    newline = text.find("\n")
    pos = 0
    for match in _MARK.finditer(text):
        start, end = match.span()
        # line breaks passed since the previous mark
        while newline != -1 and newline < start:
            single_at = None
            if (
                open_at is not None
                and newline >= pos
                and not _paragraph_opens_with_mark(text, newline)
            ):
                open_at = None  # unbalanced: the paragraph never closed its quote
            newline = text.find("\n", newline + 1)
        pos = end
        mark = match.group()
        if mark == "'''":  # "''… a 'word,'''": a nested single quote ends with its outer one
            if open_at is not None and not _before(text, start).isspace():
                spans.append(QuoteSpan(open_at, end, True))
                open_at = None
            elif open_at is None and not _after(text, end).isspace():
                open_at, single_at = start, None
            continue
        role = _role(text, start, end)
        if role == "apostrophe":
            continue
        if mark in ("“", "”", '"', "''", "«", "»"):
            if open_at is None:
                if role in ("open", "either"):
                    open_at, single_at = start, None
                continue
            if role == "open" and _starts_paragraph(text, start):
                continue  # a continued quote's new paragraph
            if role in ("close", "either"):
                spans.append(QuoteSpan(open_at, end, True))
                open_at = None
            continue
        if open_at is not None:
            continue  # a nested single quote, part of the outer one
        if single_at is None:
            if role == "open":
                single_at = start
        elif role == "close":
            spans.append(QuoteSpan(single_at, end, False))
            single_at = None
    return spans


def _starts_paragraph(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] == "\n"
