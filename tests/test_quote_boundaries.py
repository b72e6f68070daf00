"""Quote boundaries: speaker asides, noun and adjective cues, where contents start and end (own
texts)."""

from __future__ import annotations

from spacy.language import Language

from test_quotes import one, quotes


def test_speaker_leaves_out_dateline(nlp: Language) -> None:
    text = "Budget vote\n\nOMAHA, Neb. (AP) — The state's governor said the budget would pass."
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "The state's governor"


def test_speaker_leaves_out_a_participle_clause(nlp: Language) -> None:
    text = "The mayor, speaking at a rally, said the bridge was safe."
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "The mayor"


def test_noun_cue_inside_content_does_not_cut_it(nlp: Language) -> None:
    text = "The minister said the union's claim that wages fell was false."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the union's claim that wages fell was false"


def test_content_leaves_out_trailing_relative_clause(nlp: Language) -> None:
    text = "The agency said the money went to Tom Hale, who ran the fund until 2010."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the money went to Tom Hale"


def test_relative_clause_report_ends_with_its_clause(nlp: Language) -> None:
    text = "Ms. Grey, who said she rarely votes, said the race was close."
    found = quotes(nlp, text)
    contents = sorted(q.content.text for q in found)
    assert contents == ["she rarely votes", "the race was close"]


def test_second_report_of_the_speaker_ends_the_first(nlp: Language) -> None:
    text = "He says he trusts the mayor and calls her “a tough negotiator.”"
    found = quotes(nlp, text)
    assert one(found, "says").content.text == "he trusts the mayor"


def test_colon_speaker_known_from_the_document(nlp: Language) -> None:
    text = "Senator Ann Okafor spoke on Monday.\n\nOKAFOR: We will not back down on this bill."
    found = quotes(nlp, text)
    q = one(found, ":")
    assert q.speaker_text is not None and q.speaker_text.text == "OKAFOR"
    assert q.content.text == "We will not back down on this bill"


def test_colon_label_is_no_speaker(nlp: Language) -> None:
    text = "Storm hits the coast\n\nWATCH: Crews clear the roads after the storm."
    assert quotes(nlp, text) == []


def test_thanked_and_touted_are_cues(nlp: Language) -> None:
    text = "The governor touted the new jobs report on Friday."
    q = one(quotes(nlp, text), "touted")
    assert q.speaker_text is not None and q.speaker_text.text == "The governor"


def test_adjective_cues(nlp: Language) -> None:
    found = quotes(nlp, "The senator is confident that the bill will pass.")
    q = one(found, "confident")
    assert q.cue is not None and q.cue.text == "is confident"
    assert q.content.text == "that the bill will pass"
    q = one(quotes(nlp, "Party leaders have been critical of the plan."), "of")
    assert q.cue is not None and q.cue.text == "have been critical of"
    assert q.content.text == "the plan"
    assert q.speaker_text is not None and q.speaker_text.text == "Party leaders"


def test_adjective_without_content_is_no_cue(nlp: Language) -> None:
    assert quotes(nlp, "The mayor was confident.") == []


def test_mentioned_object_is_content(nlp: Language) -> None:
    q = one(quotes(nlp, "The candidate never mentioned her rival by name."), "mentioned")
    assert q.content.text.startswith("her rival")


def test_call_for_clause(nlp: Language) -> None:
    text = "Some senators have called for the allies to send ground forces to the region."
    q = one(quotes(nlp, text), "for")
    assert q.cue is not None and q.cue.text == "have called for"
    assert q.content.text == "the allies to send ground forces to the region"


def test_object_content_keeps_its_phrase(nlp: Language) -> None:
    q = one(quotes(nlp, "The mayor blamed the closure on the state budget."), "blamed")
    assert q.content.text == "the closure on the state budget"


def test_nested_belief_is_part_of_the_outer_report(nlp: Language) -> None:
    found = quotes(nlp, "Ms. Ortiz says she thinks the levy will pass in May.")
    assert [q.cue.text for q in found if q.cue] == ["says"]
    assert found[0].content.text == "she thinks the levy will pass in May"


