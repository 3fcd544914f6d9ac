"""A body named after the district of its seat, and a committee named by its subject after the noun."""
from __future__ import annotations


def test_a_body_known_by_its_district_is_the_body_alone(link_text, by_name):
    doc = link_text("Bercy a annoncé de nouvelles économies.", "fr")
    assert by_name(doc)["Ministry of the Economy and Finance"].type == "ORG"


def test_after_a_district_noun_the_seat_name_is_the_district(link_text, by_name):
    doc = link_text("Les habitants du quartier de Bercy se plaignent du bruit.", "fr")
    names = by_name(doc)
    assert "Ministry of the Economy and Finance" not in names
    assert (names["Bercy"].type, [m.text for m in names["Bercy"].mentions]) == ("PLACE", ["Bercy"])


def test_a_committee_is_named_by_its_subject_after_the_noun_it(link_text, by_name):
    doc = link_text("Il testo è stato approvato dalla commissione Trasporti ieri sera.", "it")
    entity = by_name(doc)["commissione Trasporti"]
    assert (entity.type, [m.text for m in entity.mentions]) == ("ORG", ["commissione Trasporti"])


def test_a_committee_noun_across_a_particle_is_no_name_it(link_text, by_name):
    doc = link_text("La commissione di inchiesta ha chiuso i lavori.", "it")
    assert doc.entities == []


def test_a_hotel_is_a_place_it(link_text, by_name):
    doc = link_text("Lo ha incontrato all'Hotel Raphael ieri sera.", "it")
    assert by_name(doc)["Hotel Raphael"].type == "PLACE"


def test_a_hotel_is_a_place_es(link_text, by_name):
    doc = link_text("Se alojó en el Hotel Sheraton durante la cumbre.", "es")
    assert by_name(doc)["Hotel Sheraton"].type == "PLACE"
