"""Quotes that carry no cue of their own: the quote after "X said:", and the sentences or
paragraphs of quotation that continue a cued attribution ("“X,” he said. “Y.”", "Lee said the
plan would fail. “Y.”"), which join its content (whose span then runs from its first word to the
quote's last)."""

from __future__ import annotations

import re
from collections.abc import Callable

from tidings.quotes.marks import QuoteSpan
from tidings.quotes.spans import Draft, Passages

_LETTER = re.compile(r"[^\W\d_]")
_NEW_SENTENCE = re.compile(r"[.!?]\s+\W*[^\W\d_]")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\.$")  # "Sen.", "U.S."
_MAX_TITLE_WORDS = 5  # a quoted title in the narration between two quotes
_MAX_GAP_WORDS = 40  # words of narration (the cue clause) a continuation may skip


def attach_quotes(
    drafts: list[Draft],
    passages: Passages,
    text: str,
    is_codable: Callable[[int, int], bool],
) -> list[Draft]:
    drafts = _fill_colons(drafts, passages, text)
    drafts.sort(key=lambda d: d.content)
    claimed = [(d.content[0], d.content[1]) for d in drafts if not d.nested]
    free = [
        q
        for q in passages.spans
        if q.double
        and is_codable(q.start, q.end)
        and not any(s < q.end and q.start < e for s, e in claimed)
        and _starts_sentence(text, q.start)
    ]
    for q in free:
        _attach(q, drafts, passages, text)
    return drafts


def _fill_colons(drafts: list[Draft], passages: Passages, text: str) -> list[Draft]:
    out: list[Draft] = []
    for draft in drafts:
        if not draft.open_colon:
            out.append(draft)
            continue
        after = passages.within(draft.content[0], len(text))
        after = [q for q in after if q.start >= draft.content[0]]
        if after and not text[draft.content[0] : after[0].start].strip(" \t\n\u00a0:"):
            draft.content = (after[0].start, after[0].end)
            draft.open_colon = False
            out.append(draft)
    return out


def _starts_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in "\n.!?:”\"'’"


def _is_direct(draft: Draft, passages: Passages) -> bool:
    first, last = passages.at(draft.content[0]), passages.at(draft.content[1] - 1)
    return (
        first is not None
        and last is not None
        and first.start == draft.content[0]
        and last.end == draft.content[1]
    )


def _marks(drafts: list[Draft], d: Draft, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the attributions other than ``d`` that matter between ``start`` and ``end``:
    one that lies wholly there is part of the cue clause ("said Lee, who had endorsed Kasich",
    "he said, noting …") and does not count."""
    out: list[tuple[int, int]] = []
    for other in drafts:
        if other is d:
            continue
        spans = [p for p in (other.cue, other.speaker) if p is not None] + [other.content]
        if all(start <= a and b <= end for a, b in spans):
            continue
        out.extend(spans)
    return out


def _embedded(d: Draft, o: Draft, end: int, text: str) -> bool:
    """Whether ``d`` lies in the cue clause of ``o``, after its cue and before ``end`` ("said
    Lee, the only senator to back the plan": the backing is part of the telling)."""
    if d is o or o.cue is None or not o.content[1] <= o.cue[0] < end:
        return False
    spans = [p for p in (d.cue, d.speaker) if p is not None and p != o.speaker] + [d.content]
    if not all(o.cue[0] < a and b <= end for a, b in spans):
        return False
    first = min(a for a, _ in spans)
    between = text[o.cue[0] : first]
    # the first word of ``d`` is read too: a sentence may start with it ("… added. “We …”")
    return "\n" not in between and not _has_new_sentence(text[o.cue[0] : first + 2])


def _has_new_sentence(text: str) -> bool:
    """Whether a sentence starts inside ``text`` (not after "Mr." or "U.S.")."""
    return any(
        not _ABBREVIATION.search(text, 0, m.start() + 1) for m in _NEW_SENTENCE.finditer(text)
    )


def _attach(q: QuoteSpan, drafts: list[Draft], passages: Passages, text: str) -> None:
    before = [d for d in drafts if d.content[1] <= q.start]
    after = [d for d in drafts if d.content[0] >= q.end]
    before = [d for d in before if not any(_embedded(d, o, q.start, text) for o in before)]
    if before:
        d = max(before, key=lambda d: d.content[1])
        marks = _marks(drafts, d, d.content[1], q.start)
        if _gap_ok(d, d.content[1], q.start, text, passages, marks):
            d.content = (d.content[0], q.end)
            return
    if after:
        d = min(after, key=lambda d: d.content[0])
        gap = text[q.end : d.content[0]]
        if _is_direct(d, passages) and not gap.strip() and "\n" not in gap:
            d.content = (q.start, d.content[1])


def _gap_ok(
    d: Draft, start: int, end: int, text: str, passages: Passages, marks: list[tuple[int, int]]
) -> bool:
    """Whether only the draft's own cue clause and white space lie between its content and the
    next quote."""
    if any(s < end and start < e for s, e in marks if (s, e) not in (d.cue, d.speaker)):
        return False
    if any(
        q.start < end and start < q.end and len(text[q.start : q.end].split()) > _MAX_TITLE_WORDS
        for q in passages.within(start, end)
    ):
        return False  # another quotation between (a quoted title, "Shark Week", may be)
    gap = text[start:end]
    if gap.count("\n\n") > 1 or (gap.count("\n") > 2):
        return False
    if not _LETTER.search(gap):
        return True
    in_gap = d.cue is not None and start <= d.cue[0] < end
    if not in_gap or len(gap.split()) > _MAX_GAP_WORDS:
        return False
    # the quote must follow the cue's sentence: no further narration, a paragraph break at most
    after = max(d.cue[1], d.speaker[1]) if d.speaker is not None else d.cue[1]
    tail = gap[after - start :] if start <= after <= end else gap
    lines = tail.split("\n")
    if len(lines) > 1 and _LETTER.search(lines[-1]):
        return False
    return not _has_new_sentence(lines[0])