def test_continuing_report_ends_the_outer_content(nlp: Language) -> None:
    text = "The mayor said the bridge was safe, adding that repairs would start soon."
    found = quotes(nlp, text)
    assert one(found, "said").content.text == "the bridge was safe"
    assert one(found, "adding").content.text == "that repairs would start soon"


def test_speaker_party_label_and_time(nlp: Language) -> None:
    q = one(quotes(nlp, "Sen. Jane Doe (R-OH) said the county would appeal."), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "Sen. Jane Doe (R-OH)"
    q = one(quotes(nlp, "Mayor Lena Ortiz at the time said the fees would be paid."), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "Mayor Lena Ortiz"


def test_newspaper_named_post_is_the_speaker(nlp: Language) -> None:
    q = one(quotes(nlp, "The Denver Post reported that the agency issued subpoenas."), "reported")
    assert q.speaker_text is not None and q.speaker_text.text == "The Denver Post"


def test_continuation_after_an_abbreviated_title(nlp: Language) -> None:
    text = "“We will win,” said Sen. Ann Lee of Ohio. “The votes are there.”\n\nMore follows."
    q = one(quotes(nlp, text), "said")
    assert q.content.text.endswith("“The votes are there.”")


def test_continuation_after_an_abbreviation_in_the_cue_clause(nlp: Language) -> None:
    text = "''The harbor was empty,'' Ms. Lund told Mr. Berg at the dock. ''Nobody came.''"
    q = one(quotes(nlp, text), "told")
    assert q.content.text.endswith("''Nobody came.''")


def test_likely_to_say_takes_the_subject(nlp: Language) -> None:
    text = "Younger renters were more likely to say housing was their main worry."
    q = one(quotes(nlp, text), "say")
    assert q.speaker_text is not None and q.speaker_text.text == "Younger renters"


def test_light_verb_noun_cue(nlp: Language) -> None:
    q = one(quotes(nlp, "The governor made no mention of the tax plan."), "of")
    assert q.content.text == "the tax plan"
    assert q.speaker_text is not None and q.speaker_text.text == "The governor"


def test_content_leaves_out_time_dateline_and_sentence_adverb(nlp: Language) -> None:
    q = one(quotes(nlp, "The mayor said Tuesday his plan would pass."), "said")
    assert q.content.text == "his plan would pass"
    q = one(quotes(nlp, "Still, most voters back the levy, according to the poll."), "to")
    assert q.content.text == "most voters back the levy"


def test_said_so_and_yes(nlp: Language) -> None:
    q = one(quotes(nlp, "Most Democrats said yes."), "said")
    assert q.content.text == "yes"


def test_bare_participle_cue_has_no_speaker(nlp: Language) -> None:
    found = quotes(nlp, "Asked whether the plan was fair, the mayor said it was.")
    asked = [q for q in found if q.cue is not None and q.cue.text == "Asked"]
    assert asked and asked[0].speaker_text is None
    assert asked[0].content.text == "whether the plan was fair"


def test_speaker_leaves_out_medium_and_time_clause(nlp: Language) -> None:
    q = one(quotes(nlp, "Senator Ann Lee in an interview said the bill was dead."), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "Senator Ann Lee"


def test_told_takes_the_clause_before_it(nlp: Language) -> None:
    text = "The union will sit out the election, the director told reporters on Monday."
    q = one(quotes(nlp, text), "told")
    assert q.content.text == "The union will sit out the election"


def test_colon_after_the_cue_opens_the_content(nlp: Language) -> None:
    q = one(quotes(nlp, "The senator noted: the plan had failed twice."), "noted")
    assert q.content.text == "the plan had failed twice"


def test_responded_to(nlp: Language) -> None:
    q = one(quotes(nlp, "The governor has not responded to the mayor's remarks."), "to")
    assert q.content.text == "the mayor's remarks"


def test_referred_to_as(nlp: Language) -> None:
    q = one(quotes(nlp, "The governor referred to the senator as “a bright leader.”"), "to")
    assert q.content.text == "the senator as “a bright leader.”"


def test_copula_noun_cue(nlp: Language) -> None:
    q = one(quotes(nlp, "Her view is that the plan will fail."), "view is")
    assert q.content.text == "that the plan will fail"
    assert q.speaker_text is not None and q.speaker_text.text == "Her"
    q = one(quotes(nlp, "The idea is that donors can still give to the group."), "idea is")
    assert q.speaker_text is None


def test_object_content_leaves_out_when_and_where(nlp: Language) -> None:
    q = one(quotes(nlp, "The union endorsed the mayor in February."), "endorsed")
    assert q.content.text == "the mayor"


def test_content_drops_a_dangling_conjunction_and_even_though(nlp: Language) -> None:
    text = "He said the deal was fair, even though many economists disagreed."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the deal was fair"


def test_noun_cue_with_infinitive(nlp: Language) -> None:
    q = one(quotes(nlp, "The senator's decision to retire surprised the party."), "decision")
    assert q.content.text == "to retire"
    assert q.speaker_text is not None and q.speaker_text.text == "The senator's"


def test_made_clear_that(nlp: Language) -> None:
    q = one(quotes(nlp, "Party leaders made clear that they would back him."), "clear")
    assert q.content.text == "that they would back him"
    assert q.speaker_text is not None and q.speaker_text.text == "Party leaders"


def test_coordinated_report_with_own_subject_ends_the_first(nlp: Language) -> None:
    text = "She said the talks had stalled, and later she said “We will try again.”"
    found = quotes(nlp, text)
    first = [q for q in found if q.content.text.startswith("the talks")]
    assert first and first[0].content.text == "the talks had stalled"
    assert any(q.content.text == "“We will try again.”" for q in found)


def test_speaker_leaves_out_even_and_a_hyphen_dateline(nlp: Language) -> None:
    text = "Even Freedonia, the region's closest ally, said it opposed the test."
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text.startswith("Freedonia")
    text = "Budget talks\n\nELMSTEAD - County leaders said the deal was close."
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "County leaders"


def test_speaker_leaves_out_a_relative_clause_with_its_own_report(nlp: Language) -> None:
    text = "Grey, who said she rarely votes, thinks the race is close."
    q = one(quotes(nlp, text), "thinks")
    assert q.speaker_text is not None and q.speaker_text.text == "Grey"
    text = "Grey, who runs the gym on Main Street, said the race was close."
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text.endswith("Main Street")


def test_quotation_inside_a_question_frame_is_not_the_answer(nlp: Language) -> None:
    text = "Asked if the mayor has “the integrity to serve,” 46 percent of voters said no."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "no"


def test_a_statement_named_with_its_owner_speaks_whole(nlp: Language) -> None:
    text = "A county council report released in May found that the fund ran dry."
    q = one(quotes(nlp, text), "found")
    assert q.speaker_text is not None and q.speaker_text.text.startswith("A county council report")
    q = one(quotes(nlp, "According to a Town Hall statement, the talks went well."), "According to")
    assert q.speaker_text is not None and q.speaker_text.text == "a Town Hall statement"
    q = one(quotes(nlp, "The mayor's statement said the talks went well."), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "The mayor's"


def test_content_ends_at_full_stop_before_next_quotation(nlp: Language) -> None:
    text = "The coach said that the team had trained hard all winter. ''We are ready,'' he said."
    found = quotes(nlp, text)
    assert sorted(q.content.text for q in found) == [
        "''We are ready,''",
        "that the team had trained hard all winter",
    ]


def test_content_leaves_out_the_narrators_but(nlp: Language) -> None:
    text = "The mayor spoke on Monday. But the new bridge would open in June, she said."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the new bridge would open in June"


def test_object_content_keeps_its_year(nlp: Language) -> None:
    found = quotes(nlp, "The senator criticized the tax cut in 2017.")
    assert one(found, "criticized").content.text == "the tax cut in 2017"
    found = quotes(nlp, "The senator criticized the tax cut in March.")
    assert one(found, "criticized").content.text == "the tax cut"


def test_what_opens_a_named_content(nlp: Language) -> None:
    text = "The deal is what critics have called a “giveaway to developers.”"
    q = one(quotes(nlp, text), "have called")
    assert q.content.text == "what critics have called a “giveaway to developers.”"


def test_verb_joined_by_but_stays_in_the_content(nlp: Language) -> None:
    text = "The farmer said he already paid the new fee, but strongly opposed the tax on fuel."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "he already paid the new fee, but strongly opposed the tax on fuel"
