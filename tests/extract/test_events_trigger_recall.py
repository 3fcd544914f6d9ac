"""Trigger recall (issue #6): classes of trigger constructions the lexicon scan or the unit builder missed.
One behaviour per test, real sentences."""
from __future__ import annotations

from extract.events_support import document, events, summary

CDU = ("Q49762", "Christian Democratic Union of Germany", "ORG", ["CDU"])
LANDESREGIERUNG = ("x:org:landesregierung", "Landesregierung", "ORG", ["Landesregierung"])
VGH = ("x:org:vgh", "Hessischer Verwaltungsgerichtshof", "ORG", ["Hessische Verwaltungsgerichtshof"])
RUBIO = ("Q324546", "Marco Rubio", "PERSON", ["Marco Rubio", "Rubio"], "USA")
FRANCE = ("Q142", "France", "COUNTRY", ["France"], "FRA")


def test_a_separable_particle_closes_its_clause_even_far_from_the_verb():
    text = "Dagegen wirft die Opposition, allen voran die CDU, in erster Linie der Landesregierung Versagen vor."
    [event] = events(document(text, "de", [CDU, LANDESREGIERUNG]))
    assert summary(event) == ("ACCUSE", ("Q49762",), ("x:org:landesregierung",), "occurred")


def test_a_separable_particle_before_a_parenthesis_still_closes_the_clause():
    text = "Die eingelegte Beschwerde wies der Hessische Verwaltungsgerichtshof vor einem Monat zurück (Beschl. v. 3.4.)."
    [event] = events(document(text, "de", [VGH]))
    assert (event.type, event.source) == ("REJECT", ["x:org:vgh"])


def test_a_particle_of_the_next_sentence_is_not_the_verbs():
    text = "Der Hessische Verwaltungsgerichtshof wies in Kassel. Am Abend kam er zurück."
    assert events(document(text, "de", [VGH])) == []


def test_a_phrasal_verb_in_the_progressive_is_active():
    [event] = events(document("France is calling on Marco Rubio to act.", "en", [RUBIO, FRANCE]))
    assert summary(event) == ("REQUEST", ("Q142",), ("Q324546",), "occurred")
