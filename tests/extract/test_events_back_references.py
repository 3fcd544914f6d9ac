"""Event actors that point back to an entity named earlier (issue #6): demonstratives ("Der gab
auf", "Celle-ci a critiqué"), descriptions of age or office ("die 44-Jährige", "il 51enne", "la
mandataria"), subject pronouns the clause rules leave empty ("Ella criticó", "She criticized" after a
paragraph break), and demonyms naming a people ("I russi hanno respinto", "Les Russes ont rejeté").
The antecedent agrees in gender; an actor found this way is less sure than a named one."""
from __future__ import annotations

from extract.events_support import document, events, summary

GAETZ = ("x:person:matt-gaetz", "Matt Gaetz", "PERSON", ["Matt Gaetz", "Gaetz"])
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
MERZ = ("Q57661", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
BAERBOCK = ("Q15784", "Annalena Baerbock", "PERSON", ["Annalena Baerbock", "Baerbock"])
MELONI = ("Q3802", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"])
SALVINI = ("Q1055449", "Matteo Salvini", "PERSON", ["Matteo Salvini", "Salvini"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
LE_PEN = ("Q12927", "Marine Le Pen", "PERSON", ["Marine Le Pen", "Le Pen"])
SANCHEZ = ("Q2706373", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
AYUSO = ("Q6167408", "Isabel Díaz Ayuso", "PERSON", ["Isabel Díaz Ayuso", "Ayuso"])
HARRIS = ("Q10853588", "Kamala Harris", "PERSON", ["Kamala Harris", "Harris"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland", "Russia", "Rusia", "Russie", "Mosca", "Moscou",
                                         "adjective:russi", "adjective:Russes", "adjective:russo"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "Ucraina"], "UKR")
FRANCE = ("Q142", "France", "COUNTRY", ["Francia"], "FRA")
GERMANY = ("Q183", "Germany", "COUNTRY", ["Allemagne"], "DEU")
MOROCCO = ("Q1028", "Morocco", "COUNTRY", ["Marruecos"], "MAR")
PARIS = ("Q90", "Paris", "PLACE", ["Paris"], "FRA")


def test_german_demonstrative_der_is_the_man_named_last_not_the_subject():
    text = "Trump hatte den Abgeordneten Gaetz für den Posten vorgesehen. Der kritisierte Russland am Donnerstag."
    found = events(document(text, "de", [GAETZ, TRUMP, RUSSIA]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:matt-gaetz",), ("Q159",), "occurred")]


KREMLIN = ("Q1372", "Kremlin", "ORG", ["Kreml"], "RUS")


def test_german_der_before_a_capitalised_noun_is_an_article_not_the_man_named_last():
    text = "Friedrich Merz kritisierte Russland. Der Kreml wies die Vorwürfe zurück."
    found = events(document(text, "de", [MERZ, RUSSIA, KREMLIN]))
    assert [summary(e)[:2] for e in found if e.type == "REJECT"] == [("REJECT", ("Q1372",))]


def test_german_der_before_an_unlinked_noun_points_to_nobody():
    text = "Friedrich Merz kritisierte den Konzern. Der Konzern wies die Vorwürfe zurück."
    found = events(document(text, "de", [MERZ]))
    assert [e for e in found if e.type == "REJECT"] == []


def test_german_age_noun_takes_the_one_person_of_its_gender():
    text = "Friedrich Merz lobte Annalena Baerbock. Die 44-Jährige kritisierte Russland scharf."
    found = events(document(text, "de", [MERZ, BAERBOCK, RUSSIA]))
    assert [summary(e) for e in found if e.type == "ACCUSE"] == [("ACCUSE", ("Q15784",), ("Q159",), "occurred")]


def test_italian_age_noun_passes_over_the_woman():
    text = "Giorgia Meloni ha incontrato Matteo Salvini. Il 51enne ha criticato la Francia."
    found = events(document(text, "it", [MELONI, SALVINI, FRANCE]))
    assert ("ACCUSE", ("Q1055449",), ("Q142",), "occurred") in [summary(e) for e in found]
    assert not any(e.source == ["Q3802"] and e.type == "ACCUSE" for e in found)


def test_italian_demonym_plural_is_the_country_acting_with_lower_confidence():
    text = "Mosca ha risposto. I russi hanno respinto la proposta dell'Ucraina."
    [event] = events(document(text, "it", [RUSSIA, UKRAINE]))
    assert summary(event) == ("REJECT", ("Q159",), ("Q212",), "occurred")
    assert event.confidence < 0.8


def test_italian_singular_demonym_is_one_person_not_the_state():
    text = "Il russo ha respinto la proposta dell'Ucraina."
    assert [e for e in events(document(text, "it", [RUSSIA, UKRAINE])) if e.source == ["Q159"]] == []


def test_french_celle_ci_is_the_woman_named_last():
    text = "Emmanuel Macron a reçu Marine Le Pen. Celle-ci a critiqué l'Allemagne."
    found = events(document(text, "fr", [MACRON, LE_PEN, GERMANY]))
    assert [summary(e) for e in found if e.type == "ACCUSE"] == [("ACCUSE", ("Q12927",), ("Q183",), "occurred")]


def test_french_elle_passes_over_the_man_who_is_the_previous_subject():
    text = "Emmanuel Macron a reçu Marine Le Pen. Elle a critiqué l'Allemagne."
    found = events(document(text, "fr", [MACRON, LE_PEN, GERMANY]))
    assert [summary(e) for e in found if e.type == "ACCUSE"] == [("ACCUSE", ("Q12927",), ("Q183",), "occurred")]


def test_french_demonym_plural_rejects():
    text = "Moscou a répondu. Les Russes ont rejeté la proposition de l'Ukraine."
    found = events(document(text, "fr", [RUSSIA, UKRAINE]))
    assert [summary(e) for e in found] == [("REJECT", ("Q159",), ("Q212",), "occurred")]


def test_spanish_office_noun_takes_the_woman():
    text = "Pedro Sánchez recibió a Isabel Díaz Ayuso. La mandataria criticó a Marruecos."
    found = events(document(text, "es", [SANCHEZ, AYUSO, MOROCCO]))
    assert ("ACCUSE", ("Q6167408",), ("Q1028",), "occurred") in [summary(e) for e in found]


def test_spanish_pronoun_after_a_paragraph_break_finds_the_woman_named_before():
    text = "Isabel Díaz Ayuso viajó el lunes.\nElla criticó a Marruecos."
    found = events(document(text, "es", [AYUSO, MOROCCO]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q6167408",), ("Q1028",), "occurred")]


def test_spanish_personal_pronoun_never_stands_for_a_country():
    text = "Rusia atacó.\nÉl criticó a Marruecos."
    assert [e for e in events(document(text, "es", [RUSSIA, MOROCCO])) if e.type == "ACCUSE"] == []


def test_english_pronoun_after_a_paragraph_break_is_the_person_before_it():
    text = "Kamala Harris arrived in Paris on Monday.\n\nShe criticized Russia."
    found = events(document(text, "en", [HARRIS, PARIS, RUSSIA]))
    assert [summary(e) for e in found if e.type == "ACCUSE"] == [("ACCUSE", ("Q10853588",), ("Q159",), "occurred")]


def test_english_pronoun_three_sentences_away_from_any_name_stays_unresolved():
    text = ("Kamala Harris arrived in Paris on Monday. The weather was fine. The streets were calm. "
            "Crowds were small.\n\nShe criticized Russia.")
    assert [e for e in events(document(text, "en", [HARRIS, PARIS, RUSSIA])) if e.type == "ACCUSE"] == []


def test_german_sie_after_a_paragraph_break_is_no_country_named_before():
    text = "Russland drohte am Montag.\nSie kritisierte die Ukraine scharf."
    assert [e for e in events(document(text, "de", [RUSSIA, UKRAINE])) if e.type == "ACCUSE"] == []
