"""Rules for calendar expressions: full dates, months, years, decades, quarters, seasons,
holidays."""

from __future__ import annotations

import calendar
import re
from datetime import date

from tidings.timex.amounts import amount
from tidings.timex.calendar import (
    add_quarters,
    month_value,
    nth_weekday,
    quarter_of,
    safe_date,
    week_value,
)
from tidings.timex.context import Context, Norm, g
from tidings.timex.lexicon import Holiday

Match = re.Match[str]
_NON_DATE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_YEAR_CUES = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|to|through|during|before|after|between|and|early|"
    r"late|mid|fiscal|year|around|about|circa|spring|summer|fall|autumn|winter)\s*-?)$"
)


def _capitalised(text: str, start: int) -> bool:
    return text[start : start + 1].isupper()


_MONTH_CUES = re.compile(
    r"\b(?:in|since|until|till|by|from|through|during|before|after|of|between|early|late|mid|"
    r"last|next|this|each|every|that)[\s-]+$"
)
_LINKS = re.compile(r"(?:\b(?:to|and|or|through)\s+|[-–]\s*)$")  # "April to May", "April-May"
_PARTOF_START = re.compile(
    r"(?:the\s+)?(?:very\s+)?(?:early|late|mid|end|beginning|start|middle)", re.IGNORECASE
)
_NAME_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT"})


def in_a_name(ctx: Context, start: int) -> bool:
    """Whether the word at ``start`` is part of a name with other capitalised words ("The Sunday
    Times", "the Summer Olympics"), not a date."""
    token = ctx.token_at(start)
    if token is None or token.ent_type_ not in _NAME_LABELS:
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    lex = ctx.lex
    dated = {"the", *lex.weekdays, *lex.months, *lex.seasons, *lex.day_parts, *lex.holidays}
    return entity is not None and any(
        t.i != token.i and t.is_title and t.lower_ not in dated for t in entity
    )


def month_ok(ctx: Context, m: Match, group: str = "mon") -> bool:
    """A month word must be capitalised and not be the modal "May" or a person's name."""
    start = m.start(group)
    if not _capitalised(ctx.text, start):
        return False
    token = ctx.token_at(start)
    if token is None:
        return True
    return token.tag_ not in ("MD", "VB", "VBP") and token.ent_type_ != "PERSON"


_MAX_SHIFT_DAYS = 270  # a tense moves a date to the year before or after only if that is this near
_MAX_AHEAD_DAYS = 225  # with no clear tense, a date this far back in the year is next year's


