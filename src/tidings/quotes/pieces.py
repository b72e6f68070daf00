"""The pieces of a quote's content: a quotation interrupted by its own attribution ("“We lost,”
he said, “and it hurts.”") has one ``content`` span in document JSON, from its first to its last
quoted word; the narrator's frame inside it (speaker, cue and the words between the quotation
marks around them) is not what was said."""

from __future__ import annotations

from tidings.models import Quote, Span

CLOSING_MARKS = frozenset("”\"’'»")
OPENING_MARKS = frozenset("“\"‘'«")


def content_pieces(text: str, quote: Quote) -> tuple[tuple[int, int], ...]:
    """(start, end) of each piece of ``quote``'s content in ``text``, the frame left out."""
    content = quote.content
    inside = [s for s in (quote.speaker_text, quote.cue) if s is not None and _within(s, content)]
    if not inside:
        return ((content.start, content.end),)
    left = min(s.start for s in inside)
    right = max(s.end for s in inside)
    closing = max((i + 1 for i in range(content.start, left) if text[i] in CLOSING_MARKS),
                  default=left)  # fmt: skip
    opening = next((i for i in range(right, content.end) if text[i] in OPENING_MARKS), right)
    pieces = ((content.start, closing), (opening, content.end))
    return tuple((a, b) for a, b in pieces if text[a:b].strip())


def _within(span: Span, content: Span) -> bool:
    return content.start < span.start and span.end < content.end
