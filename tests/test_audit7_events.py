"""Event readings seen wrong on unseen news text (seventh audit) and in PETR-2-style sentences
that PLOVER/CAMEO code differently from tidings."""

from __future__ import annotations

import tidings


def types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in tidings.extract(text).events]


def test_offering_goods_or_hours_is_no_promise() -> None:
    assert types("The cable firm offers 5,000 hours of films to subscribers in Leeds.") == []
    assert types("The golf event in Dubai is offering a record purse.") == []
    assert ("AGREE", "offered") in types("Egypt offered troops to Sudan.")
    assert ("AGREE", "offered") in types("Egypt offered Sudan a loan.")
    assert ("AGREE", "offered") in types("Norway offered to mediate between the factions.")
    assert ("AGREE", "offered") in types("Qatar offered concessions to the rebels.")


def test_sharing_a_view_or_taking_goods_back_is_no_agreement() -> None:
    assert types("Kenyan officials agreed with the assessment of the Ugandan envoy.") == []
    assert types("Shops in Peru must accept returned products from Bolivia.") == []
    assert ("AGREE", "agreed") in types("Kenya agreed to the Ugandan ceasefire proposal.")


def test_attacking_a_way_or_a_failure_is_criticism() -> None:
    got = types("The senator attacked the way the war was handled by the Pentagon.")
    assert ("ACCUSE", "attacked") in got and not any(t == "ASSAULT" for t, _ in got)
    got = types("The Labour MP attacked the cabinet's failure to build houses.")
    assert not any(t == "ASSAULT" for t, _ in got)


def test_executing_a_warrant_and_fighting_extradition_are_no_violence() -> None:
    assert types("Danish police executed search warrants in Oslo and Bergen.") == []
    assert types("The Kenyan banker is fighting against extradition to France.") == []
    assert types("Her appeal against the French ruling failed.") == []


def test_asking_whether_something_is_so_is_no_request() -> None:
    got = types("The gunmen made a point of asking Kurdish villagers if their sons had fled.")
    assert not any(t == "REQUEST" for t, _ in got)
    assert ("REQUEST", "asked") in types("Mali asked France to send more troops.")


def test_claiming_to_have_acted_accuses_nobody() -> None:
    got = types("The Kurdish militia claims to have shelled Turkish army posts.")
    assert ("ASSAULT", "shelled") in got and not any(t == "ACCUSE" for t, _ in got)


def test_welcoming_guests_is_no_support() -> None:
    assert types("The Welsh leader is due to welcome delegates to the party conference.") == []
