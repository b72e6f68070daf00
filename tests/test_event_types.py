"""Event types (issue 3): which trigger words are events and what type and code they get, on short
invented texts."""

from __future__ import annotations

from spacy.language import Language

from test_events import analysis_for, events_of
from tidings.events.lexicon import cues
from tidings.events.triggers import find_triggers

PARTIES = {"Ruritania": "RUR", "Freedonia": "FRE"}


def types(events: list) -> list[str]:
    return sorted(e.type for e in events)


def triggers_of(nlp: Language, text: str, actors: dict[str, str]) -> list[tuple[str, str]]:
    """(trigger word, PLOVER type) of the triggers that may be events, before parties are found."""
    analysis = analysis_for(nlp, text, actors)
    sent = next(iter(analysis.doc.sents))
    return [(t.token.text, t.entry.type) for t in find_triggers(sent, analysis.actors, cues())]


def test_word_inside_an_actor_name_is_no_trigger(nlp: Language) -> None:
    text = "The Ceasefire Monitoring Group praised Freedonia on Monday."
    events = events_of(nlp, text, {"Ceasefire Monitoring Group": "RUR", "Freedonia": "FRE"})
    assert types(events) == ["SUPPORT"]


def test_postponed_protest_is_no_protest(nlp: Language) -> None:
    text = "Ruritanian activists postponed the demonstration against Freedonia."
    events = events_of(nlp, text, {"Ruritanian activists": "RUR", "Freedonia": "FRE"})
    assert "PROTEST" not in types(events)


def test_background_clause_is_no_event(nlp: Language) -> None:
    text = "The president of Freedonia resigned on Sunday as Ruritania threatened to invade."
    events = events_of(nlp, text, {"president of Freedonia": "FRE", "Ruritania": "RUR"})
    assert types(events) == ["RETREAT"]


def test_purpose_of_another_type_is_no_event(nlp: Language) -> None:
    text = "Freedonia arrested a Ruritanian engineer for collaborating with Ruritania."
    events = events_of(nlp, text, {"Freedonia": "FRE", "Ruritanian engineer": "RUR"})
    assert types(events) == ["COERCE"]


def test_coordinated_acts_stay_two_events(nlp: Language) -> None:
    text = "Freedonia rejected the plan of Ruritania and said Freedonia opposed any sanctions."
    assert triggers_of(nlp, text, PARTIES) == [("rejected", "REJECT"), ("opposed", "REJECT")]


def test_nested_means_gives_the_code(nlp: Language) -> None:
    text = "Ruritanian troops killed five Freedonian soldiers in an air strike."
    events = events_of(nlp, text, {"Ruritanian troops": "RUR", "Freedonian soldiers": "FRE"})
    assault = [e for e in events if e.type == "ASSAULT"]
    assert len(assault) == 1
    assert assault[0].cameo == "195" and assault[0].mode == "aerial"


def test_met_demands_are_no_meeting(nlp: Language) -> None:
    text = "Freedonia said the demands of Ruritania were met last week."
    events = events_of(nlp, text, PARTIES)
    assert "CONSULT" not in types(events)


def test_insisting_is_a_statement_insisting_on_is_a_demand(nlp: Language) -> None:
    assert triggers_of(nlp, "Freedonia insisted the talks with Ruritania went well.", PARTIES) == [
        ("talks", "CONSULT")
    ]
    text = "Freedonia insisted on the release of its citizens by Ruritania."
    assert ("insisted", "REQUEST") in triggers_of(nlp, text, PARTIES)


