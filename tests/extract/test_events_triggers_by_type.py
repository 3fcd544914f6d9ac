"""Trigger coverage outside English (issue #6, trig9 round): the words a journalist of each language uses
for a PLOVER type, with separable particles, light verbs and irregular participles, and the senses left out
because they are mostly no event. One behaviour per test, news sentences."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland", "Rusia", "Mosca"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "Ucrania", "Kiev", "Ucraina"], "UKR")
USA = ("Q30", "United States", "COUNTRY", ["USA", "Stati Uniti"], "USA")
IRAN = ("Q794", "Iran", "COUNTRY", ["Iran"], "IRN")
FRANCE = ("Q142", "France", "COUNTRY", ["France"], "FRA")
NIGER = ("Q1032", "Niger", "COUNTRY", ["Niger"], "NER")
URUGUAY = ("Q77", "Uruguay", "COUNTRY", ["Uruguay"], "URY")
BRAZIL = ("Q155", "Brazil", "COUNTRY", ["Brasil"], "BRA")
MERZ = ("Q56039", "Friedrich Merz", "PERSON", ["Friedrich Merz"])
STA_KOELN = ("x:org:staatsanwaltschaft-koln", "Staatsanwaltschaft Köln", "ORG", ["Staatsanwaltschaft Köln"])


# --- German: separable verbs whose object is named with the particle ---

def test_de_breaking_off_talks_is_a_sanction_on_the_other_party():
    text = "Russland brach die Gespräche mit der Ukraine am Freitag ab."
    [event] = events(document(text, "de", [RUSSIA, UKRAINE]))
    assert summary(event) + (event.mode,) == ("SANCTION", ("Q159",), ("Q212",), "occurred", "withdraw")


def test_de_a_treaty_renounced_names_the_other_party_through_the_treaty():
    text = "Die USA kündigten das Abkommen mit Iran im Mai auf."
    [event] = events(document(text, "de", [USA, IRAN]))
    assert summary(event) + (event.mode,) == ("SANCTION", ("Q30",), ("Q794",), "occurred", "withdraw")


def test_de_dropping_an_investigation_concedes_to_its_target():
    text = "Die Staatsanwaltschaft Köln stellte die Ermittlungen gegen Friedrich Merz ein."
    [event] = events(document(text, "de", [STA_KOELN, MERZ]))
    assert summary(event) == ("CONCEDE", ("x:org:staatsanwaltschaft-koln",), ("Q56039",), "occurred")


def test_de_doing_without_is_no_concession():
    text = "Russland verzichtete in diesem Jahr auf die Militärparade."
    assert [e.type for e in events(document(text, "de", [RUSSIA]))] == []


# --- Italian: light verbs with irregular participles ---

def test_it_breaking_off_relations_with_the_participle_rotto():
    [event] = events(document("Mosca ha rotto i rapporti con Kiev.", "it", [RUSSIA, UKRAINE]))
    assert summary(event) + (event.mode,) == ("SANCTION", ("Q159",), ("Q212",), "occurred", "withdraw")


def test_it_halting_the_fighting_with_the_participle_sospeso_is_a_ceasefire():
    text = "Gli Stati Uniti hanno sospeso i combattimenti in Ucraina."
    [event] = events(document(text, "it", [USA, UKRAINE]))
    assert (event.type, event.mode, event.source) == ("RETREAT", "ceasefire", ["Q30"])


# --- Spanish ---

def test_es_cutting_relations_is_a_sanction():
    [event] = events(document("Rusia cortó relaciones con Ucrania.", "es", [RUSSIA, UKRAINE]))
    assert summary(event) + (event.mode,) == ("SANCTION", ("Q159",), ("Q212",), "occurred", "withdraw")


def test_es_lending_help_to_a_country_is_aid():
    text = "El gobierno de Uruguay brindó ayuda a Brasil tras las inundaciones."
    [event] = events(document(text, "es", [URUGUAY, BRAZIL]))
    assert summary(event) == ("AID", ("Q77",), ("Q155",), "occurred")


# --- French ---

def test_fr_cutting_ties_is_a_sanction():
    [event] = events(document("La France a rompu les liens avec le Niger.", "fr", [FRANCE, NIGER]))
    assert summary(event) + (event.mode,) == ("SANCTION", ("Q142",), ("Q1032",), "occurred", "withdraw")


def test_fr_coming_to_help_with_etre_is_active_aid_not_a_passive():
    [event] = events(document("La France est venue en aide au Niger.", "fr", [FRANCE, NIGER]))
    assert summary(event) == ("AID", ("Q142",), ("Q1032",), "occurred")


def test_fr_figures_that_fall_are_no_backing_down():
    text = "Les exportations de la France ont reculé de 12 % vers le Niger."
    assert events(document(text, "fr", [FRANCE, NIGER])) == []


# --- enclitic pronouns on infinitives and gerunds (verb_inflections.tsv) ---

def _triggers(text: str, lang: str) -> list[tuple[str, str]]:
    from cronaca.extract.events.lexicon import lexicon
    return [(text[m.start:m.end], t.type) for m in lexicon(lang).scan(text) for t in m.triggers]


def test_it_a_gerund_with_the_pronoun_vi_is_the_verb():
    text = "I soldati entrarono nel villaggio, catturandovi tre miliziani."
    assert ("catturandovi", "COERCE") in _triggers(text, "it")


def test_es_an_infinitive_with_the_pronoun_nos_is_the_verb():
    text = "Rusia quiere atacarnos otra vez, dijo el ministro."
    assert ("atacarnos", "ASSAULT") in _triggers(text, "es")
