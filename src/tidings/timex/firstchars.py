"""The characters a compiled rule can start with, to try only the rules that fit a word."""

from __future__ import annotations

import string
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

ANY = None  # "could start with anything"
_CATEGORIES = {
    C.CATEGORY_DIGIT: set(string.digits),
    C.CATEGORY_SPACE: set(" \t\n\r\f\v"),
}


def first_chars(pattern: str) -> set[str] | None:
    """Lower-cased characters ``pattern`` (case-insensitive) can match first; None for any (also
    when the regex parser's internals differ from CPython 3.11's: the rule is then always tried)."""
    try:
        chars, _ = _first(_parser.parse(pattern))
    except Exception:  # an optimisation only
        return None
    return None if chars is None else {c.lower() for c in chars}


def _first(seq: Any) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match the empty string)."""
    result: set[str] = set()
    for op, av in seq:
        chars, nullable = _first_item(op, av)
        if chars is None:
            return None, False
        result |= chars
        if not nullable:
            return result, False
    return result, True


def _first_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        chars: set[str] = set()
        for item_op, item in av:
            if item_op is C.LITERAL:
                chars.add(chr(item))
            elif item_op is C.RANGE:
                chars.update(chr(c) for c in range(item[0], item[1] + 1))
            elif item_op is C.CATEGORY and item in _CATEGORIES:
                chars |= _CATEGORIES[item]
            else:
                return None, False
        return chars, False
    if op is C.SUBPATTERN:
        return _first(av[-1])
    if op is C.BRANCH:
        union: set[str] = set()
        nullable = False
        for branch in av[1]:
            chars_b, null_b = _first(branch)
            if chars_b is None:
                return None, False
            union |= chars_b
            nullable = nullable or null_b
        return union, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _, sub = av
        chars_r, null_r = _first(sub)
        return chars_r, null_r or low == 0
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return set(), True
    return None, False
