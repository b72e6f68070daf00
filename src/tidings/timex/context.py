"""What a normalisation rule sees: the match, the text, the anchor date and the clause's tense."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from tidings.timex.lexicon import Lexicon
from tidings.timex.tense import Tense, date_tense, past_event, tense_at, weekday_ahead


@dataclass(frozen=True, slots=True)
class Norm:
    """A normalised value: TIMEX3 value, granularity, type; and optionally a narrower extent."""

    value: str
    granularity: str
    type: str = "DATE"
    start: int | None = None
    end: int | None = None
    # "a year earlier", "the quarter": may refer to the last quarter named before it (see resolve)
    anaphor: str | None = None


@dataclass
class Context:
    doc: Doc
    text: str
    anchor: date | None
    lex: Lexicon
    _tenses: dict[tuple[int, int], Tense] = field(default_factory=dict)

    def tense(self, m: re.Match[str]) -> Tense:
        key = m.span()
        if key not in self._tenses:
            self._tenses[key] = tense_at(self.doc, *key)
        return self._tenses[key]

    def date_tense(self, m: re.Match[str]) -> Tense:
        """The tense that places a month or date without a year (see :func:`tense.date_tense`)."""
        return date_tense(self.doc, *m.span())

    def past_event(self, m: re.Match[str]) -> bool:
        """Whether ``m`` dates something already done (see :func:`tense.past_event`)."""
        return past_event(self.doc, *m.span())

    def weekday_ahead(self, m: re.Match[str], group: str | None = None) -> bool:
        """Whether a weekday in ``m`` (or in its ``group``) names the coming one (see
        :func:`tense.weekday_ahead`)."""
        return weekday_ahead(self.doc, *(m.span(group) if group else m.span()))

    def token_at(self, start: int) -> Token | None:
        """The token at character ``start`` (None in whitespace)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def before(self, m: re.Match[str], width: int = 20) -> str:
        """Lower-cased text just before the match."""
        return self.text[max(0, m.start() - width) : m.start()].lower()

    def after(self, m: re.Match[str], width: int = 20) -> str:
        return self.text[m.end() : m.end() + width].lower()


def g(m: re.Match[str], name: str) -> str:
    """A named group's text, lower-cased ('' when it did not take part in the match)."""
    value = m.groupdict().get(name)
    return value.lower() if value else ""
