"""Italian organisations from the real KB (tools/kb/curated/organisations_it.tsv): names a reader of
Italian news knows are organisations, even where their ending or a city inside suggests a place."""
from __future__ import annotations

from cronaca.document import Document, Source


def test_an_airline_ending_in_ia_is_an_organisation_not_a_place(mentions):
    types = mentions("Lo sciopero dei piloti Alitalia ha cancellato trenta voli a Fiumicino.", "it", "type")
    assert types["Alitalia"] == "ORG"


def test_a_club_written_capitalised_is_an_organisation(mentions):
    types = mentions("Domenica la Fiorentina ha battuto l'Inter per due reti a zero.", "it", "type")
    assert types["Fiorentina"] == "ORG"
    assert types["Inter"] == "ORG"


def test_a_lower_case_adjective_that_spells_a_club_is_no_name(mentions):
    types = mentions("La cucina fiorentina e la comunità internazionale non c'entrano.", "it", "type")
    assert "fiorentina" not in types and "internazionale" not in types


def test_a_transit_company_acronym_is_an_organisation(mentions):
    types = mentions("Gli autisti dell'ATAC e del Cotral hanno scioperato per quattro ore.", "it", "type")
    assert types == {"ATAC": "ORG", "Cotral": "ORG"}


def test_a_mid_sized_italian_town_is_a_known_place(pipeline):
    doc = pipeline(Document(raw="Il festival di Sanremo si chiude sabato; Saronno e Viterbo votano.",
                            language="it", source=Source(published="2026-02-20")))
    rules = {m.text: (e.type, m.rule) for e in doc.entities for m in e.mentions}
    assert rules["Sanremo"] == ("PLACE", "kb")
    assert rules["Saronno"] == ("PLACE", "kb")
    assert rules["Viterbo"] == ("PLACE", "kb")


def test_a_capitalised_local_body_names_that_body(mentions):
    types = mentions("La Questura di Bari ha chiesto alla Prefettura di chiudere lo stadio.", "it", "type")
    # the body of a town is named by both, as the gold set reads "Corte d'appello di Palermo"; the town
    # stays a place too ("Policía Fronteriza de Uyuni")
    assert types["Questura di Bari"] == "ORG" and types["Bari"] == "PLACE"
    assert types["Prefettura"] == "ORG"


def test_the_capitalised_region_is_the_regional_government(mentions):
    types = mentions("Ieri la Regione ha nominato un commissario per la ricostruzione.", "it", "type")
    assert types == {"Regione": "ORG"}


def test_a_court_of_cassation_written_short_is_the_italian_court(pipeline):
    doc = pipeline(Document(raw="La Cassazione ha confermato la condanna dell'ex sindaco.", language="it",
                            source=Source(published="2026-02-20")))
    assert [(e.name, e.type) for e in doc.entities] == [("Supreme Court of Cassation", "ORG")]


def test_a_trade_fair_is_no_actor_and_a_race_track_is_a_place(mentions):
    types = mentions("Apre oggi il Salone nautico di Genova, mentre all'Autodromo del Mugello si corre.", "it", "type")
    assert types == {"Genova": "PLACE", "Autodromo del Mugello": "PLACE"}
