"""Who is speaking: the subject of a reporting verb (or its "by"-agent, or the possessor of a
statement), as a token and a trimmed character span."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.knowledge import cached_knowledge, read_words
from tidings.quotes.lexicon import Lexicon, lexicon
from tidings.quotes.marks import QuoteSpan
from tidings.quotes.spans import TIME_LABELS, Passages, chars, doc_text, subtree, trim

_INHERIT = frozenset({"xcomp", "advcl", "conj", "pcomp", "acomp", "dep"})
_NAME_PARTS = frozenset({"compound", "det", "amod", "poss", "nummod", "nmod", "case", "cc", "conj"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_DASHES = frozenset({"—", "–", "--", "―"})
_ASIDE_PUNCT = _DASHES | {","}
_TAG_OPENERS = frozenset({",", "”", "''", "’", '"'})
_TAG_CLOSERS = frozenset({",", ".", ";"})
_FLOATING = frozenset({"both", "all", "each"})  # quantifiers after a subject, not part of it
_CLOSING_MARKS = "”’\"',. "
_WHEN = frozenset({"when", "while", "after", "before", "as", "once", "until", "whenever"})
_MEDIUM_PREPS = frozenset({"in", "via", "through", "over", "by", "on"})
_OCCASION_PREPS = frozenset({"on", "upon", "after", "before", "during", "following"})
_MAX_DATELINE = 10  # tokens
_MAX_ASIDE = 25  # tokens of a ", speaking at …," aside between a name and its verb
_MAX_TITLE = 8  # words of a quoted title inside a speaker's appositive


def can_speak(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` may head a speaker: a name, a pronoun, or a noun for a person, a body or a
    source ("officials", "the poll"); not an act or event ("Putin’s conversation with Trump")."""
    if tok.pos_ != "NOUN" or tok.ent_type_ in _NAMED:
        return True
    lemma = tok.lemma_.lower()
    if lemma in lex.agent_words:
        return True
    if lemma in lex.non_agent_words or tok.lower_ in lex.non_agent_words:
        return False
    if _never_lower(tok):
        return True  # "Hannity added": a capitalised word the text never writes in lower case
    return not lemma.endswith(lex.non_agent_suffixes)


def _unknown_capital(tok: Token) -> bool:
    """A capitalised word opening its sentence that the text never writes in lower case."""
    return (
        tok.is_sent_start
        and tok.is_alpha
        and _never_lower(tok)
        and tok.pos_ in ("ADV", "ADJ", "NOUN")
    )


def _never_lower(tok: Token) -> bool:
    """A capitalised word the document never writes in lower case (a name, not a word)."""
    return tok.text[:1].isupper() and tok.lower_ not in _lower_words(tok.doc)


def _lower_words(doc: Doc) -> frozenset[str]:
    """The words the document writes in lower case somewhere."""
    words = doc.user_data.get("tidings.lower_words")
    if words is None:
        words = frozenset(t.text for t in doc if t.text.islower())
        doc.user_data["tidings.lower_words"] = words
    return words


