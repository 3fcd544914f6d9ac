"""A preposition that is locative elsewhere ("a", "à") also introduces whom an act is aimed at."""
from __future__ import annotations


def test_a_kb_family_name_after_a_is_a_person_not_a_place(link_text, typed):
    doc = link_text("Il processo a Gbagbo si apre oggi davanti ai giudici.", "it")
    assert typed(doc)["Gbagbo"] == "PERSON"


def test_an_unknown_town_after_a_stays_a_place(link_text, typed):
    doc = link_text("Il processo a Seregno si apre oggi davanti ai giudici.", "it")
    assert typed(doc)["Seregno"] == "PLACE"


def test_a_particle_opening_the_name_after_a_makes_a_person(link_text, typed):
    doc = link_text("La Regione aveva proposto a De Alessandri una riduzione della pena.", "it")
    assert typed(doc)["De Alessandri"] == "PERSON"


def test_a_name_written_after_an_initial_elsewhere_is_a_person_after_a(link_text, by_name):
    doc = link_text("La partita tra V. Kramnik e V. Topalov è finita. I favori vanno a Topalov.", "it")
    assert [(m.text, by_name(doc)["V. Topalov"].type) for m in by_name(doc)["V. Topalov"].mentions] == [
        ("V. Topalov", "PERSON"), ("Topalov", "PERSON")]
