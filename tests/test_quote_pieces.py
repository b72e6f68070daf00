"""The pieces of a quote's content, the attribution inside it left out (``tidings.quotes.pieces``),
and the quotes scorer comparing them with a discontinuous reference span."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_quotes import quotes
from tidings.evaluation.metrics import TokenIndex
from tidings.evaluation.quotes import _predicted
from tidings.models import Quote, Span
from tidings.quotes.pieces import content_pieces

TEXT = "“The dam will hold,” the engineer said on Friday, “but not for long.”"


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start=start, end=start + len(part), text=part)


def quote(text: str, speaker: str | None, cue: str, content: str) -> Quote:
    return Quote(
        id="q1",
        speaker_text=span(text, speaker) if speaker else None,
        cue=span(text, cue),
        content=span(text, content),
        kind="direct",
    )


def test_interrupted_quotation_is_two_pieces() -> None:
    q = quote(TEXT, "the engineer", "said", TEXT)
    pieces = [TEXT[a:b] for a, b in content_pieces(TEXT, q)]
    assert pieces == ["“The dam will hold,”", "“but not for long.”"]


def test_content_without_its_attribution_inside_is_one_piece() -> None:
    text = "The engineer said the dam would hold."
    q = quote(text, "The engineer", "said", "the dam would hold")
    assert [text[a:b] for a, b in content_pieces(text, q)] == ["the dam would hold"]


@pytest.mark.parametrize("gold_pieces, same", [(2, True), (1, False)])
def test_scorer_matches_the_pieces_with_a_discontinuous_reference(
    gold_pieces: int, same: bool
) -> None:
    q = quote(TEXT, "the engineer", "said", TEXT)
    first, second = span(TEXT, "The dam will hold"), span(TEXT, "but not for long")
    gold = ((first.start, first.end), (second.start, second.end))[:gold_pieces]
    predicted = _predicted(TEXT, q)
    assert predicted.content is not None
    assert TokenIndex(TEXT).exact(predicted.content, gold) is same


def test_a_show_named_in_the_frame_is_not_a_piece(nlp: Language) -> None:
    text = (
        '"Well, it is more of a worry than it was," Hale told NBC\'s "Face the Town." '
        '"You do not have to be the perfect candidate now."'
    )
    (q,) = quotes(nlp, text)
    pieces = [text[s:e] for s, e in content_pieces(text, q)]
    assert pieces == [
        '"Well, it is more of a worry than it was,"',
        '"You do not have to be the perfect candidate now."',
    ]


def test_doubled_apostrophe_marks_open_the_second_piece() -> None:
    text = "''The roads are clear,'' the chief said, ''but they ask, 'When can we go?' daily.''"
    q = quote(text, "the chief", "said", text)
    pieces = [text[a:b] for a, b in content_pieces(text, q)]
    assert pieces == ["''The roads are clear,''", "''but they ask, 'When can we go?' daily.''"]


def test_a_show_named_with_doubled_apostrophes_is_not_a_piece() -> None:
    text = "''We will rebuild,'' Ms. Ortiz told the ''Evening Post.'' ''The harbor comes first.''"
    q = quote(text, "Ms. Ortiz", "told", text)
    pieces = [text[a:b] for a, b in content_pieces(text, q)]
    assert pieces == ["''We will rebuild,''", "''The harbor comes first.''"]


def test_words_running_into_a_quotation_stay_with_it() -> None:
    text = "which the mayor called a “disgrace to the town.”"
    q = quote(text, "the mayor", "called", text)
    pieces = [text[a:b].strip() for a, b in content_pieces(text, q)]
    assert pieces == ["which", "a “disgrace to the town.”"]


def test_an_apostrophe_inside_a_word_closes_no_title() -> None:
    text = "''The roads are shut,'' the chief said, ''and they're not opening. 'Stay home.'''"
    q = quote(text, "the chief", "said", text)
    pieces = [text[a:b] for a, b in content_pieces(text, q)]
    assert pieces == ["''The roads are shut,''", "''and they're not opening. 'Stay home.'''"]


def test_the_narrators_but_before_the_frame_is_no_piece() -> None:
    text = "But, the mayor added, the pool will reopen in June."
    q = quote(text, "the mayor", "added", text)
    pieces = [text[a:b].strip(" ,.") for a, b in content_pieces(text, q)]
    assert pieces == ["the pool will reopen in June"]
