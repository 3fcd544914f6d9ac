"""German organisation names of capitalised words decline as a whole (name_inflections.tsv, case rows
of kind body): adjective and noun change together, and every case form names the KB entry (real KB)."""
from __future__ import annotations


def test_the_genitive_and_the_strong_dative_name_the_office(mentions):
    named = mentions("Daten des Statistischen Bundesamts zeigen: Deutschland ist größter "
                     "EU-Exporteur. Die Entwicklung zeigt laut Statistischem Bundesamt jedoch, "
                     "dass die Exporte sinken.", "de")
    assert named["Statistischen Bundesamts"] == "Federal Statistical Office of Germany"
    assert named["Statistischem Bundesamt"] == "Federal Statistical Office of Germany"


def test_the_weak_dative_names_the_confederation(mentions):
    named = mentions("Isabelle Schömann vom Europäischen Gewerkschaftsbund hat soeben ihre Rede beendet.", "de")
    assert named["Europäischen Gewerkschaftsbund"] == "European Trade Union Confederation"


def test_party_acronyms_inside_a_compound_name_the_parties(mentions):
    named = mentions("Der Fingerzeig Richtung CSV-DP-Regierung ist an diesem Samstag deutlich.", "de")
    assert named["CSV"] == "Christian Social People's Party"
    assert named["DP"] == "Democratic Party"
