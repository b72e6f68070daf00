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


def modalities(text: str) -> dict[str, str]:
    return {e.trigger.text: e.modality for e in tidings.extract(text).events}


def test_acts_a_party_is_able_obliged_or_pushed_to_do_have_not_happened() -> None:
    assert (
        modalities("The relief agency has a mandate to support refugees in Chad.")["support"]
        == "future"
    )
    assert (
        modalities("The junta faces no pressure to negotiate with rebels.")["negotiate"] == "future"
    )
    assert modalities("Canada's ability to provide aid in Yemen is limited.")["provide"] == "future"
    assert modalities("Canada provided aid in Yemen.")["provided"] == "asserted"


def test_an_act_judged_likely_is_hypothetical() -> None:
    assert modalities("Serbia is likely to attack Kosovo.")["attack"] == "hypothetical"


def test_an_act_braced_for_is_expected() -> None:
    got = modalities("Residents of the border towns are bracing for a Georgian offensive.")
    assert got["offensive"] == "future"
    assert modalities("Georgia launched an offensive.")["offensive"] == "asserted"


def test_a_promise_to_harm_is_a_threat() -> None:
    assert ("THREATEN", "vowed") in types("The general vowed to crush the Tuareg rebels.")
    assert ("THREATEN", "promised") in types("Ankara promised to punish the Kurdish militia.")
    assert ("AGREE", "pledged") in types("Ankara pledged to rebuild the Kurdish towns.")


def test_scores_conceded_in_a_game_are_no_concession() -> None:
    assert not types("Leicester conceded two tries against Bath.")
    assert ("CONCEDE", "conceded") in types(
        "The rebels conceded defeat and surrendered to Ethiopia."
    )


def test_relative_pronoun_object_is_its_antecedent() -> None:
    got = recipients(
        "Sisi, whom Ankara accuses of plotting the killing of the reporter Lina Haddad, said "
        "nothing.",
        "accuses",
    )
    assert got == [("EGY", "GOV")]


def test_fighting_alongside_a_party_is_military_cooperation() -> None:
    doc = tidings.extract("Chadian rebels are fighting alongside Sudanese troops in Darfur.")
    assert [(e.type, e.cameo) for e in doc.events] == [("COOPERATE", "062")]
    got = types("Chadian rebels fought alongside Sudanese troops against the Libyan militia.")
    assert ("ASSAULT", "fought") in got


def test_should_have_is_a_reproach_not_a_demand() -> None:
    got = types("The Malian opposition said the junta should have acted sooner.")
    assert ("ACCUSE", "said") in got and ("REQUEST", "said") not in got
    assert ("REQUEST", "said") in types("The Malian opposition said the junta should act now.")
    assert not types("The Malian opposition said the junta must have known about the plot.")
