"""Attributions by a colon: "Senator Smith: The bill is dead" at the start of a line (a headline
or a list of voices), where a short name before the colon says what follows it; "Said Smith:
“…”" (the verb before its speaker); and "… – Jo Lee: “…”" within a line, where a name after a
dash introduces a quotation."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from tidings.knowledge import cached_knowledge, read_table, read_words
from tidings.quotes.lexicon import lexicon
from tidings.quotes.spans import Draft, Passages, chars, doc_text, trim

_MAX_NAME_TOKENS = 6
_MIN_CONTENT_WORDS = 3
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DASHES = frozenset({"-", "–", "—", "―", "--"})
_LINKS = frozenset({"at", "of", "on", "to", "for", "in", "from", "and"})  # "Lee at the RNC:"
_NAME_PUNCT = frozenset({".", "-", "’", "'"})
_OPENING_MARKS = frozenset({'"', "“", "''"})


def _is_name(words: list[Token]) -> bool:
    """A name the document knows: proper nouns with a named-entity word, or words that are
    part of a name elsewhere in the document ("Lee:" after "Senator Ann Lee", "TAPPER:" in a
    transcript of "Jake Tapper", "JO LEE:" among other turns); "WATCH:", "UPDATE:" are labels.
    Inner words may be lower-case links ("Grey at Town Hall"), and the last a noun of the
    name's people ("Lee camp:", data/quotes/colon_groups.txt)."""
    if not words or not words[0].text[:1].isupper():
        return False
    if len(words) > 1 and words[-1].lower_ in colon_groups() and words[-2].pos_ == "PROPN":
        words = words[:-1]  # "Lee camp: …", "Hale aides: …"
    if not words[-1].text[:1].isupper():
        return False
    if any(not w.text[:1].isupper() and w.lower_ not in _LINKS for w in words):
        return False
    capitals = [w for w in words if w.text[:1].isupper()]
    if len(words) == 1 and words[0].lower_ in colon_sources():
        return True  # "Poll: …", "Q: …"
    if any(w.lower_ in colon_labels() for w in capitals):
        return False
    known = _name_words(words[0].doc)
    if all(w.lower_ in known for w in capitals):
        return True
    if len(words) <= 3 and all(w.text.isupper() for w in words):
        return _is_transcript(words[0].doc)  # "TAPPER: …", "JO TAPPER: …" among other turns
    if len(words) == 1:  # "Hale: The Plan Is Dead": a lone proper noun before a clause
        return words[0].pos_ == "PROPN"
    titled = all(
        t.pos_ == "PROPN" or (t.pos_ in ("ADJ", "NOUN") and t.i < words[-1].i) for t in capitals
    )
    return titled and any(t.ent_type_ in _NAMED for t in words)  # "Former Mayor Grey:"


@cached_knowledge
def colon_sources() -> frozenset[str]:
    """Words that name a source before a colon on their own ("Poll:", "Q:")."""
    rows = read_table("quotes/colon_sources.tsv", ("word",))
    return frozenset(row["word"].lower() for row in rows)


@cached_knowledge
def colon_groups() -> frozenset[str]:
    """Nouns of a person's or a body's people after its name before a colon ("Lee camp:")."""
    return read_words("quotes/colon_groups.txt")


@cached_knowledge
def colon_labels() -> frozenset[str]:
    """Words of a heading or label before a colon that names no one ("WATCH:", "Update:")."""
    return read_words("quotes/colon_labels.txt")


_TURN = re.compile(r"^\W{0,2}[A-Z][A-Z.'’ -]{1,30}:", re.M)


def _is_transcript(doc: Doc) -> bool:
    """Whether the text is (or holds) a transcript: three or more lines open with a speaker's
    name in capitals and a colon ("WALLACE: …", "PENCE: …")."""
    found = doc.user_data.get("tidings.transcript")
    if found is None:
        labels = colon_labels()
        turns = [m.group().strip("\"“': ").lower() for m in _TURN.finditer(doc_text(doc))]
        found = sum(1 for t in turns if t not in labels) >= 3
        doc.user_data["tidings.transcript"] = found
    return bool(found)


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
    return [*_line_start_drafts(sent, passages), *_inline_drafts(sent, passages)]


def _line_start_drafts(sent: Span, passages: Passages) -> list[Draft]:
    """Drafts for the lines that start in ``sent`` (the parser may run a line on from the one
    before it: "Partial transcript as follows:\n\nLEE: …")."""
    text = doc_text(sent.doc)
    drafts: list[Draft] = []
    for tok in sent:
        if not tok.is_space and tok.idx == text.rfind("\n", 0, tok.idx) + 1:
            drafts.extend(_line_draft(tok, sent, passages))
    return drafts


