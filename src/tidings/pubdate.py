"""Inferring an article's publication date from its text when no metadata gives it.

The evidence is the article's own dates: the latest full date it names (a caption's "on May 1,
2017") and the weekday it keeps using for the news ("Tuesday", "late Tuesday"). The publication
date is the first day on or after the latest full date that falls on the dominant weekday (news
is published the day of, or a few days after, the last dated event); with no weekday, the latest
full date itself. Dates in a future-tense clause ("the vote will be held on June 8, 2017") are not
evidence; years or months alone give nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from spacy.tokens import Doc

from tidings.timex import find_timexes
from tidings.timex.tense import tense_at

_FULL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")
_MAX_GAP_DAYS = 6  # the dominant weekday is looked for within a week after the latest date


def infer_published(doc: Doc) -> date | None:
    """The most likely publication date of the text, or None when it names no full date."""
    dates: list[date] = []
    weekdays: Counter[int] = Counter()
    for timex in find_timexes(doc, None):
        if timex.type == "SET":
            continue
        full = _FULL_DATE.fullmatch(timex.value)
        if full:
            if tense_at(doc, timex.start, timex.end) != "future":
                dates.append(date(*map(int, full.groups())))
            continue
        weekday = _WEEKDAY.match(timex.value)
        if weekday:
            weekdays[int(weekday.group(1))] += 1
    if not dates:
        return None
    latest = max(dates)
    if not weekdays:
        return latest
    top = max(weekdays.values())
    dominant = {day for day, count in weekdays.items() if count == top}
    for gap in range(_MAX_GAP_DAYS + 1):
        candidate = latest + timedelta(days=gap)
        if candidate.isoweekday() in dominant:
            return candidate
    return latest
