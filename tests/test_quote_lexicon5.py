"""Reporting verbs, nouns and adjectives added to data/quotes/ in the fifth lexicon pass, on
sentences written for these tests."""

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


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Many fishermen reviled the new quota system.",
            "Many fishermen",
            "reviled",
            "the new quota system",
        ),
        (
            "The quota system is reviled by fishermen along the coast.",
            "fishermen along the coast",
            "is reviled",
            "The quota system",
        ),
        (
            "The opposition leader pounced on the minister's slip.",
            "The opposition leader",
            "pounced on",
            "the minister's slip",
        ),
        (
            "The harbor authority underplayed the damage to the eastern pier.",
            "The harbor authority",
            "underplayed",
            "the damage to the eastern pier",
        ),
        (
            "Economists at the central bank foresee a slower recovery in the building trade.",
            "Economists at the central bank",
            "foresee",
            "a slower recovery in the building trade",
        ),
        (
            "The trade minister heralded the port deal as a turning point for exporters.",
            "The trade minister",
            "heralded",
            "the port deal as a turning point for exporters",
        ),
        (
            "The ferry operator anticipates that fares will rise next spring.",
            "The ferry operator",
            "anticipates",
            "that fares will rise next spring",
        ),
        (
            "Rival landlords plotted to block the tenants' union.",
            "Rival landlords",
            "plotted",
            "to block the tenants' union",
        ),
        (
            "The appeals court ruled that the county's map was lawful.",
            "The appeals court",
            "ruled",
            "that the county's map was lawful",
        ),
        (
            "The senator extolled the virtues of the rail link.",
            "The senator",
            "extolled",
            "the virtues of the rail link",
        ),
        ("The columnist savaged the budget on Sunday.", "The columnist", "savaged", "the budget"),
        (
            "The organizers billed the festival as the largest food fair in the region.",
            "The organizers",
            "billed",
            "the festival as the largest food fair in the region",
        ),
        (
            "The council acquiesced to the new parking rules.",
            "The council",
            "acquiesced to",
            "the new parking rules",
        ),
        (
            "Retired teachers sounded off on the pension cuts.",
            "Retired teachers",
            "sounded off on",
            "the pension cuts",
        ),
        (
            "The farmers' union has come out against the water levy.",
            "The farmers' union",
            "has come out against",
            "the water levy",
        ),
        (
            "The coach bragged about the team's new stadium.",
            "The coach",
            "bragged about",
            "the team's new stadium",
        ),
        (
            "Health officials cautioned against eating raw oysters from the bay.",
            "Health officials",
            "cautioned against",
            "eating raw oysters from the bay",
        ),
    ],
)
def test_new_cue(nlp: Language, text: str, speaker: str, cue: str, content: str) -> None:
    found = [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, quotes(nlp, text)
    (q,) = found
    assert q.speaker_text is not None and q.speaker_text.text == speaker
    assert q.content.text == content


def test_coming_out_for_an_event_reports_nothing(nlp: Language) -> None:
    text = "Neighbors came out for a pancake breakfast at the fire hall."
    assert [q for q in quotes(nlp, text) if q.cue is not None and "came" in q.cue.text] == []


def test_a_poll_opening_the_sentence_is_the_source(nlp: Language) -> None:
    text = "In a new poll, Mayor Okafor leads her rival by six points."
    (q,) = [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == "In"]
    assert q.speaker_text is not None and q.speaker_text.text == "a new poll"
    assert q.content.text == "Mayor Okafor leads her rival by six points"


def test_standing_in_the_polls_reports_nothing(nlp: Language) -> None:
    text = "The harbor commissioner slipped in the polls after the vote."
    assert quotes(nlp, text) == []
