"""National bodies, parties and outlets of tools/kb/curated/organisations_national.tsv against the shipped KB:
short forms the press writes ("Scotland Yard", "la Sedena", "Bundesheer"), common nouns that name a country's
body ("der Verfassungsschutz", "Hacienda": institution_nouns.tsv) and acronyms two countries share ("INE"),
which the country the article names decides."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Source
from cronaca.kb import load
from cronaca.link.stage import Link
from cronaca.pipeline import Pipeline, build


@pytest.fixture(scope="module")
def entities():
    pipeline = Pipeline(build(["language", "clean", "segment"]).stages + (Link(load()),))

    def run(text: str, lang: str) -> dict[str, str]:
        doc = pipeline(Document(raw=text, language=lang, source=Source(published="2025-03-04")))
        return {e.id: e.name for e in doc.entities}
    return run


def test_la_farnesina_is_the_seat_of_the_italian_foreign_ministry(entities):
    found = entities("La Farnesina ha convocato l'ambasciatore russo a Roma.", "it")
    assert found["kb:org:farnesina"] == "Farnesina"
    assert load().entries["kb:org:farnesina"].country == "ITA"


def test_scotland_yard_is_the_metropolitan_police(entities):
    found = entities("Scotland Yard said on Tuesday that two men had been arrested in London.", "en")
    assert found["kb:org:metropolitan-police"] == "Metropolitan Police"


def test_der_verfassungsschutz_is_the_federal_office_in_a_german_article(entities):
    found = entities("Der Verfassungsschutz stuft die Gruppe als extremistisch ein, teilte das "
                     "Bundesinnenministerium in Berlin mit.", "de")
    assert found["kb:org:federal-office-for-the-protection-of-the-constitution"] \
        == "Federal Office for the Protection of the Constitution"
    assert found["kb:org:federal-ministry-of-the-interior-germany"] == "Federal Ministry of the Interior"


def test_a_state_office_named_by_its_town_is_no_federal_office(entities):
    found = entities("Der Hamburger Verfassungsschutz beobachtet die Gruppe seit Jahren.", "de")
    assert "kb:org:federal-office-for-the-protection-of-the-constitution" not in found
    assert "Hamburger Verfassungsschutz" in found.values()


def test_hacienda_is_the_finance_ministry_of_the_country_the_article_is_about(entities):
    found = entities("El Gobierno de España aprobó el plan y, según Hacienda, la recaudación subió un 8%.", "es")
    assert found["kb:org:ministry-of-finance-spain"] == "Ministry of Finance"


def test_hacienda_in_an_article_naming_several_countries_once_is_no_countrys_ministry(entities):
    found = entities("Las plataformas de Hacienda siguen bloqueadas tras el ataque, con apoyo de "
                     "Estados Unidos, España e Israel.", "es")
    assert not any(i.startswith("kb:org:") for i in found)
    assert "Hacienda" in found.values()


def test_mexican_bodies_by_their_acronyms(entities):
    found = entities("La Sedena y la Guardia Nacional desplegaron soldados en Sinaloa, informó el gobierno "
                     "de México. El INE organizará la elección.", "es")
    assert found["kb:org:secretariat-of-national-defense"] == "Secretariat of National Defense"
    assert found["kb:org:national-guard-mexico"] == "National Guard"
    assert found["kb:org:national-electoral-institute"] == "National Electoral Institute"


def test_ine_in_an_article_about_spain_is_the_statistics_institute(entities):
    found = entities("El INE publicó la encuesta de población activa: el paro bajó en España.", "es")
    assert found["kb:org:national-statistics-institute-spain"] == "National Statistics Institute"


def test_the_austrian_army_and_interior_ministry_by_their_german_names(entities):
    found = entities("Die Bundeswehr und das Bundesheer üben gemeinsam, teilte das österreichische "
                     "Innenministerium mit.", "de")
    assert found["kb:org:austrian-armed-forces"] == "Austrian Armed Forces"
    assert found["kb:org:federal-ministry-of-the-interior-austria"] == "Federal Ministry of the Interior"


def test_a_handball_club_is_no_relief_agency(entities):
    found = entities("Der THW Kiel gewann das Spiel gegen Flensburg.", "de")
    assert "kb:org:thw-kiel" in found
    assert "kb:org:technisches-hilfswerk" not in found
