"""Events on short texts, with hand-built actor tables (one mention per listed name)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tidings.actors.table import ActorMention, ActorTable
from tidings.analysis import Analysis
from tidings.events.extract import find_events
from tidings.layout import find_blocks
from tidings.models import Actor, Article, Event, Place, Quote, Span, Timex

PUBLISHED = date(2021, 3, 10)


def analysis_for(
    nlp: Language,
    text: str,
    actors: dict[str, str],
    *,
    timexes: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    places: list[tuple[str, str]] = (),  # type: ignore[assignment]
    quotes: list[str] = (),  # type: ignore[assignment]
) -> Analysis:
    """An analysis of ``text`` whose actor table has one actor per name in ``actors`` (name ->
    country), each mentioned wherever the name occurs; timexes as (text, value, granularity)."""
    doc = nlp(text)
    mentions: list[ActorMention] = []
    table_actors: list[Actor] = []
    for name, country in actors.items():
        actor_id = name
        table_actors.append(Actor(id=actor_id, name=name, country=country, kind="country"))
        start = 0
        while (pos := text.find(name, start)) >= 0:
            span = doc.char_span(pos, pos + len(name), alignment_mode="expand")
            assert span is not None
            mentions.append(ActorMention(span.start, span.end, span.root.i, (actor_id,)))
            start = pos + len(name)
    mentions.sort(key=lambda m: m.start)
    analysis = Analysis(
        article=Article(id="t", text=text),
        doc=doc,
        published=PUBLISHED,
        blocks=find_blocks(text),
    )
    analysis.actors = ActorTable(actors=table_actors, mentions=mentions)
    for t_text, value, gran in timexes:
        pos = text.index(t_text)
        analysis.timexes.append(
            Timex(start=pos, end=pos + len(t_text), text=t_text, value=value, granularity=gran)  # type: ignore[arg-type]
        )
    for p_text, country in places:
        pos = text.index(p_text)
        analysis.places.append(
            Place(start=pos, end=pos + len(p_text), text=p_text, name=p_text, country=country)
        )
    for n, q_text in enumerate(quotes, start=1):
        pos = text.index(q_text)
        analysis.quotes.append(
            Quote(
                id=f"q{n}",
                content=Span(start=pos, end=pos + len(q_text), text=q_text),
                kind="direct",
            )
        )
    return analysis


def events_of(nlp: Language, text: str, actors: dict[str, str], **kw: object) -> list[Event]:
    return find_events(analysis_for(nlp, text, actors, **kw))  # type: ignore[arg-type]


def one(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert found, f"no {kind} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def test_simple_attack_with_codes(nlp: Language) -> None:
    events = events_of(
        nlp, "Ruritania attacked Freedonia on Monday.", {"Ruritania": "RUR", "Freedonia": "FRE"}
    )
    e = one(events, "ASSAULT")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonia",)
    assert e.cameo == "190" and e.quad_class == 4 and e.goldstein == -10.0
    assert e.trigger.text == "attacked" and e.modality == "asserted" and not e.negated
    assert e.date is not None and e.date.value == "2021-03-10" and e.date.text is None


def test_compound_subject_reciprocal_meeting(nlp: Language) -> None:
    events = events_of(
        nlp,
        "Merkel and Macron met in Berlin on Tuesday to discuss trade.",
        {"Merkel": "DEU", "Macron": "FRA"},
        timexes=[("Tuesday", "2021-03-09", "day")],
        places=[("Berlin", "DEU")],
    )
    e = one(events, "CONSULT")
    assert set(e.actors) == {"Merkel", "Macron"} and e.recipients == ()
    assert e.date is not None and e.date.value == "2021-03-09" and e.date.text == "Tuesday"
    assert e.location is not None and e.location.name == "Berlin"


def test_nominal_trigger_with_compound_actor_and_timex(nlp: Language) -> None:
    text = "Officials described a U.S. missile strike last month on Syria as a warning."
    events = events_of(
        nlp, text, {"U.S.": "USA", "Syria": "SYR"}, timexes=[("last month", "2021-02", "month")]
    )
    e = one(events, "ASSAULT")
    assert e.actors == ("U.S.",) and e.recipients == ("Syria",)
    assert e.trigger.text == "strike" and e.mode == "aerial"
    assert e.date is not None and e.date.value == "2021-02"


def test_light_verb_talks_with_recipient_pooled(nlp: Language) -> None:
    events = events_of(
        nlp,
        "Putin held talks with Erdogan in Ankara.",
        {"Putin": "RUS", "Erdogan": "TUR"},
        places=[("Ankara", "TUR")],
    )
    e = one(events, "CONSULT")
    assert set(e.actors) == {"Putin", "Erdogan"} and e.recipients == ()
    assert e.trigger.text == "talks"
    assert e.location is not None and e.location.name == "Ankara"


def test_passive_agent_is_actor(nlp: Language) -> None:
    events = events_of(
        nlp, "The village was attacked by Ruritanian troops.", {"Ruritanian troops": "RUR"}
    )
    e = one(events, "ASSAULT")
    assert e.actors == ("Ruritanian troops",)


def test_negation(nlp: Language) -> None:
    events = events_of(
        nlp, "Ruritania did not attack Freedonia.", {"Ruritania": "RUR", "Freedonia": "FRE"}
    )
    assert one(events, "ASSAULT").negated


def test_future_act_is_coded_as_the_intent(nlp: Language) -> None:
    events = events_of(
        nlp,
        "Ruritania will provide food aid to Freedonia.",
        {"Ruritania": "RUR", "Freedonia": "FRE"},
    )
    intent = one(events, "AGREE")
    assert intent.modality == "asserted" and intent.recipients == ("Freedonia",)
    assert intent.cameo.startswith("033")  # express intent to give material aid
    assert not [e for e in events if e.type == "AID"]


def test_plans_to_deploy_is_future(nlp: Language) -> None:
    events = events_of(
        nlp, "Ruritania plans to deploy troops near the border.", {"Ruritania": "RUR"}
    )
    assert one(events, "MOBILIZE").modality == "future"


def test_hypothetical(nlp: Language) -> None:
    events = events_of(
        nlp, "Ruritania could attack Freedonia next year.", {"Ruritania": "RUR", "Freedonia": "FRE"}
    )
    assert one(events, "ASSAULT").modality == "hypothetical"


def test_request_with_object_control_suppresses_content(nlp: Language) -> None:
    text = "The senators urged Congress to take action against Ruritania."
    events = events_of(nlp, text, {"senators": "USA", "Congress": "USA", "Ruritania": "RUR"})
    e = one(events, "REQUEST")
    assert e.actors == ("senators",) and e.recipients == ("Congress",)
    assert [x.type for x in events] == ["REQUEST"]


def test_alleged_attack_in_relative_claim(nlp: Language) -> None:
    text = "The strike answered a gas attack the government says was launched by Ruritanian forces."
    events = events_of(nlp, text, {"Ruritanian forces": "RUR", "government": "FRE"})
    e = one(events, "ASSAULT")
    assert e.actors == ("Ruritanian forces",) and e.modality == "alleged"
    assert e.trigger.text == "attack" and e.cameo == "204"


def test_reject_by_compound_subject(nlp: Language) -> None:
    events = events_of(
        nlp,
        "Ruritania and its Freedonian allies rejected the accusations.",
        {"Ruritania": "RUR", "Freedonian allies": "FRE"},
    )
    e = one(events, "REJECT")
    assert set(e.actors) == {"Ruritania", "Freedonian allies"}
    assert not [x for x in events if x.type == "ACCUSE"]  # "the accusations" has no actor


def test_accused_of_marks_embedded_event_alleged(nlp: Language) -> None:
    events = events_of(
        nlp,
        "Freedonia accused Ruritania of shelling the border town.",
        {"Freedonia": "FRE", "Ruritania": "RUR"},
    )
    accuse = one(events, "ACCUSE")
    assert accuse.actors == ("Freedonia",) and accuse.recipients == ("Ruritania",)
    shell = one(events, "ASSAULT")
    assert shell.actors == ("Ruritania",) and shell.modality == "alleged"


def test_historical_date(nlp: Language) -> None:
    events = events_of(
        nlp,
        "Ruritania invaded Freedonia in September 2015.",
        {"Ruritania": "RUR", "Freedonia": "FRE"},
        timexes=[("September 2015", "2015-09", "month")],
    )
    e = one(events, "ASSAULT")
    assert e.modality == "historical" and e.date is not None and e.date.value == "2015-09"


def test_no_event_without_actor_and_blocked_readings(nlp: Language) -> None:
    assert events_of(nlp, "The talks collapsed after an attack.", {"Ruritania": "RUR"}) == []
    assert events_of(nlp, "Ruritania met the deadline.", {"Ruritania": "RUR"}) == []


def test_quote_id_and_sentence_span(nlp: Language) -> None:
    text = 'Ruritania said: "We will never attack Freedonia."'
    events = events_of(
        nlp,
        text,
        {"Ruritania": "RUR", "Freedonia": "FRE", "We": "RUR"},
        quotes=["We will never attack Freedonia."],
    )
    e = one(events, "ASSAULT")
    assert e.quote == "q1" and e.negated
    assert text[e.trigger.start : e.trigger.end] == "attack"
    assert e.sentence.start == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ruritania imposed sanctions on Freedonia.", "SANCTION"),
        ("Ruritania signed a treaty with Freedonia.", "SUPPORT"),
        ("Ruritania called for restraint from Freedonia.", "REQUEST"),
        ("Ruritania condemned Freedonia.", "ACCUSE"),
        ("Ruritania threatened Freedonia with sanctions.", "THREATEN"),
        ("Ruritania arrested two Freedonia diplomats.", "COERCE"),
        ("Ruritania launched an attack on Freedonia.", "ASSAULT"),
        ("Ruritania paid a visit to Freedonia.", "CONSULT"),
        ("Ruritania praised Freedonia.", "SUPPORT"),
        ("Ruritania withdrew its troops from Freedonia.", "RETREAT"),
    ],
)
def test_trigger_forms(nlp: Language, text: str, kind: str) -> None:
    events = events_of(nlp, text, {"Ruritania": "RUR", "Freedonia": "FRE"})
    e = one(events, kind)
    assert "Ruritania" in e.actors


# --- second round: recipients inside complements, unnamed perpetrators, lexicon additions ---


def test_recipient_found_inside_complement_clause(nlp: Language) -> None:
    text = "Ruritania threatened to cut diplomatic ties with Freedonia."
    events = events_of(nlp, text, {"Ruritania": "RUR", "Freedonia": "FRE"})
    e = one(events, "THREATEN")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonia",)


def test_recipient_of_refusal_is_object_of_refused_act(nlp: Language) -> None:
    text = "The Ruritanian president refused to receive the envoy of Freedonia."
    events = events_of(nlp, text, {"Ruritanian president": "RUR", "Freedonia": "FRE"})
    e = one(events, "REJECT")
    assert e.recipients == ("Freedonia",)


def test_unnamed_perpetrator_keeps_victims(nlp: Language) -> None:
    text = "Two Freedonian soldiers were killed in an ambush near the river."
    events = events_of(nlp, text, {"Freedonian soldiers": "FRE"})
    e = one(events, "ASSAULT")
    assert e.actors == () and e.recipients == ("Freedonian soldiers",)
    assert e.confidence <= 0.6


def test_unnamed_speaker_codes_nothing(nlp: Language) -> None:
    events = events_of(
        nlp, "It was agreed that Freedonia would host the fair.", {"Freedonia": "FRE"}
    )
    assert not [e for e in events if e.type == "AGREE" and not e.actors]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ruritania denied entry to the Freedonian delegation.", "SANCTION"),
        ("Ruritania reduced aid to Freedonia.", "SANCTION"),
        ("Ruritanian militants set fire to a Freedonian school.", "COERCE"),
        ("Ruritanian police reimposed the curfew on Freedonian villages.", "COERCE"),
        ("Ruritanian militants carried out a car bomb explosion in Freedonia.", "ASSAULT"),
    ],
)
def test_added_lexicon_rows(nlp: Language, text: str, kind: str) -> None:
    actors = {"Ruritania": "RUR", "Freedonia": "FRE", "Freedonian delegation": "FRE"}
    actors |= {"Ruritanian militants": "RUR", "Ruritanian police": "RUR"}
    one(events_of(nlp, text, actors), kind)


def test_demands_voiced_by_protesting_are_the_protest(nlp: Language) -> None:
    text = "Freedonian farmers blocked the highway to demand lower taxes from Ruritania."
    events = events_of(nlp, text, {"Freedonian farmers": "FRE", "Ruritania": "RUR"})
    assert one(events, "PROTEST").actors == ("Freedonian farmers",)
    assert not [e for e in events if e.type == "REQUEST"]


def test_spoken_demand_is_a_request(nlp: Language) -> None:
    text = "Freedonia demanded that Ruritania lower its tariffs."
    events = events_of(nlp, text, {"Freedonia": "FRE", "Ruritania": "RUR"})
    assert one(events, "REQUEST").recipients == ("Ruritania",)


def test_claim_of_an_attack_is_an_accusation(nlp: Language) -> None:
    text = "Freedonia claimed that Ruritania had shelled its border towns."
    events = events_of(nlp, text, {"Freedonia": "FRE", "Ruritania": "RUR"})
    e = one(events, "ACCUSE")
    assert e.actors == ("Freedonia",) and e.recipients == ("Ruritania",)
    assert one(events, "ASSAULT").modality == "alleged"


def test_claim_without_conflict_codes_nothing(nlp: Language) -> None:
    text = "Freedonia claimed that Ruritania had won the regional trade fair."
    events = events_of(nlp, text, {"Freedonia": "FRE", "Ruritania": "RUR"})
    assert not [e for e in events if e.type == "ACCUSE"]


def test_receiving_verb_turns_the_giver_into_the_actor(nlp: Language) -> None:
    text = "Freedonian rebels received weapons from Ruritania."
    events = events_of(nlp, text, {"Freedonian rebels": "FRE", "Ruritania": "RUR"})
    e = one(events, "AID")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonian rebels",)
    assert e.cameo == "072"


def test_weapons_deliveries_are_military_aid(nlp: Language) -> None:
    events = events_of(
        nlp, "Ruritania supplied rifles to Freedonia.", {"Ruritania": "RUR", "Freedonia": "FRE"}
    )
    e = one(events, "AID")
    assert e.cameo == "072" and e.recipients == ("Freedonia",)


def test_military_exercise_is_mobilization(nlp: Language) -> None:
    events = events_of(
        nlp, "Ruritania is holding naval exercises near Freedonia.", {"Ruritania": "RUR"}
    )
    assert one(events, "MOBILIZE").actors == ("Ruritania",)


def test_place_of_event_names_its_country_as_target(nlp: Language) -> None:
    text = "Freedonia protested. Ruritania deployed troops in Ostrava on Monday."
    events = events_of(
        nlp, text, {"Freedonia": "FRE", "Ruritania": "RUR"}, places=[("Ostrava", "FRE")]
    )
    e = one(events, "MOBILIZE")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonia",)


def test_announced_future_withdrawal_is_intent_to_yield(nlp: Language) -> None:
    text = "Ruritania will withdraw its troops from Freedonia next month."
    events = events_of(nlp, text, {"Ruritania": "RUR", "Freedonia": "FRE"})
    assert one(events, "AGREE").cameo == "035"
    assert not [e for e in events if e.type == "RETREAT"]


def test_future_concession_is_not_also_an_agreement(nlp: Language) -> None:
    text = "Ruritania will lift the curfew in its northern provinces."
    events = events_of(nlp, text, {"Ruritania": "RUR"})
    assert [e.type for e in events if e.type in ("AGREE", "CONCEDE")] == ["CONCEDE"]


def test_readiness_expresses_intent(nlp: Language) -> None:
    text = "Ruritania is ready to return the seized land to Freedonia."
    events = events_of(nlp, text, {"Ruritania": "RUR", "Freedonia": "FRE"})
    assert one(events, "AGREE").actors == ("Ruritania",)


def test_allowing_access_is_a_retreat(nlp: Language) -> None:
    text = "Ruritania allowed the entry of Freedonian monitors on Friday."
    events = events_of(nlp, text, {"Ruritania": "RUR", "Freedonian monitors": "FRE"})
    assert one(events, "RETREAT").mode == "access"


def test_staged_rallies_are_a_protest(nlp: Language) -> None:
    # the lemmatizer reads "staged" as "stag"; events/lemma_fixes.tsv corrects it
    text = "Ruritanian farmers staged rallies in the capital against the Freedonian government."
    events = events_of(nlp, text, {"Ruritanian farmers": "RUR", "Freedonian government": "FRE"})
    e = one(events, "PROTEST")
    assert e.actors == ("Ruritanian farmers",) and e.trigger.text == "rallies"


def test_a_vow_to_use_force_is_a_threat(nlp: Language) -> None:
    text = "Ruritania vowed to attack Freedonia if the talks fail."
    events = events_of(nlp, text, {"Ruritania": "RUR", "Freedonia": "FRE"})
    e = one(events, "THREATEN")
    assert e.actors == ("Ruritania",) and e.trigger.text == "vowed"
    assert not [x for x in events if x.type == "AGREE"]


def test_sworn_to_fight_is_a_threat_but_sworn_in_is_no_event(nlp: Language) -> None:
    text = "The Ruritanian rebels have sworn to fight until they win."
    events = events_of(nlp, text, {"Ruritanian rebels": "RUR"})
    assert one(events, "THREATEN").actors == ("Ruritanian rebels",)
    text = "The Ruritanian president was sworn in on Monday."
    assert not events_of(nlp, text, {"Ruritanian president": "RUR"})


def test_being_opposed_is_a_state_of_the_subject(nlp: Language) -> None:
    text = "Ruritania is opposed to a Freedonian mediation in the dispute."
    events = events_of(nlp, text, {"Ruritania": "RUR", "Freedonian": "FRE"})
    e = one(events, "REJECT")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonian",)
    text = "The plan was opposed by Ruritania."
    assert one(events_of(nlp, text, {"Ruritania": "RUR"}), "REJECT").actors == ("Ruritania",)


def test_measured_aid_is_aid(nlp: Language) -> None:
    text = "Ruritanian doctors handed over 500 kg of medicine to the Freedonian Red Cross."
    events = events_of(nlp, text, {"Ruritanian doctors": "RUR", "Freedonian Red Cross": "FRE"})
    e = one(events, "AID")
    assert e.actors == ("Ruritanian doctors",) and e.recipients == ("Freedonian Red Cross",)
    assert not [x for x in events if x.type == "RETREAT"]


def test_parties_of_a_reciprocal_act_do_not_come_from_what_was_agreed() -> None:
    from tidings import extract

    for text in (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz had a long call "
        "during which they agreed to step up efforts to end the Yemen conflict.",
        "Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi held "
        "talks in which they agreed to work toward resolving the Sudan crisis.",
    ):
        document = extract(text, published="2023-02-03")
        assert any(e.type == "CONSULT" for e in document.events)
        for event in document.events:
            names = {a.name for i in (*event.actors, *event.recipients) if (a := document.actor(i))}
            assert not names & {"Yemen", "Sudan"}, (event.type, names)


RF = {"Ruritania": "RUR", "Freedonia": "FRE"}


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania would not meet the demands of Freedonia.",
        "Ruritania did not accept the offer of Freedonia.",
        "Ruritania and Freedonia failed to reach agreement on the border.",
    ],
)
def test_negated_acceptance_is_reject(nlp: Language, text: str) -> None:
    events = events_of(nlp, text, RF)
    e = one(events, "REJECT")
    assert e.actors[0] == "Ruritania" and not e.negated
    assert not [x for x in events if x.type == "AGREE"]


def test_plain_acceptance_stays_agree(nlp: Language) -> None:
    e = one(events_of(nlp, "Ruritania accepted the offer of Freedonia.", RF), "AGREE")
    assert not e.negated


def test_subject_of_demand_clause_is_recipient(nlp: Language) -> None:
    text = "Ruritania issued a demand that Freedonia withdraw its troops."
    e = one(events_of(nlp, text, RF), "REQUEST")
    assert e.actors == ("Ruritania",) and e.recipients == ("Freedonia",)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania ordered patrols along the border with Freedonia.",
        "Ruritania ordered troops to the border with Freedonia.",
        "Ruritania put its forces on alert after threats from Freedonia.",
        "The army of Ruritania remained on alert.",
    ],
)
def test_ordering_forces_and_alerts_are_mobilize(nlp: Language, text: str) -> None:
    events = events_of(nlp, text, RF)
    assert one(events, "MOBILIZE").actors == ("Ruritania",)
    assert not [x for x in events if x.type == "REQUEST"]


def test_forcing_out_is_expel(nlp: Language) -> None:
    events = events_of(nlp, "Ruritania forced the envoys of Freedonia out of the country.", RF)
    e = one(events, "SANCTION")
    assert e.cameo == "166" and e.actors == ("Ruritania",) and e.recipients == ("Freedonia",)


def test_an_allegation_with_a_noun_object_and_no_clause(nlp: Language) -> None:
    events = events_of(nlp, "Ruritania alleged misconduct by Freedonia.", RF)
    assert one(events, "ACCUSE").actors == ("Ruritania",)
