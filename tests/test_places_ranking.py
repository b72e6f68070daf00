"""Which place a name stands for: well-known places first, unless the story points elsewhere;
names inside other names; datelines. Short texts written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tidings.models import Place
from tidings.places import find_places


def places(nlp: Language, text: str) -> dict[str, Place]:
    found = find_places(nlp(text))
    for p in found:
        assert text[p.start : p.end] == p.text
    return {p.text: p for p in found}


def test_a_famous_city_keeps_its_lead_over_the_story_country(nlp: Language) -> None:
    found = places(
        nlp,
        "Talks in Geneva between the United States and Russia ended on Friday, officials in "
        "Washington said.",
    )
    assert found["Geneva"].country == "CHE"


def test_a_qualifier_still_moves_the_famous_name(nlp: Language) -> None:
    assert places(nlp, "Police in Geneva, Illinois, said the fire started.")["Geneva"].country == (
        "USA"
    )


def test_a_place_by_its_own_name_beats_an_old_name_of_another(nlp: Language) -> None:
    found = places(nlp, "The flooding in Salisbury closed two schools in Britain.")
    assert found["Salisbury"].country == "GBR"
    maryland = places(nlp, "Police in Salisbury, Maryland, arrested a man on Tuesday.")
    assert maryland["Salisbury"].country == "USA"


def test_a_surname_inside_an_organisation_is_not_a_place(nlp: Language) -> None:
    found = places(nlp, "A paper by the Henry Jackson Society was published on Monday.")
    assert "Jackson" not in found


def test_a_country_inside_a_company_name_is_still_found(nlp: Language) -> None:
    found = places(nlp, "Shares of Air Canada fell after the Bank of England raised rates.")
    assert found["Canada"].country == "CAN"
    assert found["England"].country == "GBR"


def test_datelines_in_capitals(nlp: Language) -> None:
    text = "MEXICO CITY (AP) Lawmakers passed a budget.\n\nPLEASANTON, Calif. -- A firm said."
    found = places(nlp, text)
    assert found["MEXICO CITY"].country == "MEX"
    assert found["PLEASANTON"].country == "USA"
    assert found["Calif."].name == "California"


def test_a_line_of_capitals_that_is_no_place_is_no_dateline(nlp: Language) -> None:
    found = places(nlp, "BREAKING NEWS — Markets fell sharply in Tokyo on Monday.")
    assert set(found) == {"Tokyo"}


def test_a_town_after_in_is_a_place_whatever_spacy_calls_it(nlp: Language) -> None:
    found = places(nlp, "Police said the suspect was arrested in Riverdale on Friday.")
    assert found["Riverdale"].country == "USA"


def test_a_source_or_an_institution_after_a_preposition_is_no_place(nlp: Language) -> None:
    found = places(nlp, "According to Davis, the team left. The bill stalled in Congress.")
    assert "Davis" not in found
    assert "Congress" not in found


def test_a_surname_of_the_story_is_not_a_town(nlp: Language) -> None:
    text = (
        "Councillor Dewly Nelson backed the plan. Nelson says the heating costs will fall. "
        "The council met in Nelson last week."
    )
    found = find_places(nlp(text))
    starts = {text[p.start : p.end] + "@" + str(p.start) for p in found}
    said = text.index("Nelson says")
    assert f"Nelson@{said}" not in starts


def test_regions_have_their_country(nlp: Language) -> None:
    found = places(nlp, "Fighting in Darfur killed 20 people, aid workers said.")
    assert found["Darfur"].country == "SDN"


def test_a_generic_word_inside_a_name_is_no_town(nlp: Language) -> None:
    found = places(nlp, "The Islamic Republic's exports to Europe rose last year.")
    assert all(p.country != "USA" for p in found.values())


def test_a_state_named_among_states_is_the_state(nlp: Language) -> None:
    text = (
        "Guard units from Alaska, Hawaii, Florida and Louisiana trained in Nevada. "
        "The team will join the Georgia National Guard next year."
    )
    found = find_places(nlp(text))
    georgia = [p for p in found if p.text == "Georgia"]
    assert georgia and georgia[0].country == "USA"


def test_a_name_cut_in_two_by_spacy_is_joined(nlp: Language) -> None:
    found = places(nlp, "A new bridge in Baja California opened to traffic last week.")
    assert found["Baja California"].country == "MEX"


def test_a_state_code_after_a_town_is_the_state(nlp: Language) -> None:
    found = places(nlp, "A homeless man was hurt in Horry County, SC on Friday.")
    assert found["SC"].name == "South Carolina"
    assert found["Horry County"].country == "USA"


def test_a_province_code_settles_a_small_town(nlp: Language) -> None:
    found = places(nlp, "The plant in Nelson, BC will open in May.")
    assert found["Nelson"].country == "CAN"
    assert found["BC"].name == "British Columbia"


def test_a_person_of_a_town_s_name_is_no_place(nlp: Language) -> None:
    text = "Smith hired Mary Jackson as an aide. He praised Jackson for her work."
    found = find_places(nlp(text))
    assert not [p for p in found if p.text == "Bolton"]


def test_a_dateline_after_a_byline(nlp: Language) -> None:
    text = "By Jane Roe. BOSTON (Reuters) - A restaurant owner was charged on Monday."
    assert places(nlp, text)["BOSTON"].country == "USA"


def test_a_county_after_a_venue_and_a_comma(nlp: Language) -> None:
    found = places(nlp, "The next round is on 25 August at Knockhill, Fife. Tickets are on sale.")
    assert found["Fife"].country == "GBR"


def test_arabic_names_without_article_or_ayn(nlp: Language) -> None:
    found = places(nlp, "Turkey fired on Qamishli, and fighting went on in Afrin, Syria.")
    assert found["Qamishli"].country == "SYR"
    assert found["Afrin"].country == "SYR"


def test_acronyms_and_brands_unknown_to_the_gazetteer_are_no_places(nlp: Language) -> None:
    text = "The MoD said AI tools from UConn and IoTX were tested in Bristol."
    found = places(nlp, text)
    assert not {"MoD", "AI", "UConn", "IoTX"} & set(found)


def test_the_town_of_a_local_police(nlp: Language) -> None:
    text = "A spokesman for the Beverly Hills Police Department declined to comment."
    assert places(nlp, text)["Beverly Hills"].country == "USA"
    court = places(nlp, "Tamil Nadu moved the Supreme Court on Saturday.")
    assert "Supreme" not in court


def test_one_place_named_twice_in_a_row_is_one_place(nlp: Language) -> None:
    found = places(nlp, "Murals are everywhere in Washington, D.C., these days.")
    assert found["Washington, D.C."].country == "USA"
    assert "D.C." not in found


def test_a_country_name_with_and_is_one_place(nlp: Language) -> None:
    found = places(nlp, "She flew to Trinidad and Tobago on Monday.")
    assert found["Trinidad and Tobago"].country == "TTO"


def test_a_journey_s_end_is_a_place(nlp: Language) -> None:
    found = places(nlp, "Next month the championship returns to Hampshire for two races.")
    assert found["Hampshire"].country == "GBR"


def test_a_ministry_is_no_town(nlp: Language) -> None:
    text = "A Home Office spokesperson said the Commerce Department figures were wrong."
    found = places(nlp, text)
    assert "Home" not in found
    assert "Commerce" not in found


def test_a_letter_to_a_person_is_no_journey(nlp: Language) -> None:
    text = "Families begged Theresa May for help and wrote a letter to May on Monday."
    found = find_places(nlp(text))
    assert not [p for p in found if p.text == "May"]
