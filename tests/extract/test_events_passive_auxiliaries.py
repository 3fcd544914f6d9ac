"""Passive auxiliaries away from the participle or in other tenses (evrole11): "è sempre stato
criticato", "sarebbe stato criticato", "fu criticato", "sería criticado" make the subject the one acted
upon and the "da"/"por" phrase the actor, as "è stato criticato" always did; the readings that must not
change stand next to them."""
from __future__ import annotations

from extract.events_support import document, events, summary

SANCHEZ = ("Q1208324", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
MELONI = ("Q3", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"])
SALVINI = ("Q4", "Matteo Salvini", "PERSON", ["Matteo Salvini", "Salvini"])
MILEI = ("Q5", "Javier Milei", "PERSON", ["Javier Milei", "Milei"])
EU = ("Q458", "European Union", "ORG", ["Unione Europea"])
ALL = [SANCHEZ, MELONI, SALVINI, MILEI, EU]
SALVINI_CRITICISED = ("ACCUSE", ("Q3",), ("Q4",), "occurred")


def test_an_adverb_between_the_auxiliary_and_stato_keeps_the_passive():
    [event] = events(document("Salvini è sempre stato criticato da Meloni.", "it", ALL))
    assert summary(event) == SALVINI_CRITICISED


def test_a_conditional_passive_names_the_agent_as_actor():
    [event] = events(document("Salvini sarebbe stato criticato da Meloni.", "it", ALL))
    assert summary(event)[:3] == SALVINI_CRITICISED[:3]


def test_the_simple_past_passive_names_the_agent_as_actor():
    [event] = events(document("Salvini fu criticato da Meloni.", "it", ALL))
    assert summary(event) == SALVINI_CRITICISED


def test_a_feminine_participle_of_essere_after_an_adverb_keeps_the_passive():
    [event] = events(document("Meloni era però stata criticata da Salvini.", "it", ALL))
    assert summary(event) == ("ACCUSE", ("Q4",), ("Q3",), "occurred")


def test_stato_as_a_noun_opens_no_passive():
    [event] = events(document("Il vertice dei capi di stato dell'Unione Europea si è concluso.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q458",), (), "occurred")


def test_the_active_voice_is_unchanged():
    [event] = events(document("Meloni ha criticato Salvini.", "it", ALL))
    assert summary(event) == SALVINI_CRITICISED


def test_a_spanish_conditional_passive_names_the_agent_as_actor():
    [event] = events(document("Sánchez sería criticado por Milei.", "es", ALL))
    assert summary(event)[:3] == ("ACCUSE", ("Q5",), ("Q1208324",))


def test_a_spanish_imperfect_passive_names_the_agent_as_actor():
    [event] = events(document("Sánchez era criticado por Milei.", "es", ALL))
    assert summary(event) == ("ACCUSE", ("Q5",), ("Q1208324",), "occurred")
