"""Organisation names that other matches used to hide."""
from __future__ import annotations


def test_a_title_that_spells_a_council_still_names_the_council(link_text, by_name):
    doc = link_text("Il segretario del Consiglio di sicurezza russo Sergei Shoigu ha visitato Pechino.",
                    "it", "2026-02-04")
    names = by_name(doc)
    council = names["Security Council of Russia"]
    assert [m.text for m in council.mentions] == ["Consiglio di sicurezza russo"]
    assert "Sergei Shoigu" in names


def test_an_international_brand_is_a_name_where_every_noun_is_capitalised(link_text, by_name):
    doc = link_text("Große Dienste wie Facebook müssen mehr Regeln befolgen als kleine.", "de")
    assert by_name(doc)["Facebook"].type == "ORG"


def test_an_abbreviation_of_a_thing_is_no_organisation(link_text, by_name):
    doc = link_text("Il PIL è cresciuto dello 0,3 per cento, secondo le stime delle 12:00 GMT.", "it")
    assert doc.entities == []


def test_a_frequent_german_name_the_kb_lists_for_german_stays_a_name(link_text, by_name):
    doc = link_text("Gestern hat der Bundestag den Vorschlag abgelehnt.", "de")
    assert [m.text for m in by_name(doc)["Bundestag"].mentions] == ["Bundestag"]
