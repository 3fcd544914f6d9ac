"""Italian names in news text with the real KB and lang/it data: given names, role and place cues,
exonyms, and cue words that make the name after them no actor (songs, shows, drugs)."""
from __future__ import annotations


def test_a_song_title_after_brano_is_no_actor(mentions):
    names = mentions("Il gruppo aveva preparato il brano Release Me, scritto da Alex Callier.", "it", "type", "name")
    assert "Release Me" not in names
    assert names["Alex Callier"][0] == "PERSON"


def test_a_listed_italian_given_name_makes_a_person(mentions):
    names = mentions("Tra gli ospiti c'erano Emilio Fede e Mariolina Simone.", "it", "type", "name")
    assert names["Mariolina Simone"][0] == "PERSON"


def test_a_prefect_before_a_surname_makes_a_person(mentions):
    names = mentions("Il prefetto Mauriello ha accolto la richiesta del candidato.", "it", "type", "name")
    assert names["Mauriello"][0] == "PERSON"


def test_small_towns_after_comuni_di_are_places(mentions):
    names = mentions("Il velivolo è caduto tra i comuni di Venarotta e Roccafluvione.", "it", "type", "name")
    assert names["Venarotta"][0] == "PLACE"


def test_an_italian_exonym_names_the_city(mentions):
    names = mentions("Sono previste altre marce attraverso Francoforte e Monaco di Baviera.", "it", "type", "name")
    assert names["Francoforte"] == ("PLACE", "Frankfurt am Main")
    assert names["Monaco di Baviera"] == ("PLACE", "Munich")
