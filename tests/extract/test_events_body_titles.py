"""A title on the genitive of a named body as a subject ("il leader di NCD ha detto", "the head of the
AFL-CIO accused", "der Chef der Gewerkschaft Verdi kritisierte"), issue #6. Unnamed, the official stands
for the body (GUIDELINES: an unnamed official's act is the body's). When the text named a person with
that title next to that body ("Angelino Alfano, leader di NCD"), the later description is that person,
and a named person with such an apposition stays the actor."""
from __future__ import annotations

from extract.events_support import document, events, summary

NCD = ("Q1334396", "New Centre-Right", "ORG", ["NCD"])
ALFANO = ("Q298219", "Angelino Alfano", "PERSON", ["Angelino Alfano", "Alfano"])
RENZI = ("Q47559", "Matteo Renzi", "PERSON", ["Matteo Renzi", "Renzi"])
AFL = ("Q1345591", "AFL–CIO", "ORG", ["AFL-CIO"])
SMITH = ("x:person:john-smith", "John Smith", "PERSON", ["John Smith", "Smith"])
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
VERDI = ("Q685723", "ver.di", "ORG", ["Verdi"])
MEIER = ("x:person:hans-meier", "Hans Meier", "PERSON", ["Hans Meier", "Meier"])
MERZ = ("Q86959", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
PSOE = ("Q321037", "Spanish Socialist Workers' Party", "ORG", ["PSOE"])
PEREZ = ("x:person:juan-perez", "Juan Pérez", "PERSON", ["Juan Pérez", "Pérez"])
SANCHEZ = ("Q11696", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
CGT = ("Q1351495", "General Confederation of Labour", "ORG", ["CGT"])
DUPONT = ("x:person:marie-dupont", "Marie Dupont", "PERSON", ["Marie Dupont", "Dupont"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])


def test_italian_unnamed_leader_of_a_party_is_the_party():
    found = events(document("Il leader di NCD ha criticato Matteo Renzi.", "it", [NCD, RENZI]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q1334396",), ("Q47559",), "occurred")]


def test_italian_leader_named_with_that_title_earlier_is_the_person():
    text = "Angelino Alfano, leader di NCD, è arrivato a Roma. Il leader di NCD ha criticato Matteo Renzi."
    found = events(document(text, "it", [ALFANO, NCD, RENZI]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q298219",), ("Q47559",), "occurred")]
    assert found[0].rule.endswith("+described")


def test_italian_named_leader_in_an_apposition_is_the_person():
    found = events(document("Angelino Alfano, leader di NCD, ha criticato Matteo Renzi.", "it", [ALFANO, NCD, RENZI]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q298219",), ("Q47559",), "occurred")]


def test_english_head_named_earlier_is_the_person():
    text = "John Smith, head of the AFL-CIO, arrived in Washington. The head of the AFL-CIO accused Donald Trump."
    found = events(document(text, "en", [SMITH, AFL, TRUMP]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:john-smith",), ("Q22686",), "occurred")]


def test_english_unnamed_head_of_a_union_is_the_union():
    found = events(document("The head of the AFL-CIO accused Donald Trump.", "en", [AFL, TRUMP]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q1345591",), ("Q22686",), "occurred")]


def test_english_title_given_next_to_another_body_does_not_name_the_person():
    text = ("John Smith, head of the Teamsters, arrived in Washington. "
            "The head of the AFL-CIO accused Donald Trump.")
    found = events(document(text, "en", [SMITH, AFL, TRUMP]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q1345591",), ("Q22686",), "occurred")]


def test_german_union_chief_named_earlier_is_the_person():
    text = ("Hans Meier, Chef der Gewerkschaft Verdi, war in Berlin. "
            "Der Chef der Gewerkschaft Verdi kritisierte Friedrich Merz.")
    found = events(document(text, "de", [MEIER, VERDI, MERZ]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:hans-meier",), ("Q86959",), "occurred")]


def test_spanish_party_president_named_earlier_is_the_person():
    text = "Juan Pérez, presidente del PSOE, llegó a Madrid. El presidente del PSOE criticó a Pedro Sánchez."
    found = events(document(text, "es", [PEREZ, PSOE, SANCHEZ]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:juan-perez",), ("Q11696",), "occurred")]


def test_french_unnamed_union_chief_is_the_union():
    found = events(document("Le chef de la CGT a dénoncé Emmanuel Macron.", "fr", [CGT, MACRON]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q1351495",), ("Q3052772",), "occurred")]


def test_french_union_chief_named_earlier_is_the_person():
    text = "Marie Dupont, cheffe de la CGT, est arrivée à Paris. La cheffe de la CGT a dénoncé Emmanuel Macron."
    found = events(document(text, "fr", [DUPONT, CGT, MACRON]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:marie-dupont",), ("Q3052772",), "occurred")]


def test_german_named_chief_in_an_apposition_is_the_person():
    text = "Hans Meier, Chef der Gewerkschaft Verdi, kritisierte Friedrich Merz."
    found = events(document(text, "de", [MEIER, VERDI, MERZ]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:hans-meier",), ("Q86959",), "occurred")]


def test_english_named_person_with_a_title_after_the_body_is_the_person():
    text = "John Smith, AFL-CIO president, accused Donald Trump."
    found = events(document(text, "en", [SMITH, AFL, TRUMP]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:john-smith",), ("Q22686",), "occurred")]


def test_english_name_in_an_apposition_after_a_possessor_title_is_the_person():
    text = "Donald Trump's special envoy, John Smith, accused the AFL-CIO."
    found = events(document(text, "en", [SMITH, AFL, TRUMP]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:john-smith",), ("Q1345591",), "occurred")]


def test_english_body_before_the_title_names_the_person_given_that_title():
    text = "AFL-CIO President John Smith arrived in Washington. The AFL-CIO president accused Donald Trump."
    found = events(document(text, "en", [SMITH, AFL, TRUMP]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:john-smith",), ("Q22686",), "occurred")]


def test_german_party_compound_title_names_the_person_given_that_title():
    afd = ("Q6721203", "Alternative for Germany", "ORG", ["AfD"])
    hocke = ("Q1290806", "Björn Höcke", "PERSON", ["Björn Höcke", "Höcke"])
    text = "AfD-Chef Björn Höcke war in Erfurt. Der AfD-Chef kritisierte Friedrich Merz."
    found = events(document(text, "de", [afd, hocke, MERZ]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q1290806",), ("Q86959",), "occurred")]


def test_german_unnamed_party_chief_in_a_compound_is_the_party():
    afd = ("Q6721203", "Alternative for Germany", "ORG", ["AfD"])
    found = events(document("Der AfD-Chef kritisierte Friedrich Merz.", "de", [afd, MERZ]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q6721203",), ("Q86959",), "occurred")]


def test_italian_title_given_by_a_copula_names_the_person():
    text = "Angelino Alfano è il leader di NCD. Il leader di NCD ha criticato Matteo Renzi."
    found = events(document(text, "it", [ALFANO, NCD, RENZI]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q298219",), ("Q47559",), "occurred")]


def test_spanish_title_given_by_a_copula_names_the_person():
    text = "Juan Pérez es el presidente del PSOE. El presidente del PSOE criticó a Pedro Sánchez."
    found = events(document(text, "es", [PEREZ, PSOE, SANCHEZ]))
    assert [summary(e) for e in found] == [("ACCUSE", ("x:person:juan-perez",), ("Q11696",), "occurred")]
