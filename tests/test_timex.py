"""Temporal expressions: extents, TIMEX3 values, types, on short texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tidings.models import Timex
from tidings.timex import find_timexes

ANCHOR = date(2017, 5, 2)  # a Tuesday


def timexes(nlp: Language, text: str, anchor: date | None = ANCHOR) -> list[Timex]:
    found = find_timexes(nlp(text), anchor)
    for t in found:
        assert text[t.start : t.end] == t.text
    return found


def only(nlp: Language, text: str, anchor: date | None = ANCHOR) -> Timex:
    found = timexes(nlp, text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "extent", "value", "granularity"),
    [
        ("The minister spoke to reporters on Tuesday.", "Tuesday", "2017-05-02", "day"),
        (
            "She had met the envoy earlier Tuesday in the capital.",
            "earlier Tuesday",
            "2017-05-02",
            "day",
        ),
        (
            "He posted the message late Tuesday after the talks.",
            "late Tuesday",
            "2017-05-02",
            "day",
        ),
        ("The council voted on Monday to approve it.", "Monday", "2017-05-01", "day"),
        ("The committee met on Friday to discuss the budget.", "Friday", "2017-04-28", "day"),
        ("The two leaders will meet on Friday in the capital.", "Friday", "2017-05-05", "day"),
        ("Prices fell sharply today.", "today", "2017-05-02", "day"),
        ("Prices fell sharply yesterday.", "yesterday", "2017-05-01", "day"),
        ("The results will be published tomorrow.", "tomorrow", "2017-05-03", "day"),
        ("The bridge was damaged by a storm last month.", "last month", "2017-04", "month"),
        ("Exports grew strongly last year.", "last year", "2016", "year"),
        ("The envoy visited the port last week.", "last week", "2017-W17", "week"),
        ("The ministry expects a decision this week.", "this week", "2017-W18", "week"),
        ("Sales have been weak this month.", "this month", "2017-05", "month"),
        ("Sales have been weak this year.", "this year", "2017", "year"),
        ("The plant reopens next month.", "next month", "2017-06", "month"),
        ("They discussed holding a summit in July.", "July", "2017-07", "month"),
        ("Talks take place in the capital on May 3-4.", "May 3-4", "2017-05-03", "day"),
        ("A ceasefire was agreed in late 2016 by the parties.", "late 2016", "2016", "year"),
        ("The campaign began in September 2015.", "September 2015", "2015-09", "month"),
        ("The dispute began more than six years ago.", "more than six years ago", "2011", "year"),
        ("A photo taken on May 1, 2017.", "May 1, 2017", "2017-05-01", "day"),
        ("The law took effect on 1 May 2017.", "1 May 2017", "2017-05-01", "day"),
        ("The filing is dated 2017-05-01.", "2017-05-01", "2017-05-01", "day"),
        ("Since she took office in January, exports have risen.", "January", "2017-01", "month"),
        ("Inflation was high in the 1990s.", "the 1990s", "199", "decade"),
        ("Crops failed last summer.", "last summer", "2016-SU", "season"),
        ("Profit fell in the first quarter.", "the first quarter", "2017-Q1", "quarter"),
        ("Profit fell in the fourth quarter.", "the fourth quarter", "2016-Q4", "quarter"),
        ("The rebels withdrew two weeks ago.", "two weeks ago", "2017-W16", "week"),
        ("A year earlier, the firm lost money.", "A year earlier", "2016", "year"),
        ("Trade has grown in recent years.", "recent years", "PAST_REF", "year"),
        ("The war ended in nineteen ninety-five.", "nineteen ninety-five", "1995", "year"),
        ("The shop will open again on Christmas.", "Christmas", "2017-12-25", "day"),
    ],
)
def test_dates(nlp: Language, text: str, extent: str, value: str, granularity: str) -> None:
    timex = only(nlp, text)
    assert (timex.text, timex.value, timex.granularity, timex.type) == (
        extent,
        value,
        granularity,
        "DATE",
    )


@pytest.mark.parametrize(
    ("text", "extent", "value", "kind"),
    [
        ("The war has lasted six years.", "six years", "P6Y", "DURATION"),
        ("The strike lasted three days.", "three days", "P3D", "DURATION"),
        ("Over the past two months the price doubled.", "the past two months", "P2M", "DURATION"),
        ("The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M", "DURATION"),
        ("They signed a five-year contract.", "five-year", "P5Y", "DURATION"),
        ("The plant makes 400 cars a day.", "a day", "P1D", "SET"),
        ("The index is published weekly.", "weekly", "P1W", "SET"),
        (
            "The meeting starts at 10 a.m. on the second floor.",
            "10 a.m.",
            "2017-05-02T10:00",
            "TIME",
        ),
        (
            "Protesters gathered Friday night outside the palace.",
            "Friday night",
            "2017-04-28TNI",
            "TIME",
        ),
        ("Now is not the time to relax.", "Now", "PRESENT_REF", "DATE"),
        ("The firm is currently reviewing its options.", "currently", "PRESENT_REF", "DATE"),
    ],
)
def test_other_types(nlp: Language, text: str, extent: str, value: str, kind: str) -> None:
    timex = only(nlp, text)
    assert (timex.text, timex.value, timex.type) == (extent, value, kind)


def test_several_in_order(nlp: Language) -> None:
    text = "On Monday the talks stalled; last week they had resumed after two years."
    found = timexes(nlp, text)
    assert [(t.text, t.value) for t in found] == [
        ("Monday", "2017-05-01"),
        ("last week", "2017-W17"),
        ("two years", "P2Y"),
    ]


def test_past_month_goes_to_previous_year(nlp: Language) -> None:
    timex = only(nlp, "The rebels seized the town in November.")
    assert timex.value == "2016-11"


def test_no_anchor_keeps_absolute_and_underspecified_values(nlp: Language) -> None:
    text = "The deal signed on May 1, 2017 took effect on Tuesday, not last month, in July."
    found = {t.text: t.value for t in timexes(nlp, text, None)}
    assert found == {"May 1, 2017": "2017-05-01", "Tuesday": "XXXX-WXX-2", "July": "XXXX-07"}


def test_not_dates(nlp: Language) -> None:
    text = (
        "Officials may decide soon. She paid $1990 for 2,017 shares. "
        "April Ryan asked a question. The 52 years old director marched on."
    )
    found = {t.text for t in timexes(nlp, text)}
    assert "may" not in {f.lower() for f in found}
    assert not {"1990", "2,017", "April", "52 years"} & found


def test_quarter_anaphora(nlp: Language) -> None:
    text = "Third-quarter profit rose to $5 million from $3 million a year earlier."
    found = {t.text: t.value for t in timexes(nlp, text, date(2017, 10, 25))}
    assert found == {"Third-quarter": "2017-Q3", "a year earlier": "2016-Q3"}


def test_empty_text(nlp: Language) -> None:
    assert find_timexes(nlp(""), ANCHOR) == []
