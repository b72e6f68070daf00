"""Attributions by a dash at the end of a line: "“We were never asked.” ― Ana Ruiz" (a list of
reader voices) and embedded posts ("Text of the post — Jo Lee (@jolee) May 2, 2016"), where a
short name after the dash says whose words come before it."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from tidings.quotes.marks import QuoteSpan
from tidings.quotes.spans import QUOTE_CHARS, Draft, Passages, doc_text

_NAME_WORD = r"[^\W\d_][\w.'’-]*"
_LINE = re.compile(
    r"(?P<body>\S.*?)[\s\u00a0]*[―—–][\s\u00a0]*"
    rf"(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,4}})"
    r"(?P<handle>[ \u00a0]*\(@\w+\))?"
    r"[\s\u00a0.]*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?[\s\u00a0]*"
)
_LINKS = re.compile(r"(?:[\s\u00a0]*(?:pic\.twitter\.com/\S+|https?://\S+))+$")


def dash_drafts(
    doc: Doc, passages: Passages, is_codable: Callable[[int, int], bool]
) -> list[Draft]:
    text = doc_text(doc)
    drafts: list[Draft] = []
    for line in re.finditer(r"[^\n]+", text):
        if "―" not in line.group() and "—" not in line.group() and "–" not in line.group():
            continue
        m = _LINE.fullmatch(line.group())
        if m is None or not _is_name(m.group("name")):
            continue
        start = line.start()
        body_end = start + m.end("body")
        body_end = start + len(_LINKS.sub("", text[start:body_end]))
        ends_quoted = text[body_end - 1] in QUOTE_CHARS or _passage_ends(passages, body_end)
        if not (ends_quoted or m.group("handle")):
            continue  # "Storm hits the coast — Reuters" is a credit, not a voice
        if not is_codable(start, body_end):
            continue
        content = passages.widen(start + m.start("body"), body_end)
        dash = start + m.end("body")
        while text[dash] not in "―—–":
            dash += 1
        name_end = start + (m.end("handle") if m.group("handle") else m.end("name"))
        if not m.group("handle") and text[name_end - 1] == "." and text[name_end - 3] != " ":
            name_end -= 1  # "― Tom Marsh." (an initial keeps its point: "― Jo B.")
        name = doc.char_span(start + m.start("name"), name_end, alignment_mode="expand")
        if name is None:
            continue
        drafts.append(
            Draft(
                content=content,
                cue=(dash, dash + 1),
                speaker=(start + m.start("name"), name_end),
                speaker_head=name.root.i,
                kind="direct" if ends_quoted else "indirect",
            )
        )
    return drafts


def _is_name(name: str) -> bool:
    words = name.replace("\u00a0", " ").split()
    return all(w[0].isupper() for w in words) and not all(w.isupper() for w in words)


def _passage_ends(passages: Passages, end: int) -> bool:
    found: list[QuoteSpan] = passages.within(end - 1, end)
    return any(q.end == end for q in found)
