"""French news forms (nerfr28): a body's complement with its own adjective, départements named like a
frequent word after a locative and its article (lang/fr/region_words.txt), "le garde des Sceaux" as a
title, and national bodies named like a country or a phrase (kb curated organisations_france.tsv)."""
from __future__ import annotations

import cronaca


def names(text: str) -> dict[str, tuple[str, list[str]]]:
    doc = cronaca.process(text, language="fr", published="2026-02-05")
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in doc.entities}


def test_a_complement_noun_keeps_its_adjective_in_the_body_s_name():
    assert names("Selon lui, la Caisse nationale d'allocations familiales a versé la prime.") \
        == {"Caisse nationale d'allocations familiales": ("ORG", ["Caisse nationale d'allocations familiales"])}


def test_the_second_complement_after_a_conjunction_keeps_its_adjective_too():
    text = ("Selon le rapport, le Haut Conseil de l'évaluation de la recherche et de l'enseignement "
            "supérieur a rendu son avis.")
    name = "Haut Conseil de l'évaluation de la recherche et de l'enseignement supérieur"
    assert names(text) == {name: ("ORG", [name])}


def test_a_departement_named_like_a_frequent_word_is_a_place_after_dans_la():
    assert names("Deux villages ont été évacués dans la Somme, selon la préfecture.") \
        == {"Somme": ("PLACE", ["Somme"])}


def test_the_frequent_word_in_lower_case_stays_a_word():
    assert names("Il a versé la somme dans la caisse de la commune.") == {}


def test_garde_des_sceaux_names_no_town():
    assert "Sceaux" not in names("Le garde des Sceaux a saisi le Conseil supérieur de la magistrature.")


def test_the_college_de_france_is_a_body_not_the_country():
    assert names("Elle enseigne au Collège de France depuis 2019.") \
        == {"Collège de France": ("ORG", ["Collège de France"])}


def test_the_financial_prosecutor_written_in_lower_case_is_the_body():
    found = names("Le parquet national financier a ouvert une enquête préliminaire.")
    assert found["Parquet national financier"] == ("ORG", ["parquet national financier"])


def test_a_court_named_by_a_town_the_kb_leaves_out_is_a_body_and_the_town_a_place():
    assert names("La cour d'appel de Versailles a confirmé la condamnation.") \
        == {"Cour d'appel de Versailles": ("ORG", ["cour d'appel de Versailles"]),
            "Versailles": ("PLACE", ["Versailles"])}


def test_a_prosecution_office_of_such_a_town_too():
    assert names("Le parquet de Riom a ouvert une enquête.") \
        == {"Parquet de Riom": ("ORG", ["parquet de Riom"]), "Riom": ("PLACE", ["Riom"])}


def test_the_president_of_the_national_assembly_is_named_by_date():
    found = names("La présidente de l'Assemblée nationale a répondu au gouvernement.")
    assert found["Yaël Braun-Pivet"] == ("PERSON", ["présidente de l'Assemblée nationale"])


def test_the_governor_of_the_banque_de_france_is_its_governor():
    found = names("Le gouverneur de la Banque de France s'inquiète de l'inflation.")
    assert found["François Villeroy de Galhau"] == ("PERSON", ["gouverneur de la Banque de France"])


def test_a_regional_governor_is_no_central_bank_governor():
    assert names("Le gouverneur russe de Koursk a annoncé une évacuation.") == {"Russia": ("COUNTRY", ["russe"])}
