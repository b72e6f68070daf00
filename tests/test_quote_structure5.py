"""Attributions whose cue verb the lexicon knows but whose structure hid them: a long object
before the verb's preposition, a that-clause the parser hung on a phrase after the verb. The
sentences are written for these tests."""

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


def by_cue(found: list[Quote], cue: str) -> Quote:
    matching = [q for q in found if q.cue is not None and q.cue.text == cue]
    assert len(matching) == 1, found
    return matching[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ms. Reyes accused the former Ohio state treasurer of hiding the losses.",
            "the former Ohio state treasurer of hiding the losses",
        ),
        (
            "The union accused its longtime chief negotiator of misleading members.",
            "its longtime chief negotiator of misleading members",
        ),
    ],
)
def test_long_object_before_the_preposition(nlp: Language, text: str, content: str) -> None:
    assert by_cue(quotes(nlp, text), "accused").content.text == content


def test_a_second_report_after_and_with_a_long_object(nlp: Language) -> None:
    text = (
        "The mayor said rival hackers broke into the city servers, and she accused Republican "
        "contender Jo Barlow Smith of backing the intrusion."
    )
    found = quotes(nlp, text)
    accused = by_cue(found, "accused")
    assert accused.content.text == "Republican contender Jo Barlow Smith of backing the intrusion"
    assert accused.speaker_text is not None and accused.speaker_text.text == "she"
    assert by_cue(found, "said").content.text == "rival hackers broke into the city servers"


def test_gerund_after_the_preposition_stays_in_the_content(nlp: Language) -> None:
    text = "The mayor said hackers broke in and she accused Smith of backing the intrusion."
    found = quotes(nlp, text)
    assert by_cue(found, "accused").content.text == "Smith of backing the intrusion"
    assert not [q for q in found if q.cue is not None and q.cue.text == "backing"]


def test_that_clause_after_a_phrase_of_the_verb(nlp: Language) -> None:
    text = (
        "On Monday, he broadened his push for tighter rules, warning voters at rallies that the "
        "cartels could easily cross the border."
    )
    warning = by_cue(quotes(nlp, text), "warning")
    assert warning.content.text == "that the cartels could easily cross the border"
    text = (
        "Ms. Ortiz gave a guarded endorsement on Monday, stressing in her remarks that the "
        "council would keep its promises."
    )
    stressing = by_cue(quotes(nlp, text), "stressing")
    assert stressing.content.text == "that the council would keep its promises"
    assert stressing.speaker_text is not None and stressing.speaker_text.text == "Ms. Ortiz"


@pytest.mark.parametrize(
    ("text", "first", "second", "cue", "speaker"),
    [
        (
            "She said that she would support whoever wins the primary but did not suggest it "
            "could be Lee.",
            "that she would support whoever wins the primary",
            "it could be Lee",
            "did not suggest",
            "She",
        ),
        (
            "When Ms. Diaz did answer the critics, she did it gently, conceding that the board had "
            "erred but warning that its rivals would pay a price.",
            "that the board had erred",
            "that its rivals would pay a price",
            "warning",
            "she",
        ),
    ],
)
def test_a_second_report_in_the_cue_verbs_form(
    nlp: Language, text: str, first: str, second: str, cue: str, speaker: str
) -> None:
    found = quotes(nlp, text)
    assert found[0].content.text == first
    later = by_cue(found, cue)
    assert later.content.text == second
    assert later.speaker_text is not None and later.speaker_text.text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the reported clause goes on after the frame, hung on the cue verb by the parser
        (
            "The driver had no criminal record, the company added, and had passed every safety "
            "check.",
            "The driver had no criminal record, the company added, and had passed every safety "
            "check",
        ),
        (
            "Nor does the governor have any plans, aides say, to veto the bill or delay the vote.",
            "Nor does the governor have any plans, aides say, to veto the bill or delay the vote",
        ),
        # the speaker's own circumstances after the frame end the content before it
        (
            "She had worked hard her whole life, Lee explained, recalling the day they visited "
            "her at the shelter.",
            "She had worked hard her whole life",
        ),
        (
            "He could not find a single buyer, he said, sounding tired after a long week.",
            "He could not find a single buyer",
        ),
    ],
)
def test_words_after_a_frame_in_mid_sentence(nlp: Language, text: str, content: str) -> None:
    found = quotes(nlp, text)
    assert len(found) == 1
    assert found[0].content.text == content


def test_a_naming_verb_with_a_quoted_name_parsed_as_a_second_object(nlp: Language) -> None:
    text = (
        "On Friday, Ms. Park endorsed Mr. Diaz at a rally at his farm, calling him ''a decent "
        "man who loves this valley.''"
    )
    calling = by_cue(quotes(nlp, text), "calling")
    assert calling.content.text == "him ''a decent man who loves this valley.''"
    assert calling.speaker_text is not None and calling.speaker_text.text == "Ms. Park"


def test_quotations_joined_by_and_after_the_cue(nlp: Language) -> None:
    text = (
        "The mayor took a gamble by joking about the budget, telling the audience, “I am a "
        "spender like you, friends,” and, “Who here has never bought a boat?”"
    )
    telling = by_cue(quotes(nlp, text), "telling")
    assert telling.content.text == (
        "“I am a spender like you, friends,” and, “Who here has never bought a boat?”"
    )
