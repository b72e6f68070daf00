"""Within-document coreference: surnames, pronouns, descriptions, plural descriptions."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from tidings.actors.resolve import resolve_actors
from tidings.actors.table import ActorTable
from tidings.analysis import Analysis
from tidings.models import Article, Place


def table(nlp: Language, text: str) -> ActorTable:
    analysis = Analysis(article=Article(id="t", text=text), doc=nlp(text),
                        published=date(2018, 3, 1))  # fmt: skip
    return resolve_actors(analysis)


def mentions_of(t: ActorTable, name: str) -> list[str]:
    actor = next(a for a in t.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_surname(nlp: Language) -> None:
    t = table(nlp, "Canadian Prime Minister Robert Lavoie arrived on Monday. Lavoie met Putin.")
    assert mentions_of(t, "Robert Lavoie")[-1] == "Lavoie"
    assert sum(1 for a in t.actors if "Lavoie" in a.name) == 1


def test_pronoun_prefers_subject(nlp: Language) -> None:
    t = table(nlp, "Vladimir Putin called Angela Merkel on Monday. He said the talks went well.")
    assert "He" in mentions_of(t, "Vladimir Putin")
    assert "He" not in mentions_of(t, "Angela Merkel")


def test_its_and_the_country(nlp: Language) -> None:
    t = table(nlp, "Pakistan rejected the report. The country said its army did nothing wrong.")
    got = mentions_of(t, "Pakistan")
    assert "country" in " ".join(got) and "its" in got


def test_definite_description(nlp: Language) -> None:
    t = table(nlp, "French President Emmanuel Macron met Vladimir Putin. Later the Russian "
                   "president left.")  # fmt: skip
    assert any("Russian president" in m for m in mentions_of(t, "Vladimir Putin"))


def test_two_leaders(nlp: Language) -> None:
    t = table(nlp, "Vladimir Putin met Recep Tayyip Erdogan in Ankara. The two leaders agreed "
                   "to expand trade.")  # fmt: skip
    mention = next(m for m in t.mentions if len(m.actor_ids) == 2)
    names = {t.get(i).name for i in mention.actor_ids}
    assert names == {"Vladimir Putin", "Recep Tayyip Erdogan"}


def test_compound_subject_and_they(nlp: Language) -> None:
    t = table(nlp, "Emmanuel Macron and Angela Merkel met in Paris. They urged Iran to talk.")
    they = next(m for m in t.mentions if len(m.actor_ids) == 2)
    assert {t.get(i).name for i in they.actor_ids} == {"Emmanuel Macron", "Angela Merkel"}


def test_both_countries_from_leaders(nlp: Language) -> None:
    t = table(nlp, "Narendra Modi spoke with Xi Jinping, and both countries pledged calm.")
    both = next(m for m in t.mentions if len(m.actor_ids) == 2)
    assert {t.get(i).country for i in both.actor_ids} == {"IND", "CHN"}
    assert {t.get(i).kind for i in both.actor_ids} == {"country"}


def test_they_skips_non_actor_plural(nlp: Language) -> None:
    t = table(nlp, "Russian hackers stole emails and leaked them to a website.")
    assert not any(m.text == "them" for actor in t.actors for m in actor.mentions)


def test_first_names_give_pronoun_gender(nlp: Language) -> None:
    t = table(nlp, "Maria Delgado met Tomas Ruiz. She said the talks went well.")
    assert mentions_of(t, "Maria Delgado")[-1] == "She"


def test_it_for_a_body(nlp: Language) -> None:
    t = table(nlp, "The Kenyan Foreign Ministry condemned the raid. It said it would respond.")
    actor = next(a for a in t.actors if a.country == "KEN")
    assert [m.text for m in actor.mentions][-2:] == ["It", "it"]


def test_it_left_alone(nlp: Language) -> None:
    t = table(nlp, "It is unclear whether Peru will sign. It seems unlikely.")
    assert all(m.text.lower() != "it" for a in t.actors for m in a.mentions)
    t = table(nlp, "Analysts criticised the deal with Peru because it would cut tariffs.")
    assert all(m.text.lower() != "it" for a in t.actors for m in a.mentions)


def test_subject_it_prefers_the_acting_country(nlp: Language) -> None:
    t = table(nlp, "Chile protested to the OAS about Peruvian patrols that it said had crossed.")
    assert mentions_of(t, "Chile") == ["Chile", "it"]


def test_reported_it_with_a_thing_verb(nlp: Language) -> None:
    t = table(nlp, "Norway said it would begin new talks with Sweden.")
    assert mentions_of(t, "Norway") == ["Norway", "it"]
    t = table(nlp, "It takes patience, Norway said.")
    assert mentions_of(t, "Norway") == ["Norway"]


def test_the_group_is_the_body_named_before(nlp: Language) -> None:
    t = table(nlp, "Hamas fired rockets on Monday. The group said it would go on.")
    assert "group" in mentions_of(t, "Hamas")
    t = table(nlp, "Hezbollah crossed the border. The militant group said it held two soldiers.")
    assert "militant group" in mentions_of(t, "Hezbollah")


def test_the_ministry_is_the_acting_countrys(nlp: Language) -> None:
    t = table(nlp, "Chile broke off ties with Peru, the foreign ministry said on Friday.")
    ministry = next(a for a in t.actors if [m.text for m in a.mentions] == ["foreign ministry"])
    assert (ministry.country, ministry.sector) == ("CHL", "GOV")


def test_a_described_body_never_named_is_its_own_actor(nlp: Language) -> None:
    t = table(nlp, "Gunmen attacked a bus. The militant group said it held two soldiers.")
    group = next(a for a in t.actors if a.name == "militant group")
    assert group.sector == "REB" and group.kind == "organization"


def test_its_is_not_a_town_named_as_a_place(nlp: Language) -> None:
    text = "Syria shelled the area around Aleppo, saying its soldiers had been attacked."
    start = text.index("Aleppo")
    place = Place(start=start, end=start + 6, text="Aleppo", name="Aleppo", country="SYR")
    analysis = Analysis(article=Article(id="t", text=text), doc=nlp(text),
                        published=date(2018, 3, 1), places=[place])  # fmt: skip
    t = resolve_actors(analysis)
    assert "its" in mentions_of(t, "Syria")


def test_a_role_only_takes_the_story_country(nlp: Language) -> None:
    text = ("Kenyan police fired tear gas at protesters in Nairobi. Kenya's president called for "
            "calm. The interior minister said 20 people were arrested.")  # fmt: skip
    t = table(nlp, text)
    minister = next(a for a in t.actors if [m.text for m in a.mentions] == ["interior minister"])
    assert (minister.country, minister.sector) == ("KEN", "GOV")


def test_the_regime_is_the_regime_named_before(nlp: Language) -> None:
    t = table(nlp, "The Venezuelan regime jailed two students on Friday. Colombia and Brazil "
                   "protested. On Sunday the regime freed one of them.")  # fmt: skip
    regime = next(a for a in t.actors if a.name == "Venezuelan regime")
    assert regime.country == "VEN" and "regime" in mentions_of(t, "Venezuelan regime")
    assert not any(a.country in ("COL", "BRA") and a.sector == "GOV" for a in t.actors)


def test_the_administration_is_the_administration_named_before(nlp: Language) -> None:
    t = table(nlp, "The Obama administration sued Texas. Mexico protested, and on Monday the "
                   "administration said it would settle.")  # fmt: skip
    assert "administration" in mentions_of(t, "Obama administration")
    assert not any(a.country == "MEX" and a.sector == "GOV" for a in t.actors)


def test_an_unnamed_regime_stays_a_body_of_its_own(nlp: Language) -> None:
    t = table(nlp, "Turkey closed the border. The regime then shelled the town.")
    regime = next(a for a in t.actors if a.name == "regime")
    assert regime.country is None and regime.sector == "GOV"


def test_names_written_without_the_stop_after_an_initial(nlp: Language) -> None:
    t = table(nlp, "George W Bush opened the library on Friday. Bush thanked the donors.")
    bush = next(a for a in t.actors if a.name == "George W. Bush")
    assert bush.country == "USA" and "Bush" in mentions_of(t, "George W. Bush")


def test_the_opposition_is_the_opposition_named_before(nlp: Language) -> None:
    t = table(nlp, "Belarus's opposition called a strike. Poland offered help, and the "
                   "opposition accepted it.")  # fmt: skip
    opposition = next(a for a in t.actors if "opposition" in mentions_of(t, a.name))
    assert opposition.country == "BLR" and opposition.sector == "OPP"


def test_a_surname_spelled_as_in_the_full_name(nlp: Language) -> None:
    t = table(nlp, "Binali Yıldırım flew to Oslo on Monday. Later Yıldırım met the mayor.")
    assert "Yıldırım" in mentions_of(t, "Binali Yildirim")


def test_the_group_is_no_state_body(nlp: Language) -> None:
    t = table(nlp, "Hamas fired rockets on Sunday. The army said it struck back, and the group "
                   "vowed to go on.")  # fmt: skip
    assert "group" in mentions_of(t, "Hamas")


def test_a_people_takes_the_story_country_only_where_it_lives(nlp: Language) -> None:
    text = ("Canada's parliament met in Ottawa. Canada said Canada would act. The Kurds "
            "thanked the government.")  # fmt: skip
    kurds = next(a for a in table(nlp, text).actors if a.name == "Kurds")
    assert kurds.country is None
    text = "Iraq's army retook Kirkuk. Iraq said Iraq would stay. The Kurds protested."
    kurds = next(a for a in table(nlp, text).actors if a.name == "Kurds")
    assert kurds.country == "IRQ"


def test_a_field_word_inside_a_title(nlp: Language) -> None:
    t = table(nlp, "Sinopec signed the deal, said Russian oil official Ivan Petrov.")
    assert next(a for a in t.actors if a.name == "Ivan Petrov").country == "RUS"


def test_he_after_a_long_quote_is_the_only_man_named_before(nlp: Language) -> None:
    text = ("Rafael Ortiz, a farmer, lost his land last year. “We had nothing left. The bank "
            "took the house. The children moved away. The winter was hard. The rain never "
            "came.” He said the ministry had ignored him.")  # fmt: skip
    assert "He" in mentions_of(table(nlp, text), "Rafael Ortiz")


def test_he_far_back_is_nobody_when_another_name_stands_between(nlp: Language) -> None:
    text = ("Rafael Ortiz lost his land last year. The bank took the house. The children "
            "moved away. Later John Miller came. The winter was hard. The rain never "
            "came. He said the ministry had ignored him.")  # fmt: skip
    t = table(nlp, text)
    assert "He" not in mentions_of(t, "Rafael Ortiz")


def test_a_country_spoken_of_as_they(nlp: Language) -> None:
    t = table(nlp, "Norway said they had sent ships to the strait.")
    assert "they" in mentions_of(t, "Norway")
    t = table(nlp, "Norway urged the fishermen to leave, and they refused.")
    assert "they" not in mentions_of(t, "Norway")


def test_plural_description_with_no_one_named_before_is_a_group(nlp: Language) -> None:
    t = table(nlp, "The militants had stormed a checkpoint near the border on Friday.")
    militants = next(a for a in t.actors if a.name == "militants")
    assert militants.kind == "group" and militants.sector == "REB"


def test_a_number_alone_makes_no_reference(nlp: Language) -> None:
    t = table(nlp, "Carlos Mendes met Ana Ruiz. Troops killed three militants near the town.")
    militants = next(a for a in t.actors if "militants" in a.name)
    assert militants.kind == "group" and militants.sector == "REB"
