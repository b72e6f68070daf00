"""Find and code the actors of a document, with their mentions (dictionaries, context, coreference)."""

from __future__ import annotations

from tidings.actors.table import ActorTable
from tidings.analysis import Analysis


def resolve_actors(analysis: Analysis) -> ActorTable:
    """Actors of the analysed document. (Stub: to be written.)"""
    return ActorTable()
