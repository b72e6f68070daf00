"""Quote contents: where a content starts and ends (a phrase of the telling after it, a lead-in
colon before it) and quotation marks typed the wrong way round (own texts)."""

from __future__ import annotations

from spacy.language import Language

from test_quotes import one, quotes
from tidings.quotes.marks import find_quote_spans


def test_content_leaves_out_the_medium_of_the_telling(nlp: Language) -> None:
    text = "Governor Pell praised the new ferry schedule in a statement."
    q = one(quotes(nlp, text), "praised")
    assert q.content.text == "the new ferry schedule"


def test_content_leaves_out_an_interview_and_its_date(nlp: Language) -> None:
    text = "Lee said the bridge would be rebuilt by May in an interview with WXYZ on Monday."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the bridge would be rebuilt by May"


def test_content_leaves_out_a_platform(nlp: Language) -> None:
    text = "The senator criticized the harbor plan on Twitter."
    q = one(quotes(nlp, text), "criticized")
    assert q.content.text == "the harbor plan"


def test_content_keeps_an_event_of_its_own_clause(nlp: Language) -> None:
    text = "Aides said the mayor will announce her plan at a rally in Fresno."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the mayor will announce her plan at a rally in Fresno"


def test_content_keeps_a_list_of_platforms(nlp: Language) -> None:
    text = "The firm touted its spending on ads on Facebook, Instagram and TikTok."
    q = one(quotes(nlp, text), "touted")
    assert q.content.text == "its spending on ads on Facebook, Instagram and TikTok"


def test_content_keeps_a_document_named_with_the(nlp: Language) -> None:
    text = "The coach denied the claims in the memo."
    q = one(quotes(nlp, text), "denied")
    assert q.content.text == "the claims in the memo"


def test_content_starts_after_a_lead_in_colon(nlp: Language) -> None:
    text = "The council explained why: the budget ran dry."
    q = one(quotes(nlp, text), "explained")
    assert q.content.text == "the budget ran dry"


def test_content_keeps_the_object_before_a_colon(nlp: Language) -> None:
    text = "Lee asked the board one blunt question: who will pay for the road?"
    q = one(quotes(nlp, text), "asked")
    assert q.content.text == "one blunt question: who will pay for the road"


def test_a_mark_typed_the_wrong_way_round_still_pairs() -> None:
    text = "He called the plan “a total mess“ on Monday. She said ”we will wait” and left."
    spans = [text[q.start : q.end] for q in find_quote_spans(text)]
    assert spans == ["“a total mess“", "”we will wait”"]


def test_content_leaves_out_a_remark_in_brackets(nlp: Language) -> None:
    text = "Lee said the county will hire more nurses (a plan critics call too costly)."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the county will hire more nurses"


def test_content_keeps_an_abbreviation_in_brackets(nlp: Language) -> None:
    text = "The group praised Rep. Dana Cole (D-Ore.)."
    q = one(quotes(nlp, text), "praised")
    assert q.content.text.startswith("Rep. Dana Cole (D-Ore.")


def test_content_leaves_out_an_even_as_clause(nlp: Language) -> None:
    text = "The chief said the depot would stay open, even as costs kept climbing."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the depot would stay open"


def test_colon_after_a_name_and_its_camp(nlp: Language) -> None:
    text = "Harbor fight\n\nHale camp: The ferry deal is dead and buried\n\nThe council met."
    q = one(quotes(nlp, text), ":")
    assert q.speaker_text is not None and q.speaker_text.text == "Hale camp"
    assert q.content.text == "The ferry deal is dead and buried"


def test_transcript_turn_of_a_full_name_in_capitals(nlp: Language) -> None:
    turns = [
        "RICH PAINTER: Welcome back to the program tonight, everyone.",
        "GRANT: Thanks for having me on the show.",
        "RICH PAINTER: Let us start with the ferry budget.",
        "GRANT: The budget is a mess and I will fix it.",
    ]
    text = "Transcript of the radio debate.\n\n" + "\n\n".join(turns)
    speakers = [q.speaker_text.text for q in quotes(nlp, text) if q.speaker_text is not None]
    assert speakers.count("RICH PAINTER") == 2


def test_inline_colon_after_two_names(nlp: Language) -> None:
    text = (
        "Turnout was the story of the night.\n\nLONG LINES IN THE VALLEY - Ana Ruiz and Tom Hale: "
        "“The lines were long all day and nobody left.”\n\nThe polls closed at eight."
    )
    q = one(quotes(nlp, text), ":")
    assert q.speaker_text is not None and q.speaker_text.text == "Ana Ruiz and Tom Hale"


def test_a_time_that_is_the_subject_stays_in_the_content(nlp: Language) -> None:
    text = "The years of easy credit are gone, the banker warned."
    q = one(quotes(nlp, text), "warned")
    assert q.content.text == "The years of easy credit are gone"
    text = "The mayor said Tuesday his plan would pass."
    assert one(quotes(nlp, text), "said").content.text == "his plan would pass"
