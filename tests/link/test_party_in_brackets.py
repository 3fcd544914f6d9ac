"""A party in brackets after a person's name ("Matteo Salvini (Lega)") is the party, even when its name
is a common word or a province code (link/resolve.py, link/place_codes.py), with the shipped KB."""
from __future__ import annotations


def test_a_party_named_by_a_common_word_in_brackets_after_a_name(mentions):
    linked = mentions("Ieri Matteo Salvini (Lega) ha votato contro la riforma.", "it", "type", "name")
    assert linked["Lega"] == ("ORG", "Lega")


def test_a_spanish_party_named_by_a_verb_form_in_brackets(mentions):
    linked = mentions("El diputado Pablo Iglesias (Podemos) votó en contra.", "es", "type", "name")
    assert linked["Podemos"] == ("ORG", "Podemos")


def test_an_english_party_in_brackets_after_a_name(mentions):
    linked = mentions("Lawmaker John Smith (Labour) voted against the bill.", "en", "type", "name")
    assert linked["Labour"] == ("ORG", "Labour Party")


def test_the_german_greens_short_name_in_brackets(mentions):
    linked = mentions("Die damalige Umweltministerin Anne Spiegel (Grüne) musste aussagen.", "de", "type", "name")
    assert linked["Grüne"] == ("ORG", "Alliance 90/The Greens")


def test_a_code_after_a_person_whose_family_name_is_a_town_is_the_party(mentions):
    """Rossi is also a small Italian town; after the given name Mario it is a family name, so "PD" is the
    Democratic Party, not the province of Padua."""
    linked = mentions("Il senatore Mario Rossi (PD) ha detto di no.", "it", "type", "name")
    assert linked["PD"] == ("ORG", "Democratic Party")


def test_a_code_after_a_town_is_still_its_province(mentions):
    linked = mentions("Un incidente a Seregno (MB) ha causato due feriti.", "it", "type", "name")
    assert linked["MB"] == ("PLACE", "Province of Monza and Brianza")
