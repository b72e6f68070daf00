"""The rules of the date finder: a regular expression (built from the word lists) and the function
that normalises its matches. Where matches overlap, the longest wins, then the earlier rule."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tidings.knowledge import cached_knowledge, read_words
from tidings.timex import absolute, amounts, clock, relative
from tidings.timex.context import Context, Norm
from tidings.timex.firstchars import first_chars
from tidings.timex.grammar import compile_rule
from tidings.timex.lexicon import lexicon

Handler = Callable[[re.Match[str], Context], Norm | None]

_WD_PREFIX = r"(?:(?P<wd><WDAY>),?\s+)?"
_YEAR = r"(?:1[5-9]|20)\d{2}"
# "5 July this year", "in May the following year"
_YEAR_REL = (
    r"(?:,?\s+(?:(?P<yrel>this|last|next)|(?P<yana>the\s+following|the\s+next|the\s+previous|"
    r"that))\s+year)?"
)
_TZ = r"(?:(?-i:[ECMP][SD]T|GMT|UTC|BST|CES?T|ET|PT)|local\s+time|(?-i:UK)\s+time)"
_DAY_REF = (
    r"(?:(?P<wd><WDAY>)|(?P<rd>today|yesterday|tomorrow|tonight|last\s+night|this\s+morning|"
    r"this\s+afternoon|this\s+evening)|(?P<mon><MONTH>)\s*(?P<d>\d{1,2}))"
)

_TEMPLATES: list[tuple[str, Handler]] = [
    # calendar dates
    (r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?",
     absolute.full_date),
    (_WD_PREFIX + r"(?P<mon><MONTH>)\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?,?\s+"
     rf"(?P<y>{_YEAR})", absolute.full_date),
    (_WD_PREFIX + r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\s+(?:of\s+)?"
     rf"(?P<mon><MONTH>),?\s+(?P<y>{_YEAR})", absolute.full_date),
    (r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})", absolute.full_date),
    (r"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?" + _WD_PREFIX +
     r"(?P<mon><MONTH>)(?:\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?|"
     r"\s+(?P<od><ORD>))" + _YEAR_REL, absolute.month_day),
    (_WD_PREFIX + r"(?:the\s+)?(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?|"
     r"(?P<od><ORD>)(?=\s+of\s))\s+(?:of\s+)?(?P<mon><MONTH>)" + _YEAR_REL, absolute.month_day),
    (rf"<PARTOF>?(?P<mon><MONTH>),?\s+(?:of\s+)?(?P<y>{_YEAR})", absolute.month_year),
    (r"<PARTOF>?(?P<mon><MONTH>),?\s+(?:of\s+)?(?P<hi>nineteen|twenty|two\s+thousand(?:\s+and)?)"
     r"(?:\s+(?P<lo><NUM>))?", absolute.month_year),
    (r"<PARTOF>?(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|(?:the\s+)?previous|"
     r"the\s+following|each|every|that)\s+)?(?P<mon><MONTH>)" + _YEAR_REL, absolute.month_alone),
    (rf"(?:<PARTOF>|(?:pre|post)-)?(?:(?:fiscal(?:\s+year)?|calendar(?:\s+year)?|"
     rf"the\s+(?:fiscal\s+)?year|fy)\s+)?"
     rf"(?P<y>{_YEAR})(?:\s+or\s+(?:later|earlier))?", absolute.year_alone),
    (r"(?:the\s+)?<PARTOF>?(?:(?P<c>1[5-9]|20)?(?P<dd>\d)0|['’](?P<sd>\d)0)['’]?s",
     absolute.decade),
    (r"the\s+<PARTOF>?(?P<dw><DECADEWORD>)", absolute.decade),
    (r"(?:the\s+)?<PARTOF>?(?P<o><ORD>|\d{1,2}(?:st|nd|rd|th))\s+century"
     r"(?P<bc>\s+(?-i:BCE?|B\.C\.))?", absolute.century),
    (r"(?:(?P<det>the|its|their|this|that|last|next|a|an|(?:this|last|next|the)\s+year['’]s)\s+)?"
     r"(?P<core>(?P<mods>(?:(?:comparable|year-ago|year-earlier|fiscal|latest|current|previous|same|"
     rf"most\s+recent|calendar|flat|recent|{_YEAR})[-\s]+)*)(?:(?P<o><ORD>|final|last)[-\s]+)?"
     r"(?:fiscal[-\s]+)?(?P<u>quarter|half|period)(?:\s+(?:of|in)\s+(?:(?P<y>" + _YEAR + r")|"
     rf"fiscal\s+(?P<fy>{_YEAR})|(?P<yrel>this|last|next)\s+year|the\s+(?:fiscal\s+)?year))?"
     r"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)))?)", absolute.quarter),
    (rf"Q(?P<q>[1-4])(?:\s+(?P<y2>{_YEAR}))?", absolute.quarter),
    (r"(?:the\s+)?(?P<mon><MONTH>)(?:\s*[-–/]\s*|\s+(?:to|through)\s+)(?P<mon2><MONTH>)\s+"
     r"(?:quarter|half|period)"
     rf"(?:\s+(?:of|in)\s+(?:(?P<y>{_YEAR})|(?P<yrel>this|last|next)\s+year))?",
     absolute.months_quarter),
    (r"(?:(?P<rel>this(?:\s+past|\s+coming)?|last|next|(?:the\s+)?(?:past|coming)|the|<PARTOF>)"
     rf"\s*)?(?P<s><SEASON>)(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?", absolute.season),
    (rf"(?P<y2>{_YEAR})\s+(?P<s2><SEASON>)", absolute.season),
    (rf"(?:(?P<rel>last|next|this)\s+)?(?P<h><HOLIDAY>)(?:,?\s+(?P<y>{_YEAR}))?", absolute.holiday),
    # relative to the anchor
    (r"(?:(?P<rel>early|late|earlier|later|very\s+early|very\s+late|mid-?)[\s-]*)?"
     r"(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<part><PART>))?", relative.relative_day),
    (r"the\s+day\s+(?P<ba>before|after)\s+(?P<w>yesterday|tomorrow)", relative.relative_day),
    (r"(?P<rel>last|this|early\s+this|late\s+this|later\s+this|earlier\s+this)\s+"
     r"(?P<part>morning|afternoon|evening|night)", relative.relative_day),
    (r"(?P<w>overnight)", relative.relative_day),
    (r"(?:the\s+day\s+(?P<ba>before|after)\s+)?"
     r"(?:(?P<rel>this\s+past|this\s+coming|the\s+previous|the\s+following|the\s+next|last|next|"
     r"this|coming|past|early|late|earlier|later|mid-?|every|each)\s*)?(?P<wd><WDAY>)"
     r"(?:\s+(?P<part><PART>))?", relative.weekday),
    (r"(?P<wds><WDAYS>)(?:\s+(?P<part>mornings|afternoons|evenings|nights))?",
     relative.weekdays_plural),
    (r"(?:<PARTOF>|(?:earlier|later)\s+)?(?P<rel>this|last|next|(?:the\s+)?(?:past|previous|"
     r"coming|current|following|next|last)|the\s+same|that)\s+(?:fiscal\s+|calendar\s+)?"
     r"(?P<u>week|weekend|month|year|"
     r"decade|century)(?:\s+or\s+so)?", relative.relative_period),
    (r"(?:(?:earlier|later|early|late)\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+)"
     r"(?P<u>day|morning|afternoon|evening|night)", relative.mention_day),
    (r"the\s+(?P<rel>next|following|previous|preceding)\s+(?P<u>day|morning|afternoon|evening|"
     r"night)", relative.mention_day),
    (r"the\s+week\s+of\s+(?P<mon><MONTH>)\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>"
     + _YEAR + r"))?", absolute.week_of),
    (r"the\s+weekend", relative.the_weekend),
    (r"(?:(?:by|at|around|since|before|until|till|through|in|from)\s+)(?P<x>(?P<u>year)(?:-end|\s+end|"
     r"['’]s\s+end)|the\s+(?:end|beginning|start|middle)\s+of\s+the\s+"
     r"(?P<u2>year|month|week|decade|century))",
     relative.period_end),
    (r"the\s+latest\s+(?:fiscal\s+)?period", relative.latest_period),
    (r"(?:the\s+year\s+)?(?P<hi>nineteen|twenty|two\s+thousand(?:\s+and)?)(?:\s+(?P<lo><NUM>))?",
     absolute.spoken_year),
    (r"(?P<el>(?:earlier|later)\s+)?(?:for|in|during|of|through)\s+"
     r"(?P<x>the\s+(?:full\s+|fiscal\s+|calendar\s+)?year)"
     r"(?:\s+(?P<ended>ended|ending|to\s+date))?", relative.the_year),
    (r"(?:<APPROX>\s+)?(?P<n><NUM>)\s+(?:more\s+|full\s+)?(?P<u><UNIT>)\s+(?:or\s+so\s+)?"
     r"(?P<dir>ago|(?:earlier|later)(?!\s+than\b)|hence|from\s+now|back|previously|"
     r"before(?=\s*[,.;:)]))",
     relative.ago),
    (r"(?:the\s+)?(?:comparable\s+)?(?:year-ago|year-earlier|prior-year)(?:\s+(?:period|results|"
     r"level|levels))?", relative.year_ago_adjective),
    # amounts of time, frequencies, references
    (r"(?:(?P<approx><APPROX>)\s+)?(?:(?P<det>the|a|an|its|their|his|her|each\s+of\s+the|all)\s+)?"
     r"(?:(?P<adj>past|last|next|first|coming|previous|latest|final|following|remaining|initial|"
     r"ensuing|preceding|subsequent|other|same)\s+)?(?P<n><NUM>)(?:\s+(?:more|full|long|straight|"
     r"consecutive|whole|additional|further|successive|extra))?\s+(?:(?:trading|business|working|"
     r"calendar|school)\s+)?(?P<u><UNIT>)(?:\s+or\s+so)?", amounts.duration),
    (r"(?P<n><NUM>)-(?P<u>second|minute|hour|day|night|week|month|year|decade|century)"
     r"(?:-(?P<suf>long|old))?", amounts.adjective_duration),
    (r"(?P<u>decades|years|months|weeks|days|hours|year|month|week|day|night|hour)-"
     r"(?P<suf>long|old)", amounts.adjective_duration),
    (r"(?:for|in|within|over|after|take|takes|took|lasted)\s+(?P<x>(?P<u>centuries|decades|years|"
     r"months|weeks|days|hours|minutes))(?!\s+(?:ago|of|before|after|earlier|later))",
     amounts.bare_plural),
    (r"(?:the\s+)?(?P<r>recent|past|coming|next|ensuing|following|upcoming)\s+(?:few\s+|several\s+)?"
     r"(?P<u>days|weeks|months|years|decades)", amounts.vague_period),
    (r"(?P<sw><SETWORD>)", amounts.frequency),
    (r"(?:every|each|per)\s+(?P<other>other\s+)?(?:(?P<n><NUM>)\s+)?(?P<u><UNIT>|morning|evening|"
     r"afternoon|night|<SEASON>)", amounts.frequency),
    (r"(?P<ref><REF>)", amounts.reference),
    (r"(?:(?:around|approximately|roughly)\s+)?(?P<h>[012]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*"
     r"(?P<ap>a\.m\.?|p\.m\.?|(?-i:am|pm|AM|PM)|o['’]clock)(?:\s+" + _TZ + r")?"
     r"(?:(?P<aside>\s+\(\d{3,4}\s+" + _TZ + r"\))?,?\s+(?:on\s+)?" + _DAY_REF + r")?",
     clock.clock_time),
    (r"(?P<h>1[0-2]|[1-9])(?::(?P<mi>[0-5]\d))?\s+in\s+the\s+(?P<dp>morning|afternoon|evening)",
     clock.clock_time),
    (r"(?:(?:about|around|shortly\s+after|shortly\s+before)\s+)?(?P<nm>noon|midnight|midday)"
     r"(?:\s+(?:on\s+)?(?:(?P<wd><WDAY>)|(?P<rd>today|yesterday|tomorrow|tonight)))?",
     clock.clock_time),
    (r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\s+" + _TZ + r"(?:,?\s+(?:on\s+)?" + _DAY_REF + r")?",
     clock.clock_time),
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Rule:
    priority: int
    pattern: re.Pattern[str]
    handler: Handler
    first: frozenset[str] | None  # lower-cased characters a match can start with (None: any)


@dataclass(frozen=True, slots=True)
class RuleIndex:
    by_char: dict[str, tuple[Rule, ...]]  # first character (lower-cased) -> rules to try
    openers: frozenset[str]  # lower-cased words at which some rule can start
    cores: frozenset[str]  # words one of which every expression contains (besides numbers)


# Words that can open an expression besides those of the word lists (grammar words of the rules).
_OPENERS = """
the a an its this that last next each every per all his her their early late mid very end
beginning start middle first second rest remainder latter earlier later fiscal calendar fy
comparable year-ago year-earlier prior-year coming past previous following current recent
ensuing upcoming for in within over after take takes took lasted about around approximately
roughly shortly noon midnight midday overnight today tonight yesterday tomorrow q1 q2 q3 q4
by at since before until till through during of pre post
"""


def _opening_words() -> frozenset[str]:
    """Lower-cased words at which some rule can start matching (a first-pass filter)."""
    lex = lexicon()
    words: set[str] = set(_OPENERS.split())
    for table in (
        lex.months,
        lex.weekdays,
        lex.numbers,
        lex.ordinals,
        lex.units,
        lex.seasons,
        lex.day_parts,
        lex.references,
        lex.holidays,
        lex.sets,
    ):
        words.update(w.split()[0] for w in table)
    words.update(w + "s" for w in lex.weekdays)
    words.update(w[:-1] + "ies" if w.endswith("y") and w != "day" else w + "s" for w in lex.units)
    words.update(w.split()[0] for w in read_words("timex/approximators.txt"))
    words.update(w.rstrip(".") for w in list(words))
    return frozenset(words)


_CORES = """
today tonight yesterday tomorrow noon midnight midday overnight quarter quarters half q1 q2 q3 q4
daily weekly nineteen thousand period
"""
_NOT_CORE = frozenset({"the", "in", "at", "as", "a", "an", "of", "right", "near"})


def _core_words() -> frozenset[str]:
    lex = lexicon()
    words: set[str] = set(_CORES.split())
    for table in (
        lex.months,
        lex.weekdays,
        lex.seasons,
        lex.day_parts,
        lex.references,
        lex.holidays,
        lex.sets,
    ):
        for entry in table:
            words.update(entry.split())
    for unit in lex.units:
        words.update((unit, unit + "s", unit[:-1] + "ies"))
    words.update(w + "s" for w in lex.weekdays)
    tens = [w for w, v in lex.numbers.items() if v.isdigit() and v.endswith("0") and len(v) == 2]
    words.update(w[:-1] + "ies" for w in tens)
    words.update(w.rstrip(".") for w in list(words))
    return frozenset(words - _NOT_CORE)


@cached_knowledge
def rule_index() -> RuleIndex:
    """The compiled rules, indexed by the characters they can start with."""
    compiled = []
    for i, (template, handler) in enumerate(_TEMPLATES):
        pattern = compile_rule(template)
        first = first_chars(pattern.pattern)
        compiled.append(Rule(i, pattern, handler, None if first is None else frozenset(first)))
    chars = set().union(*(r.first for r in compiled if r.first is not None))
    by_char = {
        c: tuple(r for r in compiled if r.first is None or c in r.first) for c in sorted(chars)
    }
    return RuleIndex(by_char, _opening_words(), _core_words())
