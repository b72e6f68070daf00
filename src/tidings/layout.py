"""The layout of a news text: which paragraphs are body, summary bullets, photo captions, credits,
section headings, sign-offs or the publisher's notes ("Editor's note: …", "Correction: …"). Events
and quotes are coded from codable blocks only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["body", "bullet", "caption", "credit", "heading", "signoff", "dateline", "note"]
CODABLE: frozenset[str] = frozenset({"body", "bullet", "caption"})

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣*\-–]|\d+[.)])\s+")
_CREDIT = re.compile(
    r"^\s*(?:(?:photo(?:graph)?|image|source|credit|picture)s?\s*(?:credit)?\s*:|©|\(c\)\s)",
    re.IGNORECASE,
)
_SIGNOFF = re.compile(
    r"^\s*(?:[—–-]+\s*(?:with\s+)?(?:assistance|reporting|additional reporting|editing|writing)\b"
    r"|(?:reporting|editing|writing|additional reporting) by\b"
    r"|to contact the (?:reporter|editor)"
    r"|before it'?s here\b|copyright\b|all rights reserved)",
    re.IGNORECASE,
)
# "BERLIN, Nov 29, 2022 - ", "ANKARA, Oct 14 (Northwire) — ", "WASHINGTON (AP) -- "
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:-{1,2}|[—–])\s+"
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
# the publisher's notes about the story, not the story: "Editor's note: …", "Correction: …"
_NOTE = re.compile(
    r"^\s*(?:editor['’]?s[’']?\s+note|corrections?|clarification|disclosure)\s*:"
    r"|^\s*this (?:article|story|post) (?:has been|was) (?:updated|corrected)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    kind: BlockKind

    @property
    def codable(self) -> bool:
        return self.kind in CODABLE


def _kind(paragraph: str, seen_body: bool, previous: str | None) -> BlockKind:
    if _SIGNOFF.match(paragraph):
        return "signoff"
    if _CREDIT.match(paragraph):
        return "credit"
    if _NOTE.match(paragraph):
        return "note"
    if _BULLET.match(paragraph):
        return "bullet"
    words = paragraph.split()
    if len(words) <= 8 and not _SENTENCE_END.search(paragraph) and _title_case(words):
        return "heading"
    if previous == "signoff":
        return "signoff"
    if not seen_body and previous in (None, "bullet", "heading") and _looks_like_caption(paragraph):
        return "caption"
    return "body"


_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "vs",
        "with",
    ]
)


def _title_case(words: list[str]) -> bool:
    """Headings capitalise their words ("Missile Attack", "‘Destabilizing Behavior’")."""
    major = [w.strip("‘’'\"“”()[]-–—:") for w in words]
    major = [w for w in major if w and w.lower() not in _MINOR_WORDS]
    return bool(major) and all(w[0].isupper() or not w[0].isalpha() for w in major)


def _looks_like_caption(paragraph: str) -> bool:
    """A photo caption: one sentence in the present tense ending with a dated place."""
    return (
        paragraph.count(". ") == 0
        and re.search(r",\s+(?:on\s+)?\w+\.? \d{1,2}, \d{4}\.\s*$", paragraph) is not None
    )


def find_blocks(text: str) -> list[Block]:
    """Split ``text`` into paragraphs and classify each."""
    blocks: list[Block] = []
    seen_body = False
    previous: BlockKind | None = None
    for match in _PARAGRAPH.finditer(text):
        paragraph = match.group()
        if not paragraph.strip():
            continue
        kind = _kind(paragraph, seen_body, previous)
        start = match.start()
        dateline = _DATELINE.match(paragraph) if kind == "body" and not seen_body else None
        if dateline:
            blocks.append(Block(start, start + dateline.end(), "dateline"))
            start += dateline.end()
        seen_body = seen_body or kind == "body"
        blocks.append(Block(start, match.end(), kind))
        previous = kind
    return blocks
