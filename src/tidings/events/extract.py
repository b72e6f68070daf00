"""Coding events from the parse: triggers, actors and recipients, modality, date and place."""

from __future__ import annotations

from tidings.analysis import Analysis
from tidings.models import Event


def find_events(analysis: Analysis) -> list[Event]:
    """Events of the analysed document. (Stub: to be written.)"""
    return []
