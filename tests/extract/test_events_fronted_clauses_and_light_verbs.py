"""Recall constructions of the evrecall21 round (issue #6): a sentence-opening non-finite clause takes
the main clause's subject; light verbs completed by paradigm in five languages; a speech verb that is
also a light verb ("sostuvo") before an article and a noun trigger is the light verb; a light verb
does not govern a noun inside another noun's complement. One behaviour per test, with the reading that
must not change next to it where it matters."""
from __future__ import annotations

from extract.events_support import document, events, summary

XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
BEIJING = ("Q956", "Beijing", "PLACE", ["Beijing"], "CHN")
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia", "Russie"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ucrania", "Ukraine"], "UKR")
GERMANY = ("Q183", "Germany", "COUNTRY", ["Germany", "Germania", "Alemania", "Allemagne"], "DEU")
POLAND = ("Q36", "Poland", "COUNTRY", ["Poland", "Polonia", "Pologne"], "POL")
ALL = [XI, BEIJING, MACRON, TRUMP, RUSSIA, UKRAINE, GERMANY, POLAND]


# -- a non-finite clause that opens the sentence: the main clause's subject acts ------------------

def test_after_a_gerund_the_main_subject_met_en():
    found = events(document("After meeting Xi Jinping in Beijing, Emmanuel Macron said the visit was useful.", "en", ALL))
    assert summary(found[0]) == ("CONSULT", ("Q3052772",), ("Q15031",), "occurred")


def test_after_an_infinitive_auxiliary_the_main_subject_met_it():
    found = events(document("Dopo aver incontrato Xi Jinping, Emmanuel Macron ha detto che la visita è stata utile.",
                            "it", ALL))
    assert summary(found[0]) == ("CONSULT", ("Q3052772",), ("Q15031",), "occurred")


def test_after_an_infinitive_auxiliary_the_main_subject_met_fr():
    found = events(document("Après avoir rencontré Xi Jinping, Emmanuel Macron a déclaré que la visite était utile.",
                            "fr", ALL))
    assert summary(found[0]) == ("CONSULT", ("Q3052772",), ("Q15031",), "occurred")


def test_a_fronted_clause_in_mid_sentence_takes_no_subject_after_its_comma():
    # "W said" is the speaker, not whoever met Xi: only a sentence-opening clause counts
    found = events(document("Russia attacked Ukraine after meeting Xi Jinping, Emmanuel Macron said.", "en", ALL))
    assert ("CONSULT", ("Q3052772",), ("Q15031",), "occurred") not in [summary(e) for e in found]


# -- light verbs completed by paradigm ------------------------------------------------------------

def test_sending_aid_is_the_senders_aid_en():
    found = events(document("Germany sent humanitarian aid to Ukraine.", "en", ALL))
    assert [summary(e) for e in found] == [("AID", ("Q183",), ("Q212",), "occurred")]


def test_sending_aid_is_the_senders_aid_fr():
    found = events(document("L'Allemagne a envoyé une aide humanitaire à l'Ukraine.", "fr", ALL))
    assert [summary(e) for e in found] == [("AID", ("Q183",), ("Q212",), "occurred")]


def test_uttering_threats_is_a_threat_es():
    found = events(document("Rusia profirió amenazas contra Polonia.", "es", ALL))
    assert [summary(e) for e in found] == [("THREATEN", ("Q159",), ("Q36",), "occurred")]


def test_providing_assistance_goes_to_its_recipient_en():
    found = events(document("Germany provided military assistance to Ukraine.", "en", ALL))
    assert [summary(e) for e in found] == [("AID", ("Q183",), ("Q212",), "occurred")]


def test_a_light_verb_does_not_reach_into_another_nouns_complement():
    found = events(document("Trump voiced interest in making continued military aid to Ukraine conditional.", "en", ALL))
    assert [e for e in found if e.type == "AID"] == []


# -- a speech verb that is also a light verb -----------------------------------------------------

def test_sostuvo_before_a_meeting_noun_held_it():
    found = events(document("Emmanuel Macron sostuvo una reunión con Xi Jinping.", "es", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q3052772",), ("Q15031",), "occurred")]


def test_sostuvo_before_que_still_reports():
    found = events(document("Emmanuel Macron sostuvo que Rusia atacó a Ucrania.", "es", ALL))
    assert [summary(e) for e in found] == [("ASSAULT", ("Q159",), ("Q212",), "occurred")]
    assert found[0].according_to == "Q3052772"


# -- a possessed noun in a sentence-opening phrase: the main subject's act ----------------------------

def test_after_his_meeting_the_main_subject_met_en():
    found = events(document("After his meeting with Xi Jinping, Emmanuel Macron criticized Russia.", "en", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q3052772",), ("Q15031",), "occurred"),
                                           ("ACCUSE", ("Q3052772",), ("Q159",), "occurred")]


def test_after_his_meeting_the_subject_after_the_verb_met_de():
    found = events(document("Nach seinem Treffen mit Xi Jinping kritisierte Emmanuel Macron Russland.", "de",
                            ALL + [("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")]))
    assert summary(found[0]) == ("CONSULT", ("Q3052772",), ("Q15031",), "occurred")


def test_a_possessor_makes_a_phrasal_verb_its_noun():
    # "meeting with" after a possessor is the noun "meeting" and its "with" partner, not the verb "meet with"
    found = events(document("Emmanuel Macron's meeting with Xi Jinping lasted two hours.", "en", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q3052772",), ("Q15031",), "occurred")]


# -- a light verb's negation reaches its noun ----------------------------------------------------------

def test_a_negated_light_verb_negates_its_noun_fr():
    found = events(document("L'Allemagne n'a pas envoyé d'aide humanitaire à l'Ukraine.", "fr", ALL))
    assert [summary(e) for e in found] == [("AID", ("Q183",), ("Q212",), "negated")]