def test_lexicon_readings(nlp: Language) -> None:
    cases = {
        "Freedonia allowed the opposition to hold a congress.": ("allowed", "CONCEDE"),
        "Freedonia withdrew its inspectors from Ruritania.": ("withdrew", "SANCTION"),
        "Freedonia expelled two diplomats of Ruritania.": ("expelled", "SANCTION"),
        "Freedonia expelled hundreds of migrants.": ("expelled", "COERCE"),
        "Dock workers in Freedonia stopped work on Monday.": ("stopped", "PROTEST"),
        "Rebels in Freedonia exploded a bomb near the court.": ("exploded", "ASSAULT"),
        "Freedonia violated the ceasefire with Ruritania.": ("violated", "ASSAULT"),
        "Freedonia suspended part of its aid program for Ruritania.": ("suspended", "SANCTION"),
        "Freedonia launched a mediation effort between two rivals.": ("mediation", "CONSULT"),
        "Freedonia placed the opposition leader under arrest.": ("arrest", "COERCE"),
    }
    for text, expected in cases.items():
        assert expected in triggers_of(nlp, text, PARTIES), text


def test_labour_strike_is_a_protest(nlp: Language) -> None:
    text = "Dock workers in Freedonia began an open-ended strike at dawn."
    assert triggers_of(nlp, text, PARTIES) == [("strike", "PROTEST")]


def test_justifying_saying_clause_is_no_event(nlp: Language) -> None:
    text = "Freedonia refused to meet Ruritania, saying it would only host talks in its capital."
    assert triggers_of(nlp, text, PARTIES) == [("refused", "REJECT"), ("meet", "CONSULT")]


def test_clause_of_a_demand_noun_is_what_is_demanded(nlp: Language) -> None:
    text = "Freedonia repeated its demand that Ruritania release the prisoners."
    assert triggers_of(nlp, text, PARTIES) == [("demand", "REQUEST")]


def test_saying_one_will_not_act_is_a_refusal(nlp: Language) -> None:
    text = "Freedonia will not send aid to Ruritania, its president said."
    events = events_of(nlp, text, PARTIES)
    assert [(e.type, e.cameo, e.negated) for e in events] == [("REJECT", "121", False)]
    assert events[0].modality == "asserted"  # the refusal is made now, not in the future


def test_declining_to_comment_is_no_rejection(nlp: Language) -> None:
    assert triggers_of(nlp, "Freedonia declined to comment on the report.", PARTIES) == []
    text = "Freedonia refused to comment on the talks with Ruritania."
    assert ("refused", "REJECT") not in triggers_of(nlp, text, PARTIES)
    text = "Freedonia declined to attend the summit in Ruritania."
    assert ("declined", "REJECT") in triggers_of(nlp, text, PARTIES)


def test_strike_readings(nlp: Language) -> None:
    text = "Thousands of civil servants in Freedonia were on strike on Friday."
    assert triggers_of(nlp, text, PARTIES) == [("strike", "PROTEST")]
    text = "Ruritania launched a missile strike on Freedonia."
    assert ("strike", "ASSAULT") in triggers_of(nlp, text, PARTIES)


def test_economic_demand_is_no_request(nlp: Language) -> None:
    text = "Weak consumer demand hurt exports from Freedonia to Ruritania."
    assert triggers_of(nlp, text, PARTIES) == []


def test_complement_noun_deep_in_a_promise_is_background(nlp: Language) -> None:
    text = "Freedonia agreed to interviews about the offensive against Ruritania."
    assert triggers_of(nlp, text, PARTIES) == [("agreed", "AGREE")]


def test_participle_describing_a_noun_is_background(nlp: Language) -> None:
    text = "Freedonia released the mayor, a Ruritanian blogger jailed in March."
    assert triggers_of(nlp, text, PARTIES) == [("released", "RETREAT")]


def test_opened_border_is_access(nlp: Language) -> None:
    text = "Freedonia opened its border to refugees from Ruritania."
    assert triggers_of(nlp, text, PARTIES) == [("opened", "RETREAT")]


