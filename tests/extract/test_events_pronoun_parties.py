"""Pronoun parties (parties16 round): strong subject pronouns, pronouns governed by a preposition, and
an object clitic that turns the bare phrase after the verb into its subject.

Each test is one construction; the second test of a pair is the reading that must not change."""
from __future__ import annotations

from extract.events_support import document, events, summary

RENZI = ("kb:person:renzi", "Matteo Renzi", "PERSON", ["Matteo Renzi"])
BERLUSCONI = ("kb:person:berlusconi", "Silvio Berlusconi", "PERSON", ["Silvio Berlusconi", "Berlusconi"])
TRUMP = ("kb:person:trump", "Donald Trump", "PERSON", ["Donald Trump"])
MATTARELLA = ("kb:person:mattarella", "Sergio Mattarella", "PERSON", ["Sergio Mattarella", "Mattarella"])
TAJANI = ("kb:person:tajani", "Antonio Tajani", "PERSON", ["Antonio Tajani"])
ZELENSKY = ("kb:person:zelensky", "Volodymyr Zelensky", "PERSON", ["Volodymyr Zelensky"])
MACRON = ("kb:person:macron", "Emmanuel Macron", "PERSON", ["Emmanuel Macron"])
GERMANY = ("Q183", "Germany", "COUNTRY", ["Germania", "Alemania"], "DEU")
SANCHEZ = ("kb:person:sanchez", "Pedro Sánchez", "PERSON", ["Pedro Sánchez"])
FEIJOO = ("kb:person:feijoo", "Alberto Núñez Feijóo", "PERSON", ["Alberto Núñez Feijóo"])
PETRO = ("kb:person:petro", "Gustavo Petro", "PERSON", ["Gustavo Petro"])


def _run(text: str, lang: str, entities: list[tuple]) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, entities))]


def test_an_italian_strong_subject_pronoun_stands_for_the_person_named_before():
    assert _run("Antonio Tajani è arrivato a Kiev. Lui ha poi incontrato Volodymyr Zelensky.", "it",
                [TAJANI, ZELENSKY]) == [("CONSULT", ("kb:person:tajani",), ("kb:person:zelensky",), "occurred")]


def test_a_pronoun_after_a_preposition_is_no_subject():
    # "con él" is the preposition's object: Petro, named before it, still criticises
    assert _run("Gustavo Petro habló con él largamente y criticó a Alemania.", "es", [PETRO, GERMANY]) == [
        ("ACCUSE", ("kb:person:petro",), ("Q183",), "occurred")]


def test_a_name_after_a_preposition_and_its_pronoun_is_the_subject():
    assert _run("Antonio Tajani ha parlato ieri. Con lui Emmanuel Macron ha criticato la Germania.", "it",
                [TAJANI, MACRON, GERMANY]) == [("ACCUSE", ("kb:person:macron",), ("Q183",), "occurred")]


def test_after_an_object_clitic_the_bare_name_after_the_verb_is_the_subject():
    assert _run("Matteo Renzi ha parlato ieri. Lo ha criticato duramente Silvio Berlusconi.", "it",
                [RENZI, BERLUSCONI]) == [("ACCUSE", ("kb:person:berlusconi",), ("kb:person:renzi",), "occurred")]


def test_after_an_elided_object_clitic_the_name_after_the_verb_is_the_subject():
    assert _run("Matteo Renzi ha parlato ieri. L'ha criticato Silvio Berlusconi.", "it",
                [RENZI, BERLUSCONI]) == [("ACCUSE", ("kb:person:berlusconi",), ("kb:person:renzi",), "occurred")]


def test_a_spanish_object_clitic_makes_the_name_after_the_verb_the_subject():
    assert _run("Pedro Sánchez habló ayer. Lo ha criticado duramente Alberto Núñez Feijóo.", "es",
                [SANCHEZ, FEIJOO]) == [("ACCUSE", ("kb:person:feijoo",), ("kb:person:sanchez",), "occurred")]


def test_without_a_clitic_the_name_after_the_verb_is_its_object():
    assert _run("Silvio Berlusconi ha parlato ieri. Ha criticato duramente Matteo Renzi.", "it",
                [RENZI, BERLUSCONI]) == [("ACCUSE", ("kb:person:berlusconi",), ("kb:person:renzi",), "occurred")]


def test_the_host_after_a_clitic_receives_the_visitor_the_clitic_stands_for():
    # "ricevere" (Y V X): the visitor is the source, the host the target (gold guidelines)
    assert _run("Donald Trump è arrivato a Roma. Lo ha ricevuto il presidente Sergio Mattarella.", "it",
                [TRUMP, MATTARELLA]) == [("CONSULT", ("kb:person:trump",), ("kb:person:mattarella",), "occurred")]


def test_a_host_before_the_clitic_receives_the_visitor_the_clitic_stands_for():
    assert _run("Donald Trump è arrivato a Roma. Mattarella lo ha ricevuto al Quirinale.", "it",
                [TRUMP, MATTARELLA]) == [("CONSULT", ("kb:person:trump",), ("kb:person:mattarella",), "occurred")]


def test_a_host_receives_the_visitor_an_object_pronoun_after_the_verb_stands_for():
    zelensky = ("kb:person:zelensky", "Volodymyr Zelensky", "PERSON", ["Wolodymyr Selenskyj"])
    scholz = ("kb:person:scholz", "Olaf Scholz", "PERSON", ["Olaf Scholz"])
    assert _run("Wolodymyr Selenskyj kam nach Berlin. Olaf Scholz empfing ihn im Kanzleramt.", "de",
                [zelensky, scholz]) == [("CONSULT", ("kb:person:zelensky",), ("kb:person:scholz",), "occurred")]


def test_an_amount_between_a_preposition_and_its_noun_keeps_the_preposition_reach():
    canada = ("Q16", "Canada", "COUNTRY", ["Canada"], "CAN")
    usa = ("Q30", "United States", "COUNTRY", ["U.S."], "USA")
    assert _run("Canada imposed new tariffs on $20.7 billion worth of U.S. exports.", "en", [canada, usa]) == [
        ("SANCTION", ("Q16",), ("Q30",), "occurred")]