def year_for_month(ctx: Context, m: Match, month: int, day: int | None = None) -> int | None:
    """The year of a month (or month and day) named without one: the anchor's year, unless the
    clause's tense says the date is past (or future) and the year before (or after) puts it
    within a few months of the anchor; with no clear tense, the year that puts it nearest, but
    leaning to the past."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    when = safe_date(anchor.year, month, day or 15) or safe_date(anchor.year, month, 28)
    if when is None:
        return anchor.year
    delta = (when - anchor).days
    slack = 3 if day else 15
    tense = "future" if ctx.before(m, 10).endswith("effective ") else ctx.date_tense(m)
    if tense == "past":
        if delta > slack and (365 - delta <= _MAX_SHIFT_DAYS or ctx.past_event(m)):
            return anchor.year - 1
        return anchor.year
    if tense == "future":
        if delta < -slack and 365 + delta <= _MAX_SHIFT_DAYS:
            return anchor.year + 1
        return anchor.year
    if delta > 183:
        return anchor.year - 1
    if delta < -_MAX_AHEAD_DAYS:  # news names past months more often than coming ones
        return anchor.year + 1
    return anchor.year


def full_date(m: Match, ctx: Context) -> Norm | None:
    """May 1, 2017 · 1 May 2017 · Tuesday, May 2, 2017 · May 3-4, 2017 · 2017-05-01 · 5/1/2017."""
    if m.groupdict().get("mon") and not month_ok(ctx, m):
        return None
    month = ctx.lex.months[g(m, "mon")] if g(m, "mon") else int(m.group("m"))
    year = int(m.group("y"))
    if year < 100:
        year += 1900 if year >= 50 else 2000
    day = safe_date(year, month, int(m.group("d")))
    if day is None:
        return None
    if m.groupdict().get("hh"):
        return Norm(f"{day.isoformat()}T{m.group('hh')}:{m.group('mm')}", "time", "TIME")
    return Norm(day.isoformat(), "day")


def month_day(m: Match, ctx: Context) -> Norm | None:
    """May 3 · May 3-4 · 1 May · the 3rd of May · March eighth · the third of June · last Oct. 23
    (year from the anchor and the tense; a date "effective" from lies ahead)."""
    if not month_ok(ctx, m):
        return None
    month = ctx.lex.months[g(m, "mon")]
    day = int(m.group("d")) if m.group("d") else ctx.lex.ordinals[g(m, "od")]
    rel = re.sub(r"\s+", " ", g(m, "rel"))
    if g(m, "yana"):  # "on 4 May the following year"
        return _in_mentioned_year(m, ctx, f"{month:02d}-{day:02d}", "day")
    if g(m, "yrel") and ctx.anchor is not None:  # "21 December last year"
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[g(m, "yrel")]
    elif rel and ctx.anchor is not None:  # "last Oct. 23": the one before the anchor
        year = ctx.anchor.year
        when = safe_date(year, month, day)
        if when is not None and rel in ("last", "this past") and when >= ctx.anchor:
            year -= 1
        elif when is not None and rel in ("next", "this coming") and when <= ctx.anchor:
            year += 1
    else:
        year = year_for_month(ctx, m, month, day)
    if year is None:
        return Norm(f"XXXX-{month:02d}-{day:02d}", "day") if 1 <= day <= 31 else None
    value = safe_date(year, month, day)
    return Norm(value.isoformat(), "day") if value else None


_YEAR_STEPS = {"the following": 1, "the next": 1, "the previous": -1, "that": 0}


def _in_mentioned_year(m: Match, ctx: Context, month_day: str, granularity: str) -> Norm:
    """'in May the following year', 'on 4 May that year': in the year after (or of) the one the
    story named last (see resolve_anaphors); with none named, counted from the anchor."""
    step = _YEAR_STEPS[re.sub(r"\s+", " ", g(m, "yana"))]
    fallback = f"{ctx.anchor.year + step:04d}-{month_day}" if ctx.anchor else ""
    told = "past" if ctx.tense(m) == "past" else ""
    return Norm(fallback, granularity, anaphor=f"mention:in-year{step:+d}:{month_day}::{told}")


def week_of(m: Match, ctx: Context) -> Norm | None:
    """the week of March 6 (its ISO week: 2017-W10)."""
    if not month_ok(ctx, m):
        return None
    month, day = ctx.lex.months[g(m, "mon")], int(m.group("d"))
    year = int(m.group("y")) if m.group("y") else year_for_month(ctx, m, month, day)
    when = safe_date(year, month, day) if year is not None else None
    return Norm(week_value(when), "week") if when else None


def month_year(m: Match, ctx: Context) -> Norm | None:
    """September 2015 · early January 2016 · May of 2016 · January nineteen ninety-seven."""
    if not month_ok(ctx, m):
        return None
    if m.groupdict().get("hi"):
        spoken = spoken_year(m, ctx)
        year = int(spoken.value) if spoken else None
    else:
        year = int(m.group("y"))
    return Norm(month_value(year, ctx.lex.months[g(m, "mon")]), "month") if year else None


_MONTH_NAMES = frozenset(name.lower() for name in calendar.month_name if name)


def month_alone(m: Match, ctx: Context) -> Norm | None:
    """July · in July · last April · early December · January this year."""
    if not month_ok(ctx, m):
        return None
    month = ctx.lex.months[g(m, "mon")]
    rel, yrel = g(m, "rel"), g(m, "yrel")
    if rel in ("each", "every"):
        return Norm(f"XXXX-{month:02d}", "month", "SET")
    if g(m, "mon") == "may" and not rel and not yrel and not _PARTOF_START.match(m.group(0)):
        before = ctx.before(m, 30)
        listed = _LINKS.search(before) and any(w in ctx.lex.months for w in before.split()[-3:])
        if not _MONTH_CUES.search(before) and not listed:
            return None  # "wrote to May", "May said": the name, not the month
    word = m.group("mon")
    abbreviated = word[-1] != "." and word.lower() not in _MONTH_NAMES
    if abbreviated and re.match(r" [A-Z][a-z]", ctx.text[m.end() : m.end() + 3]):
        return None  # "Jan Lukas", "Dec Hogan": a first name
    named = re.match(r"\s+(?:of|for)\s+(?!(?:19|20)\d\d)", ctx.after(m, 12))
    if named and not rel and not yrel and not _YEAR_CUES.search(ctx.before(m, 12)):
        return None  # "the March for Life" (but "in March for talks")
    anchor = ctx.anchor
    if anchor is None:
        return Norm(f"XXXX-{month:02d}", "month")
    if rel == "that":  # "that June": in the year the story named last
        return Norm("", "month", anaphor=f"mention:in-year:{month:02d}")
    if g(m, "yana"):  # "in May the following year"
        return _in_mentioned_year(m, ctx, f"{month:02d}", "month")
    if yrel:
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[yrel]
    elif rel in ("last", "the previous", "previous") or rel.startswith("this past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in ("next", "the following") or rel.startswith("this coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = year_for_month(ctx, m, month) or anchor.year
    return Norm(month_value(year, month), "month")


def months_quarter(m: Match, ctx: Context) -> Norm | None:
    """the April-June quarter (2017-Q2) · the July-December half (2017-H2): calendar periods
    named by their first and last months, in the year the last month's tense gives."""
    if not (month_ok(ctx, m) and month_ok(ctx, m, "mon2")):
        return None
    first, last = ctx.lex.months[g(m, "mon")], ctx.lex.months[g(m, "mon2")]
    if last - first == 2 and first % 3 == 1:
        code, granularity = f"Q{(first + 2) // 3}", "quarter"
    elif last - first == 5 and first in (1, 7):
        code, granularity = f"H{(first + 5) // 6}", "quarter"
    else:
        return None
    if m.group("y"):
        year: int | None = int(m.group("y"))
    elif g(m, "yrel") and ctx.anchor is not None:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[g(m, "yrel")]
    else:
        year = year_for_month(ctx, m, last)
    return Norm(f"{year:04d}-{code}" if year else f"XXXX-{code}", granularity)


