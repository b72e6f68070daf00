"""Attributions cued by a reporting verb: "X said (that) ...", "“...,” X said", "X said: “...”",
"urged them to take “real action”", "called it “very good”"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tidings.knowledge import cached_knowledge, read_words
from tidings.quotes.adjacent import (
    adjacent_quotes,
    clause_start,
    quote_object,
)
from tidings.quotes.lexicon import CueVerb, Lexicon
from tidings.quotes.marks import QuoteSpan
from tidings.quotes.nominal import light_verbs
from tidings.quotes.parenthetical import parenthetical_content
from tidings.quotes.raising import raising_cue
from tidings.quotes.spans import (
    QUOTE_CHARS,
    TIME_LABELS,
    Draft,
    Passages,
    chars,
    clip_to_paragraph,
    comma_participle,
    doc_text,
    subtree,
    trim,
)
from tidings.quotes.speakers import (
    bare_participle,
    by_agent,
    can_speak,
    contracted_perfect,
    impersonal_subject,
    noun_before,
    outside_quotes,
    past_dateline,
    same_line_subject,
    speaker_span,
    statement_possessor,
    subject_of,
)
from tidings.quotes.tails import ASKING, cut_head, cut_tail

CUE_AUX = frozenset({"aux", "auxpass", "neg", "advmod"})  # "has said", "did not say" are one cue
_COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})
_MAX_PREP_GAP = 4  # tokens between the verb and its preposition ("accused the senator of")
_INFLECTIONS = (
    ("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
    ("ing", ""),
)  # fmt: skip
_WHEN_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_YEAR = re.compile(r"(19|20)\d\d")
_PRO_FORMS = frozenset({"so", "yes", "no", "otherwise"})  # words that stand for a said clause
_BELIEF_PRO_FORMS = frozenset({"so", "otherwise"})  # "I think so", "she believes otherwise"
_NEW_CLAUSE = frozenset({"conj", "advcl", "parataxis"})  # a clause that may end a content


_WH_OBJECTS = frozenset({"that", "which", "what", "whom"})
_QUESTION_MARKS = frozenset({"if", "whether"})
_NEXT_REPORT = frozenset({"add"})  # ", adding …" goes on with a report of its own
_QUOTING = frozenset({"quote", "cite"})  # "is quoted as saying"
_CLAUSE_NOUNS = frozenset({"fact", "news", "notion", "report", "possibility", "chance", "sense"})


def verb_drafts(sent: Span, passages: Passages, lex: Lexicon) -> list[Draft]:
    drafts: list[Draft] = []
    doc = sent.doc
    for verb in sent:
        if verb.pos_ != "VERB" and not _verb_tagged_as_noun(verb):
            continue
        if (labelled := _self_described(verb)) is not None:
            drafts.append(labelled)
            continue
        cue = _cue_verb(verb, lex) or _colon_quote_cue(verb, sent, passages)
        if cue is None or raising_cue(verb) is not None:
            continue  # "is expected to run": tidings.quotes.raising
        if cue.documents_only and _releases_a_thing(verb):
            continue  # "released a game", "the phone was unveiled": a product, no one's words
        if passages.at(verb.idx) is not None:
            continue  # "… I think …" inside a quotation is part of the quoted speaker's words
        if any(_quoted_as(c, lex) == verb for c in verb.subtree if c.dep_ == "pcomp"):
            continue  # "X is quoted as saying …": the saying is the cue (its draft)
        draft = _draft(verb, cue, sent, passages, lex)
        if draft is None or (draft.speaker is None and _names_its_noun(verb, cue)):
            continue  # "a group called X", "a man known as Y": a name, no one's words
        particle = _particle(verb, lex)
        if particle is not None and draft.cue == chars(doc, verb.i, verb.i + 1):
            draft.cue = chars(doc, verb.i, particle.i + 1)  # "walked back", not "walked"
        drafts.append(draft)
    frames = {
        f.i
        for d in drafts
        if d.cue_token is not None and (f := _statement_frame(doc[d.cue_token], lex))
    }
    return [d for d in drafts if d.cue_token not in frames]  # "released a statement": no content


def _self_described(verb: Token) -> Draft | None:
    """ "a self-described fiscal hawk": "self" speaks, and the words from the participle to the
    noun it modifies are what is said."""
    doc = verb.doc
    head = verb.head
    if verb.lemma_.lower() not in self_labels():
        return None
    if verb.dep_ != "amod" or verb.i < 2 or head.i <= verb.i or doc[verb.i - 1].text != "-":
        return None
    self_tok = doc[verb.i - 2]
    if self_tok.lower_ != "self":
        return None
    return Draft(
        content=chars(doc, verb.i + 1, head.i + 1),
        cue=chars(doc, verb.i, verb.i + 1),
        speaker=chars(doc, self_tok.i, self_tok.i + 1),
        speaker_head=self_tok.i,
        cue_token=verb.i,
    )


def _names_its_noun(verb: Token, cue: CueVerb) -> bool:
    """A participle right after the noun it modifies ("a group called …", "items labeled …"), or
    a naming verb in the passive ("the early models were called X"): a name, no one's words."""
    if verb.dep_ == "acl" and verb.head.i == verb.i - 1:
        return True
    return cue.naming and any(c.dep_ == "nsubjpass" for c in verb.lefts)


def _releases_a_thing(verb: Token) -> bool:
    """Whether the verb's objects (or passive subject) are nouns none of which names a document
    ("a screensaver"); "an email exchange", "a flurry of ads" count by their other nouns too."""
    things = [
        c for c in verb.children if (c.dep_ == "dobj" and c.i > verb.i) or c.dep_ == "nsubjpass"
    ]
    if not things or any(t.pos_ != "NOUN" for t in things):
        return False
    nouns = [*things, *(c for t in things for c in t.children if c.dep_ == "compound")]
    nouns += [g for t in things for p in t.rights if p.lower_ == "of" for g in p.children]
    kinds = {t.lemma_.lower() for t in nouns} | {t.lower_ for t in nouns}  # "data" → "datum"
    return not kinds & document_nouns()


@cached_knowledge
def document_nouns() -> frozenset[str]:
    """Nouns of what is said or written (data/quotes/document_nouns.txt)."""
    return read_words("quotes/document_nouns.txt")


