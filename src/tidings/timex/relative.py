"""Rules for dates relative to the anchor: today, Tuesday, last month, two weeks ago, ..."""

from __future__ import annotations

import re
from datetime import timedelta

from tidings.timex.absolute import in_a_name
from tidings.timex.amounts import amount
from tidings.timex.calendar import (
    add_months,
    add_quarters,
    duration_value,
    month_value,
    quarter_of,
    shift,
    week_value,
    weekday_on_or_after,
    weekday_on_or_before,
)
from tidings.timex.context import Context, Norm, g

Match = re.Match[str]
_SOONEST = ("as soon as ", "as early as ")
_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# "this past week" is the seven days up to the telling: told from Friday on, mostly this week's.
_LAST_SEVEN_DAYS = frozenset({"past", "the past", "this past"})
_LATE_IN_THE_WEEK = 5  # ISO weekday of Friday
_BACK = frozenset({"last", "past", "previous", "the past", "the previous", "the last", "this past"})
_AHEAD = frozenset({"next", "coming", "the coming", "the next", "the following", "this coming"})
# Words that count a period from the date named last in the story, and by how many units.
_ANAPHORIC = {"that": 0, "the same": 0, "the following": 1, "the previous": -1}
_DAY_STEPS = {"next": 1, "following": 1, "previous": -1, "preceding": -1}


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def relative_day(m: Match, ctx: Context) -> Norm | None:
    """today · late yesterday · tomorrow morning · the day before yesterday · last night."""
    if ctx.anchor is None or (g(m, "w") and _titled(ctx, m.start("w"))):
        return None  # "BBC Radio 4's Today programme", "USA Today"
    word = g(m, "w") or g(m, "rd")
    offset = _DAY_OFFSETS.get(word, 0)
    if g(m, "ba"):
        offset += -1 if g(m, "ba") == "before" else 1
    part = g(m, "part")
    if g(m, "rel") == "last" and part:
        offset = -1
    if g(m, "w") == "overnight":
        offset, part = -1, "night"
    day = ctx.anchor + timedelta(days=offset)
    if part:
        return Norm(f"{day.isoformat()}T{ctx.lex.day_parts[part]}", "time", "TIME")
    return Norm(day.isoformat(), "day")


def _titled(ctx: Context, start: int) -> bool:
    """A capitalised word inside a sentence, right after another word: part of a name."""
    token = ctx.token_at(start)
    if token is None or not ctx.text[start].isupper() or token.is_sent_start or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    wordlike = any(c.isalnum() for c in before.text)
    return wordlike and before.tag_ not in ("CC", "IN")


def weekday(m: Match, ctx: Context) -> Norm | None:
    """Tuesday · earlier Tuesday · late Tuesday · last Friday · next Monday · Friday morning ·
    the day after Tuesday."""
    if not ctx.text[m.start("wd") : m.start("wd") + 1].isupper() or _newspaper(m, ctx):
        return None  # "sunday", "The Sunday Times"
    number = ctx.lex.weekdays[g(m, "wd")]
    rel = _clean(g(m, "rel"))
    part = g(m, "part")
    suffix = f"T{ctx.lex.day_parts[part]}" if part else ""
    kind, granularity = ("TIME", "time") if part else ("DATE", "day")
    if rel in ("every", "each"):
        return Norm(f"XXXX-WXX-{number}{suffix}", granularity, "SET")
    anchor = ctx.anchor
    if anchor is None:
        return Norm(f"XXXX-WXX-{number}{suffix}", granularity, kind)
    week = _WEEK_AFTER.match(ctx.text, m.end()) if not rel else None
    if week:  # "on Thursday next week", "on Monday and Tuesday last week"
        shift = {"next": 7, "last": -7, "this": 0}[week.group(1).lower()]
        day = anchor - timedelta(days=anchor.isoweekday() - number - shift)
    elif rel in _BACK:
        day = weekday_on_or_before(anchor - timedelta(days=1), number)
    elif rel in _AHEAD:
        day = weekday_on_or_after(anchor + timedelta(days=1), number)
    elif ctx.weekday_ahead(m) or ctx.before(m, 12).endswith(_SOONEST):
        day = weekday_on_or_after(anchor, number)
    else:
        day = weekday_on_or_before(anchor, number)
    if g(m, "ba"):  # "the day before last Tuesday"
        day += timedelta(days=-1 if g(m, "ba") == "before" else 1)
    return Norm(day.isoformat() + suffix, granularity, kind)


_WEEK_AFTER = re.compile(
    r"(?:,?\s+(?:and|or|to)\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(next|last|this)\s+week\b", re.I
)


