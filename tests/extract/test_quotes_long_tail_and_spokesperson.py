"""A verb of saying after its content with a long tail that holds only the speaker and where, when
and to whom he spoke; an unnamed spokesperson of a body named right after; a weekday with a
demonstrative between the verb and its subject ("dijo este martes el ministro")."""
from __future__ import annotations

import cronaca


def quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = cronaca.process(text, language=language, published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker)) for q in doc.quotes]


def test_german_reported_clause_before_a_long_attribution():
    assert quotes("Die Lage sei ernst, sagte ein Sprecher des Verteidigungsministeriums am Dienstag in Berlin "
                  "auf Anfrage der Deutschen Presse-Agentur.", "de") == [("Die Lage sei ernst", "Federal Ministry of Defence")]


def test_french_clause_before_a_verb_a_day_a_channel_and_a_minister():
    assert quotes("La croissance sera supérieure à 1 %, a estimé mardi sur France Inter le ministre de "
                  "l'Économie Bruno Le Maire.", "fr") == [("La croissance sera supérieure à 1 %", "Bruno Le Maire")]


def test_italian_clause_before_a_verb_with_time_addressee_and_place():
    assert quotes("La situazione resta molto grave, ha detto ieri sera ai giornalisti il ministro degli Esteri "
                  "Antonio Tajani a margine del vertice di Bruxelles.", "it") \
        == [("La situazione resta molto grave", "Antonio Tajani")]


def test_a_long_tail_with_a_complementizer_is_a_clause_of_its_own():
    assert quotes("He met the minister, and then said on Tuesday evening in a long speech in front of supporters "
                  "in Washington that he would win.", "en") == []


def test_english_spokesman_for_a_body_speaks_for_it():
    assert quotes("\"The situation remains very serious,\" a spokesman for the State Department said.", "en") \
        == [("The situation remains very serious", "United States Department of State")]


def test_italian_spokesperson_of_a_ministry_after_the_verb():
    assert quotes("«La situazione è grave», ha detto un portavoce del ministero degli Esteri.", "it") \
        == [("La situazione è grave", "Ministry of Foreign Affairs")]


def test_french_spokeswoman_of_the_elysee_after_the_verb():
    assert quotes("« La situation est grave », a déclaré une porte-parole de l'Élysée.", "fr") \
        == [("La situation est grave", "Élysée Palace")]


def test_spanish_demonstrative_weekday_and_addressee_before_the_subject():
    assert quotes("«La situación es muy grave», dijo este martes a los periodistas el ministro de Exteriores "
                  "José Manuel Albares.", "es") == [("La situación es muy grave", "José Manuel Albares")]


def test_french_place_phrase_after_the_speaker_is_not_part_of_the_content():
    assert quotes("L'Europe doit se réveiller, a estimé jeudi le président français Emmanuel Macron, en marge "
                  "du sommet.", "fr") == [("L'Europe doit se réveiller", "Emmanuel Macron")]


def test_spanish_time_phrase_after_the_speaker_is_not_part_of_the_content():
    assert quotes("La situación es grave, dijo el ministro José Manuel Albares, durante la rueda de prensa.", "es") \
        == [("La situación es grave", "José Manuel Albares")]


def test_a_parenthetical_verb_inside_the_clause_still_reports_the_whole_sentence():
    assert quotes("La Russia, ha detto il ministro Antonio Tajani, non vincerà questa guerra.", "it") \
        == [("La Russia, ha detto il ministro Antonio Tajani, non vincerà questa guerra", "Antonio Tajani")]


def test_a_possessive_name_after_the_verb_opens_a_clause_not_a_speaker_tail():
    assert quotes("Former senior law enforcement officials in both parties, though, say Mr. Comey's decision to "
                  "break with Justice Department guidelines caused these problems.", "en") == []
