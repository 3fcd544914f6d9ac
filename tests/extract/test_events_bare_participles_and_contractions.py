"""Precision on untuned news (evprec17): constructions that made wrong events on pages nobody tuned on
(tools/events/judged/untuned_2026-11-30.tsv). A bare past participle is passive ("De Poli eletto con
144 voti"); English contracted negations are negations ("didn't condemn"); "ils/elles" stand for a
group or a pair, never one state; page code is no prose; a capitalised German form is the noun. The
readings that must not change stand next to them."""
from __future__ import annotations

from extract.events_support import document, events, summary

MELONI = ("Q3", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"])
SALVINI = ("Q4", "Matteo Salvini", "PERSON", ["Matteo Salvini", "Salvini"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russie", "Russland"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
SPAIN = ("Q29", "Spain", "COUNTRY", ["Spain", "Espagne"], "ESP")
MILEI = ("Q5", "Javier Milei", "PERSON", ["Javier Milei", "Milei"])
PETRO = ("Q6", "Gustavo Petro", "PERSON", ["Gustavo Petro", "Petro"])
AFD = ("Q7", "Alternative für Deutschland", "ORG", ["AfD"])
ALL = [MELONI, SALVINI, RUSSIA, UKRAINE, SPAIN, MILEI, PETRO, AFD]


def test_an_italian_bare_participle_after_a_name_is_passive():
    # (a list of results: the elected is elected, nobody elects the next name)
    assert events(document("I nuovi questori sono Salvini eletto con 144 voti, Meloni con 120.", "it", ALL)) == []


def test_an_italian_bare_participle_takes_the_agent_right_after_it():
    [event] = events(document("Salvini, criticato da Meloni, ha lasciato la sala.", "it", ALL))
    assert summary(event) == ("ACCUSE", ("Q3",), ("Q4",), "occurred")


def test_an_italian_present_form_that_ends_like_a_participle_stays_active():
    [event] = events(document("Meloni invita Salvini al dialogo.", "it", ALL))
    assert summary(event)[:3] == ("AGREE", ("Q3",), ("Q4",))


def test_an_adverb_between_auxiliary_and_participle_keeps_the_active_voice():
    [event] = events(document("Meloni ha duramente criticato Salvini.", "it", ALL))
    assert summary(event) == ("ACCUSE", ("Q3",), ("Q4",), "occurred")


def test_a_spanish_bare_participle_after_a_name_is_passive():
    assert events(document("Petro criticado por la prensa, Milei en silencio.", "es", ALL)) == []


def test_a_spanish_compound_tense_stays_active():
    [event] = events(document("Petro ha criticado duramente a Milei.", "es", ALL))
    assert summary(event) == ("ACCUSE", ("Q6",), ("Q5",), "occurred")


def test_an_english_contracted_negation_negates():
    [event] = events(document("Russia didn't condemn Ukraine.", "en", ALL))
    assert summary(event) == ("ACCUSE", ("Q159",), ("Q212",), "negated")


def test_a_curly_contracted_negation_negates():
    [event] = events(document("Russia doesn’t recognize Ukraine.", "en", ALL))
    assert summary(event)[3] == "negated"


def test_french_elles_never_stands_for_one_state():
    [event] = events(document("L'Espagne a protesté hier. Elles refusèrent de se retirer.", "fr", ALL))
    assert summary(event)[0] == "PROTEST"  # no REJECT by Spain


def test_a_french_conditional_passive_is_hypothetical():
    [event] = events(document("La Russie serait critiquée par l'Ukraine.", "fr", ALL))
    assert summary(event) == ("ACCUSE", ("Q212",), ("Q159",), "hypothetical")


def test_a_sentence_of_page_code_yields_no_event():
    text = '<img alt="Russia condemned Ukraine" src="x.jpg" title="Russia condemned Ukraine">'
    assert events(document(text, "en", ALL)) == []


def test_a_capitalised_german_form_mid_sentence_is_no_verb():
    assert events(document("Die AfD hat auf Tiktok zehn Millionen Aufrufe.", "de", ALL)) == []


UK = ("Q145", "United Kingdom", "COUNTRY", ["Government", "Britain"], "GBR")
PAKISTAN = ("Q843", "Pakistan", "COUNTRY", ["Pakistan"], "PAK")
INITIATIVE = ("Q10", "Digital Infrastructure Initiative", "ORG", ["Digital Infrastructure Initiative"])
RHEINMETALL = ("Q9", "Rheinmetall", "ORG", ["Rheinmetall"])
MORE = [*ALL, UK, PAKISTAN, INITIATIVE, RHEINMETALL]


def test_a_name_far_past_an_unnamed_object_is_no_recipient():
    text = "Pakistan has allocated more than $70 million for a Digital Infrastructure Initiative in the budget."
    assert events(document(text, "en", MORE)) == []


def test_a_recipient_in_the_frames_own_phrase_is_kept_however_far():
    [event] = events(document("Russia rejected calls by Britain for talks.", "en", MORE))
    assert summary(event)[:3] == ("REJECT", ("Q159",), ("Q145",))


def test_a_looming_penalty_threatens_nobody():
    assert events(document("Dem Rüstungskonzern Rheinmetall droht ein Bußgeld.", "de", MORE)) == []


def test_a_threat_with_mit_stays_a_threat():
    [event] = events(document("Russland droht der Ukraine mit neuen Angriffen.", "de", MORE))
    assert summary(event)[:3] == ("THREATEN", ("Q159",), ("Q212",))


def test_as_opposed_to_rejects_nothing():
    assert events(document("Russia chose gas, as opposed to Ukraine.", "en", MORE)) == []


BILL = ("Q13", "Employment Rights Bill", "ORG", ["Employment Rights Bill"])


def test_during_strikes_makes_nobody_a_striker():
    text = "The Employment Rights Bill aims at ensuring a minimum level of service during strikes."
    assert events(document(text, "en", [*MORE, BILL])) == []
