"""Modes read from the words around an event (data/events/mode_words.tsv) and topical contexts
read from its sentence (data/events/contexts.tsv), on sentences written here."""

from __future__ import annotations

import tidings
from tidings.events.contexts import merge_contexts


def events(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(e.type, e.mode, e.context) for e in tidings.extract(text).events]


def test_the_weapon_gives_an_attacks_mode() -> None:
    assert ("ASSAULT", "explosives") in {
        (t, m) for t, m, _ in events("A car bomb killed nine police officers in Mogadishu.")
    }
    assert ("ASSAULT", "firearms") in {
        (t, m) for t, m, _ in events("Gunmen shot dead two Nigerian soldiers in Maiduguri.")
    }
    assert ("ASSAULT", "suicide-attack") in {
        (t, m) for t, m, _ in events("A suicide bomber killed 14 Afghan troops in Kandahar.")
    }


def test_no_weapon_no_mode() -> None:
    found = [
        m for t, m, _ in events("Malian troops attacked the rebels near Gao.") if t == "ASSAULT"
    ]
    assert found == [None]


def test_a_visit_is_a_consultation_by_visit() -> None:
    found = {(t, m) for t, m, _ in events("The Chilean foreign minister visited Lima on Monday.")}
    assert ("CONSULT", "visit") in found


def test_contexts_from_the_sentence() -> None:
    found = events(
        "Peru accused Bolivia of breaking the trade accord and said it would go to court."
    )
    accuse = next(c for t, _, c in found if t == "ACCUSE")
    assert {"economic", "legal"} <= set(accuse)
    found = events("Refugees fleeing the floods were attacked by Sudanese militias near Geneina.")
    assault = next(c for t, _, c in found if t == "ASSAULT")
    assert {"migration", "disasters"} <= set(assault)


def test_the_codes_contexts_come_first() -> None:
    assert merge_contexts(("military",), ("legal", "military")) == ("military", "legal")


def test_military_only_for_a_states_forces() -> None:
    gang = events("Gunmen shot dead two police officers in Lagos.")
    assert all("military" not in c for t, _, c in gang if t == "ASSAULT")
    army = events("Malian troops attacked the rebels near Gao.")
    assert any("military" in c for t, _, c in army if t == "ASSAULT")


def test_an_attack_is_placed_where_it_was_aimed() -> None:
    doc = tidings.extract("Ethiopian jets carried out air strikes against Mekelle on Monday.")
    strikes = [e for e in doc.events if e.type == "ASSAULT"]
    assert strikes and strikes[0].location is not None
    assert strikes[0].location.country == "ETH"


def test_a_clause_hung_on_the_attack_gives_no_mode() -> None:
    found = events(
        "The US missile assault on Chile, which was a response to a chemical weapons attack, "
        "angered Peru."
    )
    assert ("ASSAULT", "heavy-weapons") in {(t, m) for t, m, _ in found}
    assert all(m != "unconventional" for _, m, _ in found)


def test_the_housing_market_is_no_human_security() -> None:
    found = events("Chile accused Peru of hurting the housing market with new tariffs.")
    assert found and all("human_security" not in c for _, _, c in found)
