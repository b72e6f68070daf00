"""Attributions cued by a noun: "Trump’s criticism of the deal", "she raised questions about the
plan", "the senator’s claim that taxes fell". The content is the object of the noun's preposition
(the cue then runs from the noun to it) or its that-clause; the speaker is the noun's possessor or
the subject of the verb whose object the noun is. A judgement the subject receives ("the plan
drew criticism from X") has that subject for content and X for speaker; a stance holder ("Lee
is a fierce critic of X") speaks X."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tidings.knowledge import cached_knowledge, read_words
from tidings.quotes.lexicon import CueNoun, Lexicon
from tidings.quotes.spans import Draft, Passages, chars, clip_to_paragraph, doc_text, subtree, trim
from tidings.quotes.speakers import can_speak, speaker_span, subject_of
from tidings.quotes.tails import cut_tail


def noun_drafts(sent: Span, passages: Passages, lex: Lexicon) -> list[Draft]:
    drafts: list[Draft] = []
    nouns = lex.cue_nouns or {}
    for tok in sent:
        if tok.pos_ != "NOUN":
            continue
        if passages.at(tok.idx) is not None:
            continue
        cue = nouns.get(tok.lemma_.lower())
        if cue is None:
            draft = _holder_draft(tok, passages, lex)
        else:
            draft = _draft(tok, cue, passages, lex)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _content(noun: Token, cue: CueNoun) -> tuple[tuple[int, int], int] | None:
    """Token span of the content and the end token of the cue."""
    preps = cue.preps | {"of"} if cue.preps and _in_idiom(noun) else cue.preps
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return _object_span(obj), child.i + 1
        if (
            cue.clause
            and child.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
        ):
            return subtree(child), noun.i + 1
        if (
            cue.infinitive
            and child.dep_ in ("acl", "relcl", "xcomp")
            and child.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.lefts)
        ):
            return subtree(child), noun.i + 1
    return None


# Verbs whose subject is the target of the noun, not its author: "the plan drew criticism".
_RECEIVING = frozenset(
    {
        "draw",
        "attract",
        "face",
        "receive",
        "win",
        "earn",
        "get",
        "garner",
        "court",
        "invite",
        "spark",
        "prompt",
        "provoke",
        "trigger",
        "fuel",
        "deserve",
        "endure",
        "weather",
        "field",
    }
)


def _object_span(obj: Token) -> tuple[int, int]:
    """The object's subtree, less a comma-set relative clause or apposition at its end ("Jo Lee,
    who ran in May")."""
    start, end = subtree(obj)
    for child in obj.rights:
        before = obj.doc[child.left_edge.i - 1]
        if child.dep_ in ("relcl", "appos") and before.text == "," and before.i > start:
            return start, before.i
    return start, end


def _in_idiom(noun: Token) -> bool:
    """ "in support of", "in the hope of": a noun after "in" (and "the" at most), whose "of" names
    the content."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and not any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ != "the") for c in noun.children
        )
    )


def _speaker(noun: Token, lex: Lexicon) -> Token | None:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.tag_ == "PRP$":  # "Lee stepped up her attacks on": Lee
        named = _clause_subject(noun, lex)
        if named is not None and named.pos_ != "PRON" and _agree(owner, named):
            return named if can_speak(named, lex) else owner
    if owner is not None:
        return owner
    for child in noun.children:  # "criticism from the senator", "an endorsement by the union"
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    verb = noun.head
    if verb.pos_ != "VERB" and noun.dep_ == "pobj" and verb.lower_ in ("in", "with"):
        verb = verb.head  # "she spoke in support of the bill", "wooed them with promises of"
    elif noun.dep_ != "dobj":
        return None
    lemma = verb.lemma_.lower()
    if noun.dep_ == "dobj" and lemma in lex.verbs and lemma not in light_verbs():
        return None  # "downplayed Lee's attack on X": the verb reports the noun, not its speaker
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in _RECEIVING:
        return subject_of(verb, lex.nouns)  # "she raised questions about"
    return None


@cached_knowledge
def received_nouns() -> frozenset[str]:
    """Nouns of a judgement that what it judges receives (data/quotes/received_nouns.txt)."""
    return read_words("quotes/received_nouns.txt")


def _agree(pronoun: Token, noun: Token) -> bool:
    """Whether a possessive pronoun may stand for the noun: "their" for a plural, "his", "her"
    and "its" for a singular."""
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    return plural == (pronoun.lower_ in ("their", "our"))


def _clause_subject(noun: Token, lex: Lexicon) -> Token | None:
    """The subject of the verb (or copula) the noun phrase hangs on: "Lee stepped up his
    criticism of", "the aides were united in their condemnation of"."""
    head = noun.head
    if noun.dep_ == "pobj":
        head = head.head
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd"):
            head = head.head
    elif noun.dep_ != "dobj":
        return None
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in _RECEIVING | lex.verbs.keys():
        return None  # a reporting verb ("repeated his promise") speaks on its own
    if any(c.dep_ == "nsubjpass" for c in head.children):
        return None  # "was dented by her decision"
    return subject_of(head, lex.nouns)


