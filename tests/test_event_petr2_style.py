"""Event codes and parties on short invented sentences of the kinds news agencies write (CAMEO
roots as PETRARCH-style coders expect them, PLOVER types as the manual says)."""

from __future__ import annotations

from spacy.language import Language

import tidings
from test_events import events_of, one

PARTIES = {"Ruritania": "RUR", "Freedonia": "FRE", "Carpathia": "CRP"}


def test_arrest_warrant_for_people_is_an_arrest_threat_aimed_at_them(nlp: Language) -> None:
    text = "A court in Freedonia has issued arrest warrants for four Ruritanian smugglers."
    events = events_of(nlp, text, {"court": "FRE", "Ruritanian smugglers": "RUR"})
    e = one(events, "THREATEN")  # PLOVER: an arrest in absentia is a threat
    assert e.cameo == "173"  # CAMEO: an arrest
    assert e.actors == ("court",) and e.recipients == ("Ruritanian smugglers",)


def test_blown_up_by_a_missile_is_military_force(nlp: Language) -> None:
    text = "The Freedonian cargo plane was blown up over the desert by a guided missile."
    e = one(events_of(nlp, text, {"Freedonian cargo plane": "FRE"}), "ASSAULT")
    assert e.cameo.startswith("19")
    text = "Ruritanian rebels blew up a railway bridge in Freedonia."
    e = one(events_of(nlp, text, {"Ruritanian rebels": "RUR", "Freedonia": "FRE"}), "ASSAULT")
    assert e.cameo == "183"


def test_passive_release_takes_its_actor_from_the_by_agent(nlp: Language) -> None:
    text = "The students jailed for protesting against Carpathia were freed on Sunday by Ruritania."
    actors = {"students": None, "Carpathia": "CRP", "Ruritania": "RUR"}
    events = events_of(nlp, text, actors)  # type: ignore[arg-type]
    e = one(events, "RETREAT")
    assert e.actors == ("Ruritania",) and e.recipients == ("students",)


def test_what_someone_was_jailed_for_is_not_the_jailing_target(nlp: Language) -> None:
    text = "Ruritanian police detained the bloggers for writing against Carpathia."
    events = events_of(nlp, text, {"Ruritanian police": "RUR", "Carpathia": "CRP"})
    e = one(events, "COERCE")
    assert "Carpathia" not in e.recipients


def test_party_without_country_is_coded_as_the_body_it_comes_from(nlp: Language) -> None:
    text = "Ruritanian students welcomed ministers from the Freedonian cabinet."
    actors = {"Ruritanian students": "RUR", "ministers": None, "Freedonian cabinet": "FRE"}
    events = events_of(nlp, text, actors)  # type: ignore[arg-type]
    e = one(events, "CONSULT")
    assert e.recipients == ("Freedonian cabinet",)


def test_drawing_someone_into_a_firefight_is_directed(nlp: Language) -> None:
    text = "Ruritanian militias engaged Freedonian border guards in a firefight on Sunday."
    actors = {"Ruritanian militias": "RUR", "Freedonian border guards": "FRE"}
    e = one(events_of(nlp, text, actors), "ASSAULT")
    assert e.actors == ("Ruritanian militias",) and e.recipients == ("Freedonian border guards",)


def test_a_firefight_between_two_sides_stays_reciprocal(nlp: Language) -> None:
    text = "Ruritanian militias and Freedonian border guards fought a gunbattle on Sunday."
    actors = {"Ruritanian militias": "RUR", "Freedonian border guards": "FRE"}
    e = one(events_of(nlp, text, actors), "ASSAULT")
    assert set(e.actors) == set(actors) and e.recipients == ()


def test_travel_warnings_reduce_relations_with_the_country(nlp: Language) -> None:
    actors = {"Ruritania": "RUR", "Freedonia": "FRE"}
    for text in (
        "Ruritania has advised against travel to Freedonia after the riots.",
        "Ruritania warned its citizens against trips to Freedonia.",
        "Ruritania issued a travel warning for Freedonia on Friday.",
    ):
        e = one(events_of(nlp, text, actors), "SANCTION")
        assert e.cameo == "160", text
        assert e.actors == ("Ruritania",) and e.recipients == ("Freedonia",), text