def _newspaper(m: Match, ctx: Context) -> bool:
    """'The Sunday Times', 'the Sunday Herald': a weekday in a name."""
    if in_a_name(ctx, m.start("wd")):
        return True
    named = re.match(r" [A-Z][a-z]+", ctx.text[m.end("wd") : m.end("wd") + 20])
    return (
        not g(m, "rel")
        and bool(named)
        and ctx.before(m, 4).endswith("the ")
        and named.group(0).strip().lower() not in ctx.lex.day_parts  # type: ignore[union-attr]
    )


def weekdays_plural(m: Match, ctx: Context) -> Norm | None:
    """Mondays · on Tuesday nights (a SET)."""
    if not ctx.text[m.start("wds") : m.start("wds") + 1].isupper():
        return None
    number = ctx.lex.weekdays[g(m, "wds")[:-1]]
    part = g(m, "part")
    suffix = f"T{ctx.lex.day_parts[part]}" if part else ""
    return Norm(f"XXXX-WXX-{number}{suffix}", "day", "SET")


def relative_period(m: Match, ctx: Context) -> Norm | None:
    """this week · last month · next year · earlier this month · the end of this week."""
    anchor = ctx.anchor
    rel, unit = _clean(g(m, "rel")), g(m, "u")
    if anchor is None or ctx.text[m.start("u")].isupper():
        return None  # "This Week": a title
    if rel == "the next" and unit in ("year", "month") and ctx.tense(m) == "past":
        rel = "the following"  # "the next year, parliament passed a law": after the one named
    step = -1 if rel in _BACK else 1 if rel in _AHEAD else 0
    if rel in _ANAPHORIC and unit in ("year", "month"):
        # "that year", "the following month": counted from the date the story last named
        # (see resolve_anaphors); "the following year" with none named: from the anchor
        fallback = "" if rel in ("that", "the same") else shift(anchor, unit[0].upper(), step)
        value, granularity = fallback or ("", unit)
        anaphor = f"mention:{unit}:{_ANAPHORIC[rel]}::{_told_as(m, ctx)}"
        return Norm(value, granularity, anaphor=anaphor)
    if rel in ("that", "the same"):
        return None
    if unit in ("decade", "century") and rel.startswith(("the past", "the last", "past")):
        unit_info = ctx.lex.units[unit]  # "the past decade": the ten years up to now
        return Norm(f"P{unit_info.count}Y", unit, "DURATION")
    if unit == "week":
        if rel in _LAST_SEVEN_DAYS and anchor.isoweekday() >= _LATE_IN_THE_WEEK:
            step = 0  # "this past week", told on a Saturday: the week now ending
        return Norm(week_value(anchor + timedelta(weeks=step)), "week")
    if unit == "weekend":
        return Norm(week_value(anchor + timedelta(weeks=step)) + "-WE", "week")
    if unit == "month":
        return Norm(month_value(*add_months(anchor.year, anchor.month, step)), "month")
    if unit == "year":
        return Norm(f"{anchor.year + step:04d}", "year")
    if unit == "decade":
        return Norm(f"{anchor.year // 10 + step:03d}", "decade")
    if unit == "century":
        return Norm(f"{anchor.year // 100 + step:02d}", "century")
    return None


