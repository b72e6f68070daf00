"""Reporting verbs and their object, preposition and naming patterns (data/quotes/verbs.tsv),
on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.analysis import Analysis
from tidings.layout import find_blocks
from tidings.models import Article, Quote
from tidings.quotes import find_quotes


def quotes(nlp: Language, text: str) -> list[Quote]:
    analysis = Analysis(article=Article(id="t", text=text), doc=nlp(text), blocks=find_blocks(text))
    return find_quotes(analysis)


def one(found: list[Quote], cue: str) -> Quote:
    matching = [q for q in found if q.cue is not None and q.cue.text.endswith(cue)]
    assert len(matching) == 1, found
    return matching[0]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # object + "as" complement: the object and its description
        (
            "Local fishermen see the new canal as a danger to the bay.",
            "see",
            "the new canal as a danger to the bay",
        ),
        (
            "Both parties identified housing costs as the top worry of renters.",
            "identified",
            "housing costs as the top worry of renters",
        ),
        # naming: the object and what it is called
        ("The magazine named the young chef its cook of the year.", "named", None),
        ("Voters in the valley consider the dam a waste of money.", "consider", None),
        # preposition object
        (
            "The candidate focused on rising rents in the harbor district.",
            "focused on",
            "rising rents in the harbor district",
        ),
        ("The bishop opined on the housing proposal.", "opined on", "the housing proposal"),
        # plain object
        ("The retired judge is mulling a run for the county seat.", "mulling", None),
        ("The mayor explained the delay in a letter to residents.", "explained", None),
        # object + infinitive
        ("The union challenged the company to open its books.", "challenged", None),
    ],
)
def test_verb_pattern(nlp: Language, text: str, cue: str, content: str | None) -> None:
    q = one(quotes(nlp, text), cue)
    words = text.split(cue, 1)[1].strip(" .")
    assert q.content.text == (content or words)


def test_a_cue_noun_object_is_left_to_the_noun(nlp: Language) -> None:
    text = "The council member asked several questions about the ferry budget."
    found = quotes(nlp, text)
    assert [q.cue.text for q in found if q.cue] == ["asked several questions about"]
    assert found[0].content.text == "the ferry budget"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The governor laid out her plan for the harbor.", "laid out", "her plan for the harbor"),
        ("The pastor spoke out against the casino plan.", "spoke out against", "the casino plan"),
        ("The coach is looking forward to the rematch.", "looking forward to", "the rematch"),
    ],
)
def test_phrasal_verb(nlp: Language, text: str, cue: str, content: str) -> None:
    q = one(quotes(nlp, text), cue)
    assert q.content.text == content


def test_phrasal_row_needs_its_particle(nlp: Language) -> None:
    assert quotes(nlp, "The governor laid the wreath at the memorial.") == []


def test_self_described(nlp: Language) -> None:
    text = "The senator, a self-described fiscal hawk, opposed the bill."
    q = one(quotes(nlp, text), "described")
    assert q.content.text == "fiscal hawk"
    assert q.speaker_text is not None and q.speaker_text.text == "self"
    assert quotes(nlp, "He sold his self-published memoir at the fair.") == []


def test_a_participle_naming_its_noun_reports_nothing(nlp: Language) -> None:
    text = "The mayor joined a volunteer group called Friends of the Canal last year."
    assert [q for q in quotes(nlp, text) if q.cue is not None and "called" in q.cue.text] == []


def test_a_passive_naming_verb_without_agent_reports_nothing(nlp: Language) -> None:
    text = "Older builds of the app, which ran on the same engine, were called Osprey and Kestrel."
    assert [q for q in quotes(nlp, text) if q.cue is not None and "called" in q.cue.text] == []
    text = "The striker was called a traitor by angry fans."
    q = one(quotes(nlp, text), "called")
    assert q.speaker_text is not None and q.speaker_text.text == "angry fans"


def test_releasing_a_product_reports_nothing(nlp: Language) -> None:
    for text in (
        "Last week the studio released a game that lets players run their own farms.",
        "The carmaker unveiled a new hatchback at the Geneva show.",
    ):
        assert quotes(nlp, text) == [], text
    q = one(quotes(nlp, "The harbour board released a statement on Monday."), "released")
    assert q.content.text == "a statement"
    q = one(quotes(nlp, "The league released a long list of fixtures."), "released")
    assert q.content.text == "a long list of fixtures"


def test_compare_is_no_cue(nlp: Language) -> None:
    text = "The study compared hospital costs in the two states."
    assert [q for q in quotes(nlp, text) if q.cue is not None and "compared" in q.cue.text] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor shot back at her critics on Friday.", "shot back at", "her critics"),
        ("The chief walked back his remarks about the union.", "walked back", None),
        ("The senator touched on the housing shortage.", "touched on", None),
    ],
)
def test_particle_and_preposition(nlp: Language, text: str, cue: str, content: str | None) -> None:
    q = one(quotes(nlp, text), cue)
    assert q.content.text == (content or text.split(cue, 1)[1].strip(" ."))


def test_that_clause_after_in_a_statement(nlp: Language) -> None:
    text = "The union says in a statement that the strike will go on."
    q = one(quotes(nlp, text), "says")
    assert q.content.text == "that the strike will go on"
    text = "The chief was responding to the news that the plant would close."
    q = one(quotes(nlp, text), "responding to")
    assert q.content.text == "the news that the plant would close"


def test_that_clause_after_addressee_and_place(nlp: Language) -> None:
    text = "The mayor is telling voters at a diner that the vote matters."
    q = one(quotes(nlp, text), "telling")
    assert q.content.text == "that the vote matters"


def test_a_clause_after_but_with_the_cue_auxiliary_is_not_reported(nlp: Language) -> None:
    text = (
        "Lisbon has often said that Portugal will do whatever it takes to guard its fishing "
        "waters, but has not yet sent any ships to the area."
    )
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "that Portugal will do whatever it takes to guard its fishing waters"
    text = "The mayor has said that the bridge will reopen in June and carry more cars."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "that the bridge will reopen in June and carry more cars"