def test_natural_causes_are_no_assault(nlp: Language) -> None:
    assert triggers_of(nlp, "Floods killed twelve people in Freedonia.", PARTIES) == []
    text = "Two Ruritanian diplomats were killed in a crash in Freedonia."
    assert triggers_of(nlp, text, PARTIES) == []
    text = "Ruritanian troops killed twelve people in Freedonia."
    assert triggers_of(nlp, text, PARTIES) == [("killed", "ASSAULT")]
    text = "Rescuers searched for passengers killed by the ferry accident off Freedonia."
    assert ("killed", "ASSAULT") not in triggers_of(nlp, text, PARTIES)


def test_ordered_strikes_are_the_strikes(nlp: Language) -> None:
    text = "Freedonia ordered missile strikes on an airbase in Ruritania."
    assert triggers_of(nlp, text, PARTIES) == [("strikes", "ASSAULT")]


def test_warnings(nlp: Language) -> None:
    text = "Freedonia warned that the economy of Ruritania would slow."
    assert events_of(nlp, text, PARTIES) == []
    assert triggers_of(nlp, "Freedonia warned Ruritania on Monday.", PARTIES) == [
        ("warned", "THREATEN")
    ]
    text = "Freedonia warned that Freedonia would impose sanctions on Ruritania."
    assert "THREATEN" in types(events_of(nlp, text, PARTIES))


def test_attacking_a_policy_is_verbal(nlp: Language) -> None:
    text = "Freedonia attacked the trade policy of Ruritania."
    assert triggers_of(nlp, text, PARTIES) == [("attacked", "ACCUSE")]


def test_opened_fire_is_an_assault(nlp: Language) -> None:
    text = "Freedonian police opened fire on Ruritanian protesters."
    assert triggers_of(nlp, text, PARTIES) == [("fire", "ASSAULT")]


def test_struck_pact_and_repeated_calls(nlp: Language) -> None:
    text = "Freedonia struck a trade pact with Ruritania."
    assert triggers_of(nlp, text, PARTIES) == [("struck", "AGREE")]
    text = "Freedonia repeated calls for Ruritania to apologise."
    assert ("calls", "REQUEST") in triggers_of(nlp, text, PARTIES)


def test_compound_on_a_light_noun(nlp: Language) -> None:
    text = "Freedonia began a bombing campaign against Ruritania."
    assert triggers_of(nlp, text, PARTIES) == [("campaign", "ASSAULT")]
    text = "Freedonia foiled an assassination attempt on the president of Ruritania."
    assert ("assassination", "ASSAULT") in triggers_of(nlp, text, PARTIES)


def test_fighting_poverty_is_no_assault(nlp: Language) -> None:
    assert triggers_of(nlp, "Freedonia pledged to fight poverty in Ruritania.", PARTIES) == [
        ("pledged", "AGREE")
    ]


def test_effect_of_an_event_noun_is_no_event(nlp: Language) -> None:
    text = "Sanctions by Freedonia hit the economy of Ruritania."
    assert triggers_of(nlp, text, PARTIES) == [("Sanctions", "SANCTION")]


def test_help_and_occupy_readings(nlp: Language) -> None:
    assert triggers_of(nlp, "Freedonia helped to raise awareness of the issue.", PARTIES) == []
    assert triggers_of(nlp, "Freedonia helped Ruritania after the floods.", PARTIES) == [
        ("helped", "AID")
    ]
    text = "The Freedonian candidate hopes to occupy the presidency of Ruritania."
    assert triggers_of(nlp, text, PARTIES) == []


def test_noun_readings(nlp: Language) -> None:
    cases = {
        "Freedonia issued an arrest warrant for a Ruritanian general.": ("warrant", "THREATEN"),
        "Freedonia expressed gratitude for the help of Ruritania.": ("gratitude", "SUPPORT"),
        "Freedonia presented evidence against Ruritania.": ("evidence", "ACCUSE"),
        "Protesters in Freedonia threw stones at the police.": ("threw", "PROTEST"),
    }
    for text, expected in cases.items():
        assert expected in triggers_of(nlp, text, PARTIES), text