def year_alone(m: Match, ctx: Context) -> Norm | None:
    """1990 · fiscal 1989 · mid-1996 · 1994 or later (a bare number needs a date-like context)."""
    if re.search(r"\shalf\s", m.group(0)):
        return None  # "the second half of 2016": a half year (see quarter)
    start = m.start("y")
    before = ctx.text[max(0, start - 2) : start]
    if before.endswith(("$", "£", "€", "#", "¥")) or re.match(r"\s?%|\.\d|,\d{3}", ctx.after(m, 4)):
        return None
    if before.endswith(",") or ctx.text[start - 2 : start - 1].isdigit():
        return None
    token = ctx.token_at(start)
    if token is not None and token.ent_type_ in _NON_DATE_LABELS:
        plain = not (m.group(0).lower() != m.group("y") or _YEAR_CUES.search(ctx.before(m, 12)))
        if token.ent_type_ != "CARDINAL" or plain:
            return None
        after = token.nbor() if token.i + 1 < len(token.doc) else None
        if after is not None and after.tag_ in ("NNS", "NNPS"):
            return None  # "about 2000 people": a count
    return Norm(m.group("y"), "year")


_POSSESSIVE_WORDS = ("his ", "her ", "their ", "its ", "my ", "our ", "your ")
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|its|my|our|your)\s+(?:early|mid|late)[\s-]*$")


def decade(m: Match, ctx: Context) -> Norm | None:
    """the 1990s · the '80s · the early 1980s · the nineties (TIMEX3 value 199)."""
    if g(m, "dw"):
        tens = next(v for w, v in ctx.lex.numbers.items() if w[:-1] + "ies" == g(m, "dw"))
        if ctx.before(m, 6).endswith(_POSSESSIVE_WORDS):
            return None
        return Norm(f"19{tens[0]}", "decade")
    if g(m, "sd"):
        return Norm(f"19{m.group('sd')}", "decade")
    if not g(m, "c") and (
        ctx.before(m, 6).endswith(_POSSESSIVE_WORDS) or _AGE_BEFORE.search(ctx.before(m, 20))
    ):
        return None  # "in his 30s", "from his early 20s": an age
    century = g(m, "c") or "19"
    return Norm(f"{century}{m.group('dd')}", "decade")