def _verb_tagged_as_noun(tok: Token) -> bool:
    """ "But Trump claims that …": the tagger read "Trump claims" as a noun phrase, yet the
    parse gives the word a subject and a clause of its own."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "advcl" and tok.lower_.endswith("ing"):  # ", remarking, “…”"
        return any(c.dep_ == "ccomp" for c in tok.rights)
    return (
        tok.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in tok.lefts)
        and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.rights)
    )


def _particle(verb: Token, lex: Lexicon) -> Token | None:
    """The particle right after the verb ("laid out", "shot back") when the lexicon has a row for
    the pair."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head.i != verb.i or nxt.dep_ not in ("prt", "advmod"):
        return None
    return nxt if f"{verb.lemma_.lower()} {nxt.lower_}" in lex.verbs else None


def _cue_verb(verb: Token, lex: Lexicon) -> CueVerb | None:
    """The verb's lexicon row, by its lemma or, when the tagger's lemma is off ("hopes" →
    "hop"), by its form less an inflection; a phrasal verb ("laid out", "pushed back") by its
    lemma and the particle right after it, when the lexicon has that pair."""
    particle = _particle(verb, lex)
    if particle is not None:
        return lex.verbs[f"{verb.lemma_.lower()} {particle.lower_}"]
    cue = lex.verbs.get(verb.lemma_.lower())
    if cue is not None:
        return cue
    form = verb.lower_
    for suffix, repl in _INFLECTIONS:
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            cue = lex.verbs.get(form[: -len(suffix)] + repl)
            if cue is not None:
                return cue
    return None


_COLON_QUOTE = CueVerb(lemma="", cls="speech", takes_object=False, takes_infinitive=False)


def _colon_quote_cue(verb: Token, sent: Span, passages: Passages) -> CueVerb | None:
    """Any verb whose clause ends with a colon that opens a quotation speaks it ("Lee leaned in
    and boomed: “…”", "Lee went even further: “…”"); a speech verb of no meaning of its own."""
    doc = verb.doc
    i = verb.i + 1
    while i < sent.end and doc[i].text != ":":
        if doc[i].text in QUOTE_CHARS or verb not in doc[i].ancestors:
            return None
        i += 1
    if i + 1 >= sent.end or i - verb.i > _MAX_PREP_GAP or doc[i].head.i != verb.i:
        return None
    quote = passages.at(doc[i + 1].idx)
    if quote is None or quote.start != doc[i + 1].idx or not quote.double:
        return None
    return _COLON_QUOTE


def _draft(verb: Token, cue: CueVerb, sent: Span, passages: Passages, lex: Lexicon) -> Draft | None:
    doc = verb.doc
    inside = passages.at(verb.idx)
    speaker_tok = same_line_subject(verb, subject_of(verb, lex.nouns))
    earlier = _reporter_before(verb, lex) or _coordinated_report(verb, lex)
    if earlier is not None:
        speaker_tok = earlier
    quoting = _quoted_as(verb, lex)
    if quoting is not None:  # "X is quoted as saying": X speaks
        speaker_tok = next((c for c in quoting.lefts if c.dep_ == "nsubjpass"), None)
    if speaker_tok is not None:
        speaker_tok = past_dateline(speaker_tok)
    impersonal = speaker_tok is not None and impersonal_subject(speaker_tok, verb)
    if impersonal:
        speaker_tok = None  # "It is easy to criticize …": nobody in the text speaks
    if (
        speaker_tok is not None
        and speaker_tok.pos_ == "NOUN"  # "the statement", not "the Washington Post"
        and speaker_tok.lemma_.lower() in lex.nouns
    ):
        speaker_tok = statement_possessor(speaker_tok) or speaker_tok
    if speaker_tok is not None and inside is None:
        if passages.at(speaker_tok.idx) is not None:  # "“…, it will,” said Lee": two subjects
            speaker_tok = next(
                (c for c in verb.children if c.dep_ == "nsubj" and passages.at(c.idx) is None),
                speaker_tok,
            )
        speaker_tok = outside_quotes(speaker_tok, verb, passages)
        quote = passages.at(speaker_tok.idx)
        if quote is not None and quote.start > verb.idx:
            speaker_tok = None  # "said on “Fox and Friends.”": a quoted title is no speaker
    content = None
    if inside is None and not _object_is_content(verb, cue) and not _forward_clause(verb, passages):
        content = adjacent_quotes(verb, speaker_tok, sent, passages, before_only=True)
    prep_end: int | None = None
    if content is None and inside is None and cue.takes_object:
        found_noun = _noun_clause(verb, lex, passages)
        if found_noun is not None:
            content, prep_end = found_noun
    if content is None and inside is None and cue.takes_infinitive and cue.preps:
        found_inf = _prep_infinitive(verb, cue, passages)
        if found_inf is not None:
            content, prep_end = found_inf
    if content is None:
        content = _complement(verb, cue, inside, passages, sent, speaker_tok, lex)
    if content is None and inside is None and cue.cls == "speech":
        content = quote_object(verb, passages)
    if content is None and cue.preps:
        found = _prep_content(verb, cue, inside, passages, lex)
        if found is not None:
            content, prep_end = found
    framed = False  # the cue clause lies inside the content ("The plan, aides say, will fail")
    if content is None and inside is None:
        found_aside = parenthetical_content(
            verb, speaker_tok, sent, passages, addressee=not cue.takes_object
        )
        if found_aside is not None:
            content, framed = found_aside
    open_colon = False
    if content is None and inside is None and not _object_is_content(verb, cue):
        # "… , the statement didn’t mention that possibility": the verb has its own object
        content = adjacent_quotes(verb, speaker_tok, sent, passages, before_only=False)
        if content is None and cue.cls == "speech" and _ends_with_colon(verb, sent):
            open_colon = True
            content = (sent.end_char, sent.end_char)
        elif content is None and cue.cls == "speech":
            content = _after_colon(verb, sent, passages)
    if content is None and inside is None and (cue.takes_object or cue.cls == "speech"):
        content = _wh_object(verb, lex)  # "a charge that she has always denied", "what he wrote"
    if content is None and inside is None and cue.takes_object and cue.cls == "speech":
        agent = by_agent(verb)
        content = _passive_content(verb) if agent is not None else None
        if content is not None:  # "the plan was criticized by X": X's words are about the plan
            speaker_tok = agent
    if content is None:
        return None
    if inside is None and not open_colon and prep_end is None:
        content = _with_passive_subject(verb, content, passages)
        content = _with_relative_object(verb, content)
    speakerless = impersonal or _is_passive(verb)
    if speaker_tok is None and not speakerless:
        speaker_tok = _inverted_object(verb, passages)  # "“…?” asked the boy"
    if speaker_tok is None and not speakerless and verb.tag_ in ("VBD", "VBZ", "VBP"):
        speaker_tok = noun_before(verb, passages)
    if speaker_tok is None and not speakerless:
        return None
    if speaker_tok is not None and not can_speak(speaker_tok, lex):
        return None
    cue_start, cue_end = verb.i, verb.i + 1
    speaker_i = speaker_tok.i if speaker_tok is not None else -1
    # "is quoted as saying", "released a statement saying" are one cue
    cue_head = quoting or _statement_frame(verb, lex) or _infinitive_frame(verb, lex) or verb
    cue_start = cue_head.i
    for child in sorted(cue_head.lefts, key=lambda c: -c.i):
        if child.tag_ == "WRB":
            continue  # "when asked about …": the cue is "asked about"
        if child.dep_ in CUE_AUX and child.i == cue_start - 1 and child.i != speaker_i:
            cue_start -= 1
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == cue_end:
            cue_end += 1
    # "talked about", "accused her of"; "said in a statement"
    cue_end = prep_end if prep_end is not None else _past_medium(verb, cue_end, content)
    speaker = None
    if speaker_tok is not None:
        avoid = None if open_colon or framed else content
        speaker = speaker_span(speaker_tok, passages, avoid)
    return Draft(
        content=content,
        cue=chars(doc, cue_start, cue_end),
        speaker=speaker,
        speaker_head=speaker_tok.i if speaker_tok is not None else None,
        cue_token=verb.i,
        open_colon=open_colon,
        nested=inside is not None,
    )


