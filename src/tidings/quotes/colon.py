"""Attributions by a colon at the start of a line: "Senator Smith: The bill is dead" (a headline
or a list of voices), where a short name before the colon says what follows it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tidings.knowledge import cached_knowledge, read_table
from tidings.quotes.spans import Draft, Passages, chars, doc_text, trim

_MAX_NAME_TOKENS = 5
_MIN_CONTENT_WORDS = 3
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _is_name(words: list[Token]) -> bool:
    """A name the document knows: proper nouns with a named-entity word, or words that are
    part of a name elsewhere in the document ("Lee:" after "Senator Ann Lee", "TAPPER:" in a
    transcript of "Jake Tapper"); "WATCH:", "UPDATE:" are labels."""
    if not words or not all(w.text[:1].isupper() for w in words):
        return False
    if len(words) == 1 and words[0].lower_ in colon_sources():
        return True  # "Poll: …", "Q: …"
    known = _name_words(words[0].doc)
    if all(w.lower_ in known for w in words):
        return True
    if len(words) == 1 and words[0].text.isupper():
        return False
    return all(t.pos_ == "PROPN" for t in words) and any(t.ent_type_ in _NAMED for t in words)


@cached_knowledge
def colon_sources() -> frozenset[str]:
    """Words that name a source before a colon on their own ("Poll:", "Q:")."""
    rows = read_table("quotes/colon_sources.tsv", ("word",))
    return frozenset(row["word"].lower() for row in rows)


def _name_words(doc: Doc) -> frozenset[str]:
    """Lower-cased words of the document's person and organization names."""
    known = doc.user_data.get("tidings.name_words")
    if known is None:
        known = frozenset(
            t.lower_ for e in doc.ents if e.label_ in ("PERSON", "ORG") for t in e if t.is_alpha
        )
        doc.user_data["tidings.name_words"] = known
    return known


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
    if not _is_name(words):
        return []  # a name, not a section heading ("Little Relief for Refugees:") or a label
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
