"""Organisations named by a noun of their kind: a lower-case ministry or court before its capitalised
domain or town (French and Italian spelling), and a German compound that describes the name after it."""
from __future__ import annotations


def mentions(doc) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in doc.entities}


def test_lower_case_french_ministry_before_its_domain_is_an_organisation(link_text):
    doc = link_text("Selon le ministère de l'Emploi, le chômage a baissé en mars.", "fr")
    assert mentions(doc)["ministère de l'Emploi"] == ("ORG", ["ministère de l'Emploi"])


def test_lower_case_words_of_the_domain_go_on_the_ministry_name(link_text):
    doc = link_text("Le ministère de l'Enseignement supérieur a réagi mardi.", "fr")
    assert mentions(doc)["ministère de l'Enseignement supérieur"][0] == "ORG"


def test_italian_ministry_with_a_particle_before_its_domain(link_text):
    doc = link_text("Il ministero delle Imprese ha firmato l'accordo lunedì.", "it")
    assert mentions(doc)["ministero delle Imprese"] == ("ORG", ["ministero delle Imprese"])


def test_spanish_ministry_before_its_domain(link_text):
    doc = link_text("El ministerio de Igualdad publicó los datos el lunes.", "es")
    assert mentions(doc)["ministerio de Igualdad"] == ("ORG", ["ministerio de Igualdad"])


def test_lower_case_court_with_its_kind_is_named_by_its_town(link_text):
    doc = link_text("Le tribunal correctionnel de Paris a condamné l'homme mardi.", "fr")
    assert mentions(doc)["Tribunal correctionnel de Paris"] == ("ORG", ["tribunal correctionnel de Paris"])


def test_lower_case_italian_appeals_court_is_named_by_its_town(link_text):
    doc = link_text("La corte d'appello di Napoli ha confermato la condanna.", "it")
    assert mentions(doc)["Corte d'appello di Napoli"] == ("ORG", ["corte d'appello di Napoli"])


def test_german_compound_of_a_company_noun_describes_the_name_after_it(link_text):
    doc = link_text("Die Analysten merken an, dass der Chiphersteller Hoxby gute Zahlen vorgelegt habe.", "de")
    assert mentions(doc)["Hoxby"] == ("ORG", ["Hoxby"])


def test_german_compound_in_the_genitive_describes_the_name_after_it(link_text):
    doc = link_text("Er war Chef des Versicherungskonzerns Aegon.", "de")
    assert mentions(doc)["Aegon"] == ("ORG", ["Aegon"])


def test_german_plural_compound_describes_no_name(link_text):
    doc = link_text("Einige wollen den Impfstoffherstellern Profit verschaffen.", "de")
    assert "Profit" not in mentions(doc)


def test_company_noun_keeps_a_name_met_before_an_organisation(link_text):
    doc = link_text("Was es mit dem Nachfolger Bimota auf sich hat. Es gibt eine Kooperation mit dem "
                    "italienischen Motorrad-Hersteller Bimota.", "de")
    assert mentions(doc)["Bimota"] == ("ORG", ["Bimota"])


def test_frequent_word_that_names_a_company_of_the_home_country_is_its_name(link_text):
    doc = link_text("Die Lufthansa meldete am Montag Verluste.", "de")
    assert mentions(doc)["Lufthansa"] == ("ORG", ["Lufthansa"])


def test_spanish_company_noun_types_the_name_after_it(link_text):
    doc = link_text("La aerolínea Iberia anunció recortes el lunes.", "es")
    assert mentions(doc)["Iberia"] == ("ORG", ["Iberia"])


def test_english_company_noun_types_the_name_after_it(link_text):
    doc = link_text("Shares of carmaker Stellix fell on Monday.", "en")
    assert mentions(doc)["Stellix"] == ("ORG", ["Stellix"])


def test_german_compound_that_heads_names_itself_keeps_the_place_after_it(link_text):
    doc = link_text("Die Landesbank Berlin meldete am Montag Gewinne.", "de")
    assert mentions(doc).get("Berlin", ("PLACE",))[0] != "ORG"


def test_lower_case_prosecution_office_is_named_by_its_town(link_text):
    doc = link_text("Le parquet de Paris a ouvert une enquête mardi.", "fr")
    assert mentions(doc)["Parquet de Paris"] == ("ORG", ["parquet de Paris"])


def test_german_court_is_named_by_the_town_right_after_it(link_text):
    doc = link_text("Das Landgericht Paris hat am Montag entschieden.", "de")
    assert mentions(doc)["Landgericht Paris"] == ("ORG", ["Landgericht Paris"])
