"""The gazetteer and number tables are general data: consistent, and free of seed-only strings."""

from __future__ import annotations

import pytest

from crosswire.extract import gazetteer, numbers
from crosswire.extract.entities import country_of, initials


def test_gazetteer_capitals_and_demonyms_point_to_known_countries() -> None:
    countries = set(gazetteer.COUNTRY_ALIASES.values())
    assert set(gazetteer.CAPITALS.values()) <= countries
    assert set(gazetteer.DEMONYMS.values()) <= countries
    assert len(countries) >= 190  # every UN member state


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [("Moscow", "GPE", "Russia"), ("Ankara", "GPE", "Turkey"), ("Damascus", "GPE", "Syria"), ("Tehran", "GPE", "Iran"),
     ("Russian", "NORP", "Russia"), ("Turkish", "NORP", "Turkey"), ("US", "GPE", "United States"),
     ("Idlib", "GPE", None), ("Russian", "GPE", None), ("Moscow", "NORP", None)],
)  # fmt: skip
def test_gazetteer_N4_country_links(name: str, kind: str, country: str | None) -> None:
    assert country_of(name, kind) == country


@pytest.mark.parametrize("seed_only", ["Idlib", "Homs", "Deraa", "Quneitra", "Ghouta", "Tahrir", "Erdogan", "Putin"])
def test_gazetteer_holds_no_seed_only_names(seed_only: str) -> None:
    tables = [gazetteer.COUNTRY_ALIASES, gazetteer.CAPITALS, gazetteer.DEMONYMS, gazetteer.TITLES,
              gazetteer.ORG_NOMINALS, numbers.NUMBER_WORDS, numbers.APPROXIMATORS]  # fmt: skip
    assert not any(seed_only.lower() in (k.lower() for k in t) for t in tables)


@pytest.mark.parametrize(
    ("name", "acronym"),
    [("Hayat Tahrir al-Sham", "HTS"), ("North Atlantic Treaty Organization", "NATO"), ("Islamic State", "IS"),
     ("Federal Bureau of Investigation", "FBI")],
)  # fmt: skip
def test_gazetteer_initials_skip_particles(name: str, acronym: str) -> None:
    assert initials(name) == acronym


def test_numbers_approximator_kinds_are_known() -> None:
    assert set(numbers.APPROXIMATORS.values()) == {"about", "lower", "upper"}
    assert numbers.VAGUE_AMOUNTS["thousands"] == 2000  # our convention: two of the unit
