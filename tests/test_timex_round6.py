"""Temporal expressions, sixth round: years of months placed by their clause, and more, on texts
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tidings.timex import find_timexes


def values(nlp: Language, text: str, anchor: date) -> dict[str, str]:
    found = find_timexes(nlp(text), anchor)
    for t in found:
        assert text[t.start : t.end] == t.text
    return {t.text: t.value for t in found}


@pytest.mark.parametrize(
    ("text", "anchor", "extent", "value"),
    [
        # a participle clause takes the tense of the clause it hangs on
        (
            "The lender's shares have swung widely, climbing to a peak of $30 in August "
            "from $21 in March.",
            date(2017, 11, 20),
            "March",
            "2017-03",
        ),
        # a date after "since" is past
        (
            "Investigators have been looking for the driver since shortly after the Sept. 14 "
            "crash.",
            date(2017, 5, 2),
            "Sept. 14",
            "2016-09-14",
        ),
        # the date of a noun's event need not lie ahead of the verb
        (
            "The union is trying to renegotiate a June deal with the ministry.",
            date(2017, 10, 20),
            "June",
            "2017-06",
        ),
        # ... and still lies ahead when it is nearer so
        (
            "Voters will go to the polls in the Nov. 12 election.",
            date(2017, 10, 20),
            "Nov. 12",
            "2017-11-12",
        ),
    ],
)
def test_year_of_a_month_from_its_clause(
    nlp: Language, text: str, anchor: date, extent: str, value: str
) -> None:
    assert values(nlp, text, anchor).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # read-out dates, as in broadcast transcripts
        ("The mill shut down in March nineteen ninety-eight.", "March nineteen ninety-eight",
         "1998-03"),
        ("It reopened in February two thousand and one.", "February two thousand and one",
         "2001-02"),
        ("The referendum is on June third.", "June third", "2017-06-03"),
        ("The referendum is on the third of June.", "the third of June", "2017-06-03"),
        ("The fair opens this coming Saturday, May sixth.", "this coming Saturday, May sixth",
         "2017-05-06"),
        # a holiday with last / next
        ("The ferry sank last Christmas off the coast.", "last Christmas", "2016-12-25"),
        ("The couple will marry next Christmas.", "next Christmas", "2017-12-25"),
        # "earlier in the year"
        ("Planting was held up earlier in the year by floods.", "earlier in the year", "2017"),
        # "could one day": some time ahead, not an amount of time
        ("She said the party could one day govern alone.", "one day", "FUTURE_REF"),
        ("The strike lasted one day.", "one day", "P1D"),
    ],
)  # fmt: skip
def test_round6_expressions(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 5, 2)).get(extent) == value


def test_local_time_before_a_bracketed_gmt_takes_the_day(nlp: Language) -> None:
    text = "The quake struck at 9:20 a.m. (0620 GMT) Sunday near the border."
    assert values(nlp, text, date(2017, 5, 2)) == {"9:20 a.m.": "2017-04-30T09:20",
                                                   "Sunday": "2017-04-30"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # a clock time on a weekday, in a timetable present: the coming one
        ("The offer expires at 5 p.m. on Friday.", "5 p.m. on Friday", "2017-08-11T17:00"),
        ("Polls close at 10 p.m. on Thursday.", "10 p.m. on Thursday", "2017-08-10T22:00"),
        ("The fire broke out at 3am on Saturday.", "3am on Saturday", "2017-08-05T03:00"),
        # calendar quarters and halves named by their months
        ("The firm posted a loss for the April-June quarter.", "the April-June quarter",
         "2017-Q2"),
        ("Sales rose in the January-June period.", "the January-June period", "2017-H1"),
        ("Output fell in the April to June period.", "the April to June period", "2017-Q2"),
        ("Exports fell in the July-September quarter of last year.",
         "the July-September quarter of last year", "2016-Q3"),
        # the end of the decade, of the century
        ("By the end of the decade, emissions must halve.", "the end of the decade", "201"),
        ("By the end of the century, seas will rise.", "the end of the century", "20"),
    ],
)  # fmt: skip
def test_round6_times_and_periods(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 8, 9)).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # British clock times and days
        ("Kick-off in the final is at 7.45pm.", "7.45pm", "2017-05-02T19:45"),
        ("The store reopens at 10.30am on Thursday.", "10.30am on Thursday", "2017-05-04T10:30"),
        ("The count ended at 11pm last night.", "11pm last night", "2017-05-01T23:00"),
        ("The blaze started at 2am last night.", "2am last night", "2017-05-02T02:00"),
        ("The jet landed at 9.15am this morning.", "9.15am this morning", "2017-05-02T09:15"),
        ("Results are due at 12.15pm UK time.", "12.15pm UK time", "2017-05-02T12:15"),
    ],
)  # fmt: skip
def test_round6_clock_times(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 5, 2)).get(extent) == value


def test_a_price_is_not_a_clock_time(nlp: Language) -> None:
    assert values(nlp, "The shares closed at $2.50 pm on the day.", date(2017, 5, 2)) == {}


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # a year after pre- or post-
        ("The post-1989 reforms opened the economy.", "post-1989", "1989"),
        ("Lending has not returned to pre-2008 levels.", "pre-2008", "2008"),
    ],
)
def test_round6_year_words(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 5, 2)).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # an amount of time used as an adjective leaves the noun's article out
        ("Shares sank to a seven year low.", "seven year", "P7Y"),
        ("Farmers held the two day protest.", "two day", "P2D"),
        # ... a plural one keeps it
        ("They waited the full two weeks.", "two weeks", "P2W"),
        ("Prices fell over the past three days.", "the past three days", "P3D"),
    ],
)
def test_round6_adjective_amounts(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 5, 2)).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # the preposition stays outside the expression
        ("The firm may list its shares in the near future.", "the near future", "FUTURE_REF"),
        # "or so" belongs to the period
        ("The plant stays closed for the next year or so.", "the next year or so", "2018"),
    ],
)
def test_round6_extents(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 5, 2)).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # years and months later or earlier count from the date the story named last
        ("He enrolled in 1951. Two years later he left for Paris.", "Two years later", "1953"),
        ("The mill was sold in March 2010. Six months later it closed.", "Six months later",
         "2010-09"),
        ("The wall fell in 1990; three years earlier, protests began.", "three years earlier",
         "1987"),
        # ... with no date named, an amount of time (not two years after publication)
        ("Two years later, the town was rebuilt.", "Two years later", "P2Y"),
        # "a year earlier" in results stays the year before
        ("Profit rose to $5 million from $4 million a year earlier.", "a year earlier", "2016"),
    ],
)  # fmt: skip
def test_round6_later_and_earlier(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 5, 2)).get(extent) == value


def test_a_weekday_after_a_present_copula_lies_ahead(nlp: Language) -> None:
    anchor = date(2017, 11, 13)  # a Monday
    assert values(nlp, "The final vote is on Thursday.", anchor) == {"Thursday": "2017-11-16"}
    assert values(nlp, "The final vote was on Thursday.", anchor) == {"Thursday": "2017-11-09"}


def test_an_abbreviated_month_before_a_name_is_a_first_name(nlp: Language) -> None:
    anchor = date(2017, 11, 13)
    assert values(nlp, "Dec Moran, a farmer, said the rain had stopped.", anchor) == {}
    assert values(nlp, "Exports rose in Aug and Sept.", anchor)["Aug"] == "2017-08"
    assert values(nlp, "In June Moran resigned.", anchor) == {"June": "2017-06"}


def test_ago_in_an_undated_story_is_past_ref(nlp: Language) -> None:
    found = find_timexes(nlp("The mine was sold five years ago to a rival."), None)
    assert [(t.text, t.value) for t in found] == [("five years ago", "PAST_REF")]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Profit was $5m, against a loss a year before.", "a year before", "2016"),
        ("The plant shut in 1994 and reopened 11 years previously.", "11 years previously",
         "1983"),
        # a comparison, not a date
        ("The lease will end five years earlier than planned.", "five years", "P5Y"),
        # minutes later: an amount of time, like hours
        ("He scored on 3 May. Three minutes later he was sent off.", "Three minutes later",
         "PT3M"),
        # thousands
        ("The fort was built 1,200 years ago.", "1,200 years ago", "0817"),
        ("The legend is set 6,000 years ago.", "6,000 years ago", "PAST_REF"),
    ],
)  # fmt: skip
def test_round6_ago_forms(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 5, 2)).get(extent) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ruling is due on Friday.", "2017-11-17"),
        ("Final figures are due Thursday.", "2017-11-16"),
        ("A verdict is expected on Friday.", "2017-11-17"),
        ("Snow is forecast for Saturday.", "2017-11-18"),
        # ... not in the past tense
        ("The payment was due on Friday.", "2017-11-10"),
        ("A verdict was expected on Friday.", "2017-11-10"),
    ],
)
def test_round6_expected_weekdays(nlp: Language, text: str, value: str) -> None:
    found = find_timexes(nlp(text), date(2017, 11, 15))  # a Wednesday
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The mill was shut between June and August 2015.", "June", "2015-06"),
        ("They met on 3 May and 6 June 2015.", "3 May", "2015-05-03"),
        ("He toured in June, July and August 2012.", "June", "2012-06"),
        ("The freeze lasted from November to February 2016.", "November", "2015-11"),
        ("Exports rose in Aug and Sept last year.", "Aug", "2016-08"),
    ],
)
def test_round6_paired_months_share_a_year(
    nlp: Language, text: str, extent: str, value: str
) -> None:
    assert values(nlp, text, date(2017, 11, 15)).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("He hopes his children can return one day.", "one day", "FUTURE_REF"),
        ("If a truce is agreed one day, the troops will leave.", "one day", "FUTURE_REF"),
        ("The walkout will last one day.", "one day", "P1D"),
        ("Prices rose 3% in one day.", "one day", "P1D"),
        ("The temple dates from the fifth century BC.", "the fifth century BC", "BC04"),
    ],
)
def test_round6_some_day_and_bc(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2017, 5, 2)).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # a month on a simple past verb is past, however far back in the year
        ("Police arrested him when he came home in November.", "November", "2017-11"),
        ("The vote was held on 12 November.", "12 November", "2017-11-12"),
        ("He has threatened more raids since sending troops north in February.", "February",
         "2018-02"),
        # ... not a deadline or a schedule
        ("The firm named Nov. 10 its cut-off.", "Nov. 10", "2018-11-10"),
        ("The hearing was postponed until 12 November.", "12 November", "2018-11-12"),
    ],
)  # fmt: skip
def test_round6_past_events(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2018, 9, 15)).get(extent) == value


def test_the_next_year_in_a_past_story_follows_the_year_named(nlp: Language) -> None:
    anchor = date(2018, 9, 15)
    text = "The law was passed in 1970. The next year, parliament repealed it."
    assert values(nlp, text, anchor)["The next year"] == "1971"
    assert values(nlp, "The mine will close over the next year.", anchor) == {
        "the next year": "2019"
    }


def test_a_date_counted_from_a_mention_in_a_past_clause_is_not_after_publication(
    nlp: Language,
) -> None:
    anchor = date(2019, 1, 22)
    found = values(nlp, "They met on Monday. The following morning, they flew home.", anchor)
    assert found["The following morning"] == "2019-01-22TMO"
    text = "She taught there in 2018. That seven years later the minister has agreed is odd."
    assert values(nlp, text, anchor)["seven years later"] == "P7Y"


def test_a_passive_conjunct_on_a_date_is_past(nlp: Language) -> None:
    text = "He was betrayed by a friend and arrested by police on 23 October."
    assert values(nlp, text, date(2017, 8, 13)) == {"23 October": "2016-10-23"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The leader has ordered a daily truce in the city to begin on Tuesday.", "2018-02-27"),
        ("The talks to be held on Thursday were called off.", "2018-03-01"),
        ("Ministers will attend a summit starting on Wednesday.", "2018-02-28"),
        # ... not a past start
        ("Clashes starting on Wednesday killed dozens.", "2018-02-21"),
        ("He ordered troops to withdraw on Friday.", "2018-02-23"),
    ],
)
def test_round6_coming_starts(nlp: Language, text: str, value: str) -> None:
    found = find_timexes(nlp(text), date(2018, 2, 26))  # a Monday
    assert [t.value for t in found if t.type == "DATE"] == [value]


def test_an_age_with_early_or_late_is_no_decade(nlp: Language) -> None:
    anchor = date(2018, 2, 26)
    assert values(nlp, "Life was hard for him from his early 20s.", anchor) == {}
    assert values(nlp, "Prices soared in the early 80s.", anchor) == {"the early 80s": "198"}


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The envoy arrived at the beginning of the week.", "the beginning of the week",
         "2018-W09"),
        ("Since the start of the year, shares have fallen.", "the start of the year", "2018"),
        ("Rents rise in the middle of the year.", "the middle of the year", "2018"),
        # a period already ended
        ("In the year ended June 30, profit rose.", "June 30", "2017-06-30"),
    ],
)  # fmt: skip
def test_round6_parts_of_periods(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2018, 2, 26)).get(extent) == value


@pytest.mark.parametrize(
    ("text", "anchor", "extent", "value"),
    [
        # a season without a year: over, or still to come, by the tense
        ("The siege ended in the autumn.", date(2018, 1, 16), "the autumn", "2017-FA"),
        ("Talks will resume in the spring.", date(2018, 7, 16), "the spring", "2019-SP"),
        ("Talks will resume in the spring.", date(2018, 1, 16), "the spring", "2018-SP"),
        # a weekday of next week, or of last week
        ("The fair runs in Oslo on Thursday and Friday next week.", date(2018, 1, 17), "Friday",
         "2018-01-26"),
        ("They met on Monday last week.", date(2018, 1, 17), "Monday", "2018-01-08"),
    ],
)  # fmt: skip
def test_round6_seasons_and_weeks(
    nlp: Language, text: str, anchor: date, extent: str, value: str
) -> None:
    assert values(nlp, text, anchor).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("He worked there from late 2014 until his arrest in May the following year.",
         "May the following year", "2015-05"),
        ("He fled in 2010 and came back on 4 May the following year.",
         "4 May the following year", "2011-05-04"),
        ("The war began in 1990. That June, talks failed.", "That June", "1990-06"),
    ],
)  # fmt: skip
def test_round6_months_in_a_mentioned_year(
    nlp: Language, text: str, extent: str, value: str
) -> None:
    assert values(nlp, text, date(2018, 1, 15)).get(extent) == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The ministers met on 16 and 17 July.", "16", "2023-07-16"),
        ("Strikes are planned between 3 and 5 April.", "3", "2024-04-03"),
        ("The fair on June 11 and 12 opens in Oslo.", "12", "2024-06-12"),
    ],
)
def test_a_bare_day_paired_with_a_date(nlp: Language, text: str, extent: str, value: str) -> None:
    assert values(nlp, text, date(2024, 3, 5))[extent] == value


def test_a_number_before_a_date_is_no_day_without_a_preposition(nlp: Language) -> None:
    assert "3" not in values(nlp, "Rovers won 3 and 17 July was a holiday.", date(2024, 3, 5))
