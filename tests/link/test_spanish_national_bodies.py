"""Spanish-language news names national bodies by a capitalised noun ("la Policía", "el Ejército",
"la Fiscalía"): the body of the country the article is about (real KB, curated/institutions.tsv).
A particle and more capitalised words make a longer name of a body of its own."""
from __future__ import annotations

from cronaca.document import Document, Source


COLOMBIA = ("El presidente de Colombia, Gustavo Petro, visitó Medellín. Según la Policía, los detenidos "
            "pertenecen a una banda local, y el Ejército desplegó 300 soldados. La investigación sigue "
            "en manos de la Fiscalía.")


def test_a_capitalised_police_is_the_police_of_the_article_country(mentions):
    assert mentions(COLOMBIA, "es")["Policía"] == "National Police of Colombia"


def test_a_capitalised_army_is_the_army_of_the_article_country(mentions):
    assert mentions(COLOMBIA, "es")["Ejército"] == "National Army of Colombia"


def test_a_capitalised_prosecution_is_the_prosecutor_of_the_article_country(mentions):
    assert mentions(COLOMBIA, "es")["Fiscalía"] == "Fiscalía General de la Nación"


def test_a_particle_and_capitalised_words_make_a_longer_name_of_its_own(mentions):
    names = mentions("La aeronave fue liberada en Guatemala; sin embargo, la Fiscalía de "
                     "Extinción de Dominio emitió una resolución para incautarla.", "es")
    assert names["Fiscalía de Extinción de Dominio"] == "Fiscalía de Extinción de Dominio"
    assert "Fiscalía" not in names and "Extinción de Dominio" not in names


def test_a_text_or_a_plan_is_no_organisation(mentions):
    names = mentions("La Convención aprobó la nueva Carta Magna y las Normas Transitorias, "
                     "mientras el IV Pleno discutía la Estrategia Económica-Social del país.", "es")
    assert not {"Carta Magna", "Normas Transitorias", "IV Pleno", "Estrategia Económica-Social"} & set(names)


def test_a_listed_given_name_begins_a_person_not_an_organisation(pipeline):
    doc = pipeline(Document(raw="Las Convivir se crearon por iniciativa de César Gaviria en los años noventa.",
                            language="es", source=Source(published="2026-02-20")))
    assert {e.name: e.type for e in doc.entities}["César Gaviria"] == "PERSON"


def test_a_word_naming_the_state_after_the_particle_leaves_the_body_to_the_country(mentions):
    names = mentions("Buenos Aires. Las pruebas se realizan en todo el país. El Ministerio de "
                     "Educación de la Nación las aplicará desde marzo en Argentina.", "es")
    assert "Ministerio de Educación de la Nación" not in names
    assert "Ministerio de Educación" in names


def test_a_run_going_on_past_a_place_is_a_longer_name(mentions):
    names = mentions("En Asunción, el autodenominado Ejército del Pueblo Paraguayo atacó un puesto.", "es")
    assert "Ejército" not in names


def test_the_seat_of_government_is_an_organisation(pipeline):
    doc = pipeline(Document(raw="Boric apenas se ha dado tiempo para asentarse en La Moneda.", language="es",
                            source=Source(published="2026-02-20")))
    assert {e.name: e.type for e in doc.entities}["La Moneda Palace"] == "ORG"


def test_santa_cruz_in_an_article_about_bolivia_is_the_bolivian_city(mentions):
    assert mentions("Mostró el material que recabó en Santa Cruz y otras partes de Bolivia.", "es")[
        "Santa Cruz"] == "Santa Cruz de la Sierra"


def test_the_national_civil_police_is_the_article_country_s(mentions):
    names = mentions("En la zona 18 de Guatemala, la Policía Nacional Civil (PNC) informó que "
                     "aprehendió a tres presuntos ladrones.", "es")
    assert names["Policía Nacional Civil"] == "National Civil Police"
