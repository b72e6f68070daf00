"""The country table and its lookups."""

from __future__ import annotations

import pytest

from tidings.countries import all_countries, country, country_by_name, lookup_country
from tidings.errors import KnowledgeFileError


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("United States", "USA"), ("U.S.", "USA"), ("the U.S.", "USA"), ("America", "USA"),
        ("American", "USA"), ("Americans", "USA"), ("Britain", "GBR"), ("UK", "GBR"),
        ("British", "GBR"), ("South Korea", "KOR"), ("Russia's", "RUS"), ("Russian", "RUS"),
        ("Syrian", "SYR"), ("Chinese", "CHN"), ("Moscow", "RUS"), ("Washington", "USA"),
        ("Türkiye", "TUR"), ("Kiev", "UKR"), ("Kyiv", "UKR"), ("RUSSIA", "RUS"),
    ],
)  # fmt: skip
def test_country_by_name(text: str, iso3: str) -> None:
    found = country_by_name(text)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize("text", ["us", "turkey", "china", "Kremlin", "", "White House"])
def test_not_a_country(text: str) -> None:
    assert country_by_name(text) is None


def test_forms_and_options() -> None:
    assert lookup_country("Russians").form == "demonym"  # type: ignore[union-attr]
    assert lookup_country("Moscow").form == "capital"  # type: ignore[union-attr]
    assert country_by_name("Moscow", capitals=False) is None
    assert country_by_name("Syrian", demonyms=False) is None


def test_country_record() -> None:
    deu = country("DEU")
    assert (deu.iso2, deu.name, deu.capital) == ("DE", "Germany", "Berlin")
    assert "German" in deu.demonyms
    assert country("usa").iso3 == "USA"
    with pytest.raises(KnowledgeFileError):
        country("XXX")


def test_every_iso_country_is_listed() -> None:
    codes = {c.iso3 for c in all_countries()}
    assert len(codes) >= 249 and {"USA", "RUS", "SYR", "PSE", "KOS"} <= codes


def test_lookups_are_remembered_and_forgotten_with_the_caches() -> None:
    from tidings.knowledge import clear_caches

    first = lookup_country("Kenyan")
    assert first is not None and first.country.iso3 == "KEN" and first.form == "demonym"
    assert lookup_country("Kenyan") is first
    clear_caches()
    assert lookup_country("Kenyan") == first
    assert lookup_country("turkey") is None
