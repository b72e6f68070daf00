"""Event readings seen wrong on unseen news text (sixth audit): freeing a town is taking it."""

from __future__ import annotations

import tidings


def types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in tidings.extract(text).events]


def test_freeing_a_town_is_an_assault_not_a_release() -> None:
    got = types("Afghan rebels launched a campaign to free Kandahar from the occupying forces.")
    assert ("ASSAULT", "free") in got and not any(t == "RETREAT" for t, _ in got)
    got = types("Government forces liberated the city after a week of fighting.")
    assert ("ASSAULT", "liberated") in got
    assert ("RETREAT", "freed") in types("The junta freed two jailed reporters on Friday.")


def recipients(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    doc = tidings.extract(text)
    actors = {a.id: a for a in doc.actors}
    event = next(e for e in doc.events if e.trigger.text == trigger)
    return [(actors[i].country, actors[i].sector) for i in event.recipients]


def test_reporters_placed_in_a_country_are_the_victims() -> None:
    assert recipients("In Honduras, reporters are murdered with impunity.", "murdered") == [
        ("HND", "JRN")
    ]


def negated(text: str) -> dict[str, bool]:
    return {e.trigger.text: e.negated for e in tidings.extract(text).events}


def test_negation_stays_with_its_own_verb_in_a_coordination() -> None:
    got = negated("Finland does not recognise the junta, and has funded the exiled cabinet.")
    assert got.get("funded") is False
    got = negated("Chile will not attack Peru but will send troops to the border.")
    assert got["attack"] is True and got["send"] is False
    got = negated("Turkish troops did not shell and raid the Kurdish villages.")
    assert got["shell"] is True and got["raid"] is True
