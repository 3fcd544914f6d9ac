"""Cues of issue 5 (ner27): origin prepositions and mayors make places, the Treasury is the finance
ministry, and an organisation's cue noun opens a sentence-case name that runs to an auxiliary."""
from __future__ import annotations


def test_origin_preposition_makes_an_unknown_name_a_place(mentions):
    found = mentions("Die Flüchtlinge aus Wadi Sirhanstal erreichten am Montag die Grenze.", "de", "type", "name")
    assert found["Wadi Sirhanstal"][0] == "PLACE"


def test_a_capital_after_an_origin_preposition_is_the_town(mentions):
    found = mentions("Journalisten aus Moskau berichteten über die Lage.", "de", "type", "name")
    assert found["Moskau"] == ("PLACE", "Moscow")


def test_mayor_of_makes_an_unknown_name_a_place(mentions):
    found = mentions("The mayor of Velykobereznyi said the town was shelled.", "en", "type", "name")
    assert found["Velykobereznyi"][0] == "PLACE"


def test_alcalde_de_makes_an_unknown_name_a_place(mentions):
    found = mentions("La alcaldesa de Villanueva del Trabuco habló con los vecinos.", "es", "type", "name")
    assert found["Villanueva del Trabuco"][0] == "PLACE"


def test_italian_tesoro_with_a_country_is_the_treasury(mentions):
    found = mentions("Il Tesoro americano ha annunciato nuove sanzioni contro la Russia.", "it")
    assert found["Tesoro americano"] == "United States Department of the Treasury"


def test_lower_case_tesoro_is_a_treasure(mentions):
    found = mentions("El Tesoro estadounidense anunció sanciones. Un tesoro fue hallado en la playa.", "es")
    assert "tesoro" not in found


def test_german_us_compound_with_schatzamt(mentions):
    found = mentions("Das US-Schatzamt verhängte neue Sanktionen.", "de")
    assert found["US-Schatzamt"] == "United States Department of the Treasury"


def test_french_sentence_case_name_after_a_cue_runs_to_the_auxiliary(mentions):
    found = mentions("L'association Aide aux exilés a porté plainte lundi.", "fr", "type", "name")
    assert found["Aide aux exilés"] == ("ORG", "Aide aux exilés")


def test_french_sentence_case_name_without_an_end_stays_one_word(mentions):
    found = mentions("Le parti Voix dénonce la réforme des retraites.", "fr")
    assert "Voix" in found and not any(k.startswith("Voix ") for k in found)


def test_a_town_in_capitals_opening_a_dateline_is_a_place(mentions):
    found = mentions("L'incendie a été maîtrisé. THALWIL, 14. — Au sujet de l'incendie, on annonce des détails.",
                     "fr", "type", "name")
    assert found["THALWIL"] == ("PLACE", "THALWIL")


def test_an_acronym_opening_a_sentence_stays_a_body(mentions):
    found = mentions("La grève continue. CGT et FO ont appelé à manifester.", "fr", "type", "name")
    assert found["CGT"][0] == "ORG"


def test_treasury_ending_a_longer_name_is_that_name(mentions):
    found = mentions("Kieswetter has called on National Treasury to allocate more resources.", "en")
    assert found.get("National Treasury") == "National Treasury" and "Treasury" not in found


def test_a_regional_adjective_inside_a_country_adjective_is_no_collective(mentions):
    found = mentions("While the Namibian and South African governments say they have met.", "en")
    assert found.get("South African") == "South Africa" and "African" not in found


def test_tesoro_after_a_conjunction_ends_a_committee_s_name(mentions):
    found = mentions("Il presidente della Commissione Finanze e Tesoro ha parlato ieri.", "it")
    assert "Tesoro" not in found


def test_a_german_derived_noun_after_a_locative_is_no_place(mentions):
    found = mentions("Die Beamten kamen, um Durchsuchungen durchzuführen. Nach Erreichung der Kapazität endet es.", "de")
    assert "Durchsuchungen" not in found and "Erreichung" not in found


def test_bei_before_an_unknown_name_makes_no_place(mentions):
    found = mentions("Der ehemalige Sieger Hannawald sagte bei Sport1, das sei respektlos.", "de", "type", "name")
    assert found.get("Sport1", ("", ""))[0] != "PLACE"


def test_bei_before_a_known_town_is_still_the_place(mentions):
    assert mentions("Die Gefechte bei Bachmut dauern an.", "de", "type", "name")["Bachmut"] == ("PLACE", "Bakhmut")
