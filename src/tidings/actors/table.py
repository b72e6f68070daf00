"""The actors of one document and where each is mentioned, by token: what later stages read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tidings.models import Actor


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of one actor ("Putin", "the Kremlin", "he"), or of several ("the two leaders").

    ``start``/``end`` are token indices into the spaCy Doc (end exclusive), ``head`` the index of
    the mention's syntactic head token.
    """

    start: int
    end: int
    head: int
    actor_ids: tuple[str, ...]


@dataclass
class ActorTable:
    actors: Sequence[Actor] = ()
    mentions: Sequence[ActorMention] = ()
    _by_token: dict[int, ActorMention] = field(default_factory=dict, init=False, repr=False)
    _by_id: dict[str, Actor] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self._by_token.setdefault(i, mention)
        self._by_id = {a.id: a for a in self.actors}

    def at_token(self, i: int) -> ActorMention | None:
        """The mention covering token ``i``, if any."""
        return self._by_token.get(i)

    def in_tokens(self, start: int, end: int) -> list[ActorMention]:
        """Mentions lying inside tokens [start, end), in text order."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def get(self, actor_id: str) -> Actor:
        return self._by_id[actor_id]
