"""Where and when an event happened: the place and date attached to it, on invented sentences
run through the whole pipeline."""

from __future__ import annotations

import pytest

from tidings.models import Document, Event
from tidings.pipeline import extract


def _event(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.type) for e in doc.events]
    return found[0]


def _place(text: str, trigger: str, published: str = "2020-06-10") -> str | None:
    event = _event(extract(text, published=published), trigger)
    return event.location.name if event.location else None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two smugglers were killed on Monday in a gunfight with UK special forces.", "killed"),
        ("The bomb maker was killed in a raid by US marines, who took his wife away.", "killed"),
    ],
)
def test_a_country_in_another_phrase_does_not_place_the_event(text: str, trigger: str) -> None:
    # "with UK special forces", "by US marines": a party to the event, not where it happened
    assert _place(text, trigger) is None


def test_a_place_in_the_event_phrase_still_places_it() -> None:
    text = "Two smugglers were killed on Monday in a gunfight near Peshawar with police."
    assert _place(text, "killed") == "Peshawar"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Government gunboats shelled the port of Aden on Sunday.", "shelled", "Aden"),
        ("Militia fighters have seized Benghazi, the army said.", "seized", "Benghazi"),
        ("The coalition says Benghazi was seized by militia fighters.", "seized", "Benghazi"),
        ("Britain announced the withdrawal of its troops from Kabul.", "withdrawal", "Kabul"),
        ("Last week the army sent troops into Tripoli to fight the rebels.", "sent", "Tripoli"),
    ],
)
def test_an_attack_or_retreat_is_placed_by_its_target(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place
