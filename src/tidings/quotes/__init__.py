"""Quotations: direct, mixed, indirect and "according to" attributions, with speaker, cue, content.

The stage reads the parse (``analysis.doc``), the layout (only codable text is read) and the actor
table (the speaker's head token names the actor; the actor stage has resolved pronouns).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from tidings.actors.table import ActorMention
from tidings.analysis import Analysis
from tidings.knowledge import cached_knowledge, read_words
from tidings.models import Quote, Span
from tidings.quotes.according import finding_drafts, phrase_drafts
from tidings.quotes.adjectives import adjective_drafts
from tidings.quotes.colon import colon_drafts
from tidings.quotes.continuation import attach_quotes
from tidings.quotes.dash import dash_drafts
from tidings.quotes.headline import headline_drafts, headline_line, is_headline
from tidings.quotes.lexicon import lexicon
from tidings.quotes.marks import QuoteSpan, find_quote_spans
from tidings.quotes.nominal import noun_drafts
from tidings.quotes.pieces import in_frame
from tidings.quotes.raising import raising_drafts
from tidings.quotes.spans import Draft, Passages, doc_text, strip_chars
from tidings.quotes.verbs import complement_led, verb_drafts

_SEPARATORS = frozenset(" \t\n\u00a0,;—")
_COORDINATED = re.compile(r"\b(?:and|but|or)\s+$")

__all__ = ["QuoteSpan", "find_quote_spans", "find_quotes"]


def find_quotes(analysis: Analysis) -> list[Quote]:
    """The quotes of the analysed document, in text order, with ids q1, q2, …"""
    doc = analysis.doc
    passages = Passages(find_quote_spans(doc_text(doc)))
    drafts: list[Draft] = []
    headline = headline_line(doc_text(doc))
    if headline is not None and analysis.is_codable(*headline):
        drafts.extend(headline_drafts(doc, headline, _uncolon_drafts))
    for sent in doc.sents:
        if not analysis.is_codable(sent.start_char, sent.end_char):
            continue
        if headline is not None and sent.start_char < headline[1]:
            drafts.extend(colon_drafts(sent, passages))  # a name before a colon keeps its case
        else:
            drafts.extend(_sentence_drafts(sent, passages))
    drafts.extend(dash_drafts(doc, passages, analysis.is_codable))
    drafts = attach_quotes(drafts, passages, doc_text(doc), analysis.is_codable)
    _cut_at_cues(drafts, doc)
    _cut_at_next_speaker(drafts, doc_text(doc))
    _to_headline_end(drafts, doc_text(doc))
    quotes: list[Quote] = []
    for draft in _outermost(_unique(drafts, doc_text(doc)), doc):
        quote = _to_quote(draft, f"q{len(quotes) + 1}", analysis, passages)
        if quote is not None:
            quotes.append(quote)
    return quotes


def _sentence_drafts(sent: Sentence, passages: Passages, *, colon: bool = True) -> list[Draft]:
    """The attributions the rules find in one sentence (``colon``: the colon's too)."""
    lex = lexicon()
    return [
        *verb_drafts(sent, passages, lex),
        *phrase_drafts(sent, passages, lex),
        *finding_drafts(sent, passages, lex),
        *noun_drafts(sent, passages, lex),
        *adjective_drafts(sent, passages, lex),
        *(colon_drafts(sent, passages) if colon else ()),
        *raising_drafts(sent, passages),
    ]


def _uncolon_drafts(sent: Sentence, passages: Passages) -> list[Draft]:
    return _sentence_drafts(sent, passages, colon=False)


def _cut_at_cues(drafts: list[Draft], doc: Doc) -> None:
    """A content that runs into another attribution's "according to X", or into a further cue
    of the same speaker ("…, adding that …"), ends before it (a noun cue inside a content, "the
    insistence that …", is part of it)."""
    text = doc_text(doc)
    for draft in drafts:
        for other in drafts:
            cue = other.cue
            if cue is None or other is draft or other.nested:
                continue
            same_speaker = draft.speaker_head is not None and (
                other.speaker_head == draft.speaker_head
            )
            if not (other.by_phrase or same_speaker):
                continue
            if other.cue_token is not None and doc[other.cue_token].dep_ in ("xcomp", "ccomp"):
                continue  # "urged them to show …": a report within the content
            if _prep_gerund_of(doc, other.cue_token, draft.cue_token):
                continue  # "accused Lee of backing …": the gerund is what Lee is accused of
            if in_frame(text, draft.content, draft.cue, draft.speaker, cue[0]):
                continue  # "“X,” he said, adding …, “Y”": the frame's own words
            if draft.content[0] < cue[0] < draft.content[1]:
                if _COORDINATED.search(text, max(draft.content[0], cue[0] - 8), cue[0]):
                    continue  # "… and thought …": a verb joined to the content's own
                # the comma or dash before the cut goes too
                draft.content = (
                    draft.content[0],
                    _before_separators(text, draft.content[0], cue[0]),
                )


def _before_separators(text: str, start: int, end: int) -> int:
    """``end`` moved back over white space, commas, semicolons and dashes (not past ``start``)."""
    while end > start and text[end - 1] in _SEPARATORS:
        end -= 1
    return end


def _cut_at_next_speaker(drafts: list[Draft], text: str) -> None:
    """A content that runs into the speaker of the report after it ends before that speaker:
    "When asked if he would stay Lee said: …" (the parser took "Lee" into the question)."""
    for draft in drafts:
        s, e = draft.content
        for other in drafts:
            if other is draft or other.speaker is None or other.cue is None:
                continue
            if s < other.speaker[0] < e <= other.cue[0] and e == other.speaker[1]:
                draft.content = (s, _before_separators(text, s, other.speaker[0]))
                break


def _prep_gerund_of(doc: Doc, gerund: int | None, cue: int | None) -> bool:
    """Whether ``gerund`` follows a preposition of the verb ``cue`` or of its object ("accused
    the mayor of backing …", "warned against raising …")."""
    if gerund is None or cue is None or doc[gerund].dep_ != "pcomp":
        return False
    prep = doc[gerund].head
    return prep.head.i == cue or (prep.head.dep_ == "dobj" and prep.head.head.i == cue)


def _to_headline_end(drafts: list[Draft], text: str) -> None:
    """In a title-case headline ("Lee Seeks More Funds As Council Balks") the parser breaks
    the reported words off early; a content after its cue runs on to the line's end when
    nothing but words lies between (no comma, colon, quotation mark or other cue)."""
    cues = [d.cue for d in drafts if d.cue is not None]
    for draft in drafts:
        if draft.cue is None or draft.content[0] < draft.cue[1]:
            continue
        line_start = text.rfind("\n", 0, draft.cue[0]) + 1
        line_end = text.find("\n", draft.cue[0])
        line_end = len(text) if line_end == -1 else line_end
        if not is_headline(text[line_start:line_end]) or draft.content[1] >= line_end:
            continue
        rest = text[draft.content[1] : line_end].rstrip(" .")
        if any(ch in rest for ch in ",;:“”\"‘’'") or any(
            draft.content[1] <= c[0] < line_end for c in cues
        ):
            continue
        draft.content = (draft.content[0], draft.content[1] + len(rest))


def _outermost(drafts: list[Draft], doc: Doc) -> list[Draft]:
    """The attributions whose cue lies outside every other attribution's content: "Lee says she
    thinks the bill will pass" reports what Lee says (her belief is part of it). A report that
    continues the outer speaker's ("…, adding that …", "… and called it …") ends the outer
    content instead, and stays; so does a report inside an "according to" content ("X said Y,
    according to Z": X is still Y's speaker, though PolNeAR's annotators mark Z's attribution
    alone about 9 times in 10: dropping X's cost the Bloomberg sample its Kremlin lawmaker)."""
    text = doc_text(doc)
    out = []
    for d in drafts:
        outer = _holder(d, drafts, text, doc)
        if outer is None or outer.by_phrase:
            out.append(d)
            continue
        cut = _continues(doc[d.cue_token], outer, doc) if d.cue_token is not None else None
        if cut is not None and d.cue is not None:
            start = outer.content[0]
            end = _before_separators(text, start, min(cut, d.cue[0]))
            link = _COORDINATED.search(text, max(start, end - 4), end + 1)
            if link is not None and link.start() > start:  # "… were bad, but": not the "but"
                end = _before_separators(text, start, link.start())
            outer.content = (start, end)
            out.append(d)
    return [d for d in out if d.content[0] < d.content[1]]


def _holder(draft: Draft, drafts: list[Draft], text: str, doc: Doc) -> Draft | None:
    if draft.cue is None:
        return None
    for other in drafts:
        s, e = other.content
        if other is draft or not s <= draft.cue[0] < e or other.content == draft.content:
            continue
        if _governs(draft, other, doc):
            continue  # "X waited to see how it played out, he said": each holds the other's cue
        if not in_frame(text, other.content, other.cue, other.speaker, draft.cue[0]):
            return other
    return None


def _governs(draft: Draft, other: Draft, doc: Doc) -> bool:
    """Whether two drafts hold each other's cue and the draft's cue verb governs the other's
    (the parser ran the inner content on past its own clause)."""
    if other.cue is None or draft.cue_token is None or other.cue_token is None:
        return False
    if not draft.content[0] <= other.cue[0] < draft.content[1]:
        return False
    return doc[draft.cue_token] in doc[other.cue_token].ancestors


def _continues(cue: Token, outer: Draft, doc: Doc) -> int | None:
    """Where the outer content ends (character) when the inner report goes on with the telling:
    ", adding …", "… and called …" (a participle after a comma, or a verb in the outer cue's
    own form after "and"), or "…, and when asked, he said …" (a coordinated report with its
    own subject, in the outer cue's form). None when the inner report is part of the content."""
    if cue.i == 0 or outer.cue_token is None:
        return None
    before = doc[cue.i - 1]
    if cue.tag_ == "VBG" and before.text in (",", "and", "—"):
        return cue.idx
    outer_verb = doc[outer.cue_token]
    # "X said Y, and most said Z": the parser may make the second report the first's complement
    second = cue.dep_ == "ccomp" and cue.head.i == outer_verb.i
    if (cue.dep_ != "conj" and not second) or cue.tag_ != outer_verb.tag_:
        return None
    if cue.dep_ == "conj" and before.lower_ in ("and", ","):
        return cue.idx
    first = cue.left_edge
    if complement_led(cue):
        return None  # "said she liked it and that she wanted …": a second clause of the content
    own_subject = any(c.dep_ == "nsubj" for c in cue.lefts)
    links = ("and", "but") if second else ("and", "but", ",")
    if own_subject and first.i > 0 and doc[first.i - 1].lower_ in links:
        return first.idx  # the clause's start; the "and" before it goes with the cut
    return None


def _unique(drafts: list[Draft], text: str) -> list[Draft]:
    """One attribution per content span (a colon right before it, else the first cue outside
    it wins), in text order."""
    seen: set[tuple[int, int]] = set()
    out: list[Draft] = []

    def framed(d: Draft) -> bool:  # a cue inside its own content yields to one outside it
        return d.cue is not None and d.content[0] <= d.cue[0] < d.content[1]

    def colon_before(d: Draft) -> bool:  # "… – Jo Lee: “…”"
        return d.cue is not None and text[d.cue[0] : d.content[0]].strip() == ":"

    def rank(d: Draft) -> tuple[object, ...]:
        return (d.content, framed(d), not colon_before(d), d.cue or (0, 0))

    for draft in sorted(drafts, key=rank):
        if draft.content in seen:
            continue
        seen.add(draft.content)
        out.append(draft)
    return sorted(out, key=lambda d: (d.content[0], d.content[1]))


@cached_knowledge
def kin_nouns() -> frozenset[str]:
    """Relatives and friends, who speak for themselves, not for their possessor
    (data/quotes/kin_nouns.txt)."""
    return read_words("quotes/kin_nouns.txt")


def _kind(start: int, end: int, passages: Passages) -> str:
    inner = [q for q in passages.within(start, end) if start <= q.start and q.end <= end]
    if not inner:
        return "indirect"
    if inner[0].start == start and inner[-1].end == end:
        return "direct"
    return "mixed"


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


_RELATIVE_SPEAKERS = frozenset({"who", "that", "which"})


def _antecedent_mention(tok: Token, analysis: Analysis) -> ActorMention | None:
    """The actor a relative pronoun speaker stands for ("Senator Lopez, who says …": Lopez);
    the span stays "who", as annotators mark it."""
    verb = tok.head
    if tok.lower_ not in _RELATIVE_SPEAKERS or verb.dep_ != "relcl" or tok.dep_ != "nsubj":
        return None
    return analysis.actors.at_token(verb.head.i)


def _behind_verb(token: Token, head: Token) -> bool:
    """Whether a verb stands between ``token`` and the speaker's head word: in "the unions
    meeting Mr Lee" or "the man who hired Lee", Lee is not the one who speaks."""
    for ancestor in token.ancestors:
        if ancestor.i == head.i:
            return False
        if ancestor.pos_ in ("VERB", "AUX"):
            return True
    return False


def _across_hyphen(doc: Doc, end: int) -> int:
    """A content that ends inside a hyphenated word the tokenizer split and the parser broke
    up ("endorsed the re|-election of X") runs on over the word and its phrase."""
    text = doc_text(doc)
    while 0 < end < len(text) - 1 and text[end] == "-" and text[end - 1].isalnum():
        if not text[end + 1].isalnum():
            break
        after = doc.char_span(end + 1, end + 2, alignment_mode="expand")
        if (
            after is None
            or not len(after)
            or after[0].sent != doc.char_span(end - 1, end, alignment_mode="expand")[0].sent
        ):
            break
        last = after[0].right_edge
        while last.i > after[0].i and (last.dep_ == "cc" or (last.is_punct and last.text != ")")):
            last = doc[last.i - 1]  # "… of X and" (the parser's coordination): up to X
        end = max(last.idx + len(last.text), after[0].idx + len(after[0].text))
    return end


def _to_quote(draft: Draft, qid: str, analysis: Analysis, passages: Passages) -> Quote | None:
    doc: Doc = analysis.doc
    text = doc_text(doc)
    start, end = strip_chars(text, draft.content[0], _across_hyphen(doc, draft.content[1]))
    if start >= end:
        return None
    speaker_id = None
    if draft.speaker_head is not None:
        mention = analysis.actors.at_token(draft.speaker_head)
        if mention is None and draft.speaker is not None:
            s_tok = doc.char_span(*draft.speaker, alignment_mode="expand")
            found = analysis.actors.in_tokens(s_tok.start, s_tok.end) if s_tok else []
            head = doc[draft.speaker_head]
            if head.lemma_.lower() in kin_nouns():  # "his mother said": not him
                found = [m for m in found if doc[m.start : m.end].root.head.i != head.i]
            found = [m for m in found if not _behind_verb(doc[m.start : m.end].root, head)]
            mention = found[0] if found else None
        if mention is None:
            mention = _antecedent_mention(doc[draft.speaker_head], analysis)
        if mention is not None and mention.actor_ids:
            speaker_id = mention.actor_ids[0]
    return Quote(
        id=qid,
        speaker=speaker_id,
        speaker_text=_span(text, *draft.speaker) if draft.speaker else None,
        cue=_span(text, *draft.cue) if draft.cue else None,
        content=_span(text, start, end),
        kind=_kind(start, end, passages),  # type: ignore[arg-type]
    )