def test_refused_permission_is_aimed_at_whom_it_was_refused(nlp: Language) -> None:
    text = "Ruritania would not give permission to Freedonia to help Carpathia, its minister said."
    events = events_of(nlp, text, PARTIES)
    e = one(events, "REJECT")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonia",)
    assert not [x for x in events if "Carpathia" in x.recipients]


def test_granted_permission_is_a_concession(nlp: Language) -> None:
    text = "Ruritania granted permission to Freedonia to fly over its territory."
    e = one(events_of(nlp, text, PARTIES), "CONCEDE")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonia",)


def test_seeking_to_deepen_a_partnership_is_a_shared_intent_to_cooperate(nlp: Language) -> None:
    text = "Ruritania and Freedonia hope to strengthen their fisheries partnership next year."
    e = one(events_of(nlp, text, PARTIES), "AGREE")
    assert e.cameo.startswith("03")
    assert set(e.actors) == {"Ruritania", "Freedonia"} and e.recipients == ()


def test_strengthening_a_blockade_is_the_blockade(nlp: Language) -> None:
    text = "Ruritania strengthened its naval blockade of Freedonia on Tuesday."
    e = one(events_of(nlp, text, PARTIES), "COERCE")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonia",)


def test_inspecting_sites_is_an_investigation_of_the_country(nlp: Language) -> None:
    text = "Ruritanian inspectors plan to re-examine several chemical plants located in Freedonia."
    e = one(events_of(nlp, text, {"Ruritanian inspectors": "RUR", "Freedonia": "FRE"}), "ACCUSE")
    assert e.cameo == "090" and e.recipients == ("Freedonia",)
    assert not events_of(nlp, "Ruritanian experts will examine the proposal.", PARTIES)


def test_government_forces_are_a_party(nlp: Language) -> None:
    from test_actors import actors, coded

    got = coded(actors(nlp, "Government forces shelled the rebel town overnight."))
    assert got.get("Government forces", (None, None))[1] == "MIL"


def test_a_place_held_by_a_party_without_country_is_coded_by_whose_place_it_is(
    nlp: Language,
) -> None:
    text = "Ruritanian rebels shelled a government-held district of Freedonia's capital."
    actors = {"Ruritanian rebels": "RUR", "government": None, "Freedonia": "FRE"}
    e = one(events_of(nlp, text, actors), "ASSAULT")  # type: ignore[arg-type]
    assert e.recipients == ("Freedonia",)


def test_who_is_scheduled_or_forced_to_act_is_the_actor(nlp: Language) -> None:
    text = "Ruritania is scheduled to attend next month's drought summit hosted by Freedonia."
    e = one(events_of(nlp, text, PARTIES), "AGREE")  # PLOVER: a future meeting is AGREE
    assert e.cameo == "036" and e.actors == ("Ruritania",)
    text = "The Ruritanian minister was forced to resign by Freedonian pressure."
    events = events_of(nlp, text, {"Ruritanian minister": "RUR", "Freedonian": "FRE"})
    assert one(events, "RETREAT").actors == ("Ruritanian minister",)


def test_who_receives_aid_is_not_its_giver(nlp: Language) -> None:
    events = events_of(nlp, "Ruritania received military aid on Monday.", PARTIES)
    assert not [e for e in events if "Ruritania" in e.actors]
    text = "Ruritania received military aid from Freedonia on Monday."
    e = one(events_of(nlp, text, PARTIES), "AID")
    assert e.actors == ("Freedonia",) and e.recipients == ("Ruritania",)


def test_inspecting_wreckage_is_no_investigation(nlp: Language) -> None:
    text = "A Ruritanian farmer inspects the wreckage of a barn after a storm in Freedonia."
    assert not [e for e in events_of(nlp, text, PARTIES) if e.cameo == "090"]


def test_relative_clause_describing_a_party_is_background(nlp: Language) -> None:
    text = (
        "The Freedonian navy shelled a Ruritanian radar post near the coast, the defence ministry"
        " said on Friday, widening its operation against the separatist army that has occupied"
        " parts of Carpathia."
    )
    actors = {"Freedonian navy": "FRE", "Ruritanian radar post": "RUR", "separatist army": "RUR"}
    events = events_of(nlp, text, {**actors, "Carpathia": "CRP"})
    assert [e.type for e in events] == ["ASSAULT"]  # not the occupation told about the army


