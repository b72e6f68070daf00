"""Quote stage, round 4: speaker asides, noun cues inside contents, content ends (own texts)."""

from __future__ import annotations

from spacy.language import Language

from test_quotes import one, quotes


def test_speaker_leaves_out_dateline(nlp: Language) -> None:
    text = "Budget vote\n\nOMAHA, Neb. (AP) — The state's governor said the budget would pass."
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "The state's governor"


def test_speaker_leaves_out_relative_clause_and_age(nlp: Language) -> None:
    text = "Mark Ebert, 61, of Dayton said the plant would close in March."
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "Mark Ebert"
    text = "The mayor, who faces a recall vote, said the bridge was safe."
    q = one(quotes(nlp, text), "said")
    assert q.speaker_text is not None and q.speaker_text.text == "The mayor"


def test_noun_cue_inside_content_does_not_cut_it(nlp: Language) -> None:
    text = "The minister said the union's claim that wages fell was false."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the union's claim that wages fell was false"
