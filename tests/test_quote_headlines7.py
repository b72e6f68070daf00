"""A title-case headline read in sentence case, and a quote that goes on after a cue clause that
follows another report (own texts)."""

from __future__ import annotations

from spacy.language import Language

from test_quotes import quotes
from tidings.quotes.headline import sentence_case


def test_sentence_case_keeps_the_names_of_the_body() -> None:
    line = "Conservative Icon Mort Blackmore Endorses Tom Crane"
    body = "\n\nThe conservative icon Mort Blackmore backed Tom Crane on Friday."
    assert sentence_case(line, body) == ("Conservative icon Mort Blackmore endorses Tom Crane")


def test_title_case_headline_is_parsed_in_sentence_case(nlp: Language) -> None:
    text = (
        "Conservative Icon Mort Blackmore Endorses Tom Crane.\n\n"
        "The conservative icon Mort Blackmore backed Tom Crane on Friday."
    )
    found = [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == "Endorses"]
    (q,) = found
    assert q.speaker_text is not None and q.speaker_text.text == "Conservative Icon Mort Blackmore"
    assert q.content.text == "Tom Crane"


def test_colon_headline_keeps_its_speaker(nlp: Language) -> None:
    text = (
        "Okafor: I Still Believe Grey Cannot Be Trusted With The Budget.\n\n"
        "Okafor said on Monday that Grey could not be trusted with the budget."
    )
    heads = [q for q in quotes(nlp, text) if q.content.start < text.index("\n")]
    assert [
        (q.speaker_text.text if q.speaker_text else None, q.cue.text if q.cue else None)
        for q in heads
    ] == [("Okafor", ":")]


def test_quote_goes_on_after_a_cue_clause_following_another_report(nlp: Language) -> None:
    text = (
        "She had just moved to the coast, her sister added. “She loved the sea,” she said. "
        "“A swimmer since she was four and I know the water made her happy.” Others wrote "
        "letters to the paper."
    )
    (q,) = [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == "said"]
    assert q.content.text.startswith("“She loved the sea,”")
    assert q.content.text.endswith("made her happy.”")


def test_quote_goes_on_after_an_indirect_report(nlp: Language) -> None:
    text = (
        "Grey “did quite well with older farmers” in the last race, said county professor Jo "
        "Baker. “That was more her base than it was his.”"
    )
    (q,) = [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == "said"]
    assert q.content.text.startswith("Grey “did quite well")
    assert q.content.text.endswith("than it was his.”")


def test_any_verb_before_a_colon_and_a_quotation_speaks_it(nlp: Language) -> None:
    text = "Grey leaned over the desk and roared: “We will win this county in May.”"
    (q,) = quotes(nlp, text)
    assert q.cue is not None and q.cue.text == "roared"
    assert q.speaker_text is not None and q.speaker_text.text == "Grey"
    assert q.content.text == "“We will win this county in May.”"


def test_a_second_that_clause_stays_in_the_content(nlp: Language) -> None:
    text = "Okafor said she liked the tax and that she hoped to retire soon."
    (q,) = quotes(nlp, text)
    assert q.content.text == "she liked the tax and that she hoped to retire soon"
    text = (
        "The governor said the county must fix the dam and build a new road, but that he would "
        "not back a higher levy."
    )
    (q,) = quotes(nlp, text)
    assert q.content.text.endswith("but that he would not back a higher levy")


def test_a_content_cut_before_a_new_report_leaves_its_but(nlp: Language) -> None:
    text = "Okafor said the bridges were old, but he hoped they would be fixed."
    said = [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == "said"]
    assert [q.content.text for q in said] == ["the bridges were old"]
