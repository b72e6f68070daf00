"""Rules for clock times: 10 a.m., 10:35 p.m. EST, noon Thursday, midnight."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tidings.timex.calendar import safe_date, weekday_on_or_after, weekday_on_or_before
from tidings.timex.context import Context, Norm, g

Match = re.Match[str]
_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}


def _day(m: Match, ctx: Context) -> date | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    if g(m, "wd"):
        number = ctx.lex.weekdays[g(m, "wd")]
        ahead = ctx.weekday_ahead(m) or ctx.weekday_ahead(m, "wd")  # "closes at 5pm on Friday"
        if ahead or ctx.before(m, 7).endswith(("until ", "by ")):
            return weekday_on_or_after(anchor, number)
        return weekday_on_or_before(anchor, number)
    if g(m, "rd"):
        return anchor + timedelta(days=_DAYS.get(re.sub(r"\s+", " ", g(m, "rd")), 0))
    if g(m, "mon"):
        return safe_date(anchor.year, ctx.lex.months[g(m, "mon")], int(m.group("d")))
    return anchor


def clock_time(m: Match, ctx: Context) -> Norm | None:
    """10 a.m. · 10:35 p.m. EST · 7.45pm · 5 p.m. Wednesday · 10pm last night · noon Thursday ·
    midnight · at 4 in the morning."""
    day = _day(m, ctx)
    if day is None or ctx.text[max(0, m.start() - 1) : m.start()] in ("$", "£", "€"):
        return None
    noon = g(m, "nm")
    if noon and (ctx.before(m, 5).endswith("high ") or _titled(m, ctx)):
        return None  # "high noon", "High Noon" (a film): not a time
    if noon:
        hour, minute = (24, 0) if noon == "midnight" else (12, 0)
    else:
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
        meridiem = re.sub(r"[\s.]", "", g(m, "ap"))
        if g(m, "dp"):  # "at 4 in the morning", "at 8 in the evening"
            if not ctx.before(m, 3).endswith("at "):
                return None
            meridiem = "am" if g(m, "dp") == "morning" else "pm"
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
    # "9:20 a.m. (0620 GMT) Monday": the local time takes the day, which stands on its own
    end = m.start("aside") if m.groupdict().get("aside") else None
    if g(m, "rd").startswith("last") and hour < 12:
        day += timedelta(days=1)  # "at 2am last night": early on the anchor's day
    return Norm(f"{day.isoformat()}T{hour:02d}:{minute:02d}", "time", "TIME", end=end)


def _titled(m: Match, ctx: Context) -> bool:
    """A capitalised word inside a sentence ("the film High Noon")."""
    start = m.start("nm")
    if not ctx.text[start].isupper():
        return False
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and not span[0].is_sent_start
