"""The tense of the clause a temporal expression belongs to: past, present, future, or unknown."""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Span, Token

from tidings.knowledge import cached_knowledge, read_table

Tense = Literal["past", "present", "future", "unknown"]

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
_PLAIN_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
# Verbs whose complement lies ahead of them in time ("plans to meet", "is expected to sign").
_FUTURE_GOVERNORS = frozenset({
    "plan", "expect", "schedule", "set", "intend", "aim", "hope", "prepare", "agree", "promise",
    "vow", "threaten", "due", "likely", "going", "want", "seek", "pledge", "propose", "decide",
})  # fmt: skip
# Governors that place their complement ahead even in a plain statement ("is set to resume").
_SCHEDULING = frozenset({"set", "schedule", "due", "expect", "plan"})
_MAX_STEPS = 4


def _verb_above(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) at or above ``token`` in the parse, within a few steps."""
    for _ in range(_MAX_STEPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _verb_tense(verb: Token) -> Tense:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes) or verb.lower_ in _FUTURE_AUX:
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FUTURE_GOVERNORS:
        return "future"
    if verb.dep_ == "xcomp" and tense_verbs().get(verb.head.lemma_.lower()) == "aspect":
        return _verb_tense(verb.head)  # "continued to fight": when it continued
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    if any(a.lower_ == "going" for a in auxes):
        return "future"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if verb.tag_ == "VB" and verb.dep_ == "xcomp":
        return "future"  # "agreed to meet", "wants to visit": ahead of the governing verb
    if verb.tag_ in ("VBN", "VBG") and verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
        return _verb_tense(verb.head)  # "..., rising to a high in June": the main clause's
    return "unknown"


def tense_at(doc: Doc, start: int, end: int) -> Tense:
    """Tense of the verb governing the expression at characters ``start:end`` of ``doc.text``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "unknown"
    verb = _verb_above(span.root)
    if verb is None:
        return "unknown"
    return _verb_tense(verb)


def date_tense(doc: Doc, start: int, end: int) -> Tense:
    """The tense that places a date at ``start:end`` without a year: the clause's, except that
    a date after "since" is past, and a date naming a noun's event ("under a June agreement",
    "the Oct. 3 vote") need not lie ahead of a future or present verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "unknown"
    if _after_since(span):
        return "past"
    if span.root.head.lower_ == "ended" and span.root.head.tag_ == "VBN":
        return "past"  # "the year ended June 30": a period already closed
    tense = tense_at(doc, start, end)
    attributive = span.root.dep_ in ("compound", "nmod") and span.root.head.pos_ == "NOUN"
    if tense in ("future", "present") and attributive:
        return "unknown"
    return tense


def past_event(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is the time of something already done: after "since"
    ("since sending troops in February"), or on a simple past verb ("returned in November",
    "voted on 3 May"), unlike a deadline or a target ("named March 3 as the cut-off")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if _after_since(span):
        return True
    prep, verb = span.root.head, span.root.head.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("in", "on", "during"):
        return False
    if verb.lemma_ == "be" or tense_verbs().get(verb.lemma_.lower()) in ("plan", "expect", "defer"):
        return False
    return _simple_past(verb)


def _simple_past(verb: Token) -> bool:
    """'returned', 'was held', 'was betrayed and arrested' (a passive's conjunct)."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "conj" and head.i != verb.i and head.tag_ == "VBN" and _simple_past(head)


def _after_since(span: Span) -> bool:
    """'since June', 'since the Oct. 3 vote', 'since shortly after the June 5 raid', 'since
    sending troops in February'."""
    token = span.root
    for _ in range(_MAX_STEPS + 1):
        if token.head.i == token.i:
            break
        token = token.head
        if token.lower_ == "since":
            return True
    for token in reversed(span.doc[max(0, span.start - 6) : span.start]):
        if token.lower_ == "since":
            return True
        if token.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"):
            return False
    return False


def plainly_future(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb right above the expression is a plain future ("will meet", "is going to
    meet", "is set to meet"): stricter than :func:`tense_at`, for weekdays, which news mostly
    uses for the past."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = _verb_above(span.root)
    if verb is None:
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _PLAIN_FUTURE_AUX or a == "going" for a in auxes):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in _SCHEDULING
        and head.tag_ != "VBD"
        and not _past_perfect(head)
    )


def weekday_ahead(doc: Doc, start: int, end: int) -> bool:
    """Whether a weekday at ``start:end`` names the coming one rather than the last: a plain
    future, a future reported in the past ("said he would leave Thursday"), a planned thing
    ("planned a march on Saturday", "is to resume Tuesday"), a deferral ("postponed until
    Monday") or a timetable present ("the leaders meet Monday")."""
    if plainly_future(doc, start, end):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = _verb_above(span.root)
    if verb is None or _past_perfect(verb):
        return False
    roles = tense_verbs()
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    head = verb.head
    if "would" in auxes and verb.dep_ == "ccomp":
        return True
    if _coming_start(verb, auxes):
        return True
    if verb.dep_ == "xcomp" and "to" in auxes and not _past_perfect(head):
        if roles.get(head.lemma_.lower()) == "plan":
            return True
        if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
            return True
    role = roles.get(verb.lemma_.lower())
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.tag_ in ("VBZ", "VBP") for c in verb.children if c.dep_ == "aux"
    )
    finite = verb.tag_ in ("VBD", "VBZ", "VBP", "VB") or (bool(auxes) and verb.dep_ != "acl")
    if role == "plan" and finite and (present or span.start > verb.i):
        return True
    present_passive = any(c.tag_ in ("VBZ", "VBP") for c in verb.children if c.dep_ == "auxpass")
    if (present or present_passive) and (role == "expect" or _expected_state(verb, roles)):
        return True
    if _deferred(span, roles):
        return True
    root = span.root
    on_verb = (root.head.i == verb.i and root.dep_ in ("npadvmod", "obl", "nmod:tmod")) or (
        root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.i == verb.i
    )
    timetable = role != "state" and roles.get(verb.lower_) != "state"
    return verb.tag_ in ("VBZ", "VBP") and not auxes and timetable and on_verb


