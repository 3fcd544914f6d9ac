"""Precision rules from events read by eye on untuned news (fundus, trafilatura-eval, DICE): forms
and contexts where a trigger fired but the text reports no act."""
from __future__ import annotations

from extract.events_support import document, events, summary

NETHERLANDS = ("Q55", "Netherlands", "COUNTRY", ["Niederlande"], "NLD")
SANCHEZ = ("Q8", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
VARGAS = ("Q9", "Mario Vargas Llosa", "PERSON", ["Vargas Llosa"])
USA = ("Q30", "United States", "COUNTRY", ["USA"], "USA")
MEXICO = ("Q96", "Mexico", "COUNTRY", ["Mexiko"], "MEX")
CHARLES = ("Q43274", "Charles III", "PERSON", ["Charles III."])
IDF = ("Q125", "Israel Defense Forces", "ORG", ["israelische Armee"])
HAMAS = ("Q38799", "Hamas", "ORG", ["Hamas"])
MODENA = ("Q279", "Modena", "PLACE", ["Modena"], "ITA")
ITALY = ("Q38", "Italy", "COUNTRY", ["Italia"], "ITA")
EU = ("Q458", "European Union", "ORG", ["EU"])
HUNGARY = ("Q28", "Hungary", "COUNTRY", ["Ungarn"], "HUN")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")
HELLER = ("Q10", "Andreas Heller", "PERSON", ["Andreas Heller", "Heller"])
CHUBA = ("Q11", "Nina Chuba", "PERSON", ["Nina Chuba", "Chuba"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
RUSSIA_FR = ("Q159", "Russia", "COUNTRY", ["Russie"], "RUS")
ALL = [CHUBA, MACRON, RUSSIA_FR, HELLER, RUSSIA, EU, HUNGARY, MODENA, ITALY, IDF, HAMAS, NETHERLANDS, SANCHEZ, VARGAS, USA, MEXICO, CHARLES, RUSSIA]


def test_an_attributive_participle_after_a_preposition_phrase_is_no_verb():
    text = "Der für Ende 2026 vereinbarte Beitritt der Niederlande dürfte ordentlich Traffic bringen."
    assert events(document(text, "de", ALL)) == []


def test_a_past_tense_after_an_adjective_and_its_noun_stays_a_verb():
    text = "Der spanische Ministerpräsident Pedro Sánchez würdigte Vargas Llosa als Meister des Wortes."
    [event] = events(document(text, "de", ALL))
    assert summary(event) == ("SUPPORT", ("Q8",), ("Q9",), "occurred")


def test_a_possibility_stated_on_the_clause_reaches_a_noun_in_it():
    text = "Die Reformen könnten den Grundstein für ein Migrationsabkommen zwischen den USA und Mexiko legen."
    assert events(document(text, "de", ALL)) == []


def test_in_case_of_before_a_noun_makes_the_act_a_condition():
    text = "Prinz William wird im Falle einer Abdankung von Charles III. König."
    assert events(document(text, "de", ALL)) == []


def test_a_noun_without_a_possibility_in_its_clause_stays_an_event():
    text = "Die Reformen haben den Grundstein für ein Migrationsabkommen zwischen den USA und Mexiko gelegt."
    [event] = events(document(text, "de", ALL))
    assert summary(event) == ("SUPPORT", ("Q30", "Q96"), (), "occurred")


def test_a_modal_verb_closing_a_verb_final_clause_sets_the_status():
    text = "Die dritte Bedingung ist, dass Mexiko mit den USA zusammenarbeiten muss."
    assert events(document(text, "de", ALL)) == []


def test_a_verb_closing_its_clause_without_a_modal_stays_occurred():
    text = "Die dritte Bedingung ist erfüllt, weil Mexiko mit den USA zusammengearbeitet hat."
    [event] = events(document(text, "de", ALL))
    assert summary(event) == ("COOPERATE", ("Q96",), ("Q30",), "occurred")


def test_a_phrase_joined_by_or_to_the_actor_is_no_target():
    assert events(document("Entweder tötet uns die israelische Armee oder die Hamas.", "de", ALL)) == []


def test_an_object_not_joined_by_or_stays_the_target():
    [event] = events(document("Am Montag griff die israelische Armee die Hamas an.", "de", ALL))
    assert summary(event) == ("ASSAULT", ("Q125",), ("Q38799",), "occurred")


def test_a_town_placing_an_unnamed_noun_is_not_the_antecedent_of_its_relative_clause():
    text = "Sul posto sono intervenute le pattuglie di Modena, che hanno avviato le indagini."
    assert events(document(text, "it", ALL)) == []


def test_the_antecedent_of_a_relative_clause_after_a_governments_place_acts():
    text = "Sul posto è intervenuto il governo di Modena, che ha avviato le indagini."
    [event] = events(document(text, "it", ALL))
    assert summary(event) == ("ACCUSE", ("Q38",), (), "occurred")


def test_a_procedure_against_nobody_is_no_accusation():
    assert events(document("Die öffentlichen Verfahren der EU sind transparent.", "de", ALL)) == []


def test_a_procedure_against_a_party_is_an_accusation():
    [event] = events(document("Die EU hat ein Verfahren gegen Ungarn eingeleitet.", "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q458",), ("Q28",), "occurred")


def test_a_relative_pronoun_after_an_unnamed_noun_inherits_no_earlier_name():
    text = ("Was die EU anbelangt, so haben Abgeordnete die Geheimhaltung der Einrichtungen kritisiert, "
            "die sich weigern, auf Anfragen zu antworten.")
    assert [summary(e)[0] for e in events(document(text, "de", ALL))] == []


def test_a_relative_pronoun_right_after_a_name_stands_for_it():
    text = "Die Abgeordneten haben die Politik von Russland kritisiert, das sich weigert, auf Anfragen zu antworten."
    assert [summary(e) for e in events(document(text, "de", ALL)) if e.type == "REJECT"] == [
        ("REJECT", ("Q159",), (), "occurred")]


def test_a_negation_does_not_make_the_narrators_possibility_an_event():
    text = "Beim nächsten Mal könnte Heller ohne größere Umstände Argumente für eine Schafherde verlangen."
    assert events(document(text, "de", ALL)) == []


def test_a_proviso_set_off_by_a_comma_makes_its_clause_a_condition():
    text = "Vorausgesetzt, Frau Chuba stimmt folgendem Satz zu: Niemand freut sich mehr."
    assert events(document(text, "de", ALL)) == []


def test_a_comma_after_a_condition_clause_still_closes_it():
    [event] = events(document("Si le public le veut, Macron a condamné la Russie.", "fr", ALL))
    assert summary(event) == ("ACCUSE", ("Q3052772",), ("Q159",), "occurred")