@cached_knowledge
def light_verbs() -> frozenset[str]:
    """Cue verbs through whose noun object their subject speaks (data/quotes/light_verbs.txt)."""
    return read_words("quotes/light_verbs.txt")


@cached_knowledge
def holder_nouns() -> frozenset[str]:
    """Nouns of who holds a stance on what follows "of" (data/quotes/holder_nouns.txt)."""
    return read_words("quotes/holder_nouns.txt")


_COPULAS = frozenset({"be", "become", "remain"})


def _holder_draft(noun: Token, passages: Passages, lex: Lexicon) -> Draft | None:
    """ "Lee is a fierce critic of the levy", "Lee, a longtime backer of the levy, …": the
    noun's "of" names the content, the copula's subject or the name in apposition the
    speaker; the cue runs from the copula (or the noun phrase's start) to "of"."""
    if noun.lemma_.lower() not in holder_nouns():
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or obj is None:
        return None
    doc, head = noun.doc, noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in _COPULAS:
        speaker_tok, cue_start = subject_of(head, lex.nouns), head.i
        while doc[cue_start - 1].dep_ in ("aux", "neg") and doc[cue_start - 1].head == head:
            cue_start -= 1
    elif noun.dep_ == "appos" and head.pos_ in ("PROPN", "PRON"):
        speaker_tok, cue_start = head, noun.left_edge.i
    else:
        return None
    if speaker_tok is None or not can_speak(speaker_tok, lex):
        return None
    start, end = trim(doc, *_object_span(obj))
    if start >= end:
        return None
    content = clip_to_paragraph(doc_text(doc), noun.idx, *chars(doc, start, end))
    if content[0] >= content[1]:
        return None
    return Draft(
        content=passages.widen(*content),
        cue=chars(doc, cue_start, prep.i + 1),
        speaker=speaker_span(speaker_tok, passages, content),
        speaker_head=speaker_tok.i,
    )


def _receiver(noun: Token) -> Token | None:
    """The verb that receives the noun ("the plan drew criticism", "came under criticism"),
    when no preposition but "from" or "by" names more ("drew criticism over the cost")."""
    verb = noun.head
    if noun.lemma_.lower() not in received_nouns():
        return None
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_.lower() == "come":
        verb = verb.head
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVING:
        return None
    preps = [c for c in (*noun.rights, *verb.rights) if c.dep_ in ("prep", "agent")]
    return verb if all(p.lower_ in ("from", "by", "under") for p in preps) else None


