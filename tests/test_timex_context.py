"""Temporal expressions read from their context: the date the story named last, the verbs that
point a weekday ahead, the prepositions that open an expression (sentences written for these
tests)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tidings.timex import find_timexes

ANCHOR = date(2017, 5, 2)  # a Tuesday


def values(nlp: Language, text: str, anchor: date | None = ANCHOR) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(nlp(text), anchor)}


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The dam will be finished by year-end, the engineers said.", "year-end", "2017"),
        ("The bank hopes to sell the unit by the end of the year.", "the end of the year", "2017"),
        ("Sales slipped through the rest of the year.", "the year", "2017"),
    ],
)
def test_expressions_after_a_preposition(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        (
            "The mill closed in 2009. Later that year the town lost its school.",
            "Later that year",
            "2009",
        ),
        (
            "Rivera moved to Lyon in 2003, and the following year she opened a bakery there.",
            "the following year",
            "2004",
        ),
        (
            "The levee broke on March 3, 2011. Rescue boats arrived the next day.",
            "the next day",
            "2011-03-04",
        ),
        (
            "The strike began in June 2014. The following month the miners went back.",
            "The following month",
            "2014-07",
        ),
        (
            "The ferry sank on Aug. 9, 2012. Earlier that day the captain had warned the port.",
            "Earlier that day",
            "2012-08-09",
        ),
    ],
)
def test_counted_from_the_date_named_last(
    nlp: Language, text: str, extent: str, value: str
) -> None:
    assert values(nlp, text).get(extent) == value


def test_that_day_without_a_date_is_left_out(nlp: Language) -> None:
    assert "that day" not in values(nlp, "Nobody in the village forgot that day.")


def test_the_following_year_without_a_date_counts_from_the_anchor(nlp: Language) -> None:
    assert values(nlp, "The band split up and the following year it toured again.") == {
        "the following year": "2018"
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The delegation planned to fly to Oslo on Thursday.", "2017-05-04"),
        ("Farmers planned a protest march in the capital on Saturday.", "2017-05-06"),
        ("The mayor has scheduled a press conference Friday.", "2017-05-05"),
        ("The union said its members would strike Thursday.", "2017-05-04"),
        ("Trading in the shares is to resume Friday.", "2017-05-05"),
        ("The judge postponed the hearing until Monday.", "2017-05-08"),
        ("The two finance ministers meet Friday in Rome.", "2017-05-05"),
        ("The ministers met Friday in Rome.", "2017-04-28"),
        ("The permit had been due to lapse Friday.", "2017-04-28"),
        ("A concert planned at the stadium for Saturday was called off.", "2017-04-29"),
        ("On Friday, the cabinet planned its budget cuts.", "2017-04-28"),
        ("The vote is scheduled for Friday.", "2017-05-05"),
        ("On Sunday the voters choose a new mayor.", "2017-05-07"),
        ("Copper prices hit a record high Friday.", "2017-04-28"),
    ],
)
def test_weekday_ahead_or_behind(nlp: Language, text: str, value: str) -> None:
    found = find_timexes(nlp(text), ANCHOR)
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "anchor", "extent", "value"),
    [
        # no clear tense: a month some seven months back is this year's, not next year's
        ("Machines shipped since the models launched in March.", date(2017, 10, 20), "March",
         "2017-03"),
        # ... but one ten months back is next year's
        ("The accord, effective in January, caps prices.", date(2017, 11, 20), "January",
         "2018-01"),
    ],
)  # fmt: skip
def test_month_year_leans_to_the_past(
    nlp: Language, text: str, anchor: date, extent: str, value: str
) -> None:
    assert values(nlp, text, anchor).get(extent) == value


def test_the_day_before_a_weekday(nlp: Language) -> None:
    text = "The day before last Friday's vote, the senator resigned."
    assert values(nlp, text) == {"The day before last Friday": "2017-04-27"}


@pytest.mark.parametrize(
    "text",
    [
        "Kowalski, who emigrated in his 30s, runs a bakery.",
        'The minister told ABC\'s "This Week" that the talks would go on.',
        "The interview ran in the party daily Pravda.",
        "About 3000 people marched to the town hall.",
        "The Sunday Herald printed the letter.",
        "Athletes trained hard for the Winter Games.",
        "Traders blamed the fall in prices on the weather.",
    ],
)
def test_not_temporal(nlp: Language, text: str) -> None:
    assert values(nlp, text) == {}


def test_year_ago_quarter_named_with_last_years_date(nlp: Language) -> None:
    text = "Earnings were $4 million in the 2016 period. The year-ago results had a one-off gain."
    found = values(nlp, text, date(2017, 10, 25))
    assert found["The year-ago results"] == "2016-Q3"


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The new tariff takes hold, effective Jan. 15, under the decree.", "Jan. 15",
         "2018-01-15"),
        ("The plant was shut last Nov. 3 after a fire.", "last Nov. 3", "2016-11-03"),
        ("Revenue for the current fiscal year may exceed $2 billion.", "the current fiscal year",
         "2017"),
        ("Holders may buy shares at the then current price.", "then current", "PAST_REF"),
        ("A few hours later, the rebels fled.", "A few hours later", "PTXH"),
    ],
)  # fmt: skip
def test_more_readings(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 10, 25)).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The rebels ended their decades-long insurgency.", "decades-long", "PXY"),
        ("The unions held a day-long strike.", "day-long", "P1D"),
        ("The convoy will set off at 5 in the morning.", "5 in the morning",
         "2017-10-25T05:00"),
        ("Okafor quit the board in March for family reasons.", "March", "2017-03"),
        ("Margins widened in the latest period, the brewer said.", "the latest period",
         "2017-Q3"),
    ],
)  # fmt: skip
def test_more_expressions(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 10, 25)).get(extent) == value


def test_a_march_named_for_a_cause_is_not_a_month(nlp: Language) -> None:
    assert values(nlp, "Thousands joined the March for Peace downtown.") == {}


@pytest.mark.parametrize(
    ("text", "extent", "value", "kind"),
    [
        ("Growth slowed in the second half of 2015.", "the second half of 2015", "2015-H2",
         "DATE"),
        ("Layoffs came in the last half of 2014.", "the last half of 2014", "2014-H2", "DATE"),
        ("The repairs are expected to last several weeks.", "several weeks", "PXW", "DURATION"),
        ("A hearing is set for the week of Nov. 6.", "the week of Nov. 6", "2017-W45", "DATE"),
    ],
)  # fmt: skip
def test_halves_weeks_and_lasting(
    nlp: Language, text: str, extent: str, value: str, kind: str
) -> None:
    found = {t.text: (t.value, t.type) for t in find_timexes(nlp(text), date(2017, 10, 25))}
    assert found.get(extent) == (value, kind)


def test_high_noon_is_not_a_time(nlp: Language) -> None:
    assert values(nlp, "For the rebels, high noon has come. They watched High Noon again.") == {}


def test_every_season_is_a_set(nlp: Language) -> None:
    found = find_timexes(nlp("The herders move north every summer."), ANCHOR)
    assert [(t.text, t.value, t.type) for t in found] == [("every summer", "XXXX-SU", "SET")]


def test_the_quarter_a_year_ago(nlp: Language) -> None:
    text = "Third-quarter sales rose 4%. For the quarter a year ago, the miner lost money."
    found = values(nlp, text, date(2017, 10, 25))
    assert found == {"Third-quarter": "2017-Q3", "the quarter a year ago": "2016-Q3"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The soldier died on 21 December last year.", {"21 December last year": "2016-12-21"}),
        ("On 5 July this year the bridge reopened.", {"5 July this year": "2017-07-05"}),
        ("Envoys meet in Astana on 14-15 September.", {"14-15 September": "2017-09-14"}),
        ("The rebels took the town in 1994 and lost it that June.",
         {"1994": "1994", "that June": "1994-06"}),
        ("Campaigners wrote to May demanding action.", {}),
        ("Rainfall was heavy from April to May.", {"April": "2017-04", "May": "2017-05"}),
        ("He told USA Today that he would run.", {}),
        ("\"Today, we mourn,\" the mayor said.", {"Today": "2017-10-25"}),
    ],
)  # fmt: skip
def test_british_dates_names_and_that_month(
    nlp: Language, text: str, expected: dict[str, str]
) -> None:
    assert values(nlp, text, date(2017, 10, 25)) == expected