def test_the_accused_is_who_did_the_alleged_act_not_its_victim(nlp: Language) -> None:
    text = "Freedonia alleged that Carpathian gunboats had shelled Ruritania."
    actors = {"Freedonia": "FRE", "Carpathian gunboats": "CRP", "Ruritania": "RUR"}
    e = one(events_of(nlp, text, actors), "ACCUSE")
    assert e.recipients == ("Carpathian gunboats",)
    text = "Freedonia claimed that they had shelled Ruritania."  # whoever "they" are
    e = one(events_of(nlp, text, {"Freedonia": "FRE", "Ruritania": "RUR"}), "ACCUSE")
    assert "Ruritania" not in e.recipients


def test_pressure_from_a_party_is_its_demand_not_the_act_pressed_for(nlp: Language) -> None:
    text = "The Freedonian premier faces pressure from Ruritania to send aid to Carpathia."
    actors = {"Freedonian premier": "FRE", "Ruritania": "RUR", "Carpathia": "CRP"}
    events = events_of(nlp, text, actors)
    e = one(events, "REQUEST")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonian premier",)
    assert "AID" not in [x.type for x in events]  # what is pressed for has not happened


def test_damage_or_beating_by_protesters_is_a_riot(nlp: Language) -> None:
    text = "The Ruritanian consulate was torched by Freedonian protesters on Sunday."
    actors = {"Ruritanian consulate": "RUR", "Freedonian protesters": "FRE"}
    e = one(events_of(nlp, text, actors), "PROTEST")
    assert (e.cameo, e.mode) == ("145", "riot")
    assert e.actors == ("Freedonian protesters",) and e.recipients == ("Ruritanian consulate",)
    text = "Freedonian police beat the demonstrators outside the Ruritanian consulate."
    actors = {"Freedonian police": "FRE", "demonstrators": "FRE"}
    e = one(events_of(nlp, text, actors), "ASSAULT")  # no riot: the police beat them
    assert e.actors == ("Freedonian police",) and e.mode == "beat"


def test_forces_clashing_with_protesters_repress_and_the_protesters_riot() -> None:
    text = "Peruvian riot police clashed with stone-throwing demonstrators outside a mine in Cusco."
    doc = tidings.extract(text, published="2021-03-10")
    who = {a.id: (a.country, a.sector) for a in doc.actors}
    kinds = {e.type: e for e in doc.events}
    repress, riot = kinds["ASSAULT"], kinds["PROTEST"]
    assert repress.cameo == "175" and "repression" in repress.context
    assert [who[a] for a in repress.actors] == [("PER", "COP")]
    assert [who[a][1] for a in repress.recipients] == ["CVL"]
    assert (riot.cameo, riot.mode) == ("145", "riot") and riot.actors == repress.recipients
    text = "Peruvian troops clashed with Bolivian troops on the border."
    assert [e.type for e in tidings.extract(text).events] == ["ASSAULT"]  # no protesters


def test_a_party_telling_of_an_attack_on_it_accuses_the_attacker() -> None:
    doc = tidings.extract("Chile said its coast was shelled overnight by Peruvian gunboats.")
    country = {a.id: a.country for a in doc.actors}
    kinds = {e.type: e for e in doc.events}
    accuse = kinds["ACCUSE"]
    assert [country[a] for a in accuse.actors] == ["CHL"]
    assert [country[a] for a in accuse.recipients] == ["PER"]
    assert [country[a] for a in kinds["ASSAULT"].actors] == ["PER"]  # the attack stays
    doc = tidings.extract("Chile said Peruvian gunboats had shelled a Bolivian ship overnight.")
    assert [e.type for e in doc.events] == ["ASSAULT"]  # a report, not an accusation
    doc = tidings.extract("Chile said Peruvian gunboats might shell its coast.")
    assert "ACCUSE" not in [e.type for e in doc.events]  # no attack has happened


def test_security_forces_shooting_at_protesters_is_repression() -> None:
    doc = tidings.extract("Bolivian police fired rubber bullets at demonstrators in La Paz.")
    e = next(e for e in doc.events if e.type == "ASSAULT")
    assert e.cameo == "175" and "repression" in e.context  # CAMEO: violent repression
    doc = tidings.extract("Bolivian police fired rubber bullets at Peruvian smugglers.")
    assert next(e for e in doc.events if e.type == "ASSAULT").cameo != "175"