def test_sports_readings(nlp: Language) -> None:
    assert triggers_of(nlp, "Freedonia beat Ruritania 2-1 in the final.", PARTIES) == []
    text = "Police in Freedonia beat protesters outside the embassy of Ruritania."
    assert triggers_of(nlp, text, PARTIES) == [("beat", "ASSAULT")]
    assert triggers_of(nlp, "Freedonia will defend its title against Ruritania.", PARTIES) == []
    assert triggers_of(nlp, "Freedonia strikes gold in the relay", PARTIES) == []
    text = "The coach of Freedonia backed Ruritania to win the cup."
    assert triggers_of(nlp, text, PARTIES) == []
    assert triggers_of(nlp, "Freedonia backed Ruritania in the dispute.", PARTIES) == [
        ("backed", "SUPPORT")
    ]


def test_speaking_with_an_accent_is_no_meeting(nlp: Language) -> None:
    text = "Speaking with a Freedonian accent, the envoy of Ruritania asked for water."
    assert ("Speaking", "CONSULT") not in triggers_of(nlp, text, PARTIES)


def test_plover_manual_conventions(nlp: Language) -> None:
    cases = {
        "Freedonia pardoned the opposition leader.": ("pardoned", "CONCEDE"),
        "Freedonia forgave the debt of Ruritania.": ("forgave", "AID"),
        "Freedonia captured three Ruritanian soldiers.": ("captured", "ASSAULT"),
        "Freedonia captured the town from Ruritania.": ("captured", "COERCE"),
        "Freedonia withdrew its demand for compensation.": ("withdrew", "CONCEDE"),
        "Freedonia and Ruritania held joint military exercises.": ("exercises", "COOPERATE"),
        "Freedonia held military exercises near the border.": ("exercises", "MOBILIZE"),
    }
    for text, expected in cases.items():
        assert expected in triggers_of(nlp, text, PARTIES), text


def test_release_noun_needs_people_or_property(nlp: Language) -> None:
    text = "The release of the prisoners by Ruritania came on Monday."
    assert ("release", "RETREAT") in triggers_of(nlp, text, PARTIES)
    text = "Freedonia criticised the release of the report by Ruritania."
    assert ("release", "RETREAT") not in triggers_of(nlp, text, PARTIES)


def test_counted_objects(nlp: Language) -> None:
    text = "Gunmen from Freedonia exploded a string of bombs in Ruritania."
    assert ("exploded", "ASSAULT") in triggers_of(nlp, text, PARTIES)


def test_criticism_and_pleas(nlp: Language) -> None:
    text = "Freedonia was attacked over its treatment of Ruritanian migrants."
    assert ("attacked", "ACCUSE") in triggers_of(nlp, text, PARTIES)
    text = "Freedonia begged Ruritania to reopen the border."
    assert ("begged", "REQUEST") in triggers_of(nlp, text, PARTIES)
    text = "Freedonia won a legal battle with Ruritania."
    assert triggers_of(nlp, text, PARTIES) == []


def test_wanting_someone_else_to_act_is_asking(nlp: Language) -> None:
    text = "Freedonia wants Ruritania to withdraw the new rules."
    assert triggers_of(nlp, text, PARTIES)[0] == ("wants", "REQUEST")
    assert events_of(nlp, "Freedonia wants to attack Ruritania.", PARTIES)[0].type == "THREATEN"


def test_legal_appeal_is_no_request(nlp: Language) -> None:
    assert triggers_of(nlp, "Freedonia will appeal against the ruling.", PARTIES) == []
    text = "Freedonia appealed to Ruritania for calm."
    assert triggers_of(nlp, text, PARTIES) == [("appealed", "REQUEST")]


def test_should_of_a_thing_is_no_demand(nlp: Language) -> None:
    text = "Freedonia said the rule of law should not be a game."
    assert triggers_of(nlp, text, PARTIES) == []
    text = "Freedonia said Ruritania must return the prisoners."
    assert ("said", "REQUEST") in triggers_of(nlp, text, PARTIES)