def _received(noun: Token, verb: Token, passages: Passages, lex: Lexicon) -> Draft | None:
    """ "The levy drew criticism from the mayor": the verb's subject is the content, the
    object of "from" (if any) the speaker, and the cue runs from the verb to the noun (or its
    "from")."""
    doc = noun.doc
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or passages.at(subject.idx) is not None:
        return None
    source = next((c for c in (*noun.rights, *verb.rights) if c.lower_ in ("from", "by")), None)
    speaker_tok = next((c for c in source.children if c.dep_ == "pobj"), None) if source else None
    if speaker_tok is not None and not can_speak(speaker_tok, lex):
        return None
    start, end = trim(doc, *subtree(subject))
    if start >= end:
        return None
    cue_start, cue_end = verb.i, noun.i + 1
    while doc[cue_start - 1].dep_ in ("aux", "neg") and doc[cue_start - 1].head == verb:
        cue_start -= 1
    if speaker_tok is not None and source is not None and source.i == noun.i + 1:
        cue_end = source.i + 1  # "drew praise from"
    content = chars(doc, start, end)
    speaker = None
    if speaker_tok is not None:
        speaker = speaker_span(speaker_tok, passages, content)
        first, last = _object_span(speaker_tok)
        if last <= speaker_tok.right_edge.i:  # "from many voters, whom she courts": the voters
            speaker = chars(doc, *trim(doc, first, last))
    return Draft(
        content=content,
        cue=chars(doc, cue_start, cue_end),
        speaker=speaker,
        speaker_head=speaker_tok.i if speaker_tok is not None else None,
    )


def _draft(noun: Token, cue: CueNoun, passages: Passages, lex: Lexicon) -> Draft | None:
    doc = noun.doc
    verb = _receiver(noun)
    if verb is not None:
        return _received(noun, verb, passages, lex)
    found = _content(noun, cue)
    cue_start = noun.i
    speaker_tok = _speaker(noun, lex)
    if found is None and cue.clause:
        found = _copula_clause(noun)
        if found is not None and speaker_tok is None:
            cue_start = noun.left_edge.i  # "the idea is that …": a view nobody is named for
    if found is None and cue.clause and not _reported(noun, lex):
        found = _after_colon(noun)
    if found is None:
        return None
    (start, end), cue_end = found
    if speaker_tok is None and cue_start == noun.i:
        return None
    if speaker_tok is not None and not can_speak(speaker_tok, lex):
        return None
    voicing = _voicing_verb(noun) if speaker_tok is not None else None
    if voicing is not None:
        cue_start = voicing.i  # "raised serious questions about": the cue from the verb
        while doc[cue_start - 1].dep_ in ("aux", "neg") and doc[cue_start - 1].head == voicing:
            cue_start -= 1
    start, end = trim(doc, start, end)  # less a trailing aside (", a plan that failed")
    start, end = trim(doc, start, max(cut_tail(doc, start, end, passages), start + 1))
    if start >= end:
        return None
    content = clip_to_paragraph(doc_text(doc), noun.idx, *chars(doc, start, end))
    if content[0] >= content[1]:
        return None
    content = passages.widen(*content)
    return Draft(
        content=content,
        cue=chars(doc, cue_start, cue_end),
        speaker=speaker_span(speaker_tok, passages, content) if speaker_tok is not None else None,
        speaker_head=speaker_tok.i if speaker_tok is not None else None,
    )


def _voicing_verb(noun: Token) -> Token | None:
    """The verb whose subject speaks through the noun, its object ("she voiced concerns about",
    "he has praise for") or the object of its "in" ("spoke out in favor of"), when the noun has
    no owner or "from" of its own: the annotators take the verb into the cue."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "with") and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return None
    if any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"))
        for c in noun.children
    ):
        return None
    return verb


def _reported(noun: Token, lex: Lexicon) -> bool:
    """Whether the noun is the object of a reporting verb ("asked a question: …")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.verbs


def _after_colon(noun: Token) -> tuple[tuple[int, int], int] | None:
    """ "The union had one message: the depot stays open": what follows the colon right after
    the noun, to the sentence's end, is the content (the cue is the noun)."""
    doc, end = noun.doc, noun.sent.end
    if noun.i + 2 >= end or doc[noun.i + 1].text != ":":
        return None
    return (noun.i + 2, end), noun.i + 1


def _copula_clause(noun: Token) -> tuple[tuple[int, int], int] | None:
    """ "Her view is that …", "the question is whether …": the noun is the subject of "be" and
    the clause after it is the content (the cue runs to the verb)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < noun.i:
        return None
    clause = next((c for c in verb.rights if c.dep_ in ("ccomp", "attr", "acomp")), None)
    if clause is None or clause.dep_ != "ccomp":
        return None
    return subtree(clause), verb.i + 1
