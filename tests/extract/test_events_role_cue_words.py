"""Role cue words (evrole11): passive auxiliaries away from the participle or in other tenses ("è
sempre stato criticato", "fu criticato", "sería criticado") make the subject the one acted upon and the
"da"/"por" phrase the actor; aspectual verbs ("comincerà le consultazioni") govern an act noun as light
verbs do; a quantity modifier ("at least 50") is no place preposition. The readings that must not
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


NAPOLITANO = ("Q6", "Giorgio Napolitano", "PERSON", ["Giorgio Napolitano", "Napolitano"])
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel"], "ISR")
HAMAS = ("Q7", "Hamas", "GROUP", ["Hamas"])


def test_an_aspectual_verb_governs_the_act_noun_as_a_light_verb():
    [event] = events(document("Domani Napolitano comincerà le consultazioni.", "it", [NAPOLITANO]))
    assert summary(event)[:3] == ("CONSULT", ("Q6",), ())


def test_at_least_before_a_number_is_no_place_preposition():
    [event] = events(document("Israel killed at least 50 Hamas fighters.", "en", [ISRAEL, HAMAS]))
    assert summary(event) == ("ASSAULT", ("Q801",), ("Q7",), "occurred")


def test_a_plain_number_object_is_unchanged():
    [event] = events(document("Israel killed 50 Hamas fighters.", "en", [ISRAEL, HAMAS]))
    assert summary(event) == ("ASSAULT", ("Q801",), ("Q7",), "occurred")


FRENTE = ("Q8", "Frente de Todos", "ORG", ["Frente de Todos"])
CONTE = ("Q9", "Giuseppe Conte", "PERSON", ["Giuseppe Conte", "Conte"])


def test_a_fronted_preposition_phrase_leaves_a_zero_subject_to_carry_over():
    text = "El Frente de Todos presentó tres proyectos. Con esas tres iniciativas pidió la sesión."
    [event] = events(document(text, "es", [FRENTE]))
    assert summary(event)[:3] == ("REQUEST", ("Q8",), ())


def test_a_second_article_after_the_fronted_phrase_is_an_unnamed_subject():
    text = "El Frente de Todos presentó tres proyectos. Con esas iniciativas el bloque pidió la sesión."
    assert events(document(text, "es", [FRENTE])) == []


def test_an_italian_fronted_phrase_carries_the_previous_subject():
    text = "Salvini ha parlato a lungo. In conferenza stampa ha chiesto le dimissioni di Conte."
    found = [summary(e)[:3] for e in events(document(text, "it", [SALVINI, CONTE]))]
    assert ("REQUEST", ("Q4",), ("Q9",)) in found


PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"])
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
ZAMORA = ("Q10", "José Rubén Zamora", "PERSON", ["Zamora"])


def test_an_unnamed_person_owned_by_a_name_acts_not_the_owner():
    assert events(document("Putin's spokesman has criticized Ukraine.", "en", [PUTIN, UKRAINE])) == []


def test_a_national_body_owned_by_a_country_acts_for_it():
    [event] = events(document("Russia's government has criticized Ukraine.", "en", [RUSSIA, UKRAINE]))
    assert summary(event) == ("ACCUSE", ("Q159",), ("Q212",), "occurred")


def test_a_legal_team_acts_for_its_client():
    [event] = events(document("Zamora’s legal team has rejected the ruling.", "en", [ZAMORA]))
    assert summary(event)[:2] == ("REJECT", ("Q10",))