def test_met_with_criticism_is_no_meeting(nlp: Language) -> None:
    text = "The plan of Freedonia met with criticism from Ruritania."
    assert ("met", "CONSULT") not in triggers_of(nlp, text, PARTIES)
    assert triggers_of(nlp, "Freedonia met with Ruritania on Monday.", PARTIES) == [
        ("met", "CONSULT")
    ]


def test_speaking_to_the_press_is_no_consultation(nlp: Language) -> None:
    assert triggers_of(nlp, "Freedonia's minister spoke to reporters in Ruritania.", PARTIES) == []
    assert triggers_of(nlp, "Freedonia talked with Ruritania about trade.", PARTIES) == [
        ("talked", "CONSULT")
    ]
    assert triggers_of(nlp, "Freedonia talked about the trade with Ruritania.", PARTIES) == []


def test_rallying_voters_is_no_protest(nlp: Language) -> None:
    assert triggers_of(nlp, "The Freedonian chancellor rallied Labour voters.", PARTIES) == []


def test_not_discussing_a_topic_is_no_refusal(nlp: Language) -> None:
    text = "Freedonia will not discuss individual cases."
    assert ("discuss", "REJECT") not in triggers_of(nlp, text, PARTIES)
    text = "Freedonia will not negotiate with Ruritania."
    assert ("negotiate", "REJECT") in triggers_of(nlp, text, PARTIES)


def test_campaign_language(nlp: Language) -> None:
    assert triggers_of(nlp, "Freedonia called Ruritania a rogue state.", PARTIES) == []
    assert triggers_of(nlp, "Freedonia called Ruritania on Monday.", PARTIES) == [
        ("called", "CONSULT")
    ]
    text = "Freedonia accepted millions of dollars from Ruritania."
    assert triggers_of(nlp, text, PARTIES) == []
    text = "The Freedonian candidate seized on emails from Ruritania."
    assert triggers_of(nlp, text, PARTIES) == []


def test_verbal_attacks(nlp: Language) -> None:
    text = "Freedonia hit out at Ruritania on Monday."
    assert ("hit", "ACCUSE") in triggers_of(nlp, text, PARTIES)
    text = "Freedonia launched a scathing attack on the president of Ruritania."
    assert triggers_of(nlp, text, PARTIES) == [("attack", "ACCUSE")]


def test_ordered_withdrawal_and_refused_negotiation(nlp: Language) -> None:
    text = "Freedonia ordered the withdrawal of its troops from Ruritania."
    assert triggers_of(nlp, text, PARTIES) == [("withdrawal", "RETREAT")]
    text = "Freedonia would not negotiate under blackmail from Ruritania."
    assert ("negotiate", "REJECT") in triggers_of(nlp, text, PARTIES)


def test_not_prepared_to_fight_is_negated(nlp: Language) -> None:
    text = "Freedonia was not prepared to attack Ruritania."
    assert "THREATEN" not in types(events_of(nlp, text, PARTIES))


def test_a_purpose_shares_the_negation_of_its_act() -> None:
    import tidings

    text = "Chile said it would not give permission to Peru to help Bolivia."
    events = tidings.extract(text, published="2020-01-06").events
    assert not [e for e in events if e.type == "AID" and not e.negated]


def test_offering_goods_or_prices_is_commerce_not_a_promise(nlp: Language) -> None:
    text = "Ruritania offered cheaper train tickets to Freedonia."
    assert "AGREE" not in types(events_of(nlp, text, PARTIES))
    text = "Ruritania turned down a takeover offer from Freedonia."
    assert "AGREE" not in types(events_of(nlp, text, PARTIES))
    text = "Ruritania offered military support to Freedonia."
    assert "AGREE" in types(events_of(nlp, text, PARTIES))