def _statement_frame(verb: Token, lex: Lexicon) -> Token | None:
    """The verb that put out the statement a reporting participle reads from ("released a
    statement Thursday saying …", "wrote a letter to the board, calling …"), which the
    annotators take into the cue; None when that verb reports something of its own (a
    clause) or the participle goes on with a new report ("…, adding …"). After a medium
    ("hit back in a statement, saying", "unloaded on him in a speech, accusing") the
    participle stays the cue (one case each way on train-1 and train-2 of PolNeAR)."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() in _NEXT_REPORT:
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.i < head.i:
        statement, frame = head, head.head
    elif verb.dep_ == "advcl" and head.i < verb.i and head.pos_ == "VERB":
        frame = head
        statement = next((c for c in head.rights if c.dep_ == "dobj" and c.i < verb.i), None)
    else:
        return None
    if statement is None or statement.lemma_.lower() not in lex.nouns or not _issues(frame):
        return None  # "echoed that comment, recalling …": the comment is its own content
    if any(c.dep_ in ("ccomp", "xcomp") for c in frame.children):
        return None
    return frame


def _issues(verb: Token) -> bool:
    """Whether the verb puts out a statement ("released", "put out"):
    data/quotes/issuing_verbs.txt."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.rights if c.dep_ == "prt"), None)
    return (f"{lemma} {particle}" if particle else lemma) in issuing_verbs()


@cached_knowledge
def issuing_verbs() -> frozenset[str]:
    """data/quotes/issuing_verbs.txt."""
    return read_words("quotes/issuing_verbs.txt")


