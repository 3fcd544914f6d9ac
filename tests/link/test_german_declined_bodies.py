"""German organisation names of capitalised words decline as a whole (name_inflections.tsv, case rows
of kind body): adjective and noun change together, and every case form names the KB entry (real KB)."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.pipeline import Pipeline


def _named(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline(Document(raw=text, language="de", source=Source(published="2026-02-20")))
    return {m.text: e.name for e in doc.entities for m in e.mentions}


def test_the_genitive_and_the_strong_dative_name_the_office(pipeline):
    named = _named(pipeline, "Daten des Statistischen Bundesamts zeigen: Deutschland ist größter "
                             "EU-Exporteur. Die Entwicklung zeigt laut Statistischem Bundesamt jedoch, "
                             "dass die Exporte sinken.")
    assert named["Statistischen Bundesamts"] == "Federal Statistical Office of Germany"
    assert named["Statistischem Bundesamt"] == "Federal Statistical Office of Germany"


def test_the_weak_dative_names_the_confederation(pipeline):
    named = _named(pipeline, "Isabelle Schömann vom Europäischen Gewerkschaftsbund hat soeben ihre Rede beendet.")
    assert named["Europäischen Gewerkschaftsbund"] == "European Trade Union Confederation"


def test_party_acronyms_inside_a_compound_name_the_parties(pipeline):
    named = _named(pipeline, "Der Fingerzeig Richtung CSV-DP-Regierung ist an diesem Samstag deutlich.")
    assert named["CSV"] == "Christian Social People's Party"
    assert named["DP"] == "Democratic Party"
