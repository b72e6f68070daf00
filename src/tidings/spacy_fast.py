"""Faster stand-ins for parts of the spaCy model, with the same output.

spaCy's ``attribute_ruler`` runs a Matcher over every token for its 179 patterns, and its
``lemmatizer`` makes a Python Token object per token; together they cost about a fifth of the
model's time on news text. Both results depend only on a few attributes of each token (and, for
a handful of patterns, of its neighbour), so they are computed once per distinct key and cached:

* :class:`FastAttributeRuler` evaluates each one-token pattern of the model's own ruler once per
  (lower, tag, dep, is_space) key, and runs the few multi-token patterns with a small Matcher;
  matches are applied in the ruler's order (later patterns win), as ``AttributeRuler`` does.
* :class:`FastLemmatizer` asks the model's lemmatizer once per (orth, pos), the same key as the
  lemmatizer's own cache, so its answers are the lemmatizer's.

* :class:`BlasOps` computes thinc's matrix products with numpy's single-threaded OpenBLAS
  instead of blis (about twice as fast on these shapes).

``tests/test_prefilter.py`` checks them against the originals on text written for the test; the
benchmark notes in ``bench/README.md`` say how they were checked on the corpora.
``TIDINGS_FAST=0`` runs the stock components instead (``tidings.nlp.Annotator``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps

_KEY_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # what the patterns may test
_OTHER = 1  # the key of any word the patterns do not name (no string hashes to 1) …
_OTHER_WORD = "\x00"  # … and the word it is evaluated as


def _holds(spec: Any, value: Any) -> bool:
    if not isinstance(spec, dict):
        return bool(value == spec)
    for op, arg in spec.items():
        if op == "IN" and value not in arg:
            return False
        if op == "NOT_IN" and value in arg:
            return False
        if op == "REGEX" and not re.search(arg, value):
            return False
        if op not in ("IN", "NOT_IN", "REGEX"):
            raise ValueError(f"unsupported pattern operator {op!r}")
    return True


class _KeyRules(NamedTuple):
    single: list[tuple[int, tuple[tuple[int, int], ...]]]  # one-token patterns that hold
    slots: frozenset[tuple[int, int]]  # (multi-token pattern, position) whose spec holds
    mask: tuple[bool, ...]  # per column: whether the one-token patterns set it …
    values: tuple[int, ...]  # … and to what (the last pattern that sets it wins)


class FastAttributeRuler:
    """The model's attribute ruler, evaluated once per distinct token key."""

    def __init__(self, nlp: Language, name: str = "attribute_ruler") -> None:
        ruler = nlp.get_pipe(name)
        self.vocab = nlp.vocab
        # the ruler's own normalised values: attribute id -> the value Token.set_struct_attr takes
        sets = [dict(attrs) for attrs in ruler.attrs]
        self.columns = sorted({attr for attrs in sets for attr in attrs})
        col = {attr: k for k, attr in enumerate(self.columns)}
        # (pattern order, token spec, (column, value) pairs)
        self.single: list[tuple[int, dict[str, Any], tuple[tuple[int, int], ...]]] = []
        # multi-token patterns: (pattern order, token specs, index of the token to set, values)
        self.multi: list[tuple[int, list[dict[str, Any]], int, tuple[tuple[int, int], ...]]] = []
        for order, attrs in enumerate(sets):
            values = tuple((col[a], int(v)) for a, v in attrs.items())
            for tokens in ruler.matcher.get(str(order))[1]:
                tokens = [{k.upper(): v for k, v in t.items()} for t in tokens]
                if any(set(t) - set(_KEY_ATTRS) for t in tokens):
                    raise ValueError(f"attribute ruler pattern {tokens} is not supported")
                if len(tokens) == 1:
                    self.single.append((order, tokens[0], values))
                else:
                    self.multi.append((order, tokens, int(ruler.indices[order]), values))
        # A word no pattern names by LOWER and no LOWER regex matches behaves like any other such
        # word: keys use a stand-in for it, so that the cache stays small.
        self.lower_words: set[str] = set()
        self.lower_regexes: list[str] = []
        specs = [t for _o, t, _v in self.single] + [t for m in self.multi for t in m[1]]
        for spec in (t["LOWER"] for t in specs if "LOWER" in t):
            if not isinstance(spec, dict):
                self.lower_words.add(spec)
                continue
            for op, arg in spec.items():
                if op == "REGEX":
                    self.lower_regexes.append(arg)
                else:
                    self.lower_words.update(arg)
        if _OTHER_WORD in self.lower_words or self._regex_word(_OTHER_WORD):
            raise ValueError("the attribute ruler's patterns name the stand-in word")
        self.lower_class: dict[int, int] = {}
        self.cache: dict[tuple[int, ...], _KeyRules] = {}

    def _regex_word(self, word: str) -> bool:
        return any(re.search(regex, word) for regex in self.lower_regexes)

    def _class_of(self, lower: int) -> int:
        word = self.vocab.strings[lower] if lower else ""
        named = word in self.lower_words or self._regex_word(word)
        found = self.lower_class[lower] = lower if named else _OTHER
        return found

    def _rules_for(self, key: tuple[int, ...]) -> _KeyRules:
        strings = self.vocab.strings
        lower, tag, dep, space = key
        token = {
            "LOWER": _OTHER_WORD if lower == _OTHER else strings[lower] if lower else "",
            "TAG": strings[tag] if tag else "",
            "DEP": strings[dep] if dep else "",
            "IS_SPACE": bool(space),
        }
        single = [
            (order, values)
            for order, spec, values in self.single
            if all(_holds(v, token[k]) for k, v in spec.items())
        ]
        mask, final = [False] * len(self.columns), [0] * len(self.columns)
        for _order, values in single:
            for column, value in values:
                mask[column], final[column] = True, value
        found = _KeyRules(
            single,
            frozenset(
                (n, j)
                for n, (_order, specs, _index, _values) in enumerate(self.multi)
                for j, spec in enumerate(specs)
                if all(_holds(v, token[k]) for k, v in spec.items())
            ),
            tuple(mask),
            tuple(final),
        )
        self.cache[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cache = self.cache
        keyed: list[_KeyRules] = []
        lower_class = self.lower_class
        for lower, tag, dep, space in doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist():
            cls = lower_class.get(lower)
            key = (self._class_of(lower) if cls is None else cls, tag, dep, space)
            found = cache.get(key)
            keyed.append(found if found is not None else self._rules_for(key))
        out = doc.to_array(self.columns)
        mask = np.array([k.mask for k in keyed], dtype=bool)
        out[mask] = np.array([k.values for k in keyed], dtype=np.uint64)[mask]
        rules: dict[int, list[tuple[int, tuple[tuple[int, int], ...]]]] = {}
        for start, found in enumerate(keyed):
            if not found.slots:
                continue
            for n, (order, specs, index, values) in enumerate(self.multi):
                end = start + len(specs)
                if end > len(keyed) or any((n, j) not in keyed[start + j].slots
                                           for j in range(len(specs))):  # fmt: skip
                    continue
                i = start + index if index >= 0 else end + index
                rules.setdefault(i, list(keyed[i].single)).append((order, values))
        for i, found in rules.items():  # a token a multi-token pattern sets: all in the ruler's
            for _order, values in sorted(found, key=lambda r: r[0]):  # order, later ones win
                for column, value in values:
                    out[i, column] = value
        doc.from_array(self.columns, out)
        return doc

    def pipe(self, docs: Any, batch_size: int = 0) -> Any:
        for doc in docs:
            yield self(doc)


class _IndexList(list):  # type: ignore[type-arg]
    """A list of words whose ``in`` test is a set lookup (the lemmatizer's index is a list of
    ~50,000 words per part of speech, scanned for every candidate lemma of every new word)."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


class FastLemmatizer:
    """The model's lemmatizer, asked once per (orth, pos, morph), its own cache key; its word
    index is given set lookups (same answers, about 400 µs less per candidate lemma)."""

    def __init__(self, nlp: Language, name: str = "lemmatizer") -> None:
        self.lemmatizer = nlp.get_pipe(name)
        if getattr(self.lemmatizer, "overwrite", False):
            raise ValueError("a lemmatizer that overwrites lemmas is not supported")
        index = self.lemmatizer.lookups.get_table("lemma_index", {})
        for pos, words in list(index.items()):
            if isinstance(words, list) and not isinstance(words, _IndexList):
                index[pos] = _IndexList(words)
        self.strings = nlp.vocab.strings
        self.cache: dict[tuple[int, ...], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = np.flatnonzero(rows[:, 3] == 0)
        if not len(todo):
            return doc
        cache = self.cache
        lemmatize = self.lemmatizer.lemmatize
        for i, key in zip(todo.tolist(), map(tuple, rows[todo, :3].tolist()), strict=True):
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = self.strings.add(lemmatize(doc[i])[0])
            rows[i, 3] = lemma
        doc.from_array([LEMMA], rows[:, 3:4])
        return doc

    def pipe(self, docs: Any, batch_size: int = 0) -> Any:
        for doc in docs:
            yield self(doc)


class BlasOps(NumpyOps):
    """thinc's CPU ops with matrix products by numpy (OpenBLAS) instead of blis: on this
    model's shapes (a few hundred tokens x 288) numpy's single-threaded sgemm is about twice as
    fast. Same float32 products, summed in another order: the parses were checked to be the same
    (``bench/README.md``)."""

    name = "tidings-numpy-blas"

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False):  # type: ignore[override]
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return np.dot(a, b)
        try:
            np.dot(a, b, out=out)
        except ValueError:  # an output array np.dot cannot write into directly
            out[...] = np.dot(a, b)
        return out


def use_blas(nlp: Language) -> Callable[[], Any] | None:
    """Give every layer of ``nlp``'s models :class:`BlasOps`; returns a maker of context managers
    that hold BLAS to one thread while the model runs (more threads on such small products only
    burn CPU, and tidings runs one worker per core), or None when threadpoolctl is missing (then
    blis stays)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        return None
    controller = ThreadpoolController()
    if not controller.select(user_api="blas").lib_controllers:  # pragma: no cover
        return None
    ops = BlasOps()
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
    return lambda: controller.limit(limits=1, user_api="blas")