def _past_medium(verb: Token, cue_end: int, content: tuple[int, int]) -> int:
    """The cue's end past a written medium right after it ("said in a statement Saturday that
    …", "wrote on Facebook"), which annotators take into the cue, and a day after it; not
    into the content."""
    doc = verb.doc
    prep = next((c for c in verb.rights if c.i == cue_end and c.dep_ == "prep"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or obj is None or prep.lower_ not in ("in", "on"):
        return cue_end
    if obj.lemma_.lower() not in cue_media() and obj.lower_ not in cue_media():
        return cue_end
    end = prep.right_edge.i + 1
    while end < len(doc) and doc[end].head.i == verb.i and doc[end].ent_type_ in TIME_LABELS:
        end += 1  # "said in a statement Saturday"
    if chars(doc, prep.i, end)[1] > content[0] and prep.idx < content[1]:
        return cue_end  # the phrase is part of the content
    return end


@cached_knowledge
def cue_media() -> frozenset[str]:
    """data/quotes/cue_media.txt."""
    return read_words("quotes/cue_media.txt")


def _infinitive_frame(verb: Token, lex: Lexicon) -> Token | None:
    """The verb or adjective an infinitive cue hangs on, which annotators take into the cue
    ("went on to say", "continued to push for", "was quick to point out", "are more likely to
    say"): its head when that is no reporting verb of its own (then the copula before an
    adjective)."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.i > verb.i:
        return None
    if head.pos_ not in ("VERB", "AUX", "ADJ") or verb.left_edge.lower_ != "to":
        return None
    if verb.dep_ == "advcl" and not any(c.dep_ == "prt" for c in head.rights):
        return None  # "went on to say"; not "sold the house to pay …"
    row = _cue_verb(head, lex) if head.pos_ != "ADJ" else None
    if row is not None and row.takes_infinitive:
        return None  # "vowed to fight": the vow reports the infinitive
    if head.pos_ == "ADJ":
        if head.dep_ != "acomp" or head.head.i > head.i:
            return None
        head = head.head  # "was quick to point out": from the copula
    return head


def _quoted_as(verb: Token, lex: Lexicon) -> Token | None:
    """The passive verb of quoting above a reporting participle ("Lee is quoted as saying",
    "was cited as warning"), or None."""
    prep = verb.head
    quoting = prep.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    if quoting.lemma_.lower() not in _QUOTING or _cue_verb(verb, lex) is None:
        return None
    return quoting if any(c.dep_ == "auxpass" for c in quoting.lefts) else None


def _inverted_object(verb: Token, passages: Passages) -> Token | None:
    """ "“How big is it?” asked the boy": right after a quotation, a cue with no subject whose
    object follows it has its speaker there (the parser read the inverted subject as object)."""
    doc = verb.doc
    text = doc_text(doc)
    before = text[: verb.idx].rstrip(" ,\u00a0")
    quote = passages.at(len(before) - 1) if before else None
    if quote is None or quote.end != len(before) or verb.tag_ not in ("VBD", "VBZ"):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or passages.at(obj.idx) is not None:
        return None
    return obj


def _wh_object(verb: Token, lex: Lexicon) -> tuple[int, int] | None:
    """A relative or interrogative pronoun object before the verb, which stands for what was
    said when nothing after the verb says it ("the claim that she denied", "what he wrote"),
    with a phrase that goes with it ("a council that they view as weak")."""
    pron = next((c for c in verb.lefts if c.dep_ == "dobj" and c.lower_ in _WH_OBJECTS), None)
    if pron is None and verb.dep_ == "acl":  # the parser read "that" as a clause's mark
        pron = next((c for c in verb.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
    if pron is None or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.rights):
        return None
    start, end = chars(verb.doc, pron.i, pron.i + 1)
    prep = next((c for c in verb.rights if c.dep_ == "prep"), None)
    if prep is not None and prep.i == verb.i + 1 and _object_prep(prep, lex):
        end = chars(verb.doc, *trim(verb.doc, prep.i, prep.right_edge.i + 1))[1]
    return start, end


def _passive_content(verb: Token) -> tuple[int, int] | None:
    """What a passive cue with a by-agent is about: its subject ("the plan was criticized by
    …") or the noun a reduced relative describes ("the move, derided by …")."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        start, end = trim(doc, *subtree(subject))
    elif verb.dep_ == "acl" and verb.head.i < verb.i:
        start, end = trim(doc, verb.head.left_edge.i, verb.i)
    else:
        return None
    if start >= end:
        return None
    span = clip_to_paragraph(doc_text(doc), verb.idx, *chars(doc, start, end))
    return span if span[0] < span[1] else None


def _reporter_before(verb: Token, lex: Lexicon) -> Token | None:
    """ "…, Lee said, adding of the mayor, “He …”": a participle after a comma that the parser
    hung on the clause after it goes on from the cue before it, and shares its subject."""
    doc = verb.doc
    if not comma_participle(verb, (",",)) or verb.i < 2 or verb.head.i <= verb.i:
        return None
    before = doc[verb.i - 2]
    if before.pos_ != "VERB" or _cue_verb(before, lex) is None:
        return None
    return next((c for c in before.children if c.dep_ == "nsubj"), None)


def _coordinated_report(verb: Token, lex: Lexicon) -> Token | None:
    """ "He said X has helped him and said that Y …": a second cue in the first one's form that
    the parser joined to the first report's clause is the same speaker's next report."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or any(c.dep_ == "nsubj" for c in verb.lefts):
        return None
    outer = head.head
    if _cue_verb(outer, lex) is None or _cue_verb(verb, lex) is None:
        return None
    if outer.tag_ != verb.tag_ and not _second_report(verb, outer, head, lex):
        return None
    # "…, conceding that X had erred but warning that …": a participle's speaker is its own's
    return subject_of(outer, lex.nouns)


def _with_passive_subject(
    verb: Token, content: tuple[int, int], passages: Passages
) -> tuple[int, int]:
    """ "Lee was named the winner", "the plan was criticized as reckless": the passive subject is
    part of what is said (the content then holds the cue, which its pieces leave out)."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subject is None or content[0] < verb.idx or subject.tag_ in ("WDT", "WP"):
        return content
    if subject.pos_ == "PRON" and subject.lower_ in ("it", "this", "that"):
        return content
    start = subject.left_edge.idx
    line = doc_text(verb.doc).rfind("\n", 0, content[0]) + 1
    if start < line:
        return content
    return passages.widen(start, content[1])


def _with_relative_object(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """ "a tax, which he called “a disgrace”": the relative pronoun stands for what the cue's
    object names and opens the content (the cue clause inside it is left out of its pieces)."""
    if verb.dep_ != "relcl" or content[0] < verb.idx:
        return content
    pron = next(
        (c for c in verb.lefts if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") and c.i < verb.i),
        None,
    )
    if pron is None or "\n" in doc_text(verb.doc)[pron.idx : content[0]]:
        return content
    return pron.idx, content[1]


def _forward_clause(verb: Token, passages: Passages) -> bool:
    """Whether the verb reports a clause of its own after it ("“…,” she said the plan would …"),
    so that a quote before it is not its content."""
    for child in verb.rights:
        if child.dep_ == "ccomp" and passages.at(child.left_edge.idx) is None:
            if _participle_led(child):
                continue  # "“X,” he said, adding …, “Y”": the next report, not this one's
            return child.right_edge.i - child.left_edge.i >= 2
    return False


def _participle_led(comp: Token) -> bool:
    """A clause the parser opened with ", adding …", or that comes after such a participle of
    the same verb: another report of the speaker."""
    first = comp.left_edge
    if comma_participle(first):
        return True
    verb = comp.head
    return any(comma_participle(t) and t.head.i == verb.i for t in comp.doc[verb.i + 1 : first.i])


def _prep_content(
    verb: Token, cue: CueVerb, inside: QuoteSpan | None, passages: Passages, lex: Lexicon
) -> tuple[tuple[int, int], int] | None:
    """ "talked about X", "pointed to X", "accused her of X": the content is the object of the
    preposition, and the cue runs to the preposition (character span, cue's end token)."""
    doc = verb.doc
    objects = [c for c in verb.rights if c.dep_ == "dobj" and not _noun_cue(verb, c, lex)]
    particle = _particle(verb, lex)  # "shot back at X": the parser may hang "at" on "back"
    hangers = [*objects, particle] if particle is not None else objects
    candidates = sorted([*verb.rights, *(c for o in hangers for c in o.rights)], key=lambda c: c.i)
    for prep in candidates:  # "accused the governor of": the parser may hang "of" on the object
        clause = _for_clause(verb, prep, cue)
        if clause is not None:
            return clause
        # "accused the former Ohio governor of": the gap counts from the object's head
        anchor = max([verb.i, *(o.i for o in objects if o.i <= prep.i)])
        if prep.i - anchor > _MAX_PREP_GAP:
            break
        if prep.dep_ != "prep" or prep.lower_ not in cue.preps:
            continue
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.ent_type_ in TIME_LABELS:
            continue  # "has argued for years": a time, not what was argued for
        if obj.lemma_.lower() in request_nouns():
            return None  # "did not respond to a request for comment": nothing was said
        start, end = trim(doc, *subtree(obj))
        cue_end = prep.i + 1
        addressee = next((o for o in objects if o.i < prep.i), None)
        if addressee is not None:  # "accused the mayor of lying": the mayor is in the content
            start, cue_end = addressee.left_edge.i, verb.i + 1
        for child in verb.rights:  # "referred to the senator as “a leader”"
            if child.dep_ == "prep" and child.lower_ == "as" and child.i >= end:
                end = trim(doc, end, child.right_edge.i + 1)[1]
        if start >= end:
            return None
        span = clip_to_paragraph(doc_text(doc), verb.idx, *chars(doc, start, end))
        if span[0] >= span[1]:
            return None
        if inside is not None:
            span = max(span[0], inside.start + 1), min(span[1], inside.end - 1)
        else:
            span = passages.widen(*span)
        return span, cue_end
    return None


@cached_knowledge
def self_labels() -> frozenset[str]:
    """Verbs by which one labels oneself ("self-described", "self-proclaimed"):
    data/quotes/self_labels.txt."""
    return read_words("quotes/self_labels.txt")


@cached_knowledge
def request_nouns() -> frozenset[str]:
    """Nouns of a request that a reply to it says nothing about ("did not respond to a request
    for comment", "did not reply to an inquiry"): data/quotes/request_nouns.txt."""
    return read_words("quotes/request_nouns.txt")


def _noun_clause(
    verb: Token, lex: Lexicon, passages: Passages
) -> tuple[tuple[int, int], int] | None:
    """ "expressed confidence that …", "voiced concern that …": the object of a light verb
    (data/quotes/light_verbs.txt) is a cue noun with a that-clause; the clause is the content
    and the cue runs from the verb to the noun; so with another reporting verb and the
    speaker's own noun ("highlighted his message that …"). Otherwise that verb reports the noun
    with its clause ("rejected the idea that …")."""
    doc = verb.doc
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    noun = (lex.cue_nouns or {}).get(obj.lemma_.lower()) if obj is not None else None
    if obj is None or noun is None or not noun.clause:
        return None
    owned = any(c.dep_ == "poss" for c in obj.children)  # "highlighted his message that …"
    if verb.lemma_.lower() not in light_verbs() and not owned:
        return None
    clause = next(
        (
            c
            for c in obj.rights
            if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None or obj.i - verb.i > _MAX_PREP_GAP:
        return None
    start, end = trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
    end = cut_tail(doc, start, end, passages)
    if start >= end:
        return None
    span = clip_to_paragraph(doc_text(doc), verb.idx, *chars(doc, start, end))
    return (passages.widen(*span), obj.i + 1) if span[0] < span[1] else None


def _prep_infinitive(
    verb: Token, cue: CueVerb, passages: Passages
) -> tuple[tuple[int, int], int] | None:
    """ "called on the mayors to open shelters": the preposition's object and the infinitive are
    the content, and the cue runs to the preposition."""
    doc = verb.doc
    xcomp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if xcomp is None or not any(a.dep_ == "aux" and a.lower_ == "to" for a in xcomp.lefts):
        return None
    for prep in verb.rights:
        if prep.i >= xcomp.i or prep.i - verb.i > _MAX_PREP_GAP:
            break
        if prep.dep_ != "prep" or prep.lower_ not in cue.preps:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.right_edge.i >= xcomp.left_edge.i:
            return None
        start, end = trim(doc, obj.left_edge.i, xcomp.right_edge.i + 1)
        if start >= end:
            return None
        span = clip_to_paragraph(doc_text(doc), verb.idx, *chars(doc, start, end))
        return (passages.widen(*span), prep.i + 1) if span[0] < span[1] else None
    return None


def _for_clause(verb: Token, head: Token, cue: CueVerb) -> tuple[tuple[int, int], int] | None:
    """ "called for the allies to send troops": the parser makes "for" the mark of a clause of
    the verb; the clause without it is the content and the cue runs to "for"."""
    if head.dep_ not in ("advcl", "xcomp", "ccomp") or head.head.i != verb.i:
        return None
    mark = next((c for c in head.lefts if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in cue.preps or mark.i != head.left_edge.i:
        return None
    if mark.i - verb.i > _MAX_PREP_GAP:
        return None
    doc = verb.doc
    start, end = trim(doc, mark.i + 1, head.right_edge.i + 1)
    if start >= end:
        return None
    return clip_to_paragraph(doc_text(doc), verb.idx, *chars(doc, start, end)), mark.i + 1


def _object_is_content(verb: Token, cue: CueVerb) -> bool:
    """Whether the verb has a noun object after it that is what it reports ("didn’t mention that
    possibility"), not whom it addresses ("told reporters", "urged them")."""
    if cue.takes_infinitive:
        return False
    return any(
        c.dep_ == "dobj" and c.i > verb.i and c.pos_ not in ("PRON", "PROPN") for c in verb.children
    )


def _is_passive(verb: Token) -> bool:
    if contracted_perfect(verb):
        return False
    return bare_participle(verb) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _complement(
    verb: Token,
    cue: CueVerb,
    inside: QuoteSpan | None,
    passages: Passages,
    sent: Span,
    speaker: Token | None,
    lex: Lexicon,
) -> tuple[int, int] | None:
    """The content as the verb's clausal complement, infinitive or object, in characters."""
    doc = verb.doc
    comps = [c for c in verb.children if c.dep_ == "ccomp"] or _question_clause(verb)
    has_object = any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
    if has_object and cue.takes_object:  # "didn’t mention that possibility": not a left clause
        comps = [c for c in comps if c.i > verb.i]
    span: tuple[int, int] | None = None
    if not comps and (not has_object or not cue.takes_object):
        stray = _stray_complement(verb, lex)
        if stray:
            span = trim(doc, *subtree(stray[0]))
    if comps:
        forward = [c for c in comps if c.i > verb.i and not _participle_led(c)]
        comp = forward[0] if forward else comps[0]
        if comp.i < verb.i:  # "X, Y, he said": all before the cue clause
            first = clause_start(verb, speaker, passages)
            if ";" not in doc_text(doc)[comp.right_edge.idx : doc[first].idx]:
                span = trim(doc, sent.start, first)  # not "X said Y; they learned …"
        elif verb.dep_ == "advcl" and verb.head.i > verb.i:  # "While X said Y, Z …"
            span = trim(doc, comp.left_edge.i, comp.right_edge.i + 1)
        else:  # "he said (that) X": to the end of the sentence or of the reported clause
            end = _content_end(verb, comp, sent, lex)
            span = trim(doc, comp.left_edge.i, _before_semicolon(comp, end, passages))
    elif cue.takes_object and (gerund := _gerund_object(verb)) is not None:
        span = trim(doc, *subtree(gerund))  # "proposes raising the tax"
    elif cue.takes_infinitive:
        xcomp = next(
            (c for c in verb.rights if c.dep_ == "xcomp" and any(a.dep_ == "aux" for a in c.lefts)),
            None,
        )
        if xcomp is not None:
            obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < xcomp.i), None)
            start = obj.left_edge.i if obj is not None else xcomp.left_edge.i
            span = trim(doc, start, xcomp.right_edge.i + 1)
    if span is None:
        oprd = next((c for c in verb.rights if c.dep_ == "oprd" and not _is_when(c)), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and not _is_when(c)), None)
        named = next((c for c in verb.rights if c.dep_ == "dative"), None) or obj
        if oprd is not None and cue.naming:
            before = named is not None and named.i < verb.i and named.lower_ == "what"
            first = named if named is not None and (named.i > verb.i or before) else oprd
            # "what X called a “good” call", "calling him a fraud", "called both “crazy”"
            span = trim(doc, min(first.left_edge.i, oprd.left_edge.i), oprd.right_edge.i + 1)
        elif cue.naming and named is not None and obj is not None and named.i < obj.i:
            span = trim(doc, named.left_edge.i, obj.right_edge.i + 1)  # "calls her “a friend”"
        elif cue.naming and len(objs := _quoted_name(verb)) >= 2:
            span = trim(doc, objs[0].left_edge.i, objs[-1].right_edge.i + 1)  # two objects
        elif cue.naming and obj is not None and obj.i > verb.i and _names_in_apposition(obj):
            span = trim(doc, obj.left_edge.i, obj.right_edge.i + 1)  # "called the bill “a step”"
        elif (
            obj is not None
            and cue.takes_object
            and obj.i > verb.i
            and not _noun_cue(verb, obj, lex)
        ):
            end = obj.right_edge.i + 1
            for child in verb.rights:  # "criticized the plan as …", "blamed it on …"
                if child.i >= end and _object_prep(child, lex):
                    end = child.right_edge.i + 1
            span = trim(doc, obj.left_edge.i, end)
    if span is None and not comps and cue.cls in ("speech", "finding"):
        comma = _trailing_after_comma(verb, sent, speaker, cue)
        if comma is not None:  # "X is hanging on, said its chief", "X, Lee told a panel."
            span = trim(doc, sent.start, comma)
    if span is None and cue.cls in ("speech", "belief"):
        forms = _PRO_FORMS if cue.cls == "speech" else _BELIEF_PRO_FORMS
        answer = next((c for c in verb.rights if c.lower_ in forms), None)
        if answer is not None and answer.i == verb.i + 1:  # "half said so", "I think so"
            span = (answer.i, answer.i + 1)
    if span is not None and span[0] > verb.i:
        span = trim(doc, cut_head(doc, *span), cut_tail(doc, *span, passages))
    elif span is not None:
        span = trim(doc, cut_head(doc, *span), span[1])
    if span is None or span[0] >= span[1]:
        return None
    start, end = clip_to_paragraph(doc_text(doc), verb.idx, *chars(doc, *span))
    if start >= end:
        return None
    if inside is not None:  # a report inside a quotation stays inside it
        return max(start, inside.start + 1), min(end, inside.end - 1)
    return passages.widen(start, end)


def _question_clause(verb: Token) -> list[Token]:
    """ "asked if the pier was safe": the question the parser made an adverbial clause of a verb
    of asking (it reads "if" as a condition) is what was asked."""
    if verb.lemma_.lower() not in ASKING:
        return []
    for clause in verb.rights:
        mark = clause.left_edge
        if clause.dep_ == "advcl" and mark.lower_ in _QUESTION_MARKS and mark.head.i == clause.i:
            return [clause]
    return []


def _trailing_after_comma(
    verb: Token, sent: Span, speaker: Token | None, cue: CueVerb
) -> int | None:
    """The comma (token) before a cue clause that closes its sentence with nothing to report of
    its own ("…, said the firm's chief", "…, Lee told a panel on Monday"), which the parser
    joined to the clause before instead of taking that clause as its content."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "conj", "relcl"):
        return None
    if verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP", "WP$") for c in verb.subtree):
        return None  # "…, which the poll found": a true relative clause
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.rights) or _object_is_content(verb, cue):
        return None
    inverted = any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
    first = verb.i if inverted else clause_start(verb, speaker)
    if speaker is None or first - sent.start < 4 or doc[first - 1].text != ",":
        return None
    if verb.right_edge.i + 1 < sent.end and not doc[verb.right_edge.i + 1].is_punct:
        return None
    if any(
        c.dep_ == "advcl" and c.left_edge.i <= sent.start + 1 < first - 1 <= c.right_edge.i + 2
        for c in verb.lefts
    ):
        return None  # "Asked if the pier was safe, she said no": the verb's own clause
    finite = ("VBD", "VBZ", "VBP", "MD")
    if not any(t.tag_ in finite for t in doc[sent.start : first - 1]):
        return None  # "At the same time, the probes continue": no clause before the comma
    return first - 1


def _gerund_object(verb: Token) -> Token | None:
    """ "proposed allowing parents to …", "suggests raising the tax": a gerund right after the
    verb, which the parser makes its clausal complement, is its object."""
    nxt = verb.i + 1
    for child in verb.rights:
        if child.i == nxt and child.tag_ == "VBG" and child.dep_ in ("xcomp", "ccomp"):
            return child
    return None


def _before_semicolon(comp: Token, end: int, passages: Passages) -> int:
    """ "said the plan was dead; aides disagreed": a semicolon outside quotation marks ends
    the reported clause."""
    doc = comp.doc
    for i in range(comp.left_edge.i, end):
        if doc[i].text == ";" and passages.at(doc[i].idx) is None:
            return i
    return end


def _is_when(tok: Token) -> bool:
    """A time the parser took for an object ("called Friday for …"): when, not what."""
    return tok.ent_type_ in TIME_LABELS and tok.pos_ in ("PROPN", "NOUN")


def _quoted_name(verb: Token) -> list[Token]:
    """A naming verb's two objects after it when a quotation mark opens the second ("calling
    him ''a fraud''"): whom it names and the name, which the parser took for two objects."""
    objs = [c for c in verb.rights if c.dep_ == "dobj" and not _is_when(c)]
    if len(objs) < 2:
        return []
    doc = verb.doc
    between = doc[objs[0].right_edge.i + 1 : objs[-1].right_edge.i + 1]
    return objs if any(t.tag_ in ("``", "''") or t.text in QUOTE_CHARS for t in between) else []


def _names_in_apposition(obj: Token) -> bool:
    """ "called the bill “a crucial step”", "calls her “a friend”": the parser hangs the name on
    the object, or takes both for one noun phrase (then the name is quoted)."""
    return any(c.dep_ == "appos" and c.i > obj.i for c in obj.children) or any(
        t.text in QUOTE_CHARS for t in obj.subtree
    )


def _noun_cue(verb: Token, obj: Token, lex: Lexicon) -> bool:
    """ "asked a question about the fee": the object of a light verb (data/quotes/light_verbs.txt)
    that is a cue noun with its own preposition is reported by the noun stage
    (tidings.quotes.nominal), not as the verb's content ("downplayed her attack on X" is)."""
    noun = (lex.cue_nouns or {}).get(obj.lemma_.lower())
    if noun is None or verb.lemma_.lower() not in light_verbs():
        return False
    return any(c.dep_ == "prep" and c.lower_ in noun.preps for c in obj.children)


def _object_prep(prep: Token, lex: Lexicon) -> bool:
    """Whether a phrase after a content object goes with it ("blamed the law on …", "listed
    the qualities needed in …", "criticized the plan as …"), not with the telling: a time
    ("in February"), a place ("on Capitol Hill") or a medium ("on Twitter", "in an
    interview") says when, where or how it was said."""
    if prep.dep_ != "prep":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return True
    first = obj.left_edge.nbor() if obj.left_edge.lower_ == "the" else obj.left_edge
    if prep.lower_ == "in" and _YEAR.fullmatch(first.text):
        return True  # "her loss to Obama in 2008", "his words in the 2008 race": the object's year
    if any(t.ent_type_ in _WHEN_WHERE for t in obj.subtree):
        return False
    return obj.lemma_.lower() not in lex.nouns and obj.ent_type_ != "ORG"


def _content_end(verb: Token, comp: Token, sent: Span, lex: Lexicon) -> int:
    """End (token) of a forward complement: the sentence's end, so that a time or phrase the
    parser hung on the cue verb stays with the reported clause, unless a new clause of the cue
    verb (or of a verb above it) follows that shares the cue's subject or is a report itself:
    "and said …", ", adding …", ", though she admitted …"."""
    doc = verb.doc
    owners = {verb.i}
    head = verb
    while head.dep_ in ("conj", "ccomp", "advcl", "xcomp") and head.head.i != head.i:
        head = head.head
        owners.add(head.i)
    if head.dep_ in ("relcl", "acl", "pcomp") and head.head.i < verb.i:
        return comp.right_edge.i + 1  # "X, who said Y, …": the relative clause ends it
    if any(i > comp.right_edge.i for i in owners):
        return comp.right_edge.i + 1  # "Asked if she thought Y, Lee said …": a clause above goes on
    for i in range(comp.i + 1, sent.end):
        if _comma_participle(doc[i], comp, owners):
            return i - 1
    for i in range(comp.left_edge.i + 1, comp.right_edge.i + 1):
        if _second_report(doc[i], verb, comp, lex) or _speakers_next_clause(doc[i], verb, comp):
            start = doc[i].left_edge.i
            cc = [c.i for c in comp.children if c.dep_ == "cc" and c.i < start]
            return cc[-1] if cc else start
    for i in range(comp.right_edge.i + 1, sent.end):
        tok = doc[i]
        if tok.head.i not in owners or tok.dep_ not in _NEW_CLAUSE:
            continue
        if tok.pos_ not in ("VERB", "AUX") or complement_led(tok):
            continue  # "said X, but that Y": a second clause of what is said
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.lefts)
        if own_subject and tok.lemma_.lower() not in lex.verbs:
            continue
        start = tok.left_edge.i
        for c in tok.head.children:  # the "and" / "but" before a coordinated verb
            if c.dep_ == "cc" and comp.right_edge.i < c.i < start:
                start = c.i
        return max(start, comp.right_edge.i + 1)
    return sent.end


def complement_led(tok: Token) -> bool:
    """Whether the clause of ``tok`` opens with "that", "whether" or "if"."""
    first = tok.left_edge
    return first.dep_ == "mark" and first.head.i == tok.i and first.lower_ in _COMPLEMENT_MARKS


def _second_report(tok: Token, verb: Token, comp: Token, lex: Lexicon) -> bool:
    """ "says he respects her and calls her …": a reporting verb coordinated with the reported
    clause, in the cue verb's own form and with no subject of its own, is the speaker's next
    report, not part of the first one. A form the reported clause shares ("they say the rents
    rise and argue …") counts only for a past or third-person verb; "said she would back X but
    did not suggest …", "conceding that X had erred but warning that …" go by the first
    auxiliary, which the reported clause's ("would", "had") is not."""
    if (
        tok.dep_ != "conj"
        or tok.head.i != comp.i
        or tok.lemma_.lower() not in lex.verbs
        or lex.verbs[tok.lemma_.lower()].cls != "speech"  # "was tired and wanted …" goes on
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    ):
        return False
    if tok.tag_ == verb.tag_ and tok.tag_ in ("VBD", "VBZ"):
        return True
    own, cue_form, comp_form = _finite(tok), _finite(verb), _finite(comp)
    return own.tag_ == cue_form.tag_ and comp_form.tag_ != own.tag_


def _speakers_next_clause(tok: Token, verb: Token, comp: Token) -> bool:
    """ "has said that X will act, but has not yet acted": a subjectless clause after a comma and
    "but"/"and" whose auxiliary is the cue verb's ("has") and not the reported clause's ("will")
    goes on about the speaker; the parser hangs it on the reported clause."""
    doc = tok.doc
    own, cue_aux, comp_aux = _finite(tok), _finite(verb), _finite(comp)
    return (
        tok.dep_ == "conj"
        and tok.head.i == comp.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and own.i != tok.i
        and cue_aux.i != verb.i
        and own.lower_ == cue_aux.lower_
        and comp_aux.lower_ != own.lower_
        and any(c.dep_ == "cc" and doc[c.i - 1].text == "," for c in comp.children if c.i < tok.i)
    )


def _finite(tok: Token) -> Token:
    """The verb's first auxiliary ("has" in "has said"), or the verb itself."""
    return next((c for c in tok.lefts if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"), tok)


def _comma_participle(tok: Token, comp: Token, owners: set[int]) -> bool:
    """ ", citing …", ", forcing them …": a participle clause after a comma that comments on the
    reported clause (the annotators leave it out). One of a result ("…, leaving the town
    without a mayor") hung on the reported clause goes on with it and stays."""
    if not (comma_participle(tok, (",",)) and tok.dep_ == "advcl" and tok.left_edge.i == tok.i):
        return False
    if tok.head.i in owners:
        return True
    within = comp.left_edge.i <= tok.head.i <= comp.right_edge.i
    return within and tok.lemma_.lower() not in result_participles()


@cached_knowledge
def result_participles() -> frozenset[str]:
    """Verbs whose participle tells what the reported event leads to ("…, leaving …"):
    data/quotes/result_participles.txt."""
    return read_words("quotes/result_participles.txt")


def _stray_complement(verb: Token, lex: Lexicon) -> list[Token]:
    """A clause right after the verb that the parser hung on another verb ("While its statement
    said the leaders were …, the other statement …")."""
    doc = verb.doc
    nxt = verb.i + 1
    if nxt < len(doc) and doc[nxt].lower_ == "that":
        nxt += 1
    if nxt >= len(doc):
        return []
    tok = doc[nxt]
    while tok.head.i != tok.i and tok.head.i > verb.i and tok.dep_ != "ccomp":
        tok = tok.head
    if tok.dep_ == "ccomp" and tok.left_edge.i in (verb.i + 1, nxt) and tok.head.i != verb.i:
        return [tok]
    return _that_clause_after_phrase(verb, lex)


def _that_clause_after_phrase(verb: Token, lex: Lexicon) -> list[Token]:
    """ "said after the vote that he had …", "says in a statement that …", "told voters at a
    diner that …": the parser took the that-clause for a relative clause of a phrase's noun (a
    relative clause has no "that" as its mark), or for the complement of a statement noun after
    "in". The phrases are the ones right after the verb (an object, then a preposition)."""
    row = _cue_verb(verb, lex)
    times = [c for c in verb.rights if c.dep_ in ("npadvmod", "advmod") and c.i < verb.i + 4]
    nxt = max([verb.i, *(t.right_edge.i for t in times)]) + 1  # "said Tuesday in a statement"
    for phrase in (c for c in verb.rights if c.dep_ in ("prep", "dobj")):
        if phrase.left_edge.i != nxt:
            return []  # "told a meeting of leaders that …": the addressee's phrase, too
        if row is not None and phrase.dep_ == "prep" and phrase.lower_ in row.preps:
            return []  # "responded to the news that …": the preposition's object is the content
        for tok in phrase.subtree:
            noun = tok.head
            statement = noun.lemma_.lower() in lex.nouns or noun.lower_ in lex.nouns
            said = tok.dep_ == "acl" and (
                (phrase.lower_ == "in" and statement) or not _takes_clause(noun, lex)
            )
            if (tok.dep_ != "relcl" and not said) or tok.pos_ not in ("VERB", "AUX"):
                continue
            first = tok.left_edge
            # "told reporters on arrival that the talks had stalled": the parser may make "that"
            # the relative's object; after a noun of the moment it opens the told clause
            moment = noun.lemma_.lower() in moment_nouns()
            mark = first.dep_ == "mark" or (first.dep_ == "dobj" and moment)
            marked = first.lower_ == "that" and mark and first.head.i == tok.i
            if marked and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
                return [tok]
        if phrase.dep_ != "dobj":
            return []
        nxt = phrase.right_edge.i + 1
    return []


@cached_knowledge
def moment_nouns() -> frozenset[str]:
    """Nouns of the moment something was said ("on arrival", "upon his return"):
    data/quotes/moment_nouns.txt."""
    return read_words("quotes/moment_nouns.txt")


def _takes_clause(noun: Token, lex: Lexicon) -> bool:
    """Whether a that-clause after the noun may be its own ("the claim that …", "the fact that
    …"): a cue noun that takes a clause, or a statement noun; not "told voters at rallies that
    …", where the parser hung the verb's clause on the phrase's noun."""
    row = (lex.cue_nouns or {}).get(noun.lemma_.lower())
    return (row is not None and row.clause) or noun.lemma_.lower() in _CLAUSE_NOUNS


def _after_colon(verb: Token, sent: Span, passages: Passages) -> tuple[int, int] | None:
    """ "X noted: the plan failed", "X tweeted: “…”": a colon right after the cue clause (its
    adverbs and "in a statement" between) opens the content, to the end of the sentence."""
    doc = verb.doc
    i = verb.i + 1
    while i < sent.end and doc[i].text != ":":
        tok = doc[i]
        if tok.text in QUOTE_CHARS or not (tok.head.i == verb.i or verb in tok.ancestors):
            return None
        if tok.dep_ in ("ccomp", "dobj", "xcomp"):
            return None
        i += 1
    if i >= sent.end - 1 or i - verb.i > _MAX_PREP_GAP:
        return None
    start, end = trim(doc, i + 1, sent.end)
    if start >= end:
        return None
    span = clip_to_paragraph(doc_text(doc), verb.idx, *chars(doc, start, end))
    return passages.widen(*span) if span[0] < span[1] else None


def _ends_with_colon(verb: Token, sent: Span) -> bool:
    """ "X said:" closing its sentence or paragraph: the quote that follows is the content."""
    last = sent[-1]
    while last.is_space and last.i > sent.start:
        last = last.doc[last.i - 1]
    return last.text == ":" and last.i > verb.i
