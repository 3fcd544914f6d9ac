"""Italian names in news text with the real KB and lang/it data: given names, role and place cues,
exonyms, and cue words that make the name after them no actor (songs, shows, drugs)."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.pipeline import Pipeline


def _names(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str]]:
    doc = pipeline(Document(raw=text, language="it", source=Source(published="2026-02-20")))
    return {m.text: (e.type, e.name) for e in doc.entities for m in e.mentions}


def test_a_song_title_after_brano_is_no_actor(pipeline):
    names = _names(pipeline, "Il gruppo aveva preparato il brano Release Me, scritto da Alex Callier.")
    assert "Release Me" not in names
    assert names["Alex Callier"][0] == "PERSON"


def test_a_listed_italian_given_name_makes_a_person(pipeline):
    names = _names(pipeline, "Tra gli ospiti c'erano Emilio Fede e Mariolina Simone.")
    assert names["Mariolina Simone"][0] == "PERSON"


def test_a_prefect_before_a_surname_makes_a_person(pipeline):
    names = _names(pipeline, "Il prefetto Mauriello ha accolto la richiesta del candidato.")
    assert names["Mauriello"][0] == "PERSON"


def test_small_towns_after_comuni_di_are_places(pipeline):
    names = _names(pipeline, "Il velivolo è caduto tra i comuni di Venarotta e Roccafluvione.")
    assert names["Venarotta"][0] == "PLACE"


def test_an_italian_exonym_names_the_city(pipeline):
    names = _names(pipeline, "Sono previste altre marce attraverso Francoforte e Monaco di Baviera.")
    assert names["Francoforte"] == ("PLACE", "Frankfurt am Main")
    assert names["Monaco di Baviera"] == ("PLACE", "Munich")
