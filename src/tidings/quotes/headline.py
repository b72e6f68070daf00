"""A title-case headline read in sentence case: "Senator Lopez Slams Agency Over Delays" parses
badly (every capitalised word looks like part of a name), so the headline's common words are
written in lower case in a copy of the line ("Senator Lopez slams agency over delays"), the
copy is parsed, and the usual rules read it. The copy has the line's length, so its character
offsets are the line's; its token indices are mapped to the document's.

A word keeps its capital when the article's body writes it with one inside a sentence more often
than without (a name: "Lopez"); any other word loses it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span

from tidings.nlp import annotate_long
from tidings.quotes.marks import find_quote_spans
from tidings.quotes.spans import Draft, Passages, doc_text

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_MIN_WORDS = 4
_CAPITALS_SHARE = 0.8


def headline_line(text: str) -> tuple[int, int] | None:
    """The characters [start, end) of the text's first line when it is a title-case
    headline, else None."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    return (start, end) if is_headline(text[start:end]) else None


def is_headline(line: str) -> bool:
    """A title-case line: most of its words (four or more) start with a capital."""
    words = [w for w in line.split() if w[:1].isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words) >= _MIN_WORDS and capitals >= _CAPITALS_SHARE * len(words)


def sentence_case(line: str, body: str) -> str:
    """``line`` with its common title-case words in lower case (same length)."""
    seen = _body_cases(body)
    out = list(line)
    for k, m in enumerate(_WORD.finditer(line)):
        word = m.group()
        if k == 0 or not (word[0].isupper() and word[1:].islower()):
            continue  # the first word, and "CIA", "McCain", "a"
        lower_seen, upper_seen = seen.get(word.lower(), (0, 0))
        if upper_seen <= lower_seen:  # else a name
            out[m.start()] = word[0].lower()
    return "".join(out)


def _body_cases(body: str) -> dict[str, tuple[int, int]]:
    """For each word of ``body``: how often it is written in lower case, and how often with a
    capital inside a sentence (not after a full stop, colon or line break)."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for m in _WORD.finditer(body):
        word = m.group()
        if word.islower():
            lower[word] += 1
        elif word[0].isupper():
            before = body[max(0, m.start() - 3) : m.start()].rstrip(" \u00a0“\"‘'(")
            if before and before[-1] not in ".!?:\n":
                upper[word.lower()] += 1
    return {w: (lower[w], upper[w]) for w in lower.keys() | upper.keys()}


def headline_drafts(
    doc: Doc,
    line: tuple[int, int],
    read: Callable[[Span, Passages], Iterable[Draft]],
) -> list[Draft]:
    """The drafts ``read`` finds in each sentence of the sentence-cased copy of the headline
    ``line``, with offsets and token indices of ``doc``."""
    text = doc_text(doc)
    start, end = line
    # through the annotator, as the document: its BLAS stays on one thread (a bare nlp() call
    # on a busy machine took 200 ms a line)
    copy = annotate_long(sentence_case(text[start:end], text[end:]))
    passages = Passages(find_quote_spans(doc_text(copy)))
    tokens = {t.idx: t.i for t in doc if start <= t.idx < end}
    drafts: list[Draft] = []
    for sent in copy.sents:
        for draft in read(sent, passages):
            moved = _moved(draft, copy, start, tokens)
            if moved is not None:
                drafts.append(moved)
    return drafts


def _moved(draft: Draft, copy: Doc, offset: int, tokens: dict[int, int]) -> Draft | None:
    """``draft`` of the copy with the document's offsets, or None when one of its tokens has no
    token of the document at the same character."""
    heads: list[int | None] = []
    for i in (draft.speaker_head, draft.cue_token):
        if i is None:
            heads.append(None)
            continue
        j = tokens.get(offset + copy[i].idx)
        if j is None:
            return None
        heads.append(j)

    def shift(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (span[0] + offset, span[1] + offset)

    draft.content = (draft.content[0] + offset, draft.content[1] + offset)
    draft.cue, draft.speaker = shift(draft.cue), shift(draft.speaker)
    draft.speaker_head, draft.cue_token = heads
    return draft
