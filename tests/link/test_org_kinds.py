"""Organisations carry a kind (link/org_kinds.py): the KB's, else the noun that introduces an unknown
one ("la société X", "die Behörde X"), else a noun its name holds; a definite body noun names only a
body of a kind it can describe."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.link.org_kinds import fits
from cronaca.pipeline import Pipeline


def _kinds(pipeline: Pipeline, text: str, lang: str) -> dict[str, str | None]:
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2025-03-01")))
    return {e.name: e.kind for e in doc.entities}


def test_a_kb_company_and_a_kb_agency_have_their_curated_kinds(pipeline):
    found = _kinds(pipeline, "Monsanto a contesté la décision de l'EPA lundi.", "fr")
    assert found["Monsanto"] == "company"
    assert found["United States Environmental Protection Agency"] == "agency"


def test_an_outlet_is_media_and_an_armed_group_from_petrarch_is_an_armed_group(pipeline):
    found = _kinds(pipeline, "Reuters reported that Boko Haram attacked a village.", "en")
    assert found["Reuters"] == "media"
    assert found["Boko Haram"] == "armed_group"


def test_an_unknown_body_takes_the_kind_of_the_noun_introducing_it(pipeline):
    found = _kinds(pipeline, "La société Montecon a annoncé lundi la fermeture de deux usines.", "fr")
    assert found["Montecon"] == "company"


def test_an_unknown_german_body_takes_the_kind_of_its_compound_head(pipeline):
    found = _kinds(pipeline, "Das Kulturministerium hat am Montag neue Zahlen vorgelegt.", "de")
    assert found["Kulturministerium"] == "ministry"


def test_a_company_noun_cannot_name_an_agency_and_an_agency_noun_can_name_a_news_agency():
    assert fits("company", "agency") is False
    assert fits("agency", "media") is True
    assert fits("agency", None) is None


def test_the_company_is_the_company_and_the_agency_the_agency(pipeline):
    def described(noun: str) -> dict[str, list[str]]:
        doc = pipeline(Document(raw=f"Monsanto a fait appel. L'EPA a publié un avis lundi. {noun} maintient sa position.",
                                language="fr", source=Source(published="2025-03-01")))
        return {e.name: [m.text for m in e.mentions] for e in doc.entities}

    assert described("L'entreprise")["Monsanto"] == ["Monsanto", "L'entreprise"]
    assert described("L'agence")["United States Environmental Protection Agency"] == ["EPA", "L'agence"]
    assert described("L'agence")["Monsanto"] == ["Monsanto"]
