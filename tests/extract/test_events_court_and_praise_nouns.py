"""Trigger recall (evtrig11): courts upholding convictions, prison terms and bans from office named by a
noun, lawsuits, and praise expressed with a noun under a light verb. One behaviour per test, real sentences."""
from __future__ import annotations

from extract.events_support import document, events, summary

CASSAZIONE = ("x:org:corte-di-cassazione", "Corte di cassazione", "ORG", ["Corte di cassazione"])
ROSSI = ("x:person:mario-rossi", "Mario Rossi", "PERSON", ["Mario Rossi"])
SUPREMO = ("x:org:tribunal-supremo", "Tribunal Supremo", "ORG", ["Tribunal Supremo"])
PEREZ = ("x:person:juan-perez", "Juan Pérez", "PERSON", ["Juan Pérez"])
COUR = ("x:org:cour-d-appel", "Cour d'appel de Paris", "ORG", ["cour d'appel"])
SARKOZY = ("Q329", "Nicolas Sarkozy", "PERSON", ["Nicolas Sarkozy"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron"])
ZELENSKY = ("Q3874799", "Volodymyr Zelenskyy", "PERSON", ["Volodymyr Zelensky"])
DRAGHI = ("Q58003", "Mario Draghi", "PERSON", ["Mario Draghi"])
MATTARELLA = ("Q3956186", "Sergio Mattarella", "PERSON", ["Sergio Mattarella"])
MOSCOW_COURT = ("x:org:moscow-city-court", "Moscow City Court", "ORG", ["Gericht in Moskau"])
NAVALNY = ("Q4233718", "Alexei Navalny", "PERSON", ["Alexej Nawalny"])
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump"])
NYT = ("Q9684", "The New York Times", "ORG", ["New York Times"])
SUPREME = ("x:org:supreme-court-of-pakistan", "Supreme Court of Pakistan", "ORG", ["Supreme Court"])
KHAN = ("Q46822", "Imran Khan", "PERSON", ["Imran Khan"])
MODI = ("Q1058", "Narendra Modi", "PERSON", ["Narendra Modi"])
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel"], "ISR")


def test_it_an_appeal_court_upholding_a_conviction_convicts():
    text = "La Corte di cassazione ha confermato la condanna di Mario Rossi."
    [event] = events(document(text, "it", [CASSAZIONE, ROSSI]))
    assert summary(event) + (event.mode,) == (
        "SANCTION", ("x:org:corte-di-cassazione",), ("x:person:mario-rossi",), "occurred", "convict")


def test_es_an_appeal_court_upholding_a_conviction_convicts():
    text = "El Tribunal Supremo confirmó la condena de Juan Pérez."
    [event] = events(document(text, "es", [SUPREMO, PEREZ]))
    assert summary(event) + (event.mode,) == (
        "SANCTION", ("x:org:tribunal-supremo",), ("x:person:juan-perez",), "occurred", "convict")


def test_fr_an_appeal_court_upholding_a_conviction_convicts():
    text = "La cour d'appel a confirmé la condamnation de Nicolas Sarkozy."
    [event] = events(document(text, "fr", [COUR, SARKOZY]))
    assert summary(event) + (event.mode,) == ("SANCTION", ("x:org:cour-d-appel",), ("Q329",), "occurred", "convict")


def test_en_upholding_a_conviction_convicts():
    text = "The Supreme Court upheld the conviction of Imran Khan."
    [event] = events(document(text, "en", [SUPREME, KHAN]))
    assert summary(event) + (event.mode,) == (
        "SANCTION", ("x:org:supreme-court-of-pakistan",), ("Q46822",), "occurred", "convict")


def test_de_a_prison_term_imposed_is_the_conviction_and_the_imprisonment():
    text = "Das Gericht in Moskau verhängte eine Haftstrafe gegen Alexej Nawalny."
    found = {(e.type, e.mode, tuple(e.source), tuple(e.target)) for e in events(document(text, "de", [MOSCOW_COURT, NAVALNY]))}
    assert found == {("SANCTION", "convict", ("x:org:moscow-city-court",), ("Q4233718",)),
                     ("COERCE", "arrest", ("x:org:moscow-city-court",), ("Q4233718",))}


def test_de_a_prison_term_named_without_a_governing_verb_is_no_event():
    text = "Alexej Nawalny sprach über die Haftstrafe."
    assert events(document(text, "de", [NAVALNY])) == []


def test_en_suing_is_an_accusation_not_an_arrest():
    text = "Donald Trump sued the New York Times for defamation."
    [event] = events(document(text, "en", [TRUMP, NYT]))
    assert summary(event) + (event.mode,) == ("ACCUSE", ("Q22686",), ("Q9684",), "occurred", "allege")


def test_it_appreciation_expressed_is_support():
    text = "Mario Draghi ha espresso apprezzamento a Sergio Mattarella."
    [event] = events(document(text, "it", [DRAGHI, MATTARELLA]))
    assert summary(event) == ("SUPPORT", ("Q58003",), ("Q3956186",), "occurred")


def test_fr_admiration_expressed_is_support():
    text = "Emmanuel Macron a exprimé son admiration pour Volodymyr Zelensky."
    [event] = events(document(text, "fr", [MACRON, ZELENSKY]))
    assert summary(event) == ("SUPPORT", ("Q3052772",), ("Q3874799",), "occurred")


def test_en_support_expressed_is_support():
    [event] = events(document("Narendra Modi expressed support for Israel.", "en", [MODI, ISRAEL]))
    assert summary(event) == ("SUPPORT", ("Q1058",), ("Q801",), "occurred")


# --- round 2: lawsuits, asset freezes, insults ---

PD = ("Q47729x", "Democratic Party", "ORG", ["Pd"])
SALVINI = ("Q3847", "Matteo Salvini", "PERSON", ["Matteo Salvini"])
CODACONS = ("Q3681180", "Codacons", "ORG", ["Codacons"])
FERRAGNI = ("Q3665013", "Chiara Ferragni", "PERSON", ["Chiara Ferragni"])
ROSSI_PAINTER = ("x:person:mario-rossi", "Mario Rossi", "PERSON", ["Mario Rossi"])
FRANCE = ("Q142", "France", "COUNTRY", ["France"], "FRA")
PUTIN_FR = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Poutine"])
MELENCHON = ("Q27182", "Jean-Luc Mélenchon", "PERSON", ["Jean-Luc Mélenchon"])


def test_it_suing_someone_is_an_accusation():
    [event] = events(document("Il Pd ha fatto causa a Matteo Salvini.", "it", [PD, SALVINI]))
    assert summary(event) + (event.mode,) == ("ACCUSE", ("Q47729x",), ("Q3847",), "occurred", "allege")


def test_it_a_complaint_filed_against_someone_is_an_accusation():
    text = "Il Codacons ha presentato un esposto contro Chiara Ferragni."
    [event] = events(document(text, "it", [CODACONS, FERRAGNI]))
    assert summary(event) + (event.mode,) == ("ACCUSE", ("Q3681180",), ("Q3665013",), "occurred", "allege")


def test_it_esposto_as_exposed_is_no_complaint():
    assert events(document("Il quadro di Mario Rossi sarà esposto a Modena.", "it", [ROSSI_PAINTER])) == []


def test_fr_freezing_someones_assets_is_a_sanction():
    text = "La France a gelé les avoirs de Vladimir Poutine."
    [event] = events(document(text, "fr", [FRANCE, PUTIN_FR]))
    assert summary(event) + (event.mode,) == ("SANCTION", ("Q142",), ("Q7747",), "occurred", "discontinue")


def test_fr_an_insult_is_an_accusation():
    text = "Jean-Luc Mélenchon a insulté Emmanuel Macron."
    [event] = events(document(text, "fr", [MELENCHON, MACRON]))
    assert summary(event) + (event.mode,) == ("ACCUSE", ("Q27182",), ("Q3052772",), "occurred", "disapprove")


# --- round 4: the arms trade is COOPERATE (gold GUIDELINES "Aid") ---

ITALY = ("Q38", "Italy", "COUNTRY", ["Italia"], "ITA")
EGYPT = ("Q79", "Egypt", "COUNTRY", ["Egitto"], "EGY")
SPAIN = ("Q29", "Spain", "COUNTRY", ["España"], "ESP")


def test_it_selling_arms_to_a_country_cooperates_with_it():
    [event] = events(document("L'Italia ha venduto armi all'Egitto.", "it", [ITALY, EGYPT]))
    assert summary(event) + (event.mode,) == ("COOPERATE", ("Q38",), ("Q79",), "occurred", "military")


def test_es_arms_sales_name_seller_and_buyer():
    [event] = events(document("La venta de armas de España a Israel creció.", "es", [SPAIN, ISRAEL]))
    assert summary(event)[:3] == ("COOPERATE", ("Q29",), ("Q801",))


# --- name-calling: a label of up to six words ---

RSF = ("Q187052", "Reporters Without Borders", "ORG", ["Reporters Without Borders"])
GUATEMALA = ("Q774", "Guatemala", "COUNTRY", ["Guatemala"], "GTM")


def test_en_a_five_word_quoted_label_is_name_calling():
    text = "Reporters Without Borders called Guatemala a “blatant case of judicial harassment.”"
    [event] = events(document(text, "en", [RSF, GUATEMALA]))
    assert summary(event) + (event.mode,) == ("ACCUSE", ("Q187052",), ("Q774",), "occurred", "disapprove")


def test_en_a_long_positive_label_is_no_accusation():
    text = "Reporters Without Borders called Guatemala a “very good friend of free and independent media.”"
    assert events(document(text, "en", [RSF, GUATEMALA])) == []


# --- round 6: courts granting appeals ---

MILANO = ("x:org:corte-d-appello-di-milano", "Corte d'appello di Milano", "ORG", ["Corte d'appello di Milano"])
BERLUSCONI = ("Q11860", "Silvio Berlusconi", "PERSON", ["Silvio Berlusconi"])


def test_it_a_court_granting_an_appeal_concedes_not_hosts():
    text = "La Corte d'appello di Milano ha accolto il ricorso di Silvio Berlusconi."
    [event] = events(document(text, "it", [MILANO, BERLUSCONI]))
    assert summary(event)[:3] == ("CONCEDE", ("x:org:corte-d-appello-di-milano",), ("Q11860",))



IRAQ_GOV = ("Q796", "Iraq", "COUNTRY", ["Iraqi Government"], "IRQ")
KRG = ("Q1192484", "Kurdistan Regional Government", "ORG", ["Kurdish Regional Government"])


def test_en_acting_in_coordination_with_two_partners_is_their_cooperation():
    text = "The raid was carried out in coordination with the Iraqi Government and the Kurdish Regional Government."
    [event] = events(document(text, "en", [IRAQ_GOV, KRG]))
    assert (event.type, sorted(event.source + event.target)) == ("COOPERATE", ["Q1192484", "Q796"])
