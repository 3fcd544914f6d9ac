"""Registrations, models and flight numbers in capitals are codes, not bodies' acronyms."""
from __future__ import annotations


def test_a_registration_is_no_organisation(link_text, typed):
    doc = link_text("La avioneta con matrícula N799RM aterrizó en una pista clandestina.", "es")
    assert "N799RM" not in typed(doc)


def test_a_model_code_after_a_maker_is_no_part_of_its_name(link_text, typed):
    doc = link_text("Die Lufthansa bestellt bei Airbus zehn A350 und bei Boeing fünf 787.", "de")
    assert not any("A350" in name for name in typed(doc))


def test_an_acronym_with_one_or_two_digits_stays_a_body(link_text, typed):
    doc = link_text("Il M5S ha votato contro la mozione.", "it")
    assert typed(doc)["M5S"] == "ORG"