def test_what_a_background_clause_holds_is_background_too(nlp: Language) -> None:
    text = (
        "Freedonia recalled its envoy from Ruritania, which had urged Carpathia to send troops"
        " to the border."
    )
    events = events_of(nlp, text, {"Freedonia": "FRE", "Ruritania": "RUR", "Carpathia": "CRP"})
    assert "MOBILIZE" not in [e.type for e in events]  # what was urged did not happen


def test_a_clause_on_a_time_or_place_is_not_background(nlp: Language) -> None:
    text = "Talks resumed in 2019, when Freedonia refused to recognise Ruritania."
    events = events_of(nlp, text, {"Freedonia": "FRE", "Ruritania": "RUR"})
    e = one(events, "REJECT")
    assert e.actors == ("Freedonia",) and e.recipients == ("Ruritania",)
    assert "SUPPORT" not in [x.type for x in events]


def test_pressure_on_prices_or_resources_is_no_demand(nlp: Language) -> None:
    text = "Freedonian refugees are putting pressure on water supplies in Ruritania."
    events = events_of(nlp, text, {"Freedonian refugees": "FRE", "Ruritania": "RUR"})
    assert "REQUEST" not in [e.type for e in events]
    text = "Freedonia stepped up pressure on Ruritania over the dam."
    e = one(events_of(nlp, text, PARTIES), "REQUEST")
    assert e.actors == ("Freedonia",) and e.recipients == ("Ruritania",)


def test_passive_whose_subject_names_the_target(nlp: Language) -> None:
    text = "Sanctions against Ruritania were imposed by Freedonia on Monday."
    e = one(events_of(nlp, text, PARTIES), "SANCTION")
    assert e.actors == ("Freedonia",) and e.recipients == ("Ruritania",)


def test_a_promise_or_threat_is_coded_by_what_it_promises(nlp: Language) -> None:
    text = "Freedonia threatened to shell Ruritanian border towns."
    actors = {"Freedonia": "FRE", "Ruritanian border towns": "RUR"}
    e = one(events_of(nlp, text, actors), "THREATEN")
    assert (e.cameo, e.mode) == ("138", "violence")  # CAMEO: threaten military force
    text = "Freedonia agreed to lift its trade sanctions against Ruritania."
    assert one(events_of(nlp, text, PARTIES), "AGREE").cameo == "0354"  # intent to ease sanctions
    text = "Freedonia vowed to ask Ruritania to withdraw its troops."  # not the nested act
    assert one(events_of(nlp, text, PARTIES), "AGREE").cameo == "030"


def test_an_offer_to_mediate_between_two_parties_is_aimed_at_both(nlp: Language) -> None:
    text = "Freedonia offered to mediate between Ruritania and Carpathia on Friday."
    events = events_of(nlp, text, {"Freedonia": "FRE", "Ruritania": "RUR", "Carpathia": "CRP"})
    e = one(events, "AGREE")
    assert e.cameo == "039" and e.recipients == ("Ruritania", "Carpathia")


def test_seizing_people_is_abducting_them(nlp: Language) -> None:
    text = "Ruritanian gunmen seized three Freedonian engineers near the dam."
    actors = {"Ruritanian gunmen": "RUR", "Freedonian engineers": "FRE"}
    e = one(events_of(nlp, text, actors), "ASSAULT")
    assert (e.cameo, e.mode) == ("181", "abduct")
    text = "Ruritanian customs seized a Freedonian cargo of rifles."
    actors = {"Ruritanian customs": "RUR", "Freedonian cargo": "FRE"}
    assert one(events_of(nlp, text, actors), "COERCE").cameo == "171"


def test_pressure_from_a_party_is_that_partys_demand(nlp: Language) -> None:
    text = "Any deal will be slowed by pressure from Ruritania over the disputed border posts."
    e = one(events_of(nlp, text, PARTIES), "REQUEST")
    assert e.actors == ("Ruritania",)


def test_allowing_a_thing_to_happen_is_no_concession(nlp: Language) -> None:
    text = "Ruritania said its old radar could allow key data to be missed."
    assert not [e for e in events_of(nlp, text, PARTIES) if e.type == "CONCEDE"]
    text = "Ruritania allowed Freedonia to use its ports."
    e = one(events_of(nlp, text, PARTIES), "CONCEDE")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonia",)
