"""Definite descriptions standing for an actor named earlier (issue #6, extract/events/descriptions.py):
news names an actor once with a title or its full name ("il deputato del Movimento Carlo Sibilia",
"der damalige Landrat Jürgen Pföhler", "la Asamblea Legislativa") and goes on with the title or the
name's head alone ("il deputato", "der Ex-Landrat", "la Asamblea"). Such a description before its verb
is a mention of that actor; the event says so in its rule (``+described``) and is less sure. A
description the text never used for anybody, or one after a preposition, names nobody."""
from __future__ import annotations

from extract.events_support import document, events, summary

SIBILIA = ("x:person:carlo-sibilia", "Carlo Sibilia", "PERSON", ["Carlo Sibilia", "Sibilia"])
RENZI = ("Q47559", "Matteo Renzi", "PERSON", ["Matteo Renzi", "Renzi"])
M5S = ("Q47817", "Five Star Movement", "ORG", ["Movimento 5 Stelle"])
PFOHLER = ("x:person:jurgen-pfohler", "Jürgen Pföhler", "PERSON", ["Jürgen Pföhler", "Pföhler"])
AHRWEILER = ("Q7093", "Ahrweiler", "PLACE", ["Ahrweiler"], "DEU")
ASSEMBLY = ("Q1048281", "Legislative Assembly of El Salvador", "ORG", ["Asamblea Legislativa"])
BUKELE = ("Q6969826", "Nayib Bukele", "PERSON", ["Nayib Bukele", "Bukele"])
RUTO = ("Q1364785", "William Ruto", "PERSON", ["William Ruto", "Ruto"])
KENYA = ("Q114", "Kenya", "COUNTRY", ["Kenya"], "KEN")
ODINGA = ("Q57372", "Raila Odinga", "PERSON", ["Raila Odinga", "Odinga"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russie", "Russland"], "RUS")
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
PRYMULA = ("x:person:roman-prymula", "Roman Prymula", "PERSON", ["Roman Prymula"])
BABIS = ("Q5270937", "Andrej Babiš", "PERSON", ["Andrej Babiš", "Babiš"])


def test_italian_title_before_the_name_names_the_secretary_later():
    text = ("Tutto è incominciato quando il segretario del partito Carlo Sibilia ha preso la parola in aula. "
            "Poi il segretario ha criticato Matteo Renzi.")
    found = events(document(text, "it", [SIBILIA, RENZI]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:carlo-sibilia",), ("Q47559",), "occurred")]
    assert found[0].rule.endswith("+described")


def test_german_title_in_an_apposition_names_the_former_official_after_the_verb():
    text = ("Der damalige Landrat des Kreises Ahrweiler, Jürgen Pföhler, war verantwortlich. "
            "Vor dem Ausschuss kritisierte der Ex-Landrat Russland scharf.")
    found = events(document(text, "de", [PFOHLER, AHRWEILER, RUSSIA]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:jurgen-pfohler",), ("Q159",), "occurred")]


def test_spanish_head_of_a_capitalised_name_names_the_body():
    text = ("La Asamblea Legislativa se reunió el lunes en San Salvador. "
            "Después, la Asamblea respaldó a Nayib Bukele.")
    found = events(document(text, "es", [ASSEMBLY, BUKELE]))
    assert ("SUPPORT", ("Q1048281",), ("Q6969826",), "occurred") in [summary(e) for e in found]


def test_english_title_without_article_names_the_president():
    text = ("President William Ruto spoke in Nairobi on Monday. "
            "The president criticized Raila Odinga.")
    found = events(document(text, "en", [RUTO, ODINGA, KENYA]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q1364785",), ("Q57372",), "occurred")]


def test_a_description_the_text_never_used_names_nobody():
    text = ("Emmanuel Macron est arrivé à Bruxelles lundi. "
            "Le ministre a critiqué la Russie.")
    found = events(document(text, "fr", [MACRON, RUSSIA]))
    assert [summary(e) for e in found] == []


def test_a_description_after_a_preposition_is_no_subject():
    text = ("Le ministre de la Santé Roman Prymula a participé à une réunion. "
            "Andrej Babiš a fait savoir qu'il allait demander au ministre de démissionner.")
    found = events(document(text, "fr", [PRYMULA, BABIS]))
    assert all(e.type != "RETREAT" or e.source != ["x:person:roman-prymula"] for e in found)
    assert all("+described" not in e.rule for e in found)


def test_a_lower_case_word_of_a_name_is_no_description():
    text = ("Il Movimento 5 Stelle ha incontrato Matteo Renzi. "
            "Il movimento sociale ha criticato il governo.")
    found = events(document(text, "it", [M5S, RENZI]))
    assert all("+described" not in e.rule for e in found)


ISHIBA = ("Q1056468", "Shigeru Ishiba", "PERSON", ["Shigeru Ishiba", "Ishiba"])
IRELAND = ("Q27", "Ireland", "COUNTRY", ["Ireland"], "IRL")
RANKIN = ("x:person:john-rankin", "John Rankin", "PERSON", ["John Rankin", "Rankin"])


def test_lower_case_words_before_a_name_after_a_full_stop_are_no_title():
    text = ("The debate was heated. Opposition party chiefs questioned Ishiba on Monday. "
            "The party vowed to abolish the funds.")
    found = events(document(text, "en", [ISHIBA]))
    assert all("+described" not in e.rule for e in found)


def test_a_title_does_not_cross_a_line_break():
    text = "Read the letter\nIreland could see 2,300 new cases. The letter called for new restrictions."
    found = events(document(text, "en", [IRELAND]))
    assert all("+described" not in e.rule for e in found)


def test_capitalised_title_after_a_line_break_names_the_governor():
    text = ("Governor John Rankin made the announcement on Thursday.\n"
            "The governor called for calm at this time.")
    found = events(document(text, "en", [RANKIN]))
    assert [summary(e) for e in found] == [("REQUEST", ("x:person:john-rankin",), (), "occurred")]


PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin", "Poutine"], "RUS")
RUSSIAN = ("Q159", "Russia", "COUNTRY", ["adjective:russo", "adjective:russe", "adjective:russische",
                                         "adjective:Russian"], "RUS")
USA = ("Q30", "United States", "COUNTRY", ["Stati Uniti", "États-Unis", "USA", "United States"], "USA")
PUTIN_CRITICISM = ("ACCUSE", ("Q7747",), ("Q30",), "occurred")


def test_italian_title_with_a_country_adjective_is_the_person_of_that_country():
    text = ("Il presidente russo Vladimir Putin è arrivato a Pechino lunedì. "
            "Il presidente russo ha criticato gli Stati Uniti.")
    found = events(document(text, "it", [PUTIN, RUSSIAN, USA]))
    assert [summary(e) for e in found] == [PUTIN_CRITICISM]


def test_french_title_with_a_country_adjective_is_the_person_of_that_country():
    text = ("Le président russe Vladimir Poutine est arrivé à Pékin lundi. "
            "Le président russe a critiqué les États-Unis.")
    found = events(document(text, "fr", [PUTIN, RUSSIAN, USA]))
    assert [summary(e) for e in found] == [PUTIN_CRITICISM]


def test_german_title_with_a_country_adjective_is_the_person_of_that_country():
    text = ("Der russische Präsident Vladimir Putin kam am Montag in Peking an. "
            "Der russische Präsident kritisierte die USA.")
    found = events(document(text, "de", [PUTIN, RUSSIAN, USA]))
    assert [summary(e) for e in found] == [PUTIN_CRITICISM]


def test_a_country_adjective_title_the_text_never_gave_the_person_names_nobody():
    text = "Vladimir Putin arrived in Beijing on Monday. The Russian president criticized the United States."
    found = events(document(text, "en", [PUTIN, RUSSIAN, USA]))
    assert found == []
