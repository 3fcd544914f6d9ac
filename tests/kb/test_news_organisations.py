"""Organisations the news names often, as the gold-set guidelines want them in the shipped KB."""
from __future__ import annotations

import pytest

from cronaca.kb import load


@pytest.fixture(scope="module")
def kb():
    return load()


def _named(kb, name):
    return [e for e in kb.entries.values() if e.name == name]


@pytest.mark.parametrize("name", ["Google", "Facebook", "Instagram", "YouTube", "Twitter", "Muslim Brotherhood"])
def test_platforms_and_movements_are_entities_of_their_own(kb, name):
    assert len(_named(kb, name)) == 1


def test_a_government_described_by_an_adjective_is_no_alias():
    """"il governo cinese" is China acting (the link stage makes it a metonym of the country)."""
    china_government = _named(load(), "Government of China")[0]
    assert "governo cinese" not in china_government.aliases.get("it", [])
    assert "Chinese government" not in china_government.aliases.get("en", [])


@pytest.mark.parametrize("name", ["San", "Bush", "Mary"])
def test_towns_named_like_common_words_are_not_shipped(kb, name):
    """"Piazza San Pietro" is no mention of San (Mali); city_skips.tsv keeps such towns out."""
    assert not [e for e in _named(kb, name) if e.type == "PLACE"]


def test_regions_of_italy_have_english_names_and_local_aliases(kb):
    lombardy = _named(kb, "Lombardy")[0]
    assert (lombardy.type, lombardy.country) == ("PLACE", "ITA")
    assert "Lombardia" in lombardy.aliases["it"]


def test_a_national_army_is_a_named_body(kb):
    """The guidelines annotate "l'esercito russo", "the Pakistani army" as the armed forces (ORG)."""
    forces = _named(kb, "Russian Armed Forces")[0]
    assert "esercito russo" in forces.aliases["it"]
    assert _named(kb, "Pakistan Army")


@pytest.mark.parametrize("name", ["Amnesty International", "Assicurazioni Generali", "Collège de France"])
def test_a_name_listed_as_its_own_translation_is_used_in_every_language(kb, name):
    """"it:Amnesty International" in the curated row says Italian keeps the name: German keeps it too."""
    [entry] = _named(kb, name)
    assert name in entry.aliases.get("*", [])
