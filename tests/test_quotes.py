"""The quote stage on short texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.analysis import Analysis
from tidings.layout import find_blocks
from tidings.models import Article, Quote
from tidings.quotes import find_quote_spans, find_quotes


def quotes(nlp: Language, text: str) -> list[Quote]:
    analysis = Analysis(article=Article(id="t", text=text), doc=nlp(text), blocks=find_blocks(text))
    found = find_quotes(analysis)
    for q in found:  # offsets always index the text
        for span in (q.content, q.cue, q.speaker_text):
            if span is not None:
                assert text[span.start : span.end] == span.text
    return found


def one(found: list[Quote], cue: str) -> Quote:
    matching = [q for q in found if q.cue is not None and q.cue.text.endswith(cue)]
    assert len(matching) == 1, found
    return matching[0]


# --- quotation marks ---------------------------------------------------------------------------


def test_marks_curly_straight_and_apostrophes() -> None:
    text = 'The mayor’s aide said “we are ready” and later "we will see." Don\'t panic.'
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["“we are ready”", '"we will see."']


def test_marks_single_quotes_as_outer_marks() -> None:
    text = "Minister calls the plan ‘reckless’ in leaders’ talks"
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["‘reckless’"]


def test_marks_paragraph_spanning_quote() -> None:
    text = "“The first part goes on.\n\n“And the second part ends here,” she said."
    [span] = find_quote_spans(text)
    assert text[span.start : span.end].endswith("ends here,”")


def test_marks_unbalanced_quote_is_dropped() -> None:
    assert find_quote_spans("He said “this never closes.\n\nA new paragraph.") == []


# --- direct quotes -----------------------------------------------------------------------------


def test_direct_cue_after(nlp: Language) -> None:
    text = "“The harbor will reopen next week,” the port director said on Monday."
    q = one(quotes(nlp, text), "said")
    assert q.kind == "direct"
    assert q.content.text == "“The harbor will reopen next week,”"
    assert q.speaker_text is not None and q.speaker_text.text == "the port director"


def test_direct_cue_before_with_colon(nlp: Language) -> None:
    text = "The farmer told reporters: “Rain came too late for the wheat.”"
    q = one(quotes(nlp, text), "told")
    assert q.kind == "direct"
    assert q.content.text == "“Rain came too late for the wheat.”"
    assert q.speaker_text is not None and q.speaker_text.text == "The farmer"


def test_direct_continues_in_next_sentence(nlp: Language) -> None:
    text = "“We lost the bridge,” the colonel said after the meeting. “We will build another.”"
    q = one(quotes(nlp, text), "said")
    assert q.content.text.startswith("“We lost the bridge,”")
    assert q.content.text.endswith("“We will build another.”")
    assert q.kind == "direct"


def test_direct_cue_in_the_middle(nlp: Language) -> None:
    text = "“Prices rose,” the minister said, “but wages rose faster.”"
    q = one(quotes(nlp, text), "said")
    assert q.content.text == text[: text.index(".”") + 2]


def test_direct_after_colon_paragraph(nlp: Language) -> None:
    text = (
        "At the end of the long hearing in the capital, the governor added:\n\n"
        "“No school will close.”"
    )
    q = one(quotes(nlp, text), "added")
    assert q.content.text == "“No school will close.”"


def test_inner_report_inside_quote_is_not_a_new_quote(nlp: Language) -> None:
    text = "“I think the vote will pass,” the senator said."
    found = quotes(nlp, text)
    assert [q.cue.text for q in found if q.cue] == ["said"]


# --- indirect, mixed, according to -------------------------------------------------------------


def test_indirect_that_clause(nlp: Language) -> None:
    text = "Local officials concluded that the dam had failed because of poor repairs."
    q = one(quotes(nlp, text), "concluded")
    assert q.kind == "indirect"
    assert q.content.text == "that the dam had failed because of poor repairs"
    assert q.speaker_text is not None and q.speaker_text.text == "Local officials"


def test_indirect_content_before_cue(nlp: Language) -> None:
    text = "The talks collapsed late on Friday, but both sides may return, a diplomat said."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "The talks collapsed late on Friday, but both sides may return"
    assert q.speaker_text is not None and q.speaker_text.text == "a diplomat"


def test_mixed_partial_quotation(nlp: Language) -> None:
    text = "The union urged its members to show “calm resolve” during the strike."
    q = one(quotes(nlp, text), "urged")
    assert q.kind == "mixed"
    assert q.content.text == "its members to show “calm resolve” during the strike"


def test_according_to_at_the_end(nlp: Language) -> None:
    text = "Fuel prices will rise in March, according to the energy regulator."
    q = one(quotes(nlp, text), "according to")
    assert q.content.text == "Fuel prices will rise in March"
    assert q.speaker_text is not None and q.speaker_text.text == "the energy regulator"


def test_according_to_a_statement_speaks_with_its_owner(nlp: Language) -> None:
    text = "The flight was delayed by fog, according to a statement from Nordic Airways."
    q = one(quotes(nlp, text), "according to")
    assert q.speaker_text is not None
    assert q.speaker_text.text == "a statement from Nordic Airways"
    assert q.content.text == "The flight was delayed by fog"


def test_content_stops_at_according_to(nlp: Language) -> None:
    text = "The minister said exports grew by a tenth, according to the state broadcaster."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "exports grew by a tenth"


# --- speakers, actors, layout ------------------------------------------------------------------


def test_speaker_resolves_to_actor_at_head_token(nlp: Language) -> None:
    from tidings.actors.table import ActorMention, ActorTable
    from tidings.models import Actor

    text = "The engineer said the pumps were working again."
    doc = nlp(text)
    head = next(t.i for t in doc if t.text == "engineer")
    actors = ActorTable(
        actors=[Actor(id="a1", name="engineer", kind="person")],
        mentions=[ActorMention(head - 1, head + 1, head, ("a1",))],
    )
    analysis = Analysis(
        article=Article(id="t", text=text), doc=doc, blocks=find_blocks(text), actors=actors
    )
    [q] = find_quotes(analysis)
    assert q.speaker == "a1"


def test_a_relative_does_not_speak_for_the_possessor(nlp: Language) -> None:
    from tidings.actors.table import ActorMention, ActorTable
    from tidings.models import Actor

    for text, speaks in (
        ("Lena Holm's brother said the boat had sunk.", None),
        ("Lena Holm's lawyer said the boat had sunk.", "a1"),
    ):
        doc = nlp(text)
        actors = ActorTable(
            actors=[Actor(id="a1", name="Lena Holm", kind="person")],
            mentions=[ActorMention(0, 2, 1, ("a1",))],
        )
        analysis = Analysis(
            article=Article(id="t", text=text), doc=doc, blocks=find_blocks(text), actors=actors
        )
        [q] = find_quotes(analysis)
        assert q.speaker == speaks, text


def test_no_quotes_in_signoff(nlp: Language) -> None:
    text = "The bridge opened on time, officials said.\n\n— With assistance by Someone Else said."
    found = quotes(nlp, text)
    assert all(q.content.end <= text.index("\n") for q in found)


@pytest.mark.parametrize("text", ["", "No one speaks here.", "“Unbalanced", '""', "'"])
def test_odd_inputs_give_valid_results(nlp: Language, text: str) -> None:
    assert isinstance(quotes(nlp, text), list)


# --- second round: agents, objects, prepositions -----------------------------------------------


def test_an_event_noun_is_no_speaker(nlp: Language) -> None:
    text = "The minister’s visit to the border showed that the two sides are moving closer."
    assert not [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == "showed"]


def test_a_verb_with_its_own_object_takes_no_earlier_quote(nlp: Language) -> None:
    text = (
        "While her office said the talks were “going well,” the joint statement did not "
        "mention that plan."
    )
    found = quotes(nlp, text)
    mentions = [q for q in found if q.cue is not None and "mention" in q.cue.text]
    assert [q.content.text for q in mentions] in ([], ["that plan"])  # its own object, no quote
    assert one(found, "said").content.text == "the talks were “going well,”"


def test_preposition_cue_accused_of(nlp: Language) -> None:
    text = "The senator accused the governor of hiding the budget figures."
    q = one(quotes(nlp, text), "accused")  # the accused is part of what is said
    assert q.content.text == "the governor of hiding the budget figures"
    assert q.speaker_text is not None and q.speaker_text.text == "The senator"


def test_object_cue_with_as_phrase(nlp: Language) -> None:
    text = "The mayor criticized the new parking rules as unfair to small shops."
    q = one(quotes(nlp, text), "criticized")
    assert q.content.text == "the new parking rules as unfair to small shops"


def test_intention_verb_with_infinitive(nlp: Language) -> None:
    text = "The union wants to reopen the contract talks next month."
    q = one(quotes(nlp, text), "wants")
    assert q.content.text.startswith("to reopen the contract talks")
    assert q.speaker_text is not None and q.speaker_text.text == "The union"


def test_noun_cue_possessor_and_preposition(nlp: Language) -> None:
    text = "The governor’s criticism of the new toll road surprised the council."
    q = one(quotes(nlp, text), "criticism of")
    assert q.content.text == "the new toll road"
    assert q.speaker_text is not None and q.speaker_text.text == "The governor’s"


def test_noun_cue_claim_that(nlp: Language) -> None:
    text = "Reporters checked the mayor’s claim that crime fell by half last year."
    q = one(quotes(nlp, text), "claim")
    assert q.content.text == "that crime fell by half last year"


def test_noun_cue_object_of_a_verb(nlp: Language) -> None:
    text = "Local farmers raised questions about the water plan."
    q = one(quotes(nlp, text), "questions about")
    assert q.content.text == "the water plan"
    assert q.speaker_text is not None and q.speaker_text.text == "Local farmers"


def test_colon_headline_names_a_speaker(nlp: Language) -> None:
    text = "John Smith: The harbor deal will pass this week\n\nThe council met on Monday."
    q = one(quotes(nlp, text), ":")
    assert q.speaker_text is not None and q.speaker_text.text == "John Smith"
    assert q.content.text == "The harbor deal will pass this week"


def test_colon_section_heading_is_no_speaker(nlp: Language) -> None:
    text = "Little Relief for Farmers: The drought has lasted three years.\n\nRain is due."
    assert not [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == ":"]


# --- content ends and dash voices --------------------------------------------------------------


def test_said_content_keeps_trailing_phrase(nlp: Language) -> None:
    text = "The mayor said the bridge would close for repairs on Tuesday."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the bridge would close for repairs on Tuesday"


def test_said_content_stops_at_a_second_verb_of_the_speaker(nlp: Language) -> None:
    text = "The mayor said the bridge would close next week, adding that a ferry would run."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the bridge would close next week"


def test_said_content_keeps_a_clause_with_its_own_subject(nlp: Language) -> None:
    text = "The coach said the team was tired, but the season was far from over."
    q = one(quotes(nlp, text), "said")
    assert q.content.text.endswith("the season was far from over")


def test_dash_voices_after_quotes(nlp: Language) -> None:
    text = (
        "We asked readers about the park.\n"
        "“Keep it open for everyone.” ― Lena Ortiz\n"
        "“Nobody asked the neighbors first.” — Tom Marsh.\n"
        "Storm floods the harbor — Reuters\n"
    )
    found = [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text in "―—"]
    assert [(q.speaker_text and q.speaker_text.text, q.content.text) for q in found] == [
        ("Lena Ortiz", "“Keep it open for everyone.”"),
        ("Tom Marsh", "“Nobody asked the neighbors first.”"),
    ]


def test_dash_voice_of_an_embedded_post(nlp: Language) -> None:
    text = "Crowds lined the avenue pic.twitter.com/x1y2 — Dana Fox (@danafox) May 3, 2016"
    [q] = quotes(nlp, text)
    assert q.speaker_text is not None and q.speaker_text.text == "Dana Fox (@danafox)"
    assert q.content.text == "Crowds lined the avenue"


def test_quote_before_a_verb_with_its_own_clause(nlp: Language) -> None:
    text = "“We expected more rain,” the farmer said the harvest would still be good."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the harvest would still be good"


def test_said_content_leaves_out_a_comma_participle(nlp: Language) -> None:
    text = "The minister said the new rules would take effect in May, forcing shops to close early."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the new rules would take effect in May"