def _line_draft(first: Token, sent: Span, passages: Passages) -> list[Draft]:
    doc = sent.doc
    text = doc_text(doc)
    led = first.text in _OPENING_MARKS and first.i + 1 < sent.end
    if led:  # "\"WALLACE: …" — a transcript quoted paragraph by paragraph
        first = doc[first.i + 1]
    head = doc[first.i : sent.end][: _MAX_NAME_TOKENS + 3]
    colon = next((t for t in head if t.text == ":"), None)
    if colon is None or colon.i == first.i:
        return []
    first = _past_label(doc, first, colon)
    cue_tok = None
    if _is_said(first) and colon.i > first.i + 1:  # "Said Lee: …"
        cue_tok, first = first, doc[first.i + 1]
    name = doc[first.i : colon.i]
    if len(name) > _MAX_NAME_TOKENS:
        return []
    if any((t.is_punct and t.text not in _NAME_PUNCT) or t.like_num for t in name):
        return []
    words = [t for t in name if not t.is_punct]
    if not _is_name(words):
        return []  # a name, not a section heading ("Little Relief for Refugees:") or a label
    hi = text.find("\n", colon.idx)
    hi = len(text) if hi == -1 else hi
    end = colon.i + 1
    while end < len(doc) and doc[end].idx < hi:
        end += 1
    start, end = trim(doc, colon.i + 1, end, keep_quotes=not led)
    if sum(1 for t in doc[start:end] if not t.is_punct) < _MIN_CONTENT_WORDS:
        return []
    cue = (
        chars(doc, cue_tok.i, cue_tok.i + 1) if cue_tok is not None else (colon.idx, colon.idx + 1)
    )
    content = chars(doc, start, end) if led else passages.widen(*chars(doc, start, end))
    return [
        Draft(
            content=content,  # a quoted transcript's turn ends with its line
            cue=cue,
            speaker=chars(doc, first.i, colon.i),
            speaker_head=_head(name),
        )
    ]


def _inline_drafts(sent: Span, passages: Passages) -> list[Draft]:
    """ "Pollsters agree – Jo Lee: “…”": a name after a dash, then a colon and a quotation."""
    doc = sent.doc
    drafts: list[Draft] = []
    for colon in sent:
        after = colon.i + 1
        while after < sent.end and doc[after].is_space:
            after += 1  # "Jo Lee:\xa0“…”"
        if colon.text != ":" or after >= sent.end:
            continue
        quote = passages.at(doc[after].idx)
        if quote is None or quote.start != doc[after].idx:
            continue
        dash = colon.i - 1
        while dash > sent.start and doc[dash].text not in _DASHES and colon.i - dash <= 7:
            dash -= 1
        if doc[dash].text not in _DASHES or dash + 1 >= colon.i:
            continue
        name = doc[dash + 1 : colon.i]
        if len(name) > _MAX_NAME_TOKENS or not _is_name([t for t in name if not t.is_punct]):
            continue
        if any(t.is_punct and t.text not in _NAME_PUNCT for t in name):
            continue
        drafts.append(
            Draft(
                content=(quote.start, quote.end),
                cue=(colon.idx, colon.idx + 1),
                speaker=chars(doc, name.start, name.end),
                speaker_head=_head(name),
            )
        )
    return drafts


def _past_label(doc: Doc, first: Token, colon: Token) -> Token:
    """ "EXCLUSIVE – Jo Lee: …": a capitalised label and a dash before the name are left out."""
    for i in range(first.i, min(colon.i, first.i + 3)):
        if doc[i].text in _DASHES:
            label = doc[first.i : i]
            if all(t.text.isupper() or t.lower_ in colon_labels() for t in label):
                return doc[i + 1]
            break
    return first


def _is_said(tok: Token) -> bool:
    cue = lexicon().verbs.get(tok.lemma_.lower()) or lexicon().verbs.get(tok.lower_)
    return tok.text[:1].isupper() and tok.tag_ in ("VBD", "VBZ") and cue is not None


def _head(name: Span) -> int:
    """The name's head token (its last proper noun when the parser split it)."""
    root = name.root
    if root.pos_ in ("PROPN", "NOUN", "PRON"):
        return root.i
    nouns = [t for t in name if t.pos_ in ("PROPN", "NOUN")]
    return nouns[-1].i if nouns else root.i
