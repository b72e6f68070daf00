"""Quotes the parser's slips would lose: a quotation hung on the speaker, an addressee object,
a that-clause read as a relative clause, a report inside an "as for" phrase (own texts)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from test_quotes import one, quotes
from tidings.quotes.spans import Passages
from tidings.quotes.speakers import noun_before


def test_quote_before_speaker_with_age_and_addressee(nlp: Language) -> None:
    text = "“The bridge is safe, and the tests prove it,” Okafor, 58, told WKRB on Friday."
    q = one(quotes(nlp, text), "told")
    assert q.speaker_text is not None and q.speaker_text.text.startswith("Okafor")
    assert q.content.text == "“The bridge is safe, and the tests prove it,”"


def test_quote_before_speaker_with_long_apposition(nlp: Language) -> None:
    text = (
        "“A fine engineer, a really fine engineer,” Hale, the state's longest-serving senator "
        "and chair of the transport committee since 2009, said when asked about the bridge."
    )
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text.startswith("Hale")
    assert q.content.text.startswith("“A fine engineer")


def test_that_clause_after_a_time_phrase(nlp: Language) -> None:
    text = "Grey said after a hearing in 2014 that she had “deep doubts about the toll plan.”"
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "Grey"
    assert q.content.text.startswith("that she had “deep doubts")


def test_report_in_an_as_for_phrase_does_not_swallow_the_main_one(nlp: Language) -> None:
    text = (
        "As for the critics who claim to find the toll fairer than a tax, Grey said, "
        "“They have not read the plan.”"
    )
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "Grey"
    assert q.content.text == "“They have not read the plan.”"


def test_semicolon_ends_the_reported_clause(nlp: Language) -> None:
    text = "Aides said the delay was not planned; they heard of the ruling on Monday."
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "Aides"
    assert q.content.text == "the delay was not planned"


def test_gerund_object_is_the_content(nlp: Language) -> None:
    text = "The governor proposes letting towns set their own speed limits on county roads."
    q = one(quotes(nlp, text), "proposes")
    assert q.content.text == "letting towns set their own speed limits on county roads"


def test_speaker_before_a_participle_aside(nlp: Language) -> None:
    """The parse the rule is for: the name mis-tagged, the verb left without a subject."""
    words = ["Okafor", ",", "speaking", "at", "the", "fair", ",", "cited", "delays", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["ADJ", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT"],
        heads=[7, 0, 0, 2, 5, 3, 7, 7, 7, 7],
        deps=["advcl", "punct", "advcl", "prep", "det", "pobj", "punct", "ROOT", "dobj", "punct"],
        ents=["B-PERSON"] + ["O"] * 9,
    )
    found = noun_before(doc[7], Passages([]))
    assert found is not None and found.i == 0


def test_passive_cue_with_a_by_agent(nlp: Language) -> None:
    text = "The toll plan was criticized by Okafor as a giveaway to developers."
    q = one(quotes(nlp, text), "was criticized")
    assert q.speaker_text is not None and q.speaker_text.text == "Okafor"
    assert q.content.text == "The toll plan"


def test_quotation_right_after_the_verb_without_a_comma(nlp: Language) -> None:
    text = "Marchers crossing the square chanted “No more tolls!” and kept walking."
    q = one(quotes(nlp, text), "chanted")
    assert q.content.text == "“No more tolls!”"


def test_inverted_cue_after_a_long_clause(nlp: Language) -> None:
    text = (
        "In nearby Elmstead, the old Varga mill is holding on, but it is under heavy pressure "
        "from cheap imports, said the firm's chief executive, Jo B. Okafor."
    )
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text.startswith("the firm's chief")
    assert q.content.text.startswith("In nearby Elmstead, the old Varga mill is holding on")


def test_adding_goes_on_from_the_cue_before_it(nlp: Language) -> None:
    text = (
        "''We've begun all those talks,'' Mr. Varga said, adding of Ms. Hale, "
        "''She wants a united party.''"
    )
    found = quotes(nlp, text)
    assert one(found, "said").content.text == "''We've begun all those talks,''"
    added = one(found, "adding")
    assert added.speaker_text is not None and added.speaker_text.text == "Mr. Varga"
    assert added.content.text == "''She wants a united party.''"


def test_doubled_apostrophes_closing_with_a_nested_single_quote() -> None:
    from tidings.quotes.marks import find_quote_spans

    text = "''I would call it 'plain,''' said Hale. ''It works.''"
    spans = [text[q.start : q.end] for q in find_quote_spans(text)]
    assert spans == ["''I would call it 'plain,'''", "''It works.''"]


def test_a_phrase_quoted_inside_the_sentence_is_no_turn_of_speech(nlp: Language) -> None:
    text = 'Hale said Monday that it would "be a fine gesture" had Grey thanked him for the bridge.'
    q = one(quotes(nlp, text), "said")
    assert q.content.text.startswith('that it would "be a fine gesture"')


def test_capitalised_name_that_looks_like_an_abstract_noun(nlp: Language) -> None:
    text = 'Varity added, "I think the mayor is still a rising star."'
    q = one(quotes(nlp, text), "added")
    assert q.speaker_text is not None and q.speaker_text.text == "Varity"


def test_cue_clause_closing_the_sentence_after_a_comma(nlp: Language) -> None:
    text = "This includes a new unit to help the flood towns, Governor Jo Hale told a panel Monday."
    q = one(quotes(nlp, text), "told")
    assert q.speaker_text is not None and q.speaker_text.text == "Governor Jo Hale"
    assert q.content.text == "This includes a new unit to help the flood towns"


def test_parenthetical_cue_after_a_sentence_adverb(nlp: Language) -> None:
    text = "Even then, critics insist, the Hale plan will be hard to pass."
    q = one(quotes(nlp, text), "insist")
    assert q.speaker_text is not None and q.speaker_text.text == "critics"


def test_as_clause_sets_off_what_was_said(nlp: Language) -> None:
    found = quotes(nlp, "As the mayor noted, the bridge is old.")
    q = one(found, "noted")
    assert q.speaker_text is not None and q.speaker_text.text == "the mayor"
    assert q.content.text == "the bridge is old"
    q = one(quotes(nlp, "The costs are high, as Okafor said."), "said")
    assert q.content.text == "The costs are high"


def test_a_time_after_a_preposition_cue_is_no_content(nlp: Language) -> None:
    q = one(quotes(nlp, "As Hale has argued for years, the tax is unfair to renters."), "argued")
    assert q.content.text == "the tax is unfair to renters"


def test_content_objects_of_report_stress_suggest(nlp: Language) -> None:
    q = one(quotes(nlp, "The Courier first reported Grey's decision earlier Sunday."), "reported")
    assert q.content.text == "Grey's decision"
    q = one(quotes(nlp, "Okafor stressed her record as mayor and her flood plan."), "stressed")
    assert q.content.text == "her record as mayor and her flood plan"
    q = one(quotes(nlp, "Hale also suggested rallying the northern towns first."), "suggested")
    assert q.content.text == "rallying the northern towns first"


def test_second_said_joined_to_the_first_report(nlp: Language) -> None:
    text = (
        "He said his visits to Elmstead have given his campaign a lift and said that Grey "
        "did not speak for the party."
    )
    found = [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == "said"]
    assert [q.speaker_text.text for q in found if q.speaker_text] == ["He", "He"]
    assert found[1].content.text == "that Grey did not speak for the party"


def test_a_document_can_say(nlp: Language) -> None:
    text = "A court document filed Monday says that the clerk will not be charged."
    q = one(quotes(nlp, text), "says")
    assert q.speaker_text is not None and q.speaker_text.text == "A court document filed Monday"


def test_no_reply_to_a_request_for_comment_is_no_quote(nlp: Language) -> None:
    assert not quotes(nlp, "The mayor's office did not respond to a request for comment.")
    q = one(quotes(nlp, "Hale responded to the criticism with a long letter."), "responded to")
    assert q.content.text == "the criticism"


def test_a_time_is_not_what_was_called_for(nlp: Language) -> None:
    text = "Hale, a rival of the mayor, called Tuesday for publishing the footage."
    q = one(quotes(nlp, text), "called Tuesday for")
    assert q.content.text == "publishing the footage"


def test_no_trailing_cue_after_an_adverbial_phrase(nlp: Language) -> None:
    text = "At the same time, several county inquiries into the toll contracts continue."
    assert not [q for q in quotes(nlp, text) if q.content.text == "At the same time"]
    text = "The tone of the talks contrasted with a tense meeting earlier that day."
    assert not quotes(nlp, text)


def test_a_quoted_show_after_the_cue_is_no_speaker(nlp: Language) -> None:
    text = (
        "“He is right. There is a gap between this council and the mayor,” Varga, a top Hale "
        "ally, said Thursday morning on Elmstead Radio’s “Town and Country.” “I mean it.”"
    )
    for q in quotes(nlp, text):
        assert q.speaker_text is None or "Town" not in q.speaker_text.text


def test_a_cue_verb_the_tagger_took_for_a_noun(nlp: Language) -> None:
    """The parse the rule is for: "claims" tagged as a noun, with a subject and a clause."""
    from tidings.quotes.lexicon import lexicon
    from tidings.quotes.verbs import verb_drafts

    words = ["But", "Hale", "claims", "that", "he", "is", "right", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["CCONJ", "PROPN", "NOUN", "SCONJ", "PRON", "AUX", "ADJ", "PUNCT"],
        tags=["CC", "NNP", "NNS", "IN", "PRP", "VBZ", "JJ", "."],
        heads=[2, 2, 2, 5, 5, 2, 5, 2],
        deps=["cc", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "acomp", "punct"],
        lemmas=["but", "Hale", "claim", "that", "he", "be", "right", "."],
    )
    (draft,) = verb_drafts(doc[:], Passages([]), lexicon())
    assert doc.text[draft.content[0] : draft.content[1]] == "that he is right"


def test_subject_inside_the_quotation_yields_to_the_named_one(nlp: Language) -> None:
    text = (
        "“The council is in crisis. Total crisis,” said Jo Varga, a Texas-based "
        "president of the Elmstead Women Caucus."
    )
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text.startswith("Jo Varga")
    assert q.content.text == "“The council is in crisis. Total crisis,”"


def test_that_clause_after_the_addressee_phrase(nlp: Language) -> None:
    text = (
        "In Lisbon on Friday, she told a summit of fishing ministers that few people "
        "understood the quotas better than they did."
    )
    q = one(quotes(nlp, text), "told")
    assert q.content.text.startswith("that few people understood the quotas")


def test_name_the_tagger_took_for_an_adverb(nlp: Language) -> None:
    """The parse the rule is for: a sentence-opening name tagged as an adverb."""
    words = ["Jolly", "said", "he", "had", "worked", "hard", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["ADV", "VERB", "PRON", "AUX", "VERB", "ADV", "PUNCT"],
        tags=["RB", "VBD", "PRP", "VBD", "VBN", "RB", "."],
        heads=[1, 1, 4, 4, 1, 4, 1],
        deps=["advmod", "ROOT", "nsubj", "aux", "ccomp", "advmod", "punct"],
    )
    found = noun_before(doc[1], Passages([]))
    assert found is not None and found.i == 0


def test_subject_of_a_participle_the_cue_hangs_on(nlp: Language) -> None:
    text = "But county activists clamoring to block Hale from the nomination say they see a surge."
    q = one(quotes(nlp, text), "say")
    assert q.speaker_text is not None and "activists" in q.speaker_text.text


def test_inverted_speaker_read_as_an_object(nlp: Language) -> None:
    text = "“Will the bridge ever open?” asked the girl, who held a flag, as the crowd cheered."
    q = one(quotes(nlp, text), "asked")
    assert q.speaker_text is not None and q.speaker_text.text.startswith("the girl")
    assert q.content.text == "“Will the bridge ever open?”"


def test_according_to_when_the_parser_runs_the_clause_into_the_name(nlp: Language) -> None:
    text = "According to radio host Jo Varga, the plan smells of “panic” and weakness."
    found = quotes(nlp, text)
    q = one(found, "According to")
    assert q.content.text == "the plan smells of “panic” and weakness"


def test_closing_cue_clause_the_parser_hung_on_a_noun(nlp: Language) -> None:
    text = "Nine in ten dairy farmers in Ohio hold a dim view of the tariff, the survey found."
    q = one(quotes(nlp, text), "found")
    assert q.speaker_text is not None and q.speaker_text.text == "the survey"
    assert q.content.text == "Nine in ten dairy farmers in Ohio hold a dim view of the tariff"


def test_a_true_relative_clause_is_no_closing_cue(nlp: Language) -> None:
    text = "Most growers backed the levy, which the survey found popular."
    assert not [q for q in quotes(nlp, text) if q.cue.text == "found"]


def test_a_report_inside_the_content_does_not_cancel_the_closing_cue(nlp: Language) -> None:
    text = (
        'Turnout was "flat for most of the spring" while organisers waited to see how the '
        "storm would pass, she said."
    )
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "she"
    assert q.content.text.endswith("how the storm would pass")


def test_as_clause_whose_comma_the_parser_hung_on_it(nlp: Language) -> None:
    text = (
        "Towns can still get in trouble for skipping audits, and as Lund noted, officials "
        "involved could still face fines."
    )
    q = one(quotes(nlp, text), "noted")
    assert q.speaker_text is not None and q.speaker_text.text == "Lund"
    assert q.content.text == "officials involved could still face fines"


def test_gerund_after_a_preposition_speaks_for_the_subject(nlp: Language) -> None:
    text = (
        "The mayor drew cheers after telling protesters at the gate that they were "
        "“on the right side.”"
    )
    q = one(quotes(nlp, text), "telling")
    assert q.speaker_text is not None and q.speaker_text.text == "The mayor"


def test_gerund_after_for_speaks_for_the_object(nlp: Language) -> None:
    q = one(quotes(nlp, "Critics faulted Lund for saying the levy was fair."), "saying")
    assert q.speaker_text is not None and q.speaker_text.text == "Lund"
    assert q.content.text == "the levy was fair"


def test_participle_cue_the_tagger_took_for_a_noun(nlp: Language) -> None:
    text = "He closed the meeting with a joke, remarking, “May the rain stay away.”"
    q = one(quotes(nlp, text), "remarking")
    assert q.speaker_text is not None and q.speaker_text.text == "He"
    assert q.content.text == "“May the rain stay away.”"


def test_a_second_report_the_parser_made_the_first_ones_complement(nlp: Language) -> None:
    text = (
        "Three-quarters of the farmers said they were worried about the levy, and more than 4 "
        "in 10 said Lund would be best at fixing it."
    )
    found = quotes(nlp, text)
    assert [q.content.text for q in found] == [
        "they were worried about the levy",
        "Lund would be best at fixing it",
    ]


def test_a_participle_on_a_passive_clause_speaks_for_its_subject(nlp: Language) -> None:
    text = "A lawsuit was filed in May alleging that deputies kept files on farm workers."
    q = one(quotes(nlp, text), "alleging")
    assert q.speaker_text is not None and q.speaker_text.text == "A lawsuit"


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman for the firm, Ana Ruiz, said in a statement that the company had not "
        "been contacted.",
        "Ana Ruiz said late Tuesday in a statement that the firm was never contacted.",
    ],
)
def test_passive_that_clause_after_in_a_statement(nlp: Language, text: str) -> None:
    q = one(quotes(nlp, text), "said")
    assert q.content.text.startswith("that the") and q.content.text.endswith("contacted")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("It was a claim that Hale has always denied.", "denied", "that"),
        ("That is what my colleague at the Ledger wrote last week.", "wrote", "what"),
        ("The toll, which Hale backed in May, failed.", "backed", "which"),
    ],
)
def test_a_relative_pronoun_object_stands_for_what_was_said(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    assert one(quotes(nlp, text), cue).content.text == content


def test_a_report_in_a_question_frame_ends_where_the_answer_starts(nlp: Language) -> None:
    text = (
        "Asked if she believed Moscow wanted Hale to win the seat, Lund said she was not "
        "about to rush to that verdict."
    )
    found = quotes(nlp, text)
    asked = one(found, "Asked")  # the question holds the belief, as annotators mark it
    assert asked.content.text == "if she believed Moscow wanted Hale to win the seat"
    answer = one(found, "said")
    assert answer.speaker_text is not None and answer.speaker_text.text == "Lund"
    assert answer.content.text == "she was not about to rush to that verdict"


def test_a_colon_sets_a_quotation_off_from_the_report_before_it(nlp: Language) -> None:
    text = (
        "Soon after the flood in Dayton, Hale argued that the city had lost its nerve: "
        "“Dayton is no longer Dayton,” he claimed."
    )
    found = quotes(nlp, text)
    assert one(found, "argued").content.text == "that the city had lost its nerve"
    assert one(found, "claimed").content.text == "“Dayton is no longer Dayton,”"


def test_an_addressee_does_not_stop_a_cue_clause_set_off_inside(nlp: Language) -> None:
    q = one(quotes(nlp, "The plan, Lund told WKRB, will fail."), "told")
    assert q.speaker_text is not None and q.speaker_text.text == "Lund"
    assert q.content.text == "The plan, Lund told WKRB, will fail"
