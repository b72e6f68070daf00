"""Quotations: direct, mixed, indirect and "according to" attributions, with speaker, cue, content."""

from __future__ import annotations

from tidings.analysis import Analysis
from tidings.models import Quote


def find_quotes(analysis: Analysis) -> list[Quote]:
    """Quotes of the analysed document. (Stub: to be written.)"""
    return []