def test_helping_a_party_do_something_is_aid(nlp: Language) -> None:
    text = "Freedonia helped Ruritania rebuild its bridges."
    assert types(events_of(nlp, text, PARTIES)) == ["AID"]
    text = "Freedonia helped prices fall."
    assert "AID" not in types(events_of(nlp, text, PARTIES))


def test_a_promise_told_in_a_relative_clause_on_what_it_promises(nlp: Language) -> None:
    text = "The aid Ruritania pledged to Freedonia reached the border on Monday."
    events = events_of(nlp, text, PARTIES)
    assert [(e.type, e.cameo, e.actors, e.recipients) for e in events] == [
        ("AGREE", "033", ("Ruritania",), ("Freedonia",))
    ]
    text = "Ruritania and Freedonia held a call during which they agreed to trade."
    assert "CONSULT" in types(events_of(nlp, text, PARTIES))


def test_figurative_meeting_shelling_and_calling_are_no_events(nlp: Language) -> None:
    text = "Ruritania said the budget would meet the priorities of Freedonia."
    assert "CONSULT" not in types(events_of(nlp, text, PARTIES))
    text = "Ruritania bombarded Freedonia with questions about the loan."
    assert "ASSAULT" not in types(events_of(nlp, text, PARTIES))
    text = "Ruritania and Freedonia are telephoning thousands of voters."
    assert "CONSULT" not in types(events_of(nlp, text, PARTIES))
    text = "Ruritania telephoned Freedonia on Monday."
    assert "CONSULT" in types(events_of(nlp, text, PARTIES))


def test_a_struggle_or_a_session_is_no_fight_or_consultation(nlp: Language) -> None:
    text = "Ruritania battled to recover from the slump."
    assert "ASSAULT" not in types(events_of(nlp, text, PARTIES))
    text = "The Ruritanian cabinet faces a battle in parliament over the levy."
    assert "ASSAULT" not in types(events_of(nlp, text, {"Ruritanian cabinet": "RUR"}))
    text = "Ruritania held its annual general meeting with Freedonia's delegates."
    assert "CONSULT" not in types(events_of(nlp, text, PARTIES))


def test_a_feared_or_averted_attack_is_no_attack_but_a_failed_prevention_is(nlp: Language) -> None:
    text = "Freedonia fears an attack by Ruritania."
    assert "ASSAULT" not in types(events_of(nlp, text, PARTIES))
    text = "Freedonia averted an attack by Ruritania."
    assert "ASSAULT" not in types(events_of(nlp, text, PARTIES))
    text = "Freedonia failed to prevent an attack by Ruritania on its border posts."
    assert "ASSAULT" in types(events_of(nlp, text, PARTIES))
    text = "The pullout leaves Freedonia exposed to a potential attack by Ruritania."
    assert [e.modality for e in events_of(nlp, text, PARTIES) if e.type == "ASSAULT"] == [
        "hypothetical"
    ]


def test_contests_market_forces_and_thrown_out_bills(nlp: Language) -> None:
    text = "Freedonia has been hit by rising fuel costs."
    assert "ASSAULT" not in types(events_of(nlp, text, PARTIES))
    text = "Freedonia battled to second place behind Ruritania."
    assert "ASSAULT" not in types(events_of(nlp, text, PARTIES))
    text = "Freedonia threw out the bill from Ruritania."
    assert types(events_of(nlp, text, PARTIES)) == ["REJECT"]


def test_hosting_a_show_or_negotiating_a_way_is_no_consultation(nlp: Language) -> None:
    text = "Freedonia will host the awards ceremony, Ruritania said."
    assert "CONSULT" not in types(events_of(nlp, text, PARTIES))
    text = "Freedonia must negotiate its way through a hard draw against Ruritania."
    assert not {"CONSULT", "AGREE"} & set(types(events_of(nlp, text, PARTIES)))