def subject_of(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The speaker token of ``verb``: its subject, by-agent, the subject it shares with the verb
    it depends on ("adding", "declined to say"), or the head of a relative clause ("X, who
    said")."""
    if bare_participle(verb):  # "Asked about the plan, the mayor said …": she was asked
        return by_agent(verb)
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    head = verb
    for _ in range(4):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            return _nearest(subjects, head)
        passive_subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None:
            if contracted_perfect(head):
                return passive_subject
            agent = by_agent(head)  # "a suit was filed alleging …": the suit alleges
            return agent if agent is not None or head is verb else passive_subject
        if head.dep_ == "relcl":
            return head.head
        if head.dep_ == "acl":
            noun = head.head
            if noun.lemma_.lower() in nouns:  # "a statement saying": who issued it
                owner = statement_owner(noun)
                if owner is not None:
                    return owner
                if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "ADP"):
                    verb_head = noun.head if noun.head.pos_ == "VERB" else noun.head.head
                    return next((c for c in verb_head.children if c.dep_ == "nsubj"), noun)
            if _thing_posted(head, noun):  # "Lee posted a message reading …": Lee's words
                return next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
            return noun
        if head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
            return _gerund_owner(head, head.head)
        if head.dep_ not in _INHERIT or head.head.i == head.i:
            return None
        controller = _object_control(head) if head is verb else None
        if controller is not None:
            return controller
        head = _past_reported_clause(head)
    return None


def _thing_posted(participle: Token, noun: Token) -> bool:
    """A participle on the singular object of a verb, no name ("posted a message reading",
    "approved a resolution condemning"); plural objects are often people or sources of their own
    ("met donors seeking", "cited data showing")."""
    return (
        participle.tag_ == "VBG"
        and noun.dep_ == "dobj"
        and noun.tag_ == "NN"
        and not noun.ent_type_
        and noun.head.pos_ == "VERB"
    )


def _object_control(verb: Token) -> Token | None:
    """The object that does what an infinitive says when one stands between the infinitive and
    its governing verb ("urged voters to reject", "relies on users to report"): it speaks."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() not in _object_control_verbs():
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


@cached_knowledge
def _object_control_verbs() -> frozenset[str]:
    return read_words("quotes/object_control.txt")


def _past_reported_clause(verb: Token) -> Token:
    """The verb whose subject ``verb`` shares: its head, or, for a participle the parser hung on
    a reported clause ("Lee said she saw no risk, telling the board …"), the reporting verb."""
    head = verb.head
    reporter = head.head
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and head.dep_ == "ccomp"
        and reporter.lemma_.lower() in lexicon().verbs
        and verb.i > head.i > reporter.i
    ):
        return reporter
    return head


def contracted_perfect(verb: Token) -> bool:
    """ "He's said he will run": a perfect the parser read as a passive ("he is said"), its "'s"
    standing for "has"; a real passive with "'s" takes an infinitive ("he's said to be ill")."""
    return (
        any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children)
        and not any(c.dep_ in ("xcomp", "agent") for c in verb.children)
        and not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)
    )


def impersonal_subject(subject: Token, verb: Token) -> bool:
    """An "it" that stands for no one: the subject of a copula whose infinitive or gerund is
    the cue ("It is easy to criticize …", "it's worth pointing out that …")."""
    return (
        subject.lower_ == "it"
        and subject.head.i != verb.i
        and subject.head.lemma_ == "be"
        and verb.tag_ in ("VB", "VBG")
    )


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker named right after a cue that follows a comma or a closing quotation mark
    ("…, said Jo Lee, the mayor": the parser may give the words before the comma as the verb's
    subject, or make Lee the subject of the clause the verb reports)."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or doc[verb.i - 1].text not in _TAG_OPENERS:
        return None
    candidates = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > verb.i:
            candidates += [c for c in clause.children if c.dep_ == "nsubj"]
    for subject in candidates:
        if subject.left_edge.i == verb.i + 1 and subject.pos_ in ("PROPN", "NOUN"):
            last = subject.right_edge.i  # the name ends the sentence or a comma closes it
            if last + 1 >= len(doc) or doc[last].text == "," or doc[last + 1].text in _TAG_CLOSERS:
                return subject
    return None


def _nearest(subjects: list[Token], verb: Token) -> Token:
    """Of several subjects the parser gave one verb, the last before it ("MACAU (Reuters) –
    The donor said", "Holding signs, the crowd chanted": the dateline, the participle's
    object are no subjects)."""
    before = [s for s in subjects if s.i < verb.i]
    return before[-1] if before else subjects[0]


def _gerund_owner(prep: Token, verb: Token) -> Token | None:
    """Who speaks in a gerund after a preposition: "drew boos upon saying …" and "was booed
    after telling …" (the subject), "faulted Lee for saying …" (the object)."""
    if prep.lower_ in ("for", "over"):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
        if obj is not None:
            return obj
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def outside_quotes(subject: Token, verb: Token, passages: Passages) -> Token:
    """The speaker when the parser made a quotation before the cue the subject ("“Good
    work,” Lee, the mayor, said": the name after the closing mark), else ``subject``."""
    quote = passages.at(subject.idx)
    if quote is None or passages.at(verb.idx) is not None or quote.end > verb.idx:
        return subject
    doc = verb.doc
    after = doc.char_span(quote.end, verb.idx, alignment_mode="expand")
    if after is None:
        return subject
    first = next((t for t in after if not (t.is_punct or t.is_space)), None)
    if first is None or first.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
        return subject
    head = first
    while head.dep_ in _NAME_PARTS and head.head.i > head.i and head.head.i < verb.i:
        head = head.head
    return head if head.pos_ in ("PROPN", "NOUN", "PRON") else subject


def bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary and no subject of its own, heading a clause that
    modifies another ("Asked whether …, she said"): its subject would be the one addressed. A
    clause opening "Asked what …, Lee replied" the tagger may take for a past tense."""
    opening = verb.tag_ == "VBD" and verb.dep_ == "advcl" and verb.i < verb.head.i
    return (
        (verb.tag_ == "VBN" or opening)
        and verb.dep_ in ("advcl", "acl", "conj")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def same_line_subject(verb: Token, subject: Token | None) -> Token | None:
    """``subject`` if it is on the verb's line; else the noun right before the verb on its line
    (a parse that ran a headline into a bullet: "• White House says …")."""
    text = doc_text(verb.doc)
    lo = text.rfind("\n", 0, verb.idx)
    if subject is None or subject.idx > lo:
        return subject
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i >= 0 and verb.doc[i].idx > lo and verb.doc[i].pos_ in ("PROPN", "NOUN", "PRON"):
        return verb.doc[i]
    return None


def noun_before(verb: Token, passages: Passages) -> Token | None:
    """The name or pronoun right before a finite verb the parser left without a subject ("… at
    the convention Sen. Jo Lee (D-OH) said …"), on the verb's line and outside quotation marks."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and doc[i].dep_ != "case":
        if _unknown_capital(doc[i]):
            return doc[i]  # "Jolly said …": a name the tagger took for an adverb
        i -= 1
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(" and verb.i - i < 8:
            i -= 1
        i -= 1
    elif i > 0 and doc[i].text == ",":  # "Lee, speaking at a rally, said": past the aside
        j = i - 1
        while j > 0 and doc[j].text != "," and i - j < _MAX_ASIDE:
            j -= 1
        name = doc[j - 1] if j > 0 and doc[j].text == "," else None
        if name is not None and (name.pos_ in ("PROPN", "PRON") or name.ent_type_ in _NAMED):
            return None if passages.at(name.idx) is not None else name
    if i < 0 or doc[i].pos_ not in ("PROPN", "PRON") or passages.at(doc[i].idx) is not None:
        return None
    if "\n" in doc_text(doc)[doc[i].idx : verb.idx]:
        return None
    return doc[i]


def by_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def statement_possessor(noun: Token) -> Token | None:
    """Whose statement it is when a possessive says so ("the Kremlin's statement", "its
    report"). Annotators take "a White House statement" and "a report from X" whole as the
    speaker (182 to 13 and 55 to 8 on the PolNeAR train split), a possessor about as often alone."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def statement_owner(noun: Token) -> Token | None:
    """Who made a statement: "its statement", "the White House statement", "a report from X"."""
    possessor = statement_possessor(noun)
    if possessor is not None:
        return possessor
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if compounds:
        return compounds[-1]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def speaker_span(
    tok: Token, passages: Passages, avoid: tuple[int, int] | None
) -> tuple[int, int] | None:
    """Character span of the speaker phrase headed by ``tok`` (appositives included), cut back
    to the name when it would overlap the content or a quote."""
    doc = tok.doc
    if tok.dep_ == "poss" or (tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN")):
        start, end = _compound_span(tok)
    else:
        start, end = trim(doc, *_without_asides(tok), keep_quotes=False)
        start, end = _whole_name_start(doc, start), whole_name_end(doc, end)
        while start < tok.i and _day_in_name(doc[start]):
            start += 1  # "on Friday President Lee said": the parser made the day part of the name
        if end < len(doc) and doc[end].text == ")" and "(" in doc[start:end].text:
            end += 1  # "Gov. Jo Lee (R-OH)" keeps its closing parenthesis
    if start >= end:
        return None
    span = chars(doc, start, end)
    overlaps = avoid is not None and span[0] < avoid[1] and avoid[0] < span[1]
    titles = [q for q in passages.within(*span) if _quoted_title(q, span, doc_text(doc))]
    quoted = [q for q in passages.within(*span) if q not in titles]
    if overlaps or quoted or "\n" in doc_text(doc)[span[0] : span[1]]:
        start, end = _name_span(tok)
        span = chars(doc, start, end)
    elif titles:  # the title's closing mark (and a parenthesis around it) is the speaker's
        span = (span[0], max(span[1], max(q.end for q in titles)))
        text = doc_text(doc)
        if text[span[1] : span[1] + 1] == ")" and "(" in text[span[0] : span[1]]:
            span = (span[0], span[1] + 1)
    lo = doc_text(doc).rfind("\n", 0, tok.idx) + 1
    hi = doc_text(doc).find("\n", tok.idx)
    span = (max(span[0], lo), span[1] if hi == -1 else min(span[1], hi))
    return span if span[0] < span[1] else None


def _quoted_title(quote: QuoteSpan, span: tuple[int, int], text: str) -> bool:
    """A short quotation inside an appositive, a title ("Jo Lee, host of “The Hour,” said"):
    annotators keep it in the speaker."""
    closing = text[span[1] : max(quote.end, span[1])]  # a span cut before the closing mark
    inside = span[0] < quote.start and not closing.strip(_CLOSING_MARKS)
    return inside and len(text[quote.start : quote.end].split()) <= _MAX_TITLE


def past_dateline(tok: Token) -> Token:
    """The speaker after a dateline that the parser made the subject's head ("OMAHA, Neb. (AP)
    — The governor said": the governor, not Omaha)."""
    doc = tok.doc
    start, end = subtree(tok)
    text = doc_text(doc)
    if doc[start].idx != text.rfind("\n", 0, doc[start].idx) + 1:
        return tok  # a dateline opens its line
    dash = next((i for i in range(tok.i + 1, end) if _dateline_dash(doc, i)), None)
    if dash is None or dash + 1 >= end or dash - start > _MAX_DATELINE:
        return tok
    if not (doc[start].text.isupper() or any(t.text == "(" for t in doc[start:dash])):
        return tok  # "Party leaders — whose …": an aside, not a dateline
    return doc[dash + 1 : end].root


def _dateline_dash(doc: Doc, i: int) -> bool:
    """A dash, or a hyphen standing alone between spaces ("MACAU (Reuters) - The …")."""
    tok = doc[i]
    if tok.text in _DASHES:
        return True
    return tok.text == "-" and i > 0 and bool(doc[i - 1].whitespace_) and bool(tok.whitespace_)


def _without_asides(tok: Token) -> tuple[int, int]:
    """The subtree of ``tok`` less what merely comments on the speaker: a dateline before a dash
    ("RENO, Nev. (AP) — the senator"), and, after a comma or dash, a participle clause ("X,
    speaking at a rally") or a relative clause with a report of its own ("X, who said …"). Other
    appositives, ages and relative clauses stay ("Jo Lee, 59, the mayor, …", "Jo Lee, who runs
    the gym, …")."""
    doc = tok.doc
    start, end = subtree(tok)
    for i in range(start, tok.i):
        spaced_hyphen = doc[i].text == "-" and i > 0 and bool(doc[i - 1].whitespace_)
        if doc[i].text in _DASHES or spaced_hyphen:  # "BRUSSELS - European leaders"
            start = i + 1
    if start < tok.i and doc[start].lower_ == "even":  # "Even China said": not the speaker's
        start += 1
    for child in tok.rights:
        aside = child.dep_ == "acl" or (child.dep_ == "relcl" and _reports(child))
        first = child.left_edge.i
        if aside and first > tok.i and doc[first - 1].text in _ASIDE_PUNCT:
            end = min(end, first - 1)
        elif _circumstance(child, tok):  # "Lee in an interview said", "Lee, when asked, said"
            end = min(end, first - 1 if doc[first - 1].text == "," else first)
    last = doc[end - 1]  # "Lee and Cruz both said", "Lee and her aide both said"
    if last.lower_ in _FLOATING and last.dep_ not in ("dobj", "pobj") and last.i > tok.i:
        end -= 1
    return start, max(end, tok.i + 1)


def _circumstance(child: Token, tok: Token) -> bool:
    """A phrase after the speaker's head that tells when or how the words were said, not who
    said them: "at the time", "in an interview", "on arrival", "when asked about it"."""
    if child.dep_ == "advcl":
        return child.i > tok.i
    if child.dep_ in ("relcl", "acl") and child.i > tok.i:  # "Lee when asked about it said"
        return child.left_edge.lower_ in _WHEN and child.left_edge.dep_ in ("advmod", "mark")
    if child.dep_ != "prep":
        return False
    if _is_time(child):
        return not _dated_thing(tok, child)
    return _is_medium(child) or _is_occasion(child)


def _reports(clause: Token) -> bool:
    """Whether a relative clause holds a reporting verb of its own ("Lee, who said he votes
    Democratic, …"): a report of its own, which annotators leave out of the speaker."""
    verbs = lexicon().verbs
    return any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in clause.subtree)


def _is_medium(prep: Token) -> bool:
    """ "in an interview", "via e-mail", "in a statement": how the speaker said it (not "a
    batch of e-mails", "a transcript of the interview": what the speaker is)."""
    if prep.lower_ not in _MEDIUM_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    lemma = _word_lemma(objects[-1])
    compound = " ".join([c.lower_ for c in objects[-1].lefts if c.dep_ == "compound"] + [lemma])
    return lemma in lexicon().nouns or lemma in _channels() or compound in _channels()


@cached_knowledge
def _channels() -> frozenset[str]:
    """Channels words come by ("by phone", "over a video link"): data/quotes/channel_nouns.txt."""
    return read_words("quotes/channel_nouns.txt")


def _word_lemma(tok: Token) -> str:
    """The lemma of the written word ending at ``tok``, hyphenated parts included ("e-mails":
    "e-mail"; the parser may split it into three objects of the preposition)."""
    first = _word_start(tok.doc, tok.i)
    return (tok.doc[first : tok.i].text + tok.lemma_).lower()


def _is_occasion(prep: Token) -> bool:
    """ "on arrival", "after the vote", "before hearing the verdict": when the speaker spoke,
    an act or event after a preposition of time (what cannot speak), not a body or a place
    ("a critic on the committee" keeps it)."""
    if prep.lower_ not in _OCCASION_PREPS:
        return False
    if any(c.dep_ == "pcomp" for c in prep.children):
        return True  # "after listening to …"
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and not can_speak(objects[-1], lexicon())


def _dated_thing(tok: Token, prep: Token) -> bool:
    """A common noun dated by its own phrase ("a poll in June", "an executive at the time"):
    annotators keep the date in the speaker; after a name or a "on Monday" it dates the verb."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.is_lower and prep.lower_ != "on"


def _is_time(prep: Token) -> bool:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.ent_type_ in TIME_LABELS or obj.lower_ == "time")


def _compound_span(tok: Token) -> tuple[int, int]:
    """A possessor or compound modifier with its own modifiers ("the White House", "Russia");
    a possessor keeps its "'s" ("Trump's claim": the speaker is written "Trump's")."""
    start, end = subtree(tok)
    doc = tok.doc
    if tok.dep_ == "compound":
        # the run of compounds before the noun, and the noun's determiner before them
        noun = tok.head
        parts = [c.i for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
        start, end = min([*parts, start]), tok.i + 1
    while tok.dep_ != "poss" and end > start and doc[end - 1].dep_ == "case":  # the 's
        end -= 1
    return start, end


def _whole_name_start(doc: Doc, start: int) -> int:
    """Where a speaker span starting at token ``start`` starts when it must not cut a word or a
    name in two: a name the parser split ("Nate Cohn" with "Nate" hung elsewhere), a hyphenated
    word ("co-host") with what the parser hung on its first part ("the group's co-founder")."""
    first = doc[start]
    if first.ent_iob_ == "I" and first.ent_type_ in _NAMED:
        i = start
        while i > 0 and doc[i].ent_iob_ == "I" and _name_part(doc[i - 1]):
            i -= 1
        start = i
    first_part = _word_start(doc, start)
    if first_part == start:
        return start
    # the parser may hang the modifiers on the first part ("the group's co-founder")
    return min(min(t.left_edge.i for t in doc[first_part:start]), first_part)


def _day_in_name(tok: Token) -> bool:
    """A date the parser hung on a name as its compound ("Friday" in "on Friday President Lee
    said"), not a date's own part ("Monday night’s results")."""
    on_name = tok.dep_ == "compound" and tok.head.ent_type_ not in TIME_LABELS
    return tok.ent_type_ in TIME_LABELS and on_name


def whole_name_end(doc: Doc, end: int) -> int:
    """Where a span ending before token ``end`` ends when it must not cut a name in two: a name
    the parser broke up at a small word ("the Committee to Protect Journalists": "to Protect"
    made a clause). Only a name going on with a lower-case word and ending with a capital word
    ("Obama Says" in a headline may be tagged one name)."""
    rest = end
    while 0 < rest < len(doc) and doc[rest].ent_iob_ == "I" and doc[rest].ent_type_ in _NAMED:
        rest += 1
    added = doc[end:rest]
    if added and added[0].is_lower and added[-1].is_title and not any(t.is_punct for t in added):
        return rest
    return end


def _name_part(tok: Token) -> bool:
    """A proper noun, not a word opening the sentence that is written in lower case elsewhere
    ("Say Mexico demanded …" is no name "Say Mexico")."""
    return tok.pos_ == "PROPN" and not (tok.is_sent_start and not _never_lower(tok))


def _word_start(doc: Doc, i: int) -> int:
    """The first token of the written word ending at token ``i`` ("Holtz-Eakin", "op-eds")."""
    while i > 1 and doc[i - 1].text == "-":
        if doc[i - 2].whitespace_ or doc[i - 1].whitespace_:
            break
        i -= 2
    return i


def _name_span(tok: Token) -> tuple[int, int]:
    """The head word with its contiguous name parts ("Senators John McCain and Lindsey Graham")."""
    start = end = tok.i
    lefts = sorted((c for c in tok.lefts if c.dep_ in _NAME_PARTS), key=lambda c: c.i)
    start = _word_start(tok.doc, start)  # "Holtz-Eakin": the parser hung "Holtz" on "Eakin"
    for child in reversed(lefts):
        if child.i == start - 1 or child.right_edge.i == start - 1:
            start = _word_start(tok.doc, child.left_edge.i)
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "cc", "conj") and child.left_edge.i <= end + 1:
            end = child.right_edge.i if child.dep_ == "conj" else child.i
        else:
            break
    return start, end + 1
