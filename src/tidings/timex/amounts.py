"""Rules for amounts of time and frequencies (DURATION, SET) and for PRESENT_REF-style words."""

from __future__ import annotations

import re

from tidings.knowledge import cached_knowledge, read_words
from tidings.timex.calendar import duration_value
from tidings.timex.context import Context, Norm, g

Match = re.Match[str]
_SET_BEFORE = frozenset({"NUM", "SYM"})
_SET_WORDS = frozenset({"times", "once", "twice", "thrice"})


def amount(text: str, ctx: Context) -> str | None:
    """Digits for a number written in words or digits ("six" -> "6", "2 1/2" -> "2.5",
    "twenty-four" -> "24"); "X" for an unspecified number ("several")."""
    text = re.sub(r"\s+", " ", text.lower()).strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):  # "6,000"
        text = text.replace(",", "")
    numbers = ctx.lex.numbers
    if text in numbers:
        return numbers[text]
    half = re.fullmatch(r"(.+) and a half", text)
    if half:
        whole = amount(half.group(1), ctx)
        return None if whole in (None, "X") else _fmt(float(whole or 0) + 0.5)
    frac = re.fullmatch(r"(\d+) 1/2", text)
    if frac:
        return _fmt(int(frac.group(1)) + 0.5)
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return _fmt(float(text))
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and all(p in numbers for p in parts):
        return str(int(numbers[parts[0]]) + int(numbers[parts[1]]))
    return None


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def _unit(ctx: Context, word: str):  # type: ignore[no-untyped-def]
    word = word.lower()
    if word in ctx.lex.units:
        return ctx.lex.units[word]
    if word.endswith("ies"):
        return ctx.lex.units.get(word[:-3] + "y")
    return ctx.lex.units.get(word[:-1])


def _scaled(count: str, unit) -> str:  # type: ignore[no-untyped-def]
    if count == "X":
        return "X"
    return _fmt(float(count) * unit.count)


_SMALLER = {"Y": ("M", 12), "H": ("M", 60), "D": ("H", 24), "W": ("D", 7)}


def _duration(count: str, unit) -> str:  # type: ignore[no-untyped-def]
    """P6Y, PT5H; a half unit in the next smaller one (2 1/2 years: P2Y6M, 5 1/2 hours: PT5H30M)."""
    amount_text = _scaled(count, unit)
    whole, _, frac = amount_text.partition(".")
    if frac and unit.letter in _SMALLER:
        smaller, per = _SMALLER[unit.letter]
        rest = _fmt(float("0." + frac) * per)
        head = f"{whole}{unit.letter}" if whole != "0" else ""
        if unit.time or smaller == "H":
            return f"P{head}T{rest}{smaller}" if not unit.time else f"PT{head}{rest}{smaller}"
        return f"P{head}{rest}{smaller}"
    return duration_value(amount_text, unit.letter, unit.time)


def _is_rate(m: Match, ctx: Context) -> bool:
    """'$5 a year', 'twice a day', 'interviews a day': the amount is a frequency (SET)."""
    span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = ctx.doc[span.start - 1]
    return before.pos_ in _SET_BEFORE or before.lower_ in _SET_WORDS or before.tag_ == "NNS"


def _after_modal(m: Match, ctx: Context) -> bool:
    token = ctx.token_at(m.start())
    return token is not None and token.i > 0 and token.doc[token.i - 1].tag_ == "MD"


@cached_knowledge
def _lasting_verbs() -> frozenset[str]:
    return read_words("timex/lasting_verbs.txt")


def _some_day_ahead(m: Match, ctx: Context) -> bool:
    """'hopes to return one day', 'if a deal is reached one day': 'one day' as an adverb of a
    clause that is not past, and not the length of something ('will last one day')."""
    token = ctx.token_at(m.start("u"))
    if token is None or token.dep_ != "npadvmod" or token.head.lemma_ in _lasting_verbs():
        return False
    return ctx.tense(m) != "past"


