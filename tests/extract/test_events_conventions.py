"""The gold set's conventions for recurring acts (tests/gold/GUIDELINES.md "Recurring acts") in the trigger
lexicons of every language: signed or reached agreements are SUPPORT, a court's sentence SANCTION convict
and a prison term also COERCE arrest, warrants THREATEN arrest, "condannare" alone an ACCUSE."""
from __future__ import annotations

from extract.events_support import document, events

COURT = ("Q1", "Tribunale di Palermo", "ORG", ["Tribunale di Palermo", "Tribunal de Madrid", "tribunal de Paris",
                                               "Landgericht Berlin", "Palermo court"])
ROSSI = ("Q2", "Mario Rossi", "PERSON", ["Mario Rossi", "Rossi"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia", "Russie", "Russland"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ucrania", "l'Ukraine", "Ukraine"], "UKR")
ICC = ("Q3", "International Criminal Court", "ORG", ["Corte penale internazionale", "Corte Penal Internacional",
                                                      "Cour pénale internationale", "Internationale Strafgerichtshof",
                                                      "International Criminal Court"])
ALL = [COURT, ROSSI, RUSSIA, UKRAINE, ICC]


def acts(text: str, lang: str) -> list[tuple]:
    return sorted((e.type, e.mode, tuple(e.source), tuple(e.target)) for e in events(document(text, lang, ALL)))


def test_a_prison_sentence_is_a_conviction_and_an_imprisonment_it():
    assert acts("Il Tribunale di Palermo ha condannato Mario Rossi a sette anni di reclusione.", "it") == [
        ("COERCE", "arrest", ("Q1",), ("Q2",)), ("SANCTION", "convict", ("Q1",), ("Q2",))]


def test_a_life_sentence_is_a_conviction_and_an_imprisonment_it():
    assert acts("Il Tribunale di Palermo ha condannato Mario Rossi all'ergastolo.", "it") == [
        ("COERCE", "arrest", ("Q1",), ("Q2",)), ("SANCTION", "convict", ("Q1",), ("Q2",))]


def test_a_prison_sentence_is_a_conviction_and_an_imprisonment_en():
    assert acts("The Palermo court sentenced Rossi to seven years in prison.", "en") == [
        ("COERCE", "arrest", ("Q1",), ("Q2",)), ("SANCTION", "convict", ("Q1",), ("Q2",))]


def test_a_prison_sentence_is_a_conviction_and_an_imprisonment_es():
    assert acts("El Tribunal de Madrid condenó a Mario Rossi a siete años de prisión.", "es") == [
        ("COERCE", "arrest", ("Q1",), ("Q2",)), ("SANCTION", "convict", ("Q1",), ("Q2",))]


def test_a_death_sentence_is_a_conviction_only_fr():
    assert acts("Le tribunal de Paris a condamné Mario Rossi à mort.", "fr") == [
        ("SANCTION", "convict", ("Q1",), ("Q2",))]


def test_condemning_without_a_penalty_is_disapproval_it():
    assert acts("La Russia ha condannato l'Ucraina.", "it") == [("ACCUSE", "disapprove", ("Q159",), ("Q212",))]


def test_an_arrest_warrant_against_someone_is_a_threat_of_arrest_it():
    assert acts("La Corte penale internazionale ha emesso un mandato d'arresto contro Mario Rossi.", "it") == [
        ("THREATEN", "arrest", ("Q3",), ("Q2",))]


def test_an_arrest_warrant_nobody_is_named_in_is_no_event_es():
    assert acts("Mario Rossi tiene una orden de captura por asesinato.", "es") == []


def test_reaching_an_agreement_is_support_it():
    assert acts("La Russia e l'Ucraina hanno raggiunto un accordo.", "it") == [("SUPPORT", None, ("Q159", "Q212"), ())]


def test_sealing_a_pact_is_support_it():
    assert acts("La Russia ha stretto un patto con l'Ucraina.", "it") == [("SUPPORT", None, ("Q159",), ("Q212",))]


def test_signing_an_agreement_together_is_support_with_both_parties_acting_de():
    assert acts("Russland und die Ukraine unterzeichneten ein Abkommen.", "de") == [
        ("SUPPORT", None, ("Q159", "Q212"), ())]


def test_signing_a_law_alone_is_no_event_de():
    assert acts("Russland unterzeichnete das Gesetz.", "de") == []


def test_signing_an_agreement_is_support_en():
    assert acts("Russia signed an agreement with Ukraine.", "en") == [("SUPPORT", None, ("Q159",), ("Q212",))]


def test_declaring_war_is_an_assault_it():
    assert acts("La Russia ha dichiarato guerra all'Ucraina.", "it") == [("ASSAULT", None, ("Q159",), ("Q212",))]


def test_sending_weapons_is_military_aid_en():
    assert acts("Russia sent weapons to Ukraine.", "en") == [("AID", "military", ("Q159",), ("Q212",))]


def test_an_appeal_to_someone_addresses_them_en():
    assert acts("Russia appealed to Ukraine for calm.", "en") == [("REQUEST", None, ("Q159",), ("Q212",))]


def test_protesting_right_after_a_quotation_is_an_objection_de():
    assert acts("„Das ist falsch“, protestiert Russland.", "de") == [("REJECT", None, ("Q159",), ())]


def test_protesting_against_someone_without_a_quotation_stays_a_protest_de():
    assert acts("Russland protestierte gegen die Ukraine.", "de") == [("PROTEST", "demo", ("Q159",), ("Q212",))]


def test_charging_more_for_a_service_is_no_accusation_en():
    assert acts("Russia is charging 25% more for gas it sends to Ukraine.", "en") == []


def test_charging_someone_with_a_crime_is_an_accusation_en():
    assert acts("The Palermo court charged Rossi with fraud.", "en") == [("ACCUSE", "allege", ("Q1",), ("Q2",))]


def test_the_bombing_of_a_place_is_aimed_at_it_en():
    assert acts("The bombing of Ukraine by Russia continued.", "en") == [("ASSAULT", "aerial", ("Q159",), ("Q212",))]


def test_calling_something_by_a_quoted_label_is_disapproval_en():
    assert acts("Russia called Ukraine's comments “egregious and insulting.”", "en") == [
        ("ACCUSE", "disapprove", ("Q159",), ("Q212",))]


def test_calling_a_meeting_is_no_accusation_en():
    assert acts("Russia called a meeting with Ukraine.", "en") == []


def test_imposing_tariffs_on_a_country_is_a_sanction_en():
    assert acts("Russia imposed tariffs on Ukraine.", "en") == [("SANCTION", "discontinue", ("Q159",), ("Q212",))]


def test_coming_under_fire_from_someone_is_their_criticism_en():
    assert acts("Russia has come under fire from Ukraine.", "en") == [("ACCUSE", "disapprove", ("Q212",), ("Q159",))]


def test_a_call_noun_is_no_name_calling_en():
    assert acts("Russia resisted calls from Ukraine to end the war.", "en") == []