def century(m: Match, ctx: Context) -> Norm | None:
    """the 20th century (TIMEX3 value 19) · the fifth century BC (BC04)."""
    word = g(m, "o")
    n = ctx.lex.ordinals.get(word) or int(re.sub(r"\D", "", word) or 0)
    era = "BC" if m.group("bc") else ""
    return Norm(f"{era}{n - 1:02d}", "century") if 1 <= n <= 30 else None


def quarter(m: Match, ctx: Context) -> Norm | None:
    """the third quarter · third-quarter · the year-ago quarter · the quarter a year ago · Q3
    2016 · the first half of 1990."""
    det, mods, word = g(m, "det"), g(m, "mods"), g(m, "o")
    if g(m, "ago"):  # "the quarter a year ago": the year-ago quarter
        mods += " year-ago "
    if g(m, "q"):
        number = int(m.group("q"))
    elif word == "final" or (word == "last" and re.search(r"\s(?:of|in)\s", m.group(0))):
        number = 2 if g(m, "u") == "half" else 4  # "the last half of 1989", "the final quarter"
    elif word and word != "last":
        number = ctx.lex.ordinals.get(word, 0)
    else:
        number = 0
    half = g(m, "u") == "half"
    if number > (2 if half else 4) or (half and not number):
        return None
    if g(m, "u") == "period" and (number or not mods.strip()):
        return None  # only "the 1988 period", "the year-ago period": a reporting quarter
    if not number and not det and not mods:
        return None
    if not number and det in ("a", "an"):
        return None
    year_text = g(m, "y") or g(m, "fy") or g(m, "y2") or _year_in(mods)
    anchor = ctx.anchor
    if year_text and not number and anchor is not None:  # "the 1988 quarter": the reported one
        number = add_quarters(anchor.year, quarter_of(anchor), -1)[1]
    if year_text:
        year = int(year_text)
    elif anchor is None:
        return Norm(f"XXXX-{'H' if half else 'Q'}{number or 'X'}", "quarter") if number else None
    else:
        shift = 0
        if g(m, "yrel") == "last" or "last year" in det or re.search(r"year-(?:ago|earlier)", mods):
            shift = -1
        elif g(m, "yrel") == "next" or "next year" in det:
            shift = 1
        year = anchor.year + shift
        if not number:  # the quarter being reported on: the one before the anchor's
            step = {"this": 0, "next": 1}.get(det, -1)
            if "current" in mods:
                step = 0
            y, number = add_quarters(anchor.year, quarter_of(anchor), step)
            year = y + shift
        elif shift == 0 and not half and number > quarter_of(anchor):
            tense = ctx.tense(m)
            if tense == "past" or (tense != "future" and number - quarter_of(anchor) >= 2):
                year -= 1
    unit = "H" if half else "Q"
    start = None
    if det in _POSSESSIVES or (det and re.search(r"\w-(?:quarter|half)", m.group(0))):
        start = m.start("core")  # "its third-quarter profit": TimeBank leaves the determiner out
    anaphor = None
    if not number and not year_text and det not in ("this", "next") and "current" not in mods:
        anaphor = "year_before" if re.search(r"year-(?:ago|earlier)", mods) else None
    return Norm(f"{year:04d}-{unit}{number}", "quarter", start=start, anaphor=anaphor)


_POSSESSIVES = frozenset({"its", "their", "his", "her", "a", "an"})


def _year_in(text: str) -> str:
    found = re.search(r"(?:19|20)\d\d", text)
    return found.group(0) if found else ""


_BARE_SEASON_CUES = ("in ", "during ", "by ", "until ", "since ", "over ", "through ")


