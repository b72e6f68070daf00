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
