"""Regular-expression building blocks made from the word lists (<MONTH>, <NUM>, <UNIT>, ...)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tidings.knowledge import cached_knowledge, read_words
from tidings.timex.lexicon import Lexicon, lexicon


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of ``words``, written as a trie so that a failing match costs
    one character test per letter (longest alternatives first). A word ending in a letter or digit
    must not run on into another one; a space matches any run of blanks."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie, "") + ")"


def _trie_regex(node: dict, last: str) -> str:  # type: ignore[type-arg]
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child, ch)
        for ch, child in sorted(node.items())
        if ch
    ]
    if "" in node:
        branches.append(r"(?![a-z0-9])" if last.isalnum() else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _numbers(lex: Lexicon) -> str:
    tens = [w for w, v in lex.numbers.items() if v.isdigit() and len(v) == 2 and v.endswith("0")]
    ones = [w for w, v in lex.numbers.items() if v.isdigit() and 1 <= int(v) <= 9 and w != "a"]
    compound = f"{alternation(tens)}[-\\s]{alternation(ones)}"
    words = alternation(lex.numbers)
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s1/2)?)(?![\d/])"  # 6,000 · 2.5 · 2 1/2
    half = f"(?:{alternation(ones)}|\\d+)\\s+and\\s+a\\s+half"
    return f"(?:{half}|{compound}|{digits}|{words})"


def _units(lex: Lexicon) -> str:
    forms = []
    for word in lex.units:
        forms += [word, word[:-1] + "ies" if word.endswith("y") and word != "day" else word + "s"]
    return alternation(forms)


def _decade_words(lex: Lexicon) -> str:
    tens = [w for w, v in lex.numbers.items() if v.isdigit() and len(v) == 2 and v.endswith("0")]
    return alternation(w[:-1] + "ies" for w in tens if w.endswith("y"))


@cached_knowledge
def macros() -> dict[str, str]:
    lex = lexicon()
    return {
        "MONTH": alternation(lex.months),
        "WDAY": alternation(lex.weekdays),
        "WDAYS": alternation(w + "s" for w in lex.weekdays if w.endswith("day")),
        "NUM": _numbers(lex),
        "UNIT": _units(lex),
        "ORD": alternation(lex.ordinals),
        "SEASON": alternation(lex.seasons),
        "PART": alternation(lex.day_parts),
        "APPROX": alternation(read_words("timex/approximators.txt")),
        "DECADEWORD": _decade_words(lex),
        "REF": alternation(lex.references),
        "HOLIDAY": alternation(lex.holidays),
        "SETWORD": alternation(lex.sets),
        # "early", "late", "mid-", "the end of", ...: the part of a period (TIMEX3 mod).
        "PARTOF": r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|end|beginning|start|middle|"
        r"first\s+half|second\s+half|latter\s+part|rest|remainder)(?:\s+of)?(?:-|\s+))",
    }


def compile_rule(template: str) -> re.Pattern[str]:
    """Compile a rule template, replacing each <NAME> with its macro. The rule is tried at word
    starts only (see ``find_timexes``); it must end at a word end."""
    table = macros()
    pattern = re.sub(r"<([A-Z]+)>", lambda m: table[m.group(1)], template)
    return re.compile(pattern + r"(?![\w-])", re.IGNORECASE)
