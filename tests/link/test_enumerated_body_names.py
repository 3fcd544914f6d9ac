"""A body's name may list its domains with commas and a conjunction: the list is part of the name."""
from __future__ import annotations


def names(doc) -> list[str]:
    return [e.name for e in doc.entities]


def test_spanish_ministry_with_a_list_of_domains_is_one_body(link_text):
    doc = link_text("El Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones respondió.", "es")
    assert names(doc) == ["Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones"]


def test_german_ministry_with_a_list_of_domains_is_one_body(link_text):
    doc = link_text("Das Ministerium für Umwelt, Klima und Energiewirtschaft sei zuständig.", "de")
    assert names(doc) == ["Ministerium für Umwelt, Klima und Energiewirtschaft"]


def test_a_list_of_other_names_after_a_body_stays_apart(link_text):
    doc = link_text("Estudió en la Universidad de Chile, Harvard y Stanford.", "es")
    assert "Universidad de Chile" in names(doc)
    assert not any("Harvard" in n and "Universidad" in n for n in names(doc))
