"""The word lists of the date normaliser (``data/timex/*``), loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass

from tidings.knowledge import Row, cached_knowledge, read_table


@dataclass(frozen=True, slots=True)
class Unit:
    letter: str  # TIMEX3 duration letter (Y, M, W, D, H, Q, S)
    count: int  # how many letters one unit is (decade = 10 Y)
    granularity: str
    time: bool  # PT... rather than P...


@dataclass(frozen=True, slots=True)
class Holiday:
    month: int
    day: int | None
    weekday: int | None
    nth: int | None


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, str]  # word -> digits, or "X" for an unspecified number
    ordinals: dict[str, int]
    units: dict[str, Unit]
    seasons: dict[str, tuple[str, int]]  # word -> (TIMEX3 code, first month)
    day_parts: dict[str, str]
    references: dict[str, tuple[str, bool]]  # phrase -> (value, only before a noun)
    holidays: dict[str, Holiday]
    sets: dict[str, tuple[str, str]]  # adverb -> (value, granularity)


def _int(row: Row, column: str) -> int:
    try:
        return int(row[column])
    except ValueError:
        raise row.error(f"column {column!r} must be a whole number, not {row[column]!r}") from None


def _opt_int(row: Row, column: str) -> int | None:
    return _int(row, column) if row.get(column) else None


def _column(name: str, key: str, value: str, *, number: bool = True) -> dict:  # type: ignore[type-arg]
    """A two-column table as a dict from the lower-cased key to the value (an int if ``number``)."""
    rows = read_table(name, (key, value))
    return {r[key].lower(): (_int(r, value) if number else r[value]) for r in rows}


@cached_knowledge
def lexicon() -> Lexicon:
    units: dict[str, Unit] = {}
    for row in read_table("timex/units.tsv", ("word", "letter", "count", "granularity", "time")):
        unit = Unit(row["letter"], _int(row, "count"), row["granularity"], row["time"] == "1")
        units[row["word"].lower()] = unit
    return Lexicon(
        months=_column("timex/months.tsv", "word", "month"),
        weekdays=_column("timex/weekdays.tsv", "word", "day"),
        numbers=_column("timex/numbers.tsv", "word", "value", number=False),
        ordinals=_column("timex/ordinals.tsv", "word", "value"),
        units=units,
        seasons={
            r["word"].lower(): (r["code"], _int(r, "month"))
            for r in read_table("timex/seasons.tsv", ("word", "code", "month"))
        },
        day_parts=_column("timex/day_parts.tsv", "word", "code", number=False),
        references={
            r["phrase"].lower(): (r["value"], r["use"] == "adjective")
            for r in read_table("timex/references.tsv", ("phrase", "value", "use"))
        },
        holidays={
            r["name"].lower(): Holiday(
                _int(r, "month"), _opt_int(r, "day"), _opt_int(r, "weekday"), _opt_int(r, "nth")
            )
            for r in read_table("timex/holidays.tsv", ("name", "month"))
        },
        sets={
            r["word"].lower(): (r["value"], r["granularity"])
            for r in read_table("timex/sets.tsv", ("word", "value", "granularity"))
        },
    )
