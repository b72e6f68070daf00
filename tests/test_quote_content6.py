"""Quote contents, sixth pass: where a content ends (a condition the parser hung on the cue verb)
(own texts)."""

from __future__ import annotations

from spacy.language import Language

from test_quotes import one, quotes


def test_content_takes_in_an_unless_clause_hung_on_the_cue(nlp: Language) -> None:
    text = (
        "The mayor, who has threatened not to attend the next council meeting at the library"
        " unless she is given a vote, declined to comment."
    )
    q = one(quotes(nlp, text), "threatened")
    assert q.content.text.endswith("at the library unless she is given a vote")


def test_content_takes_in_an_if_clause_hung_on_the_cue(nlp: Language) -> None:
    text = (
        "The senator, who has vowed to block the new pipeline through the valley if the state"
        " approves it, was absent."
    )
    q = one(quotes(nlp, text), "vowed")
    assert q.content.text == "to block the new pipeline through the valley if the state approves it"


def test_if_after_a_verb_of_asking_is_no_condition(nlp: Language) -> None:
    text = "The pastor asked the volunteers in the hall if they could stay late."
    q = one(quotes(nlp, text), "asked")
    assert q.content.text == "if they could stay late"  # the question, not a condition
