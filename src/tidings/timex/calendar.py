"""Date arithmetic and TIMEX3 value formatting."""

from __future__ import annotations

from datetime import date, timedelta


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, n: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + n
    return index // 4, index % 4 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    """The latest date on or before ``anchor`` that falls on ISO ``weekday`` (Monday = 1)."""
    return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)


def weekday_on_or_after(anchor: date, weekday: int) -> date:
    return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` of a month (nth = -1: the last one)."""
    if nth > 0:
        first = date(year, month, 1)
        return weekday_on_or_after(first, weekday) + timedelta(weeks=nth - 1)
    ny, nm = add_months(year, month, 1)
    return weekday_on_or_before(date(ny, nm, 1) - timedelta(days=1), weekday)


def shift(anchor: date, letter: str, n: int) -> tuple[str, str] | None:
    """``anchor`` moved by ``n`` units (negative: back), as (value, granularity) at the unit's
    precision: years give 2014, months 2017-04, weeks 2017-W17, days 2017-05-01."""
    if letter == "Y":
        return f"{anchor.year + n:04d}", "year"
    if letter == "Q":
        y, q = add_quarters(anchor.year, quarter_of(anchor), n)
        return f"{y:04d}-Q{q}", "quarter"
    if letter == "M":
        return month_value(*add_months(anchor.year, anchor.month, n)), "month"
    if letter == "W":
        return week_value(anchor + timedelta(weeks=n)), "week"
    if letter == "D":
        return day_value(anchor + timedelta(days=n)), "day"
    return None


def duration_value(amount: str, letter: str, time: bool) -> str:
    """A TIMEX3 duration: P6Y, PT5H, PXD (amount "X" = unspecified)."""
    return f"PT{amount}{letter}" if time else f"P{amount}{letter}"
