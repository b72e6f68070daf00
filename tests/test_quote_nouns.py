"""Attributions cued by nouns and adjectives, on sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tidings.analysis import Analysis
from tidings.layout import find_blocks
from tidings.models import Article, Quote
from tidings.quotes import find_quotes


def quotes(nlp: Language, text: str) -> list[Quote]:
    analysis = Analysis(article=Article(id="t", text=text), doc=nlp(text), blocks=find_blocks(text))
    return find_quotes(analysis)


def cued(found: list[Quote], cue: str) -> list[Quote]:
    return [q for q in found if q.cue is not None and cue in q.cue.text]


def speaker(q: Quote) -> str | None:
    return q.speaker_text.text if q.speaker_text is not None else None


def test_noun_speaker_after_from(nlp: Language) -> None:
    text = "The new ferry schedule drew sharp criticism from the harbor commissioner."
    found = cued(quotes(nlp, text), "criticism")
    assert all(speaker(q) != "The new ferry schedule" for q in found)


def test_receiving_verb_subject_is_not_the_speaker(nlp: Language) -> None:
    text = "The toll plan faced criticism for its cost to commuters."
    found = cued(quotes(nlp, text), "criticism")
    assert found == [] or all(speaker(q) != "The toll plan" for q in found)


def test_noun_in_prepositional_phrase_takes_the_verb_subject(nlp: Language) -> None:
    text = "Mayor Alvarez spoke in defense of the new library levy on Tuesday."
    (q,) = cued(quotes(nlp, text), "defense of")
    assert speaker(q) == "Mayor Alvarez"
    assert q.content.text.startswith("the new library levy")


def test_adjective_after_contracted_copula(nlp: Language) -> None:
    text = "In the valley they’re supportive of the irrigation deal."
    (q,) = cued(quotes(nlp, text), "supportive of")
    assert speaker(q) == "they"
    assert q.content.text == "the irrigation deal"


def test_adjective_before_a_reporting_infinitive_yields_to_the_verb(nlp: Language) -> None:
    text = "The senator was quick to point out that the bridge had opened on time."
    found = quotes(nlp, text)
    assert [q.content.text for q in found] == ["that the bridge had opened on time"]
    assert speaker(found[0]) == "The senator"


def test_new_noun_and_adjective_cues(nlp: Language) -> None:
    text = "The union’s endorsement of Ms. Okafor came late. Her contention that rents rose is new."
    found = quotes(nlp, text)
    (q,) = cued(found, "endorsement of")
    assert (speaker(q), q.content.text) == ("The union’s", "Ms. Okafor")
    (q,) = cued(found, "contention")
    assert q.content.text == "that rents rose"
    text = "Many growers remain hostile to the water tax."
    (q,) = cued(quotes(nlp, text), "hostile to")
    assert (speaker(q), q.content.text) == ("Many growers", "the water tax")


def test_noun_after_in_or_with_takes_the_subject_of_the_clause(nlp: Language) -> None:
    (q,) = cued(quotes(nlp, "The mayor is in favor of the new bus lanes."), "favor of")
    assert (speaker(q), q.content.text) == ("The mayor", "the new bus lanes")
    text = "The senator wooed farmers with promises of lower fuel taxes."
    (q,) = cued(quotes(nlp, text), "promises of")
    assert (speaker(q), q.content.text) == ("The senator", "lower fuel taxes")


def test_adjective_clause_on_the_copula_and_expletive_it(nlp: Language) -> None:
    (q,) = quotes(nlp, "The farmers were worried that the dam would fail.")
    assert (speaker(q), q.content.text) == ("The farmers", "that the dam would fail")
    (q,) = quotes(nlp, "It is not clear whether the mayor will run again.")
    assert q.speaker_text is None and q.cue is not None and q.cue.text == "It is not clear"
    assert q.content.text == "whether the mayor will run again"


def test_noun_object_leaves_out_a_comma_set_relative_clause(nlp: Language) -> None:
    text = "The host made no mention of Jo Lee, who quit the race on Monday."
    (q,) = cued(quotes(nlp, text), "mention of")
    assert (speaker(q), q.content.text) == ("The host", "Jo Lee")


def test_adjective_after_a_noun_takes_the_noun_as_speaker(nlp: Language) -> None:
    text = "Dock workers willing to strike met on Friday at the union hall."
    (q,) = cued(quotes(nlp, text), "willing")
    assert speaker(q) == "Dock workers"
    assert q.content.text == "to strike"


def test_adjective_set_off_after_an_object_takes_the_subject(nlp: Language) -> None:
    text = "Her managers cancelled two town halls, wary of tiring the candidate."
    (q,) = cued(quotes(nlp, text), "wary of")
    assert speaker(q) == "Her managers"
    assert q.content.text == "tiring the candidate"
    text = (
        "Organizers spent the morning phoning volunteers, "
        "confident that the march would draw a crowd."
    )
    (q,) = cued(quotes(nlp, text), "confident")
    assert speaker(q) == "Organizers"
    assert q.content.text.startswith("that the march would draw a crowd")


def test_in_her_view_names_who_says_the_sentence(nlp: Language) -> None:
    text = "In her view, the harbor levy will fail at the ballot in November."
    (q,) = cued(quotes(nlp, text), "view")
    assert q.cue.text == "view"
    assert speaker(q) == "her"
    assert q.content.text.startswith("the harbor levy will fail")


def test_in_his_view_inside_a_report_stays_part_of_it(nlp: Language) -> None:
    text = "Asked by a reporter who runs the council in his view, the mayor shrugged."
    assert cued(quotes(nlp, text), "view") == []


def test_received_judgement_makes_the_receiver_the_content(nlp: Language) -> None:
    text = "The ferry timetable has drawn sharp criticism from harbor pilots."
    (q,) = cued(quotes(nlp, text), "criticism")
    assert q.content.text == "The ferry timetable"
    assert q.cue.text == "has drawn sharp criticism from"
    assert speaker(q) == "harbor pilots"
    text = "The county clerk came under heavy criticism last spring."
    (q,) = cued(quotes(nlp, text), "criticism")
    assert q.content.text == "The county clerk"
    assert speaker(q) is None


def test_noun_object_of_a_reporting_verb_is_its_content(nlp: Language) -> None:
    text = "The council chair downplayed the mayor's attack on the harbor board."
    found = quotes(nlp, text)
    assert [speaker(q) for q in cued(found, "downplayed")] == ["The council chair"]
    assert all(speaker(q) != "The council chair" for q in cued(found, "attack"))


def test_light_verb_subject_speaks_through_its_noun(nlp: Language) -> None:
    text = "The union raised questions about the new shift rota."
    (q,) = cued(quotes(nlp, text), "questions about")
    assert speaker(q) == "The union"
    assert q.content.text == "the new shift rota"


def test_interested_in_is_an_adjective_cue(nlp: Language) -> None:
    text = "Many farmers in the valley have become interested in solar leases."
    (q,) = cued(quotes(nlp, text), "interested in")
    assert speaker(q) == "Many farmers in the valley"
    assert q.content.text == "solar leases"


def test_possessive_pronoun_yields_to_the_named_subject(nlp: Language) -> None:
    text = "The harbor pilots stepped up their criticism of the new ferry timetable."
    (q,) = cued(quotes(nlp, text), "criticism of")
    assert speaker(q) == "The harbor pilots"
    text = "The harbor pilots stepped up his criticism of the new ferry timetable."
    (q,) = cued(quotes(nlp, text), "criticism of")
    assert speaker(q) == "his"


def test_stance_holder_noun_after_a_copula_or_in_apposition(nlp: Language) -> None:
    text = "The county clerk has been a staunch opponent of the ferry toll."
    (q,) = cued(quotes(nlp, text), "opponent of")
    assert speaker(q) == "The county clerk"
    assert q.cue.text == "has been a staunch opponent of"
    assert q.content.text == "the ferry toll"
    text = "Jo Okafor, a longtime backer of the harbor plan, spoke first."
    (q,) = cued(quotes(nlp, text), "backer of")
    assert speaker(q) == "Jo Okafor"
    assert q.content.text == "the harbor plan"


def test_cue_noun_before_a_colon_introduces_its_content(nlp: Language) -> None:
    text = "The growers had one message: the dam will ruin the valley."
    (q,) = cued(quotes(nlp, text), "message")
    assert speaker(q) == "The growers"
    assert q.content.text.startswith("the dam will ruin the valley")


def test_noun_and_adjective_contents_leave_a_trailing_aside_out(nlp: Language) -> None:
    text = "The growers were worried about the dam, a project stalled since 2019."
    (q,) = cued(quotes(nlp, text), "worried about")
    assert q.content.text == "the dam"
