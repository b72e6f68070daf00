"""The actor dictionary (people.tsv, organizations.tsv): the files load, their codes are valid,
and office-holders, armed groups and companies listed there are coded by the story's date."""

from __future__ import annotations

import tidings
from tidings.actors.lexicon import lexicon
from tidings.countries import is_country_code

BODY_CODES = frozenset({"IGO", "NGO", "MNC", "IMG"})
SECTORS = frozenset(
    {"GOV", "MIL", "LEG", "OPP", "REB", "PRM", "SPY", "COP", "JUD", "REL", "PTY"}
    | {"BUS", "JRN", "MED", "REF", "CRM", "SOC", "CVL", "EDU", "LAB", "AGR"}
)


def actors(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    doc = tidings.extract(text, published=published)
    return {a.name: (a.country, a.sector) for a in doc.actors}


def test_people_and_bodies_load_with_valid_codes() -> None:
    lex = lexicon()
    assert len(lex.people) > 1000
    for person in lex.people.values():
        assert person.gender in ("m", "f", None), person.name
        for role in person.roles:
            assert role.country in BODY_CODES or is_country_code(role.country), person.name
            assert role.sector is None or role.sector in SECTORS, person.name
            assert role.start is None or role.end is None or role.start < role.end, person.name
    for phrase, body in lex.named.items():
        assert (
            body.country is None or body.country in BODY_CODES or is_country_code(body.country)
        ), phrase


def test_office_holders_are_coded_by_the_story_date() -> None:
    got = actors("Foreign Secretary Jeremy Hunt met aid agencies on Tuesday.", "2019-01-15")
    assert got["Jeremy Hunt"] == ("GBR", "GOV")
    got = actors("Kemi Badenoch attacked the government's spending plans.", "2025-03-04")
    assert got["Kemi Badenoch"] == ("GBR", "OPP")
    got = actors("Ghassan Salamé urged the rival factions to return to talks.", "2018-05-02")
    assert got["Ghassan Salame"] == ("IGO", "GOV")
    got = actors("Benny Gantz visited troops near the border.", "2021-03-01")
    assert got["Benny Gantz"] == ("ISR", "GOV")


def test_a_leader_whose_group_took_power_changes_sector() -> None:
    text = "Hibatullah Akhundzada issued a new decree on Friday."
    assert actors(text, "2019-06-07")["Hibatullah Akhundzada"] == ("AFG", "REB")
    assert actors(text, "2023-06-09")["Hibatullah Akhundzada"] == ("AFG", "GOV")


def test_a_shared_surname_goes_to_the_one_in_office() -> None:
    text = "Powell said the decision would be taken in Washington next week."
    assert "Jerome Powell" in actors(text, "2019-03-01")
    assert "Colin Powell" in actors(text, "2003-03-01")


def test_armed_group_spellings_and_companies() -> None:
    got = actors(
        "Fighters of Jabhat al-Nusra and the Kurdistan Workers' party clashed near the river.",
        "2015-05-05",
    )
    assert got["Nusra Front"] == ("SYR", "REB")
    assert got["PKK"] == ("TUR", "REB")
    got = actors("Petrobras and Pfizer signed a supply agreement in Rio.", "2021-02-02")
    assert got["Petrobras"] == ("BRA", "BUS")
    assert got["Pfizer"] == ("MNC", "BUS")


def test_a_whip_title_is_no_part_of_the_name() -> None:
    got = actors("Minority Whip Dick Durbin said the amendment would fail.", "2016-05-10")
    assert got["Dick Durbin"] == ("USA", "LEG")
    got = actors("Labour whip Tom Hale said the vote would be close.", "2016-05-10")
    assert got["Tom Hale"][1] == "LEG"
