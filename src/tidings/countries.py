"""Countries: ISO codes, names, aliases, demonyms and capitals (from ``data/countries.tsv``).

>>> country_by_name("U.S.").iso3, country_by_name("Russian").iso3, country_by_name("Kremlin")
('USA', 'RUS', None)
>>> country("DEU").name
'Germany'

Lookups are exact first, then case-insensitive for text with a capital letter ("RUSSIA"), except
for all-capital short forms ("US", "UK", "DRC"), which must match exactly so that "us" never reads
as the United States; all-lowercase text ("turkey", "china") matches nothing. A leading "the"
and a possessive "'s" are ignored ("the U.S.", "Russia's"). Plural demonyms ("Russians") are
derived from the singular. Seat metonyms such as "Kremlin" or "White House" are actors, not
country names: see ``tidings.actors.lexicon``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tidings.errors import KnowledgeFileError
from tidings.knowledge import cached_knowledge, read_table

TABLE = "countries.tsv"
NameForm = Literal["name", "alias", "demonym", "capital"]


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()  # adjective / person words: "Russian", "Briton"
    capitals: tuple[str, ...] = ()  # first is the usual one
    capital_stands_for: bool = False  # "Moscow said" means Russia's government

    @property
    def capital(self) -> str | None:
        return self.capitals[0] if self.capitals else None


@dataclass(frozen=True, slots=True)
class CountryName:
    """A string that names a country, and how it does (a name, alias, demonym or capital)."""

    country: Country
    form: NameForm


@dataclass(frozen=True, slots=True)
class _Index:
    by_iso: dict[str, Country]
    exact: dict[str, CountryName]
    folded: dict[str, CountryName]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


def plural_demonym(word: str) -> str | None:
    """'Russian' -> 'Russians', 'Frenchman' -> 'Frenchmen'; None where the plural is the same
    word ('Chinese', 'Swiss', 'British')."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith(("ese", "sh", "ch", "s", "x", "z")):
        return None
    return word + "s"


def _is_short_caps(key: str) -> bool:
    letters = [c for c in key if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5


def _normalize(text: str) -> str:
    text = " ".join(text.replace("’", "'").split())
    for suffix in ("'s", "'"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
            break
    if text[:4] in ("the ", "The "):
        text = text[4:]
    return text


@cached_knowledge
def _index() -> _Index:
    by_iso: dict[str, Country] = {}
    exact: dict[str, CountryName] = {}
    folded: dict[str, CountryName] = {}
    rows = read_table(TABLE, ("iso3", "iso2", "name"))
    for row in rows:
        iso3 = row["iso3"]
        if len(iso3) != 3 or not iso3.isupper():
            raise row.error(f"iso3 {iso3!r} is not three capital letters")
        stands = row.get("capital_stands_for", "n").lower()
        if stands not in ("y", "n"):
            raise row.error("capital_stands_for must be y or n")
        by_iso[iso3] = Country(
            iso3=iso3,
            iso2=row["iso2"],
            name=row["name"],
            aliases=_split(row.get("aliases")),
            demonyms=_split(row.get("demonyms")),
            capitals=_split(row.get("capital")),
            capital_stands_for=stands == "y",
        )
    # Strongest forms first, and the first country listed keeps a shared string: a country's name
    # beats another country's demonym or capital.
    for form in ("name", "alias", "demonym", "capital"):
        for c in by_iso.values():
            for key in map(_normalize, _forms(c, form)):
                entry = CountryName(c, form)  # type: ignore[arg-type]
                exact.setdefault(key, entry)
                if not _is_short_caps(key):
                    folded.setdefault(key.lower(), entry)
    return _Index(by_iso, exact, folded)


def _forms(c: Country, form: str) -> list[str]:
    if form == "name":
        return [c.name]
    if form == "alias":
        return list(c.aliases)
    if form == "demonym":
        plurals = [p for p in map(plural_demonym, c.demonyms) if p]
        return [*c.demonyms, *plurals]
    return list(c.capitals) if c.capital_stands_for else []


def all_countries() -> list[Country]:
    """Every country of the table, in file order."""
    return list(_index().by_iso.values())


def country(iso3: str) -> Country:
    """The country with ISO alpha-3 code ``iso3`` (KnowledgeFileError if the table lacks it)."""
    found = _index().by_iso.get(iso3.upper())
    if found is None:
        raise KnowledgeFileError(TABLE, None, f"no country with code {iso3!r}")
    return found


def is_country_code(code: str | None) -> bool:
    """Whether ``code`` is a country of the table (not IGO, NGO, IMG and other PLOVER codes)."""
    return bool(code) and code.upper() in _index().by_iso  # type: ignore[union-attr]


def name_forms() -> dict[str, CountryName]:
    """Every string that names a country, as written (the keys a phrase matcher needs)."""
    return dict(_index().exact)


@cached_knowledge
def _lookups() -> dict[str, CountryName | None]:
    """Answers of :func:`lookup_country` so far (cleared with the knowledge caches)."""
    return {}


def lookup_country(text: str) -> CountryName | None:
    """The country ``text`` names, with the form of the name, or None."""
    memo = _lookups()
    if text in memo:
        return memo[text]
    found = memo[text] = _lookup(text)
    return found


def _lookup(text: str) -> CountryName | None:
    if not text or not text.strip():
        return None
    index = _index()
    key = _normalize(text)
    found = index.exact.get(key)
    if found is None and not _is_short_caps(key) and any(c.isupper() for c in key):
        found = index.folded.get(key.lower())  # "RUSSIA", "the united States"; never "turkey"
    return found


def country_by_name(text: str, *, demonyms: bool = True, capitals: bool = True) -> Country | None:
    """The country named by ``text``: a name, alias, demonym (``demonyms=True``) or a capital that
    stands for its country (``capitals=True``); None if none."""
    found = lookup_country(text)
    if found is None:
        return None
    if (found.form == "demonym" and not demonyms) or (found.form == "capital" and not capitals):
        return None
    return found.country