def season(m: Match, ctx: Context) -> Norm | None:
    """last summer · this spring · the summer of 2016 · winter 2015."""
    word = g(m, "s") or g(m, "s2")
    code, first_month = ctx.lex.seasons[word]
    if in_a_name(ctx, m.start("s") if g(m, "s") else m.start("s2")):
        return None  # "the Summer Olympics"
    rel = re.sub(r"\s+", " ", g(m, "rel")).strip(" -")
    year_text = g(m, "y") or g(m, "y2")
    bare = not rel and not year_text
    if bare and (word in ("fall", "spring") or not ctx.before(m, 10).endswith(_BARE_SEASON_CUES)):
        return None
    if rel == "the" and not year_text and ctx.after(m, 4).startswith(" of"):
        return None
    dropped = re.match(r"\s+(?:in|from|to|by|since)\b", ctx.after(m, 7))
    if rel == "the" and word in ("fall", "spring") and dropped:
        return None  # "the fall in prices": a drop, not autumn
    if year_text:
        return Norm(f"{year_text}-{code}", "season")
    anchor = ctx.anchor
    if anchor is None:
        return Norm(f"XXXX-{code}", "season")
    # the year in which the season that contains (or is nearest to) the anchor starts
    current = anchor.year - 1 if first_month == 12 and anchor.month < 3 else anchor.year
    months_in = (anchor.month - first_month) % 12
    started = anchor.month >= first_month or (first_month == 12 and anchor.month < 3)
    if rel in ("last", "this past", "the past", "past"):
        year = current if started and months_in >= 3 else current - 1
    elif rel in ("next", "this coming", "the coming", "coming"):
        year = current if not started else current + 1
    else:  # "in the autumn": this year's, unless the tense says it is over or still to come
        year = current
        tense = ctx.date_tense(m)
        if tense == "past" and not started:
            year -= 1  # "a battle that ended in the autumn", told in January
        elif tense == "future" and started and months_in >= 3:
            year += 1  # "the talks will resume in the spring", told in July
    return Norm(f"{year:04d}-{code}", "season")


def holiday(m: Match, ctx: Context) -> Norm | None:
    """Christmas · Thanksgiving 2016 · New Year's Day · last Christmas · next Easter."""
    if not _capitalised(ctx.text, m.start("h")):
        return None
    rule = ctx.lex.holidays[re.sub(r"\s+", " ", g(m, "h"))]
    year = int(m.group("y")) if m.group("y") else None
    rel, anchor = g(m, "rel"), ctx.anchor
    if year is None:
        if anchor is None:
            return Norm(f"XXXX-{rule.month:02d}-{rule.day:02d}", "day") if rule.day else None
        year = anchor.year if rel else year_for_month(ctx, m, rule.month, rule.day or 15)
    when = _holiday_in(rule, year or anchor.year)  # type: ignore[union-attr]
    if when is not None and anchor is not None and not m.group("y"):
        if rel == "last" and when >= anchor:  # "last Christmas": the one before the anchor
            when = _holiday_in(rule, year - 1)  # type: ignore[operator]
        elif rel == "next" and when <= anchor:
            when = _holiday_in(rule, year + 1)  # type: ignore[operator]
    return Norm(when.isoformat(), "day") if when else None


def _holiday_in(rule: Holiday, year: int) -> date | None:
    if rule.day:
        return safe_date(year, rule.month, rule.day)
    return nth_weekday(year, rule.month, rule.weekday or 1, rule.nth or 1)


def spoken_year(m: Match, ctx: Context) -> Norm | None:
    """nineteen ninety-six · the year two thousand · two thousand and one (read-out years)."""
    high = re.sub(r"\s+", " ", g(m, "hi"))
    low_text = g(m, "lo")
    low = amount_in_words(low_text, ctx) if low_text else 0
    if low is None:
        return None
    if high.startswith("two thousand"):
        if low >= 100:
            return None
        return Norm(f"{2000 + low:04d}", "year")
    if not low_text or not 10 <= low <= 99 or low_text[:1].isdigit():
        return None  # "nineteen" alone is a number, not a year
    return Norm(f"{(19 if high == 'nineteen' else 20) * 100 + low:04d}", "year")


def amount_in_words(text: str, ctx: Context) -> int | None:
    value = amount(text, ctx)
    return int(value) if value and value.isdigit() else None
