"""Event readings seen wrong on unseen news text (fifth audit): sanction given is approval, a
player called into a side is a selection."""

from __future__ import annotations

import tidings


def types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in tidings.extract(text).events]


def test_sanction_given_is_approval() -> None:
    got = types("The former general did give sanction for raids against the rebels in the north.")
    assert ("SANCTION", "sanction") not in got
    assert any(t == "SANCTION" for t, _ in types("The UN imposed a sanction on the regime."))


def test_player_called_into_a_side() -> None:
    got = types("The coach could call the young prop Owen Hale into his front row on Saturday.")
    assert not any(t == "CONSULT" for t, _ in got)
    got = types("The manager called striker Dan Mabey into the squad for the friendly.")
    assert not any(t == "CONSULT" for t, _ in got)
    assert ("CONSULT", "called") in types("The minister called the ambassador into her office.")


def test_promised_response_is_a_threat() -> None:
    got = types("Oslo promised a firm response to any offensive that broke the truce.")
    assert ("THREATEN", "promised") in got
    assert ("AGREE", "promised") in types("Norway promised aid to the flood victims.")
