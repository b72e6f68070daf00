"""Where and when an event happened: the place and date attached to it, on invented sentences
run through the whole pipeline."""

from __future__ import annotations

import unicodedata

import pytest

from tidings.models import Document, Event
from tidings.pipeline import extract


def _event(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.type) for e in doc.events]
    return found[0]


def _place(text: str, trigger: str, published: str = "2020-06-10") -> str | None:
    """The event's place name, without accents ("Kandahār" -> "Kandahar")."""
    event = _event(extract(text, published=published), trigger)
    if event.location is None:
        return None
    name = unicodedata.normalize("NFKD", event.location.name)
    return "".join(c for c in name if not unicodedata.combining(c))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two smugglers were killed on Monday in a gunfight with UK special forces.", "killed"),
        ("The courier was shot dead in a raid by French commandos last night.", "shot"),
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


def _date(text: str, trigger: str, published: str = "2020-06-10") -> str | None:
    event = _event(extract(text, published=published), trigger)
    return event.date.value if event.date else None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a locative phrase opening the sentence sets the scene for its main clause
        ("In Kabul, the students have refused to accept the decree.", "refused", "Kabul"),
        # a 'where' clause happens at the place it hangs on
        (
            "They fled to Jalalabad, where gunmen killed two guards on Monday.",
            "killed",
            "Jalalabad",
        ),
        # a town named before the event noun
        ("Irish rebels carried out the Brighton bombing.", "bombing", "Brighton"),
        # "the bombing of X", "the siege of X": the target of an attack
        ("Their bombing of Kandahar in 2006 began a bloody year.", "bombing", "Kandahar"),
        # a participle shares the place of the clause it hangs on
        (
            "The mayor spoke at a rally in Marseille on Friday, vowing to fight crime.",
            "vowing",
            "Marseille",
        ),
    ],
)
def test_a_place_the_parse_hangs_elsewhere(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a journey's end is where its purpose happened
        ("The Chilean president flew to Lima to meet Peru's leader.", "meet", "Lima"),
        # what happened while or when something happened there happened there too
        (
            "A Danish volunteer was killed while fighting with Kurdish units in Hasakah.",
            "killed",
            "Al Hasakah",
        ),
        (
            "Nine Afghan soldiers were killed when gunmen stormed their base in Herat.",
            "killed",
            "Herat",
        ),
    ],
)
def test_a_place_shared_with_another_clause(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


def test_common_spellings_of_war_towns_are_geocoded() -> None:
    doc = extract(
        "Jets bombed Deir Ezzor. Troops retook the town of Shirqat.", published="2020-06-10"
    )
    assert [(p.text, p.country) for p in doc.places] == [("Deir Ezzor", "SYR"), ("Shirqat", "IRQ")]


def test_a_gerund_opening_the_sentence_is_no_scene() -> None:
    text = "In condemning the raid on Aden, the minister forgot his own record."
    assert _place(text, "condemning") is None


def test_a_country_before_the_event_noun_is_its_actor_not_its_place() -> None:
    assert _place("A US strike hit the convoy on Monday.", "strike") is None


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # the date of the clause a 'when' clause hangs on, and the other way round
        (
            "The group changed its tactics last May, when its gunmen came down to raid Ghazni.",
            "raid",
            "2020-05",
        ),
        (
            "The land seized by the rebels when they swept through Mali in 2012 was retaken.",
            "seized",
            "2012",
        ),
        # a date in the event noun's subject phrase that the parser hung on the verb
        (
            "The group, whose attacks on Kabul in 2011 started a wave of reprisals, has split.",
            "attacks",
            "2011",
        ),
        # a participle shares the time of the clause it hangs on
        ("The mayor spoke at a rally on Friday, vowing to fight crime.", "vowing", "2020-06-05"),
    ],
)
def test_a_date_the_parse_hangs_elsewhere(text: str, trigger: str, value: str) -> None:
    assert _date(text, trigger) == value


def test_what_continued_over_the_weekend_was_the_weekend_before() -> None:
    # published on a Tuesday: "continued to ... over the weekend" is the weekend just past
    text = "The rebels continued to hand in guns over the weekend, surrendering to army units."
    assert _date(text, "surrendering", published="2020-06-09") == "2020-W23-WE"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # where a person is from is not where the event happened
        ("Tom Hale, 31, formerly of Leeds, was arrested by Greek police on Monday.", "arrested"),
        # a union of countries before the noun is its actor, not a town
        (
            "The EU embargo on weapons sales to Myanmar may be eased next year, Ireland's "
            "foreign minister has said.",
            "embargo",
        ),
    ],
)
def test_no_place_from_a_name_that_does_not_place_the_event(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


@pytest.mark.parametrize(
    ("published", "value"),
    [("2020-06-13", "2020-W24"), ("2020-06-09", "2020-W23")],  # a Saturday, a Tuesday
)
def test_this_past_week_told_at_the_weekend_is_the_week_now_ending(
    published: str, value: str
) -> None:
    doc = extract("Dozens of shops were looted this past week.", published=published)
    assert [t.value for t in doc.timexes] == [value]


def test_the_place_of_another_event_in_a_phrase_is_not_this_ones() -> None:
    # the war was in Chad, the withdrawal of support was not
    text = "The Dutch parliament has withdrawn support for France's war in Chad."
    assert _place(text, "withdrawn") is None
    # but the talks hosted in a town were hosted there
    assert _place("Last week Mr Smith hosted talks in Geneva with Iran.", "hosted") == "Geneva"


def test_a_country_before_the_noun_of_another_countrys_act_places_it() -> None:
    assert _place("Putin ordered the Ukraine withdrawal.", "withdrawal") == "Ukraine"


def test_a_participle_on_the_subject_shares_the_clause_place_not_its_date() -> None:
    text = "A Danish trooper fighting the Taliban has died in a blast in Helmand on Monday."
    assert _place(text, "fighting") == "Helmand"
    assert _date(text, "fighting") == "2020-06-10"  # the publication date, not Monday's
