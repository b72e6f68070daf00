"""Sports stories: a game's moves ("meet", "clash", "shot", "attack") are no events there, on
stories written here; a politics story keeps them, and so does police action at a game."""

from __future__ import annotations

import tidings

MATCH_REPORT = (
    "Portugal meet Ghana in the quarter-final on Sunday. The striker clashed with the "
    "goalkeeper before half-time and the referee waved play on. Costa shot wide from close "
    "range, and the Ghana midfielder led the attack on the left."
)


def types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in tidings.extract(text).events]


def test_a_match_report_has_no_meetings_or_assaults() -> None:
    found = types(MATCH_REPORT)
    assert not [t for t in found if t[0] in ("CONSULT", "ASSAULT")], found


def test_police_action_at_a_match_stays() -> None:
    text = (
        MATCH_REPORT + " After the final whistle Ghanaian police attacked fans outside the stadium."
    )
    assert ("ASSAULT", "attacked") in types(text)


def test_the_same_words_in_a_politics_story_stay() -> None:
    found = types(
        "The Portuguese prime minister will meet the Ghanaian president in Accra on Sunday."
    )
    assert any(t == "CONSULT" or t == "AGREE" for t, _ in found)
