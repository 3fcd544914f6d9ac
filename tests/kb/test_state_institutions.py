"""The shipped KB knows the national bodies of every G20 and EU state (tools/kb/curated/organisations_states.tsv),
so that a noun with a country ("il ministero degli Esteri polacco", "le Parlement roumain") finds one entry."""
from __future__ import annotations

import pytest

from cronaca.kb import load

G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN", "KOR", "MEX", "RUS",
       "SAU", "TUR", "USA", "ZAF")
EU = ("AUT", "BEL", "BGR", "CYP", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GRC", "HRV", "HUN", "IRL",
      "ITA", "LTU", "LUX", "LVA", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "SWE")
STATES = sorted(set(G20) | set(EU))


@pytest.fixture(scope="module")
def kb():
    return load()


@pytest.mark.parametrize("iso3", STATES)
def test_every_g20_and_eu_state_has_a_foreign_ministry(kb, iso3):
    body = kb.institution("foreign_ministry", iso3)
    assert body is not None and body.country == iso3 and body.kind == "ministry"


@pytest.mark.parametrize("iso3", STATES)
def test_every_g20_and_eu_state_has_a_legislature(kb, iso3):
    assert any(kb.institution(kind, iso3) for kind in ("parliament", "congress", "lower_house"))


def test_a_chamber_named_alike_in_two_states_is_two_entries(kb):
    """"Nationalrat" is Austria's lower house and Switzerland's: the linker settles it by the article."""
    chambers = [e for e in kb.search("Nationalrat", limit=50) if "Nationalrat" in e.names("de")]
    assert sorted(e.country for e in chambers) == ["AUT", "CHE"]


@pytest.mark.parametrize(("name", "iso3"), [("Action", "ITA"), ("AGI", "ITA"), ("La Nación", "ARG")])
def test_one_entry_per_organisation(kb, name, iso3):
    """Two curated rows of one party or outlet made two entries that split every mention between them."""
    assert len([e for e in kb.entries.values() if e.name == name and e.country == iso3]) == 1
