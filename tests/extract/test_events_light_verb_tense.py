"""A noun trigger under a light or undergo verb takes its status from that verb's tense (lightfuture22, issue
#6): "terrà un incontro" is a planned meeting as "incontrerà" is, "tendría una reunión" a hypothetical one. The
light verbs' future and conditional forms are inflected from their lemmas in event_roles.tsv by
verb_inflections.tsv (extract/events/lexicon.py ``_tensed_light_verbs``). One behaviour per test."""
from __future__ import annotations

from extract.events_support import document, events, summary

MELONI = ("Q3847375", "Giorgia Meloni", "PERSON", ["Meloni"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Macron"])
SANCHEZ = ("Q10860418", "Pedro Sánchez", "PERSON", ["Sánchez"])
MILEI = ("Q4791", "Javier Milei", "PERSON", ["Milei"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ukraine"], "UKR")


def test_it_future_light_verb_plans_the_meeting():
    doc = document("Giovedì Meloni terrà un incontro con Macron a Palazzo Chigi.", "it", [MELONI, MACRON])
    assert [summary(e) for e in events(doc)] == [("CONSULT", ("Q3847375",), ("Q3052772",), "planned")]


def test_it_future_undergo_verb_plans_the_support():
    doc = document("L'Ucraina avrà il sostegno di Macron fino alla fine della guerra.", "it", [MACRON, UKRAINE])
    assert [e.status for e in events(doc)] == ["planned"]


def test_it_past_light_verb_keeps_the_meeting_occurred():
    doc = document("Giovedì Meloni ha tenuto un incontro con Macron a Palazzo Chigi.", "it", [MELONI, MACRON])
    assert [e.status for e in events(doc)] == ["occurred"]


def test_es_conditional_light_verb_makes_the_meeting_hypothetical():
    doc = document("Sánchez tendría una reunión con Milei en Madrid.", "es", [SANCHEZ, MILEI])
    assert [e.status for e in events(doc)] == ["hypothetical"]


def test_es_shortened_future_of_a_trigger_verb_is_planned():
    doc = document("La Unión Europea dijo que Sánchez impondrá sanciones a Rusia.", "es", [SANCHEZ, RUSSIA])
    assert [e.status for e in events(doc)] == ["planned"]


def test_fr_conditional_light_verb_makes_the_meeting_hypothetical():
    doc = document("Macron tiendrait une réunion avec Meloni la semaine prochaine.", "fr", [MACRON, MELONI])
    assert [e.status for e in events(doc)] == ["hypothetical"]


def test_fr_negation_still_wins_over_the_future():
    doc = document("Macron ne tiendra pas de réunion avec Meloni.", "fr", [MACRON, MELONI])
    assert [e.status for e in events(doc)] == ["negated"]
