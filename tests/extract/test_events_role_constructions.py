"""Role constructions (evroles, second round): coordinated recipients with a repeated preposition,
the genitive of a noun trigger whose actor is named elsewhere, verb-second objects holding a noun
trigger; one construction per test, with the reading that must not change next to it."""
from __future__ import annotations

from extract.events_support import document, events, summary

SANCHEZ = ("Q1208324", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
MELONI = ("Q3", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Rusia", "Russie", "Russia", "Mosca", "Moscow"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["China", "Chine", "Cina"], "CHN")
FRANCE = ("Q142", "France", "COUNTRY", ["Francia", "France"], "FRA")
ALL = [SANCHEZ, MACRON, MELONI, RUSSIA, CHINA, FRANCE]


def test_a_repeated_personal_a_coordinates_two_recipients():
    [event] = events(document("Sánchez criticó a Rusia y a China.", "es", ALL))
    assert summary(event) == ("ACCUSE", ("Q1208324",), ("Q159", "Q148"), "occurred")


def test_a_repeated_with_coordinates_two_partners():
    [event] = events(document("Sánchez se reunió con Macron y con Meloni.", "es", ALL))
    assert summary(event) == ("CONSULT", ("Q1208324",), ("Q3052772", "Q3"), "occurred")


def test_a_different_preposition_after_and_opens_another_phrase():
    [event] = events(document("Sánchez se reunió con Macron y habló de China.", "es", ALL))
    assert summary(event) == ("CONSULT", ("Q1208324",), ("Q3052772",), "occurred")
