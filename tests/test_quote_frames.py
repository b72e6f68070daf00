"""Quote frames: cue clauses in the middle of a sentence, continuations, passive and raising
cues, naming verbs (own texts)."""

from __future__ import annotations

from spacy.language import Language

from test_quotes import one, quotes
from tidings.quotes.pieces import content_pieces


def pieces(text: str, found, cue: str) -> list[str]:  # type: ignore[no-untyped-def]
    q = one(found, cue)
    return [text[a:b].strip(" ,") for a, b in content_pieces(text, q)]


def test_parenthetical_cue_clause_reports_the_clause_around_it(nlp: Language) -> None:
    text = "The new bridge, the engineers believe, will open next spring."
    found = quotes(nlp, text)
    q = one(found, "believe")
    assert q.speaker_text is not None and q.speaker_text.text == "the engineers"
    assert pieces(text, found, "believe") == ["The new bridge", "will open next spring"]


def test_parenthetical_frame_leaves_out_its_medium(nlp: Language) -> None:
    text = "The delay, she wrote in a memo, cost the city millions."
    found = quotes(nlp, text)
    assert pieces(text, found, "wrote") == ["The delay", "cost the city millions"]


def test_continuation_skips_a_report_inside_the_cue_clause(nlp: Language) -> None:
    text = (
        "“We should end the tax,” said Sen. Ann Cole of Ohio, the only senator to back the plan. "
        "“Many voters feel it is unfair.”"
    )
    found = quotes(nlp, text)
    assert pieces(text, found, "said") == [
        "“We should end the tax,”",
        "“Many voters feel it is unfair.”",
    ]


def test_continuation_after_a_when_clause(nlp: Language) -> None:
    text = "“Nobody gets it right,” Lee said when asked about the rules. “We keep improving.”"
    found = quotes(nlp, text)
    assert pieces(text, found, "said") == ["“Nobody gets it right,”", "“We keep improving.”"]


def test_continuation_of_a_mixed_quote(nlp: Language) -> None:
    text = "The strike is about “workers who are tired,” Ruiz said. “They want a fair deal.”"
    found = quotes(nlp, text)
    assert pieces(text, found, "said") == [
        "The strike is about “workers who are tired,”",
        "“They want a fair deal.”",
    ]


def test_adding_takes_the_quote_after_it(nlp: Language) -> None:
    text = "“We lost,” the coach said, adding: “It hurts.”"
    found = quotes(nlp, text)
    assert one(found, "said").content.text == "“We lost,”"
    assert one(found, "adding").content.text == "“It hurts.”"


def test_relative_clause_verb_does_not_take_the_quote_before_it(nlp: Language) -> None:
    text = "The mayor says he is “a healer” who wants to end the feud."
    found = quotes(nlp, text)
    assert one(found, "says").content.text == "he is “a healer” who wants to end the feud"


def test_naming_verb_takes_object_and_name(nlp: Language) -> None:
    text = "The governor blasted the senator, calling him a fraud."
    found = quotes(nlp, text)
    assert one(found, "calling").content.text == "him a fraud"


def test_called_on_someone_to_act(nlp: Language) -> None:
    text = "She has also called on the mayors to open more shelters."
    q = one(quotes(nlp, text), "called on")
    assert q.content.text == "the mayors to open more shelters"


def test_raising_verb_attributes_a_view_without_speaker(nlp: Language) -> None:
    text = "The mayor is expected to win the vote easily."
    found = quotes(nlp, text)
    q = one(found, "is expected")
    assert q.speaker_text is None
    assert pieces(text, found, "is expected") == ["The mayor", "to win the vote easily"]


def test_appear_to_with_subject(nlp: Language) -> None:
    text = "The new coach appears to be gaining support."
    found = quotes(nlp, text)
    assert pieces(text, found, "appears") == ["The new coach", "to be gaining support"]


def test_appear_in_place_is_no_cue(nlp: Language) -> None:
    assert quotes(nlp, "She appeared on television on Monday.") == []


def test_according_to_between_commas_reports_the_whole_clause(nlp: Language) -> None:
    text = "The main gains, according to the survey, came from young voters."
    found = quotes(nlp, text)
    assert pieces(text, found, "according to") == ["The main gains", "came from young voters"]


def test_naming_verb_with_a_quoted_name(nlp: Language) -> None:
    text = "He calls her “a brilliant lawyer with a fine record.”"
    found = quotes(nlp, text)
    assert one(found, "calls").content.text == "her “a brilliant lawyer with a fine record.”"


def test_progressive_form_with_a_wrong_lemma(nlp: Language) -> None:
    q = one(quotes(nlp, "She is hoping to win the state."), "hoping")
    assert q.content.text == "to win the state"


def test_hit_for(nlp: Language) -> None:
    q = one(quotes(nlp, "The ad hit the mayor for her vote on the levy."), "hit")
    assert q.content.text == "the mayor for her vote on the levy"


def test_speaker_after_a_hyphen_dateline(nlp: Language) -> None:
    text = "LIMA (Reuters) - The country's top donor said he would wait until spring."
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "The country's top donor"


def test_light_verb_with_a_cue_noun_and_its_clause(nlp: Language) -> None:
    text = "The mayor expressed confidence that the bridge would reopen."
    q = one(quotes(nlp, text), "expressed confidence")
    assert q.content.text == "that the bridge would reopen"


def test_passive_cue_keeps_its_subject(nlp: Language) -> None:
    text = "The coach was told to leave the field."
    found = quotes(nlp, text)
    assert pieces(text, found, "was told") == ["The coach", "to leave the field"]


def test_known_as_takes_the_whole_noun_phrase(nlp: Language) -> None:
    text = "The series of races known as the autumn cup begins today."
    found = quotes(nlp, text)
    assert pieces(text, found, "known as") == ["The series of races", "the autumn cup"]


def test_headline_poll_colon_names_the_source(nlp: Language) -> None:
    text = "Poll: The mayor holds a narrow lead in the city.\n\nThe race is close."
    q = one(quotes(nlp, text), ":")
    assert q.speaker_text is not None and q.speaker_text.text == "Poll"
    assert q.content.text == "The mayor holds a narrow lead in the city"


def test_interview_turns(nlp: Language) -> None:
    text = "Q: What did you see that night?\n\nA: The lights went out across the town."
    found = quotes(nlp, text)
    assert [q.speaker_text.text for q in found if q.speaker_text] == ["Q", "A"]


def test_fumed_is_a_speech_cue(nlp: Language) -> None:
    q = one(quotes(nlp, "“This is a disgrace,” the coach fumed after the game."), "fumed")
    assert q.content.text == "“This is a disgrace,”"


def test_begged_someone_to_act(nlp: Language) -> None:
    q = one(quotes(nlp, "The fans begged the coach to stay another year."), "begged")
    assert q.content.text == "the coach to stay another year"


def test_relative_pronoun_object_opens_the_content(nlp: Language) -> None:
    text = "He backed a new levy, which he called “a fair deal for workers.”"
    found = quotes(nlp, text)
    assert pieces(text, found, "called") == ["which", "“a fair deal for workers.”"]


def test_outer_report_wins_over_a_raising_cue_with_the_same_content(nlp: Language) -> None:
    text = "The governor is expected to win easily, officials said."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "The governor is expected to win easily"
    assert q.speaker_text is not None and q.speaker_text.text == "officials"
