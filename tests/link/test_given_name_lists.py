"""Given names from the language lists make a person of a name the other rules would misread."""
from __future__ import annotations


def test_given_name_before_a_common_last_word_makes_a_person(link_text, typed):
    # "Grove" is a common word: without "Katie" listed the name read as a body ("Brookings Institution")
    doc = link_text("Das Shooting war mit meiner Freundin Katie Grove geplant, sagte sie.", "de")
    assert typed(doc)["Katie Grove"] == "PERSON"


def test_given_name_after_the_preposition_a_makes_a_person_not_a_place(link_text, typed):
    doc = link_text("El ingeniero de pista felicitó a Max Verstappen tras la carrera.", "es")
    assert typed(doc)["Max Verstappen"] == "PERSON"
