"""What the stages know of one article so far: each stage reads earlier fields and fills its own."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from tidings.actors.table import ActorTable
from tidings.layout import Block
from tidings.models import Article, Event, Place, Quote, Timex


@dataclass
class Analysis:
    article: Article
    doc: Doc  # the spaCy parse of article.text
    published: date | None = None  # the anchor for relative dates (metadata or inferred)
    blocks: list[Block] = field(default_factory=list)  # layout, in text order (find_blocks)
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: ActorTable = field(default_factory=ActorTable)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def is_codable(self, start_char: int, end_char: int) -> bool:
        """Whether a character range lies in text that may hold events or quotes (not a credit,
        heading, or sign-off). The blocks are in text order and do not overlap (as
        ``find_blocks`` makes them), so a binary search finds the one holding ``start_char``."""
        k = bisect_right(self.blocks, start_char, key=lambda b: b.start) - 1
        return self.blocks[k].codable if k >= 0 and start_char < self.blocks[k].end else True
