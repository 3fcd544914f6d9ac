"""A preposition that is locative elsewhere ("a", "à") also introduces whom an act is aimed at."""
from __future__ import annotations


def test_a_kb_family_name_after_a_is_a_person_not_a_place(link_text, typed):
    doc = link_text("Il processo a Gbagbo si apre oggi davanti ai giudici.", "it")
    assert typed(doc)["Gbagbo"] == "PERSON"


def test_an_unknown_town_after_a_stays_a_place(link_text, typed):
    doc = link_text("Il processo a Seregno si apre oggi davanti ai giudici.", "it")
    assert typed(doc)["Seregno"] == "PLACE"
