"""Temporal expressions: find them and normalise them to TIMEX3 values relative to an anchor date.

``find_timexes(doc, anchor)`` runs the rules of :mod:`tidings.timex.rules` over the text (one
regular expression per rule, built from the word lists in ``data/timex/``), keeps the longest of
overlapping matches and normalises each against ``anchor`` (the publication date) and the tense
of its clause.

Values follow TIMEX3: ``2017-05-02``, ``2017-04``, ``2017-W17``, ``2017-Q1``, ``2016-SU``,
``199`` (the 1990s), ``P6Y`` (six years, type DURATION), ``P1W`` (weekly, type SET),
``2017-05-02T10:00`` (type TIME), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.

With ``anchor=None`` absolute dates keep their values, month names and weekdays get TIMEX3's
underspecified values (``XXXX-07``, ``XXXX-WXX-2``), "two weeks ago" is ``PAST_REF``, and other
expressions that need an anchor ("yesterday", "last month") are left out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from tidings.models import Timex
from tidings.timex.calendar import add_months
from tidings.timex.context import Context, Norm
from tidings.timex.lexicon import lexicon
from tidings.timex.rules import rule_index

__all__ = ["find_timexes"]


_WORD = re.compile(r"['’]?\w[\w.]*")


_REACH = 6  # an expression's first word is at most this many words before its core word


def _opening_positions(text: str) -> list[int]:
    """Character offsets of the words at which an expression may start: words that can open a
    rule, a few words before (or at) a word that every expression contains (a month, a unit,
    a number, "today", ...)."""
    index = rule_index()
    openers, cores = index.openers, index.cores
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
    wanted: set[int] = set()
    for i, (_, word) in enumerate(words):
        if word[0].isdigit() or word.rstrip(".") in cores or _is_quarter_code(word):
            wanted.update(range(max(0, i - _REACH), i + 1))
        elif word[0] in "'’" and word[1:2].isdigit():
            wanted.add(i)
    positions = []
    for i in sorted(wanted):
        start, word = words[i]
        if start and text[start - 1] == "-":
            continue
        opens = word in openers or word.rstrip(".") in openers
        if opens or word[0].isdigit() or word[0] in "'’" or _is_quarter_code(word):
            positions.append(start)
    return positions


def _is_quarter_code(word: str) -> bool:
    return len(word) == 2 and word[0] == "q" and word[1] in "1234"


def find_timexes(doc: Doc, anchor: date | None) -> list[Timex]:
    """Temporal expressions in ``doc`` with TIMEX3 values relative to ``anchor``, in text order."""
    text = doc.text
    candidates: list[tuple[int, int, int, object]] = []
    by_char = rule_index().by_char
    for pos in _opening_positions(text):
        for rule in by_char.get(text[pos].lower(), ()):
            m = rule.pattern.match(text, pos)
            if m is not None:
                candidates.append((m.start(), m.end(), rule.priority, (rule, m)))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    ctx = Context(doc=doc, text=text, anchor=anchor, lex=lexicon())
    taken: list[tuple[int, int, Norm]] = []
    occupied = bytearray(len(text))  # 1 where an accepted expression lies
    for start, end, _, payload in candidates:
        if occupied.find(1, start, end) != -1:
            continue
        rule, m = payload  # type: ignore[misc]
        norm = rule.handler(m, ctx)
        if norm is None:
            continue
        start = norm.start if norm.start is not None else start
        end = norm.end if norm.end is not None else end
        taken.append((start, end, norm))
        occupied[start:end] = b"\x01" * (end - start)
    taken.sort(key=lambda t: t[0])
    return [
        Timex(
            start=start,
            end=end,
            text=text[start:end],
            value=norm.value,
            granularity=norm.granularity,
            type=norm.type,  # type: ignore[arg-type]
        )
        for start, end, norm in paired_days(
            share_years(resolve_anaphors(taken, anchor), text), text
        )
    ]


_LINKED = re.compile(r"\s*(?:,|and|or|to|through|until|till|[-–])\s*(?:(?:and|or)\s+)?", re.I)
_MONTH_OR_DAY = re.compile(r"(\d{4})-(\d\d)(-\d\d)?")
_YEAR_NAMED = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\b(?:last|this|next)\s+year\b", re.I)


def share_years(found: list[tuple[int, int, Norm]], text: str) -> list[tuple[int, int, Norm]]:
    """A month or day named without a year takes the year of the one it is paired with:
    "between June and August 2015", "on 3 May and 6 June 2015", "from November to February
    2016" (the year before when a range runs over new year)."""
    shared = list(found)
    yeared = {i for i, (start, end, _) in enumerate(found) if _YEAR_NAMED.search(text[start:end])}
    for i in range(len(shared) - 2, -1, -1):  # backwards: "June, July and August 2012"
        start, end, norm = shared[i]
        next_start, _, next_norm = shared[i + 1]
        first, second = (
            _MONTH_OR_DAY.fullmatch(norm.value),
            _MONTH_OR_DAY.fullmatch(next_norm.value),
        )
        if first is None or second is None or norm.type != "DATE":
            continue
        if i in yeared or i + 1 not in yeared:
            continue
        link = _LINKED.fullmatch(text[end:next_start])
        if link is None:
            continue
        year = int(second.group(1))
        ranged = not re.search(r"\b(?:and|or)\b|,", link.group(0))
        if ranged and first.group(2) > second.group(2):
            year -= 1  # "from November to February 2016"
        value = f"{year:04d}-{first.group(2)}{first.group(3) or ''}"
        shared[i] = (start, end, replace(norm, value=value))
        yeared.add(i)
    return shared


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_DAY_BEFORE = re.compile(
    r"\b(?:on|between|from)\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s*(?:and|or|to|[-–])\s*$", re.I
)
_DAY_AFTER = re.compile(
    r"\s*(?:and|or)\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per|,?\s*\d))"
)


