"""People named right after a body's name, family names with a capitalised particle, and national
parliaments the knowledge base knows by kind (issue #5: persons typed ORG, parliaments left unlinked)."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.pipeline import Pipeline


def _typed(pipeline: Pipeline, text: str, lang: str) -> dict[str, str]:
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2014-01-27")))
    return {e.name: e.type for e in doc.entities}


def test_a_given_name_after_a_capitalised_body_word_opens_a_persons_name(pipeline):
    typed = _typed(pipeline, "Tutto è incominciato quando il deputato del Movimento Carlo Sibilia ha "
                             "detto di no.", "it")
    assert typed["Carlo Sibilia"] == "PERSON"


def test_a_given_name_after_an_outlets_name_opens_a_persons_name(pipeline):
    typed = _typed(pipeline, "Ha risposto il direttore de Il Giornale Alessandro Sallusti.", "it")
    assert typed["Alessandro Sallusti"] == "PERSON"


def test_a_capitalised_particle_before_a_given_name_makes_a_family_name(pipeline):
    typed = _typed(pipeline, "Nunzia De Girolamo si è dimessa da ministro.", "it")
    assert typed["Nunzia De Girolamo"] == "PERSON"


def test_a_lower_case_particle_keeps_a_bodys_name(pipeline):
    typed = _typed(pipeline, "La Cassa di Risparmio di Asti ha chiuso l'anno in utile.", "it")
    assert typed.get("Cassa di Risparmio di Asti", "ORG") == "ORG"


def test_a_parliament_named_by_noun_and_adjective_is_the_countrys(pipeline):
    typed = _typed(pipeline, "Il Parlamento russo ha approvato la legge.", "it")
    assert typed["Federal Assembly"] == "ORG"


def test_a_bare_parliament_is_the_one_of_the_country_the_article_is_about(pipeline):
    typed = _typed(pipeline, "Rusia anunció nuevas medidas. Nadie podrá pararlo, ni el Parlamento, ni la "
                             "sociedad civil, dijo Rusia.", "es")
    assert typed["Federal Assembly"] == "ORG"


def test_the_mafia_of_sicily_has_its_english_wikipedia_title(pipeline):
    typed = _typed(pipeline, "Secondo gli inquirenti, Cosa Nostra ha ordinato la strage.", "it")
    assert typed["Sicilian Mafia"] == "GROUP"


def test_a_capitalised_outlet_word_before_a_given_name_with_a_known_surname(pipeline):
    typed = _typed(pipeline, "Lo aveva accusato il suo predecessore alla guida de Il Giornale Mario Giordano.", "it")
    assert typed["Mario Giordano"] == "PERSON"
