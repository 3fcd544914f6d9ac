"""Trigger lexicon coverage of de/it/es/fr (lex14 round): common news verbs and nouns of ACCUSE, REQUEST,
REJECT, THREATEN, COERCE, SANCTION, SUPPORT, AGREE and AID that the lexicons lacked. One row class per
test, with the frame that finds actor and recipient."""
from __future__ import annotations

from extract.events_support import document, events, summary

SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Scholz"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
CHINA = ("Q148", "China", "COUNTRY", ["China"], "CHN")
EU = ("Q458", "European Union", "ORG", ["EU"])
TURKEY = ("Q43", "Turkey", "COUNTRY", ["Türkei"], "TUR")
GREECE = ("Q41", "Greece", "COUNTRY", ["Griechenland"], "GRC")
GERMANY = ("Q183", "Germany", "COUNTRY", ["Deutschland"], "DEU")
COMMISSION = ("Q8880", "European Commission", "ORG", ["EU-Kommission"])
META = ("Q380", "Meta Platforms", "ORG", ["Meta"])
USA = ("Q30", "United States", "COUNTRY", ["USA", "Stati Uniti", "Estados Unidos", "États-Unis"], "USA")
COLOMBIA = ("Q739", "Colombia", "COUNTRY", ["Kolumbien", "Colombia"], "COL")
PROCURA = ("x:org:procura-milano", "Procura di Milano", "ORG", ["Procura di Milano"])
FONTANA = ("x:person:attilio-fontana", "Attilio Fontana", "PERSON", ["Attilio Fontana"])
SALVINI = ("Q3851", "Matteo Salvini", "PERSON", ["Salvini"])
RENZI = ("Q47559", "Matteo Renzi", "PERSON", ["Renzi"])
ANTITRUST = ("Q3633", "Autorità Garante della Concorrenza e del Mercato", "ORG", ["Antitrust"])
GOOGLE = ("Q95", "Google", "ORG", ["Google"])
MELONI = ("Q3695", "Giorgia Meloni", "PERSON", ["Meloni"])
ZELENSKY = ("Q3874799", "Volodymyr Zelenskyy", "PERSON", ["Zelensky"])
UNRWA = ("Q846656", "UNRWA", "ORG", ["Unrwa"])
MADURO = ("Q57413", "Nicolás Maduro", "PERSON", ["Maduro"])
CNMC = ("x:org:cnmc", "CNMC", "ORG", ["CNMC"])
PETRO = ("Q57445", "Gustavo Petro", "PERSON", ["Petro", "Gustavo Petro"])
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Trump"])
PERU = ("Q419", "Peru", "COUNTRY", ["Perú"], "PER")
LE_PEN = ("Q12927", "Marine Le Pen", "PERSON", ["Marine Le Pen"])
CONSEIL = ("x:org:conseil-etat", "Conseil d'État", "ORG", ["Conseil d'État"])
CNIL = ("x:org:cnil", "CNIL", "ORG", ["CNIL"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Macron"])
MELENCHON = ("Q484", "Jean-Luc Mélenchon", "PERSON", ["Mélenchon"])
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Poutine"])


# --- German ---

def test_de_a_separable_blaming_verb_names_the_blamed_party():
    [event] = events(document("Scholz lastete Russland den Angriff an.", "de", [SCHOLZ, RUSSIA]))
    assert (summary(event), event.mode) == (("ACCUSE", ("Q61053",), ("Q159",), "occurred"), "allege")


def test_de_pushing_accusations_away_rejects_their_author():
    found = events(document("China wies die Vorwürfe der EU von sich.", "de", [CHINA, EU]))
    assert ("REJECT", ("Q148",), ("Q458",), "occurred") in [summary(e) for e in found]


def test_de_denying_with_a_separable_verb_rejects_the_accuser():
    found = events(document("Russland stritt die Vorwürfe der Ukraine ab.", "de", [RUSSIA, UKRAINE]))
    assert ("REJECT", ("Q159",), ("Q212",), "occurred") in [summary(e) for e in found]


def test_de_threatening_somebody():
    [event] = events(document("Die Türkei bedrohte Griechenland mit Konsequenzen.", "de", [TURKEY, GREECE]))
    assert summary(event) == ("THREATEN", ("Q43",), ("Q41",), "occurred")


def test_de_making_weapons_available_to_a_country_is_aid():
    text = "Deutschland stellte der Ukraine weitere Luftabwehrsysteme zur Verfügung."
    [event] = events(document(text, "de", [GERMANY, UKRAINE]))
    assert summary(event) == ("AID", ("Q183",), ("Q212",), "occurred")


def test_de_making_a_document_available_to_nobody_named_is_no_event():
    text = "Deutschland hat später eine Abschrift zur Verfügung gestellt."
    assert events(document(text, "de", [GERMANY])) == []


def test_de_a_fine_against_a_company_is_a_sanction():
    text = "Die EU-Kommission verhängte eine Geldstrafe gegen Meta."
    [event] = events(document(text, "de", [COMMISSION, META]))
    assert (summary(event), event.mode) == (("SANCTION", ("Q8880",), ("Q380",), "occurred"), "convict")


def test_de_cutting_aid_is_a_sanction():
    [event] = events(document("Die USA strichen die Hilfen für Kolumbien.", "de", [USA, COLOMBIA]))
    assert (summary(event), event.mode) == (("SANCTION", ("Q30",), ("Q739",), "occurred"), "discontinue")


# --- Italian ---

def test_it_entering_a_name_in_the_register_of_suspects_is_an_investigation():
    text = "La Procura di Milano ha iscritto Attilio Fontana nel registro degli indagati."
    [event] = events(document(text, "it", [PROCURA, FONTANA]))
    assert (summary(event), event.mode) == (
        ("ACCUSE", ("x:org:procura-milano",), ("x:person:attilio-fontana",), "occurred"), "investigate")


def test_it_sending_accusations_back_to_the_sender_is_a_rejection():
    found = events(document("Salvini ha rispedito al mittente le accuse di Renzi.", "it", [SALVINI, RENZI]))
    assert [(e.type, e.source) for e in found if e.type == "REJECT"] == [("REJECT", ["Q3851"])]


def test_it_a_regulator_fining_a_company():
    text = "L'Antitrust ha multato Google per pratiche scorrette."
    [event] = events(document(text, "it", [ANTITRUST, GOOGLE]))
    assert (summary(event), event.mode) == (("SANCTION", ("Q3633",), ("Q95",), "occurred"), "convict")


def test_it_mocking_a_rival_is_disapproval():
    [event] = events(document("Salvini ha deriso Renzi in diretta.", "it", [SALVINI, RENZI]))
    assert (summary(event), event.mode) == (("ACCUSE", ("Q3851",), ("Q47559",), "occurred"), "disapprove")


def test_it_reassuring_a_leader_is_an_assurance():
    [event] = events(document("Meloni ha rassicurato Zelensky.", "it", [MELONI, ZELENSKY]))
    assert summary(event) == ("AGREE", ("Q3695",), ("Q3874799",), "occurred")


def test_it_cutting_funds_to_an_agency():
    [event] = events(document("Gli Stati Uniti hanno tagliato i fondi all'Unrwa.", "it", [USA, UNRWA]))
    assert (summary(event), event.mode) == (("SANCTION", ("Q30",), ("Q846656",), "occurred"), "discontinue")


# --- Spanish ---

def test_es_laying_the_blame_on_a_country():
    [event] = events(document("Maduro echó la culpa a Estados Unidos de la crisis.", "es", [MADURO, USA]))
    assert (summary(event), event.mode) == (("ACCUSE", ("Q57413",), ("Q30",), "occurred"), "allege")


def test_es_a_regulator_fining_a_company():
    text = "La CNMC multó a Google por abuso de posición dominante."
    [event] = events(document(text, "es", [CNMC, GOOGLE]))
    assert summary(event) == ("SANCTION", ("x:org:cnmc",), ("Q95",), "occurred")


def test_es_cutting_aid_is_a_sanction():
    [event] = events(document("Estados Unidos recortó la ayuda a Colombia.", "es", [USA, COLOMBIA]))
    assert (summary(event), event.mode) == (("SANCTION", ("Q30",), ("Q739",), "occurred"), "discontinue")


def test_es_a_reflexive_mocking_verb_takes_its_target_from_de():
    [event] = events(document("Petro se burló de Trump en la red social X.", "es", [PETRO, TRUMP]))
    assert summary(event) == ("ACCUSE", ("Q57445",), ("Q22686",), "occurred")


def test_es_declaring_a_president_persona_non_grata():
    [event] = events(document("Perú declaró persona non grata a Gustavo Petro.", "es", [PERU, PETRO]))
    assert (summary(event), event.mode) == (("SANCTION", ("Q419",), ("Q57445",), "occurred"), "expel")


# --- French ---

def test_fr_taking_a_case_to_a_court_is_a_complaint_not_a_seizure():
    [event] = events(document("Marine Le Pen a saisi le Conseil d'État.", "fr", [LE_PEN, CONSEIL]))
    assert (event.type, event.mode, event.source) == ("ACCUSE", "allege", ["Q12927"])


def test_fr_a_fine_inflicted_on_a_company():
    [event] = events(document("La CNIL a infligé une amende à Google.", "fr", [CNIL, GOOGLE]))
    assert summary(event) == ("SANCTION", ("x:org:cnil",), ("Q95",), "occurred")


def test_fr_mocking_a_rival_is_disapproval():
    [event] = events(document("Mélenchon a brocardé Macron.", "fr", [MELENCHON, MACRON]))
    assert summary(event) == ("ACCUSE", ("Q484",), ("Q3052772",), "occurred")


def test_fr_contradicting_a_leader_is_a_rejection():
    [event] = events(document("Poutine a contredit Trump.", "fr", [PUTIN, TRUMP]))
    assert summary(event) == ("REJECT", ("Q7747",), ("Q22686",), "occurred")