def paired_days(found: list[tuple[int, int, Norm]], text: str) -> list[tuple[int, int, Norm]]:
    """A bare day paired with a date takes its month and year: "16" in "on 16 and 17 July", "25"
    in "on June 11 and 12"."""
    out = list(found)
    for start, end, norm in found:
        if norm.type != "DATE" or not _DAY_VALUE.fullmatch(norm.value):
            continue
        month = norm.value[:8]
        before = _DAY_BEFORE.search(text, max(0, start - 24), start)
        if before is not None and text[start].isdigit():  # "16 and 17 July"
            day = int(before.group(1))
            out.append((before.start(1), before.end(1), replace(norm, value=f"{month}{day:02d}")))
        after = _DAY_AFTER.match(text, end)
        if after is not None and text[end - 1].isdigit() and not text[start].isdigit():
            day = int(after.group(1))  # "June 11 and 12"
            out.append((after.start(1), after.end(1), replace(norm, value=f"{month}{day:02d}")))
    return sorted(out, key=lambda t: t[0])


_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_ANAPHOR_REACH = 1500  # characters back to the quarter an anaphor can refer to
_DATE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?")
_MENTION_REACH = 3000  # characters back to the date "that day" or "the following year" counts from


def resolve_anaphors(
    found: list[tuple[int, int, Norm]], anchor: date | None = None
) -> list[tuple[int, int, Norm]]:
    """Give "the quarter" the value of the last quarter named before it, and "a year earlier" /
    "the year-ago period" the same quarter a year before (the way earnings reports compare).
    Count "that day", "the following month", "later that year" from the last date named before
    them (dropping "that day" when there is none)."""
    resolved = []
    last: tuple[int, int, int] | None = None  # (end, year, quarter)
    named: tuple[int, re.Match[str]] | None = None  # (end, the last date named)
    for start, end, norm in found:
        if norm.anaphor and norm.anaphor.startswith("mention:"):
            near = named is not None and start - named[0] <= _MENTION_REACH
            value = _from_mention(norm.anaphor, named[1]) if near and named else None
            if value and norm.anaphor.endswith(":past") and _after(value, anchor):
                value = None  # "the following morning they flew home": not after publication
            if value is None and not norm.value:
                continue
            kind = "DATE" if value and norm.type == "DURATION" else norm.type  # "two years later"
            norm = replace(norm, value=value or norm.value, type=kind, anaphor=None)
        elif norm.anaphor and last is not None and start - last[0] <= _ANAPHOR_REACH:
            year = last[1]
            if norm.anaphor == "year_before" and (anchor is None or year >= anchor.year):
                year -= 1  # (a quarter named with last year's date is already the year-ago one)
            norm = replace(norm, value=f"{year:04d}-Q{last[2]}", granularity="quarter")
        quarter = _QUARTER.fullmatch(norm.value)
        if quarter and norm.anaphor != "year_before":
            last = (end, int(quarter.group(1)), int(quarter.group(2)))
        date_named = _DATE.fullmatch(norm.value)
        if date_named and norm.type in ("DATE", "TIME"):
            named = (end, date_named)
        resolved.append((start, end, norm))
    return resolved


def _after(value: str, anchor: date | None) -> bool:
    """Whether a date value lies after the anchor (compared at the value's own granularity)."""
    found = _DATE.fullmatch(value)
    if anchor is None or found is None:
        return False
    parts = [int(x) for x in found.groups() if x]
    return tuple(parts) > (anchor.year, anchor.month, anchor.day)[: len(parts)]


def _from_mention(anaphor: str, named: re.Match[str]) -> str | None:
    """The value of "mention:<unit>:<step>[:<time suffix>[:past]]" counted from the date
    ``named``."""
    _, unit, step_text, *rest = anaphor.split(":")  # mention:unit:step[:suffix[:told as]]
    year, month, day = (int(x) if x else None for x in named.groups())
    if unit.startswith("in-year"):  # "that June", "in May the following year": step is "MM[-DD]"
        offset = int(unit[len("in-year") :] or 0)
        return f"{year + offset:04d}-{step_text}" if year is not None else None
    step, suffix = int(step_text), rest[0] if rest else ""
    if unit == "year" and year is not None:
        return f"{year + step:04d}"
    if unit == "month" and month is not None:
        y, mo = add_months(year, month, step)  # type: ignore[arg-type]
        return f"{y:04d}-{mo:02d}"
    if unit == "day" and day is not None:
        when = date(year, month, day) + timedelta(days=step)  # type: ignore[arg-type]
        return when.isoformat() + suffix
    if unit == "day" and month is not None and step == 0:
        return f"{year:04d}-{month:02d}-XX"
    return None