def _coming_start(verb: Token, auxes: set[str]) -> bool:
    """'a pause to begin on Tuesday', 'talks to be held on Monday', 'a summit starting on
    Wednesday' in a clause that is not past: a coming start or end."""
    if tense_verbs().get(verb.lemma_.lower()) != "start":
        return False
    if verb.tag_ in ("VB", "VBN") and "to" in auxes and not _past_perfect(verb.head):
        # "has ordered a pause to begin on Tuesday" (not "ordered ...": a past order)
        return verb.dep_ in ("acl", "relcl", "advcl") or (
            verb.dep_ == "xcomp" and verb.head.tag_ != "VBD"
        )
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
        governor = _verb_above(verb.head)
        return governor is not None and _verb_tense(governor) in ("present", "future")
    return False


def _expected_state(verb: Token, roles: dict[str, str]) -> bool:
    """'is due (on) Friday', 'are expected Monday': a copula with an adjective of expectation."""
    return verb.lemma_ == "be" and any(
        c.dep_ in ("acomp", "attr") and roles.get(c.lemma_.lower()) == "expect"
        for c in verb.children
    )


def _past_perfect(token: Token) -> bool:
    """'had been due', 'had scheduled': a past before the past, not ahead of the anchor."""
    tokens = [token, token.head] if token.dep_ in ("acomp", "attr") else [token]
    return any(
        c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for t in tokens for c in t.children
    )


def _deferred(span: Span, roles: dict[str, str]) -> bool:
    """'postponed the vote until Monday': "until" governed by a verb of putting off."""
    prep = span.root.head
    return (
        prep.lower_ in ("until", "till", "to")
        and prep.head.pos_ == "VERB"
        and roles.get(prep.head.lemma_.lower()) == "defer"
        and not _past_perfect(prep.head)
    )


@cached_knowledge
def tense_verbs() -> dict[str, str]:
    """Verb lemma -> role (plan, defer, state): see ``data/timex/tense_verbs.tsv``."""
    rows = read_table("timex/tense_verbs.tsv", ("word", "role"))
    return {r["word"].lower(): r["role"] for r in rows}
