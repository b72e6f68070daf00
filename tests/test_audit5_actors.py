"""Actor coding seen wrong on unseen news text (fifth audit): a bare surname the story gave a
full name of its own, "general secretary" as a title, the UK's devolved bodies."""

from __future__ import annotations

import tidings


def actors(text: str) -> dict[str, tuple[str | None, str | None, list[str]]]:
    doc = tidings.extract(text)
    return {a.name: (a.country, a.sector, [m.text for m in a.mentions]) for a in doc.actors}


def test_surname_goes_to_the_storys_own_full_name() -> None:
    got = actors(
        'Party general secretary Matt Carter praised the donors. "We will campaign hard," '
        "Mr Carter said."
    )
    assert "Jimmy Carter" not in got
    country, sector, mentions = got["Matt Carter"]
    assert "Mr Carter" in mentions
    assert country is None and sector != "MIL"


def test_listed_person_keeps_the_surname() -> None:
    got = actors("Former US president Jimmy Carter toured the camp. Mr Carter said aid was late.")
    assert "Mr Carter" in got["Jimmy Carter"][2]


def test_general_secretary_is_no_soldier() -> None:
    got = actors("Union general secretary Ann Lowe said the pay offer was too low.")
    assert got["Ann Lowe"][1] != "MIL"


def test_devolved_bodies() -> None:
    got = actors(
        "The Scottish Executive said the rules would change. The Welsh Assembly debated fees."
    )
    assert got["Scottish Executive"][:2] == ("GBR", "GOV")
    assert got["Welsh Assembly"][:2] == ("GBR", "LEG")


def test_country_possessor_of_an_appositive_title() -> None:
    got = actors("Belgium’s justice minister, Lars Dahl, on Sunday called for a joint solution.")
    assert got["Lars Dahl"][:2] == ("BEL", "GOV")
