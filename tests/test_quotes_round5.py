"""Quote stage, round 5: parenthetical cue clauses, continuations, passive cues (own texts)."""

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
