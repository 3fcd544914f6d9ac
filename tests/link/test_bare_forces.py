"""A country's force named by a bare noun ("the military", "la polizia", "la Armada") is that of the
country the passage and the article clearly name, as for a bare "the government" (governed.py)."""
from __future__ import annotations

UKRAINE = "In Ukraine, Kyiv reported new strikes. Ukraine asked for air defence. "


def test_a_bare_military_is_the_force_of_the_country_the_article_is_about(link_text, by_name):
    doc = link_text(UKRAINE + "The military said it shot down ten drones.", "en")
    army = by_name(doc)["Armed Forces of Ukraine"]
    assert [(m.text, m.rule) for m in army.mentions] == [("military", "institution:article")]


def test_a_military_that_modifies_a_noun_is_no_body(link_text, by_name):
    doc = link_text(UKRAINE + "The Ukrainian Armed Forces said a drone fell near the military base.", "en")
    army = by_name(doc)["Armed Forces of Ukraine"]
    assert [m.text for m in army.mentions] == ["Ukrainian Armed Forces"]


def test_another_country_in_the_sentence_leaves_the_bare_force_unlinked(link_text, by_name):
    doc = link_text(UKRAINE + "Russia has invested 9% of its GDP on the military.", "en")
    assert "Armed Forces of Ukraine" not in by_name(doc)


def test_no_country_clearly_leading_gives_no_force(link_text, by_name):
    doc = link_text("Russia and Ukraine met in Geneva. Russia and Ukraine disagreed. The military said "
                    "nothing.", "en")
    assert not any(e.type == "ORG" for e in doc.entities)


def test_a_bare_italian_police_of_an_article_about_italy_is_its_state_police(link_text, by_name):
    doc = link_text("A Roma, in Italia, sono stati arrestati tre uomini. La Meloni ha parlato con "
                    "l'Italia intera. Ieri la polizia ha perquisito le case.", "it")
    police = by_name(doc)["Polizia di Stato"]
    assert [m.text for m in police.mentions] == ["polizia"]


def test_a_capitalised_armada_is_the_navy_not_an_unnamed_surname(link_text, by_name):
    doc = link_text("El rey visitó España y Madrid. Luego asistió a la ceremonia de la Armada en Cádiz.", "es")
    assert [m.text for m in by_name(doc)["Spanish Navy"].mentions] == ["Armada"]
    assert "Francisco Armada" not in by_name(doc)
