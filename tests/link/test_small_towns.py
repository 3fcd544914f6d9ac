"""Towns of 1,000+ inhabitants type unknown names as places where the article's language is spoken."""
from __future__ import annotations

from cronaca.link.gazetteer import is_town


def test_a_small_town_of_the_language_s_country_is_a_place(link_text, typed):
    doc = link_text("Gasolio rubato in un'azienda di Pegognaga, nel mantovano. I carabinieri di "
                    "Pegognaga indagano.", "it")
    assert typed(doc)["Pegognaga"] == "PLACE"


def test_a_small_town_counts_only_in_the_countries_given():
    assert is_town("Pegognaga", ("IT",))
    assert not is_town("Pegognaga", ("FR",))
    assert not is_town("Pegognaga")


def test_a_far_small_town_s_name_is_not_a_place(link_text, typed):
    doc = link_text("El ex piloto de Williams habló el domingo. Williams dijo que no volverá.", "es")
    assert typed(doc).get("Williams") != "PLACE"
