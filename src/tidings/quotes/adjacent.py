"""Quotations next to a cue clause: "“X,” she said", "he said: “X”", "“X,” he said, “Y.”",
"chanted “No more tolls!”", and where the cue clause begins and ends around them."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tidings.quotes.marks import QuoteSpan
from tidings.quotes.spans import Passages, comma_participle, doc_text

_GAP_BEFORE = re.compile(r"[\s,;:—–-]*")  # between a quote and the cue clause after it
_GAP_AFTER = re.compile(r"\s*[,:]?\s*")  # between the cue clause and a quote after it
_LETTER = re.compile(r"[^\W\d_]")
_JOINED = re.compile(r"[\s,]*(?:and|or)[\s,]*")  # "“…,” and, “…”"
_QUESTION_FRAME = re.compile(
    r"\s*(?:when |after being |upon being )?(?:asked|pressed|questioned)\b", re.I
)


def quote_object(verb: Token, passages: Passages) -> tuple[int, int] | None:
    """ "chanted “No more tolls!” and marched on": a quotation right after the verb, with no
    comma or colon, that the parser made its object."""
    doc = verb.doc
    text = doc_text(doc)
    right = verb.idx + len(verb.text)
    quote = passages.at(right + 1) if text[right : right + 1] == " " else None
    if quote is None or quote.start != right + 1:
        return None
    inner = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inner is None or not any(t.head.i == verb.i for t in inner):
        return None
    return quote.start, quote.end


def adjacent_quotes(
    verb: Token, speaker: Token | None, sent: Span, passages: Passages, *, before_only: bool
) -> tuple[int, int] | None:
    """Quotes right before the cue clause ("“X,” he said") and/or right after it ("he said:
    “X”", "“X,” he said, “Y.”"), in the verb's paragraph."""
    doc = verb.doc
    text = doc_text(doc)
    left = doc[clause_start(verb, speaker, passages)].idx
    lo = text.rfind("\n", 0, left) + 1
    before = [q for q in passages.within(lo, left) if q.end <= left]
    if participle_after_comma(verb) or verb.dep_ == "relcl":
        before = []  # "“X,” he said, adding: “Y”", "is “a unifier” who wants …": not its words
    found: list[QuoteSpan] = []
    if (
        before
        and _GAP_BEFORE.fullmatch(text, before[-1].end, left)
        and text[before[-1].end - 2] not in ".;"  # “… ends here.” She adds, …
        and _ends_a_turn(text, before[-1], left)
    ):
        found.append(before[-1])
    # after: the first quote after the verb, with only the cue's own words and ", :" between
    right = verb.idx + len(verb.text)
    hi = text.find("\n", right)
    hi = len(text) if hi == -1 else hi
    after = [q for q in passages.within(right, max(hi, sent.end_char)) if q.start >= right]
    if before_only and not found:
        return None
    if after:
        q = after[0]
        gap = text[right : q.start]
        clause_end = max(right, _clause_end(verb, speaker))
        between_ok = q.start <= sent.end_char or gap.strip().endswith(":")
        more = _more_quotes(text, q, after[1:])
        last = more[-1] if more else q
        rest = text[last.end : max(sent.end_char, last.end)]
        if (
            between_ok
            and _GAP_AFTER.fullmatch(text, clause_end, q.start)
            and (found or gap.strip().endswith((",", ":")))
            and (found or not _LETTER.search(rest.split("\n")[0]))
        ):
            found.extend([q, *more])
    if not found:
        return None
    start = found[0].start
    if found[0].end <= left:  # words of the same sentence before the quote belong to it
        lead = text[max(sent.start_char, lo) : start]
        if _QUESTION_FRAME.match(lead):
            return None  # "Asked if she has “the votes,” most said no": the quote is the question's
        if (
            _LETTER.search(lead)
            and not re.search(r"[.!?][”\"’']?\s", lead)
            and not lead.rstrip().endswith(":")  # "X argued Y: “…,” he said": a colon set it off
        ):
            start = max(sent.start_char, lo)
    return start, found[-1].end


def _more_quotes(text: str, first: QuoteSpan, later: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotations joined to the first by "and" or "or" alone ("telling the crowd, “…,” and,
    “…”"): one report of several sayings."""
    out: list[QuoteSpan] = []
    end = first.end
    for q in later:
        if not _JOINED.fullmatch(text, end, q.start):
            break
        out.append(q)
        end = q.end
    return out


def _ends_a_turn(text: str, quote: QuoteSpan, left: int) -> bool:
    """Whether a quotation before a cue clause is a turn of speech that the clause closes: it
    ends in a comma, question or exclamation mark or dash (“…,” she said), or a comma or dash
    follows it; not a phrase quoted inside the sentence ("it would “be cool” had she …")."""
    inner = text[quote.start : quote.end].rstrip("”\"'’ ")
    return inner[-1:] in (",", "?", "!", "—", "–", "-", "…") or any(
        ch in text[quote.end : left] for ch in ",—–"
    )


def participle_after_comma(verb: Token) -> bool:
    """ ", adding …", ", noting …": a participle clause that goes on from another cue."""
    doc = verb.doc
    return (
        comma_participle(verb)
        and (verb.head.i < verb.i or (verb.i > 1 and doc[verb.i - 2].pos_ == "VERB"))
        and verb.dep_ in ("advcl", "xcomp", "conj")
    )


def clause_start(verb: Token, speaker: Token | None, passages: Passages | None = None) -> int:
    """First token of the cue clause: the subject, auxiliaries and adverbs before the verb. A
    quotation the parser hung on the subject ("“X,” Lee, 69, told …") is not part of it."""
    start = verb.i
    for child in verb.lefts:
        if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod"):
            start = min(start, child.left_edge.i)
    if speaker is not None and speaker.i < verb.i and verb.i - speaker.i < 40:
        start = min(start, speaker.left_edge.i)
    if passages is not None and speaker is not None and start < speaker.i:
        doc = verb.doc
        for quote in passages.within(doc[start].idx, speaker.idx):
            if quote.start <= doc[start].idx and quote.end <= speaker.idx:
                after = doc.char_span(quote.end, speaker.idx + 1, alignment_mode="expand")
                if after is not None:
                    start = max(start, after.start)
    return start


def _clause_end(verb: Token, speaker: Token | None) -> int:
    """End (characters) of the cue clause's words after the verb: an inverted subject ("said
    Mr. X, the minister"), "in a statement", "reporters"."""
    doc = verb.doc
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ in ("ccomp", "punct") or doc[child.i].text in ("“", '"', "''"):
            break
        end = max(end, child.right_edge.i + 1)
    end_tok = doc[end - 1]
    while end - 1 > verb.i and (end_tok.is_punct or end_tok.is_space):
        end -= 1
        end_tok = doc[end - 1]
    return end_tok.idx + len(end_tok.text)
