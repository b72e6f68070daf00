"""Attributions by a colon at the start of a line: "Senator Smith: The bill is dead" (a headline
or a list of voices), where a short name before the colon says what follows it."""

from __future__ import annotations

from spacy.tokens import Span

from tidings.quotes.spans import Draft, Passages, chars, doc_text, trim

_MAX_NAME_TOKENS = 5
_MIN_CONTENT_WORDS = 3
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def colon_drafts(sent: Span, passages: Passages) -> list[Draft]:
    doc = sent.doc
    text = doc_text(doc)
    first = sent[0]
    while first.is_space and first.i + 1 < sent.end:
        first = doc[first.i + 1]
    if first.idx != text.rfind("\n", 0, first.idx) + 1:  # not at the start of a line
        return []
    head = doc[first.i : sent.end][: _MAX_NAME_TOKENS + 1]
    colon = next((t for t in head if t.text == ":"), None)
    if colon is None or colon.i == first.i:
        return []
    name = doc[first.i : colon.i]
    if any((t.is_punct and t.text not in (".", "-", "’", "'")) or t.like_num for t in name):
        return []
    words = [t for t in name if not t.is_punct]
    if not all(t.pos_ == "PROPN" for t in words) or not any(t.ent_type_ in _NAMED for t in words):
        return []  # a name, not a section heading ("Little Relief for Refugees:")
    if len(name) == 1 and name[0].text.isupper():
        return []  # "WATCH:", "UPDATE:" labels
    hi = text.find("\n", colon.idx)
    hi = len(text) if hi == -1 else hi
    end = colon.i + 1
    while end < len(doc) and doc[end].idx < hi:
        end += 1
    start, end = trim(doc, colon.i + 1, end)
    if sum(1 for t in doc[start:end] if not t.is_punct) < _MIN_CONTENT_WORDS:
        return []
    content = passages.widen(*chars(doc, start, end))
    return [
        Draft(
            content=content,
            cue=(colon.idx, colon.idx + 1),
            speaker=chars(doc, first.i, colon.i),
            speaker_head=name.root.i,
        )
    ]
