"""Temporal expressions: find them and normalise them to ISO values relative to an anchor date."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from tidings.models import Timex


def find_timexes(doc: Doc, anchor: date | None) -> list[Timex]:
    """Temporal expressions in ``doc`` with values relative to ``anchor``. (Stub: to be written.)"""
    return []
