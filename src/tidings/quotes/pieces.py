"""The pieces of a quote's content: a quotation interrupted by its own attribution ("“We lost,”
he said, “and it hurts.”") has one ``content`` span in document JSON, from its first to its last
quoted word; the narrator's frame inside it (speaker, cue and the words between the quotation
marks around them) is not what was said."""

from __future__ import annotations

import re

from tidings.models import Quote, Span
from tidings.quotes.spans import LINK_WORDS

CLOSING_MARKS = frozenset("”\"’'»")
OPENING_MARKS = frozenset("“\"‘'«")
_SEPARATORS = frozenset(",.;:—–")
_LETTER = re.compile(r"[^\W\d_]")
_PAUSE = re.compile(r"[,.;:!?—–()]")
_MAX_FRAME_TAIL = 80  # characters of "in an email", "on Tuesday" after the frame's cue
_MAX_TITLE_WORDS = 4  # a quoted show or book named in the frame ("“Meet the Press”")


def content_pieces(text: str, quote: Quote) -> tuple[tuple[int, int], ...]:
    """(start, end) of each piece of ``quote``'s content in ``text``, the frame left out."""
    content = quote.content
    inside = [s for s in (quote.speaker_text, quote.cue) if s is not None and _within(s, content)]
    if not inside:
        return ((content.start, content.end),)
    left = min(s.start for s in inside)
    right = max(s.end for s in inside)
    pieces = _split(text, content.start, content.end, left, right)
    if len(pieces) == 2 and text[slice(*pieces[0])].strip(" ,").lower() in LINK_WORDS:
        return pieces[1:]  # "But, she added, …": the narrator's "But" is not said
    return pieces


def _split(text: str, start: int, end: int, left: int, right: int) -> tuple[tuple[int, int], ...]:
    """The content [start, end) less the frame [left, right) and the words around it up to the
    quotation marks ("“X,” he said in an email, “Y”") or, in a content without them, to the
    comma or dash after the frame ("The plan, she wrote in a memo, will fail")."""
    closing = max((i + 1 for i in range(start, left) if text[i] in CLOSING_MARKS), default=left)
    if closing < left and text[start] not in OPENING_MARKS and _LETTER.search(text[closing:left]):
        closing = left  # "The “opt out” vote, she said, …": the words after the title stay
    quoted = text[start] in OPENING_MARKS  # an interrupted quotation goes on at its next mark
    aside = text[start:left].rstrip()[-1:] in (",", "—", "–", "(")  # "The plan, she wrote …,"
    opening = right
    k, stop = right, end if quoted else min(end, right + _MAX_FRAME_TAIL)
    while k < stop:
        if text[k] in OPENING_MARKS and (k == right or not text[k - 1].isalnum()):
            title_end = _quoted_title(text, k, end) if quoted else None
            if title_end is not None and not re.search(r"[.!?]", text[right:k]):
                k = title_end  # "he told NBC's “Meet the Press.” “…”": a show's name
                continue
            opening = k
            if not quoted and not aside and not _PAUSE.search(text, right, k):
                opening = right  # "which he called a “disgrace”": the words run into the mark
            break
        if text[k] in _SEPARATORS and aside and not quoted:
            opening = k + 1
            break
        k += 1
    pieces = ((start, closing), (opening, end))
    return tuple((a, b) for a, b in pieces if text[a:b].strip())


def _quoted_title(text: str, k: int, end: int) -> int | None:
    """Where (just after its closing mark) the quotation opening at ``k`` ends when it is a
    short name (a show, a book) in the frame: a few words closed before another quotation
    opens inside the content. A doubled mark ('' … '') counts as one."""
    first = k + _mark_length(text, k)
    marks = (i for i in range(first, min(end, k + 60)) if text[i] in CLOSING_MARKS)
    close = next((i for i in marks if _closes(text, i)), None)
    if close is None or not text[first:close].strip():
        return None
    if len(text[first:close].split()) > _MAX_TITLE_WORDS:
        return None
    after = close + _mark_length(text, close)
    return after if any(text[i] in OPENING_MARKS for i in range(after, end)) else None


def _closes(text: str, i: int) -> bool:
    """Whether the mark at ``i`` closes a word (not "… 'When …", not the one in "they're")."""
    return not text[i - 1].isspace() and not text[i + 1 : i + 2].isalnum()


def _mark_length(text: str, i: int) -> int:
    """2 for a quotation mark typed as two apostrophes or backquotes, else 1."""
    return 2 if text[i : i + 2] in ("''", "``") else 1


def in_frame(
    text: str,
    content: tuple[int, int],
    cue: tuple[int, int] | None,
    speaker: tuple[int, int] | None,
    char: int,
) -> bool:
    """Whether character ``char`` lies in the narrator's frame inside ``content`` (the words
    between the pieces: "“X,” said Lee, who backs the plan, “Y”")."""
    start, end = content
    inside = [p for p in (cue, speaker) if p is not None and start < p[0] and p[1] < end]
    if not inside:
        return False
    pieces = _split(text, start, end, min(p[0] for p in inside), max(p[1] for p in inside))
    return len(pieces) == 2 and pieces[0][1] <= char < pieces[1][0]


def _within(span: Span, content: Span) -> bool:
    return content.start < span.start and span.end < content.end