def the_weekend(m: Match, ctx: Context) -> Norm | None:
    """the weekend: the one just past, or the coming one in a future clause."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    if ctx.tense(m) == "future":
        saturday = weekday_on_or_after(anchor, 6)
    else:
        saturday = weekday_on_or_before(anchor, 6)
    return Norm(week_value(saturday) + "-WE", "week")


def ago(m: Match, ctx: Context) -> Norm | None:
    """six years ago · more than six years ago · a year earlier · two weeks ago · 3 days later."""
    unit = ctx.lex.units.get(_singular(g(m, "u")))
    count = amount(g(m, "n"), ctx)
    direction = _clean(g(m, "dir"))
    if direction in ("before", "previously"):  # "a year before.", "23 years previously"
        direction = "earlier"
    ahead = direction in ("later", "hence", "from now")
    if unit is None or count is None:
        return None
    if direction in ("later", "earlier") and (unit.time or unit.letter not in ("Y", "M", "Q")):
        # "three days later", "a few hours earlier": counted from an event in the story, not
        # from the publication date: an amount of time (TimeBank's reading too)
        amount_text = "X" if count == "X" else _fmt_amount(count, unit.count)
        value = duration_value(amount_text, unit.letter, unit.time)
        return Norm(value, unit.granularity, "DURATION")
    if count == "X":
        return Norm("FUTURE_REF" if ahead else "PAST_REF", unit.granularity)
    n = round(float(count)) * unit.count * (1 if ahead else -1)
    letter = unit.letter
    story_time = direction == "later" or (direction == "earlier" and n != -1)
    if story_time and letter in ("Y", "M"):
        # "two years later", "six months earlier": counted from the date the story named last
        # (see resolve_anaphors), not from the publication date; with none, an amount of time
        amount_text = _fmt_amount(count, unit.count)
        value = duration_value(amount_text, unit.letter, unit.time)
        unit_name = "year" if letter == "Y" else "month"
        anaphor = f"mention:{unit_name}:{n}::{_told_as(m, ctx)}"
        return Norm(value, unit.granularity, "DURATION", anaphor=anaphor)
    if ctx.anchor is None:  # "five years ago" in an undated story: before it, at least
        return Norm("FUTURE_REF" if ahead else "PAST_REF", unit.granularity)
    if unit.time:  # hours or minutes ago: that day
        letter, n = "D", 0
    if letter == "D" and unit.count == 2:  # weekends
        letter, n = "W", n // 2
    moved = shift(ctx.anchor, letter, n)
    if moved is None:
        return None
    if moved[0].startswith("-"):  # "6,000 years ago": before year 1
        return Norm("PAST_REF", unit.granularity)
    same_period = unit.letter == "Y" and n == -1 and direction in ("ago", "earlier")
    return Norm(*moved, anaphor="year_before" if same_period else None)


def _fmt_amount(count: str, per_unit: int) -> str:
    value = float(count) * per_unit
    return str(int(value)) if value == int(value) else str(value)


def _singular(word: str) -> str:
    word = re.sub(r"\s+", " ", word)
    if word.endswith("ies") and word != "days":
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def year_ago_adjective(m: Match, ctx: Context) -> Norm | None:
    """year-ago · the year-earlier period (the year before the anchor's)."""
    if ctx.anchor is None:
        return None
    return Norm(f"{ctx.anchor.year - 1:04d}", "year", anaphor="year_before")


def the_year(m: Match, ctx: Context) -> Norm | None:
    """for the year (the anchor's year) · earlier in the year · the year ended June 30 (a year's
    DURATION)."""
    start, end = m.span("x")
    if g(m, "el") and not g(m, "ended"):
        start = m.start("el")
    if g(m, "ended"):
        return Norm("P1Y", "year", "DURATION", start, end)
    if ctx.anchor is None or ctx.text[end : end + 2] in ("'s", "’s"):
        return None
    return Norm(f"{ctx.anchor.year:04d}", "year", start=start, end=end)


def period_end(m: Match, ctx: Context) -> Norm | None:
    """by year-end · by the end of the month · by the end of the decade (the anchor's year,
    month, week, decade or century)."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    start, end = m.span("x")
    unit = g(m, "u") or g(m, "u2")
    if unit == "month":
        return Norm(month_value(anchor.year, anchor.month), "month", start=start, end=end)
    if unit == "week":
        return Norm(week_value(anchor), "week", start=start, end=end)
    if unit == "decade":
        return Norm(f"{anchor.year // 10:03d}", "decade", start=start, end=end)
    if unit == "century":
        return Norm(f"{anchor.year // 100:02d}", "century", start=start, end=end)
    return Norm(f"{anchor.year:04d}", "year", start=start, end=end)


def latest_period(m: Match, ctx: Context) -> Norm | None:
    """the latest period (in an earnings report: the quarter reported on)."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    year, quarter = add_quarters(anchor.year, quarter_of(anchor), -1)
    return Norm(f"{year:04d}-Q{quarter}", "quarter", anaphor="same_quarter")


def mention_day(m: Match, ctx: Context) -> Norm | None:
    """that day · later that day · the same morning · the next day · the following morning ·
    the previous evening: a day counted from the date the story last named (resolve_anaphors)."""
    step = _DAY_STEPS.get(g(m, "rel"), 0)
    part = g(m, "u")
    suffix = f"T{ctx.lex.day_parts[part]}" if part in ctx.lex.day_parts else ""
    kind, granularity = ("TIME", "time") if suffix else ("DATE", "day")
    return Norm("", granularity, kind, anaphor=f"mention:day:{step}:{suffix}:{_told_as(m, ctx)}")


def _told_as(m: Match, ctx: Context) -> str:
    """'past' when the clause of ``m`` tells of something done: a date counted from a mention
    must then not lie after the anchor (see resolve_anaphors)."""
    return "past" if ctx.tense(m) == "past" else ""