def duration(m: Match, ctx: Context) -> Norm | None:
    """six years · the past two months · the first nine months · more than four hours · a year."""
    unit = _unit(ctx, g(m, "u"))
    count = amount(g(m, "n"), ctx)
    if unit is None or count is None:
        return None
    if re.match(r"\s+old\b", ctx.after(m, 5)):
        return None  # an age: "52 years old"
    number = g(m, "n")
    article = number in ("a", "an", "one")
    verb = ctx.token_at(m.start("adj")) if g(m, "adj") == "last" else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        # "expected to last several weeks": the verb stays out
        return Norm(_duration(count, unit), unit.granularity, "DURATION", start=m.start("n"))
    if unit.letter == "S" and article:
        return None  # "a second time"
    if m.group(0).lower() == "one day" and (_after_modal(m, ctx) or _some_day_ahead(m, ctx)):
        return Norm("FUTURE_REF", "day")  # "could one day run the firm": some time ahead
    if unit.letter == "Q" and article and not g(m, "det"):
        return None  # "a quarter of the vote"
    value = _duration(count, unit)
    if g(m, "det") in ("a", "an", "the") and not article and not g(m, "u").endswith("s"):
        # "a five year low", "the two day rally": the article is the noun's
        return Norm(value, unit.granularity, "DURATION", start=m.start("n"))
    if article and not g(m, "det") and not g(m, "adj") and not g(m, "approx") and _is_rate(m, ctx):
        return Norm(value, unit.granularity, "SET")
    return Norm(value, unit.granularity, "DURATION")


def adjective_duration(m: Match, ctx: Context) -> Norm | None:
    """five-year · 16-hour · decades-long · day-long (not ages: 'a 30-year-old')."""
    if g(m, "suf") == "old":
        return None
    unit = _unit(ctx, g(m, "u"))
    unnumbered = "X" if g(m, "u").endswith("s") else "1"  # "decades-long", "day-long"
    count = amount(g(m, "n"), ctx) if g(m, "n") else unnumbered
    if unit is None or count is None:
        return None
    return Norm(
        duration_value(_scaled(count, unit), unit.letter, unit.time), unit.granularity, "DURATION"
    )


def bare_plural(m: Match, ctx: Context) -> Norm | None:
    """for years · within weeks · in days: an unspecified number of units."""
    unit = _unit(ctx, g(m, "u"))
    if unit is None:
        return None
    start, end = m.span("x")
    return Norm(
        duration_value("X", unit.letter, unit.time), unit.granularity, "DURATION", start, end
    )


def vague_period(m: Match, ctx: Context) -> Norm | None:
    """recent years · the coming weeks · the past few months (no number)."""
    unit = _unit(ctx, g(m, "u"))
    if unit is None:
        return None
    ahead = g(m, "r") in ("coming", "next", "following", "ensuing", "upcoming")
    return Norm("FUTURE_REF" if ahead else "PAST_REF", unit.granularity)


def frequency(m: Match, ctx: Context) -> Norm | None:
    """daily · annually · every day · each year · every two weeks · every summer."""
    word = g(m, "sw")
    if word:
        value, granularity = ctx.lex.sets[word]
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if granularity in ("month", "quarter") and span is not None and span[0].tag_ == "JJ":
            return None  # "the quarterly dividend", "monthly payments": a kind, not a frequency
        if span is not None and span.end < len(ctx.doc) and ctx.doc[span.end].pos_ == "PROPN":
            return None  # "the party daily Pravda": a newspaper
        return Norm(value, granularity, "SET")
    unit = _unit(ctx, g(m, "u"))
    if unit is None:
        if g(m, "u") in ctx.lex.seasons:  # "every summer"
            return Norm(f"XXXX-{ctx.lex.seasons[g(m, 'u')][0]}", "season", "SET")
        part = ctx.lex.day_parts.get(g(m, "u"))
        return Norm(f"XXXX-XX-XXT{part}", "time", "SET") if part else None
    count = amount(g(m, "n"), ctx) if g(m, "n") else "1"
    if count is None:
        return None
    if g(m, "other"):
        count = _fmt(float(count) * 2) if count != "X" else "X"
    value = duration_value(_scaled(count, unit), unit.letter, unit.time)
    return Norm(value, unit.granularity, "SET")


def reference(m: Match, ctx: Context) -> Norm | None:
    """now · currently · recently · the past · the future · current (before a noun) · soon."""
    phrase = re.sub(r"\s+", " ", g(m, "ref"))
    value, adjective_only = ctx.lex.references[phrase]
    if adjective_only:
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.end >= len(ctx.doc):
            return None
        nxt = ctx.doc[span.end]
        if span[-1].tag_ != "JJ" or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            return None
    if phrase == "soon" and (ctx.before(m, 3).endswith("as ") or ctx.after(m, 3).startswith(" as")):
        return None
    if adjective_only and ctx.before(m, 5).endswith("then "):  # "the then current price"
        return Norm("PAST_REF", "day", start=m.start() - 5)
    return Norm(value, "day")
