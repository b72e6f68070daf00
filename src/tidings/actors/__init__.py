"""Actors: dictionaries, context coding and coreference."""

from tidings.actors.table import ActorMention, ActorTable

__all__ = ["ActorMention", "ActorTable"]
