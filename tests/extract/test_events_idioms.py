"""Trigger recall (issue #6, evtrig8): idioms and light-verb constructions a speaker lists for an act --
electing someone, setting conditions, pressing someone, voicing concern, a call to order, placing
oneself at someone's disposal, giving the green light, and nouns governed by a light verb ("ha rinnovato
l'appello", "hizo un llamamiento", "richtete einen Appell an", "made a visit"). One behaviour per test."""
from __future__ import annotations

from extract.events_support import document, events, summary

BUNDESTAG = ("Q154797", "Bundestag", "ORG", ["Bundestag"])
MERZ = ("Q56039", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
PARLEMENT = ("Q8889", "European Parliament", "ORG", ["Parlement européen"])
METSOLA = ("Q16929049", "Roberta Metsola", "PERSON", ["Roberta Metsola"])
SENATE = ("Q66096", "United States Senate", "ORG", ["Senate"])
LEGA = ("Q47729", "Lega Nord", "ORG", ["Lega"])
MELONI = ("Q3741406", "Giorgia Meloni", "PERSON", ["Giorgia Meloni"])
FRANCE = ("Q142", "France", "COUNTRY", ["France"], "FRA")
RUSSIA_FR = ("Q159", "Russia", "COUNTRY", ["Russie"], "RUS")
USA_ES = ("Q30", "United States", "COUNTRY", ["Estados Unidos"], "USA")
MEXICO = ("Q96", "Mexico", "COUNTRY", ["México"], "MEX")
EU = ("Q458", "European Union", "ORG", ["EU"])
CHINA_DE = ("Q148", "China", "COUNTRY", ["China"], "CHN")
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Trump"])
CANADA = ("Q16", "Canada", "COUNTRY", ["Canada"], "CAN")
BIDEN = ("Q6279", "Joe Biden", "PERSON", ["Biden"])
CONGRESS = ("Q11268", "United States Congress", "ORG", ["Congress"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
DARMANIN = ("Q3102379", "Gérald Darmanin", "PERSON", ["Gérald Darmanin"])
MINISTER = ("x:person:carlo-nordio", "Carlo Nordio", "PERSON", ["Carlo Nordio"])
PROCURA = ("x:org:procura-di-milano", "Procura di Milano", "ORG", ["Procura di Milano"])
GOVERNO = ("Q3773", "Government of Italy", "ORG", ["governo"])
POPE = ("Q450675", "Pope Francis", "PERSON", ["Papa Francesco"])
RUSSIA_IT = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
SANCHEZ = ("Q1551781", "Pedro Sánchez", "PERSON", ["Pedro Sánchez"])
MOROCCO = ("Q1028", "Morocco", "COUNTRY", ["Marruecos"], "MAR")
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Olaf Scholz"])
CHINA_EN = ("Q148", "China", "COUNTRY", ["China"], "CHN")
COMMISSION = ("Q8880", "European Commission", "ORG", ["Comisión Europea"])
SPAIN = ("Q29", "Spain", "COUNTRY", ["España"], "ESP")


# --- elections: a named body electing a named person is SUPPORT -> the person ---

def test_de_a_parliament_electing_a_chancellor_supports_him():
    [event] = events(document("Der Bundestag wählte Friedrich Merz zum Kanzler.", "de", [BUNDESTAG, MERZ]))
    assert summary(event) == ("SUPPORT", ("Q154797",), ("Q56039",), "occurred")


def test_fr_electing_a_president_of_parliament():
    text = "Le Parlement européen a élu Roberta Metsola à sa présidence."
    [event] = events(document(text, "fr", [PARLEMENT, METSOLA]))
    assert summary(event) == ("SUPPORT", ("Q8889",), ("Q16929049",), "occurred")


def test_en_electing_an_unnamed_person_is_no_event():
    assert events(document("The Senate elected a new majority leader on Tuesday.", "en", [SENATE])) == []


# --- conditions and pressure are demands (PLOVER REQUEST) ---

def test_it_setting_conditions_is_a_demand():
    text = "La Lega ha posto condizioni a Giorgia Meloni sulla riforma."
    [event] = events(document(text, "it", [LEGA, MELONI]))
    assert summary(event) == ("REQUEST", ("Q47729",), ("Q3741406",), "occurred")


def test_fr_putting_pressure_on_a_country_is_a_demand():
    text = "La France fait pression sur la Russie pour un cessez-le-feu."
    [event] = events(document(text, "fr", [FRANCE, RUSSIA_FR]))
    assert summary(event)[:3] == ("REQUEST", ("Q142",), ("Q159",))


def test_es_pressing_a_country_is_a_demand():
    text = "Estados Unidos presionó a México para frenar la migración."
    [event] = events(document(text, "es", [USA_ES, MEXICO]))
    assert summary(event) == ("REQUEST", ("Q30",), ("Q96",), "occurred")


def test_de_exerting_pressure_is_a_demand():
    [event] = events(document("Die EU übt Druck auf China aus.", "de", [EU, CHINA_DE]))
    assert summary(event) == ("REQUEST", ("Q458",), ("Q148",), "occurred")


def test_en_pressuring_a_country_is_a_demand():
    text = "Trump is pressuring Canada to curb the flow of migrants."
    [event] = events(document(text, "en", [TRUMP, CANADA]))
    assert summary(event) == ("REQUEST", ("Q22686",), ("Q16",), "occurred")


def test_en_being_under_pressure_is_no_demand():
    assert events(document("Biden is under pressure from Congress.", "en", [BIDEN, CONGRESS])) == []


# --- reprimands ---

def test_fr_a_president_reprimanding_his_minister():
    text = "Emmanuel Macron a recadré Gérald Darmanin mardi."
    [event] = events(document(text, "fr", [MACRON, DARMANIN]))
    assert summary(event) == ("ACCUSE", ("Q3052772",), ("Q3102379",), "occurred")


# --- placing oneself at someone's disposal is stated readiness (AGREE) ---

def test_it_placing_oneself_at_the_disposal_of_prosecutors():
    text = "Carlo Nordio si è messo a disposizione della Procura di Milano."
    [event] = events(document(text, "it", [MINISTER, PROCURA]))
    assert summary(event) == ("AGREE", ("x:person:carlo-nordio",), ("x:org:procura-di-milano",), "occurred")


def test_it_making_funds_available_is_no_promise():
    assert events(document("Il governo ha messo a disposizione nuovi fondi.", "it", [GOVERNO])) == []


# --- the green light ---

def test_es_giving_the_green_light_to_a_country_is_support():
    text = "La Comisión Europea dio luz verde a España para el nuevo plan."
    [event] = events(document(text, "es", [COMMISSION, SPAIN]))
    assert summary(event) == ("SUPPORT", ("Q8880",), ("Q29",), "occurred")


def test_es_the_green_light_for_a_project_is_no_event():
    assert events(document("La Comisión Europea dio luz verde al proyecto.", "es", [COMMISSION])) == []


# --- nouns governed by a light verb take its subject ---

def test_it_renewing_an_appeal():
    text = "Papa Francesco ha rinnovato l'appello alla Russia."
    [event] = events(document(text, "it", [POPE, RUSSIA_IT]))
    assert summary(event) == ("REQUEST", ("Q450675",), ("Q159",), "occurred")


def test_es_making_an_appeal():
    text = "Pedro Sánchez hizo un llamamiento a Marruecos."
    [event] = events(document(text, "es", [SANCHEZ, MOROCCO]))
    assert summary(event) == ("REQUEST", ("Q1551781",), ("Q1028",), "occurred")


def test_de_addressing_an_appeal_is_the_subjects_request():
    text = "Olaf Scholz richtete am Montag einen eindringlichen Appell an die Weltgemeinschaft."
    [event] = events(document(text, "de", [SCHOLZ]))
    assert (summary(event), event.rule.endswith("nominal-light")) == (("REQUEST", ("Q61053",), (), "occurred"), True)


def test_en_a_light_verb_does_not_reach_past_a_verb_used_as_a_noun():
    # "the call for" is a noun here: the talks are what was called for, not Macron's talks with China
    assert events(document("Macron renewed the call for talks with China.", "en", [MACRON, CHINA_EN])) == []


def test_de_a_light_verb_governs_its_noun_not_the_nouns_content():
    # the talks are what the appeal asks for, not Scholz's talks with China
    text = "Olaf Scholz richtete einen Appell zu Gesprächen mit China."
    assert [summary(e)[:2] for e in events(document(text, "de", [SCHOLZ, CHINA_DE]))] == [("REQUEST", ("Q61053",))]


# --- voting for a named person is SUPPORT; voting for a bill is no event between actors ---

MORENA = ("Q6911213", "Morena", "ORG", ["Morena"])
SHEINBAUM = ("Q2094476", "Claudia Sheinbaum", "PERSON", ["Claudia Sheinbaum"])
RN = ("Q205150", "National Rally", "ORG", ["Rassemblement national"])


def test_es_a_party_voting_for_a_candidate_supports_her():
    [event] = events(document("Morena votó a favor de Claudia Sheinbaum en la asamblea.", "es", [MORENA, SHEINBAUM]))
    assert summary(event) == ("SUPPORT", ("Q6911213",), ("Q2094476",), "occurred")


def test_fr_voting_for_a_bill_is_no_event():
    assert events(document("Le Rassemblement national a voté pour le projet de loi.", "fr", [RN])) == []


# --- German noun entries that open with an adjective ("grünes Licht") are nouns though lower-case ---

REGIERUNG = ("Q2284364", "Federal Government of Germany", "ORG", ["Bundesregierung"])
UKRAINE_DE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")


def test_de_the_green_light_to_a_country_is_support_and_its_content_no_act_of_the_giver():
    text = "Die Bundesregierung gab der Ukraine grünes Licht für Angriffe."
    found = [summary(e) for e in events(document(text, "de", [REGIERUNG, UKRAINE_DE]))]
    assert found == [("SUPPORT", ("Q2284364",), ("Q212",), "occurred")]


# --- a blockade (CAMEO 191: PLOVER COERCE restrict) ---

ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel"], "ISR")
GAZA = ("Q39760", "Gaza Strip", "PLACE", ["Gaza"])


def test_en_a_countrys_blockade_of_a_territory_is_coercion():
    [event] = events(document("Israel's blockade of Gaza entered its second year.", "en", [ISRAEL, GAZA]))
    assert (event.type, event.mode, event.source) == ("COERCE", "restrict", ["Q801"])


def test_fr_imposing_a_blockade_on_a_country():
    text = "La Russie a imposé un blocus à l'Ukraine."
    [event] = events(document(text, "fr", [("Q159", "Russia", "COUNTRY", ["Russie"], "RUS"), ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")]))
    assert summary(event) == ("COERCE", ("Q159",), ("Q212",), "occurred")


# --- idioms of harsh criticism and blame ---

LE_PEN = ("Q12927", "Marine Le Pen", "PERSON", ["Marine Le Pen"])
BUNDESREGIERUNG = ("Q2284364", "Federal Government of Germany", "ORG", ["Bundesregierung"])
ZELENSKY = ("Q3874799", "Volodymyr Zelenskyy", "PERSON", ["Zelensky"])


def test_fr_going_after_someone_is_criticism():
    text = "Marine Le Pen s'en est prise à Emmanuel Macron lors du débat."
    [event] = events(document(text, "fr", [LE_PEN, MACRON]))
    assert summary(event) == ("ACCUSE", ("Q12927",), ("Q3052772",), "occurred")


def test_de_taking_someone_to_task_far_from_the_verb():
    text = "Merz ging am Montag im Bundestag hart mit der Bundesregierung ins Gericht."
    [event] = events(document(text, "de", [MERZ, BUNDESREGIERUNG]))
    assert summary(event) == ("ACCUSE", ("Q56039",), ("Q2284364",), "occurred")


def test_en_lashing_out_at_a_leader():
    [event] = events(document("Trump lashed out at Zelensky on Friday.", "en", [TRUMP, ZELENSKY]))
    assert summary(event) == ("ACCUSE", ("Q22686",), ("Q3874799",), "occurred")
