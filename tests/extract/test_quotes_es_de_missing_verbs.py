"""Verbs of saying that were missing from the Spanish and German tables: "resaltó que", "informa que",
"gibt zu bedenken, dass", "teilt ... mit" (present of "teilte ... mit")."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_spanish_resalto_que_reports_its_clause():
    text = "El ministro Juan Pérez resaltó que la economía crece."
    doc = make_doc(text, "es", {"x:person:perez": ("PERSON", ["Juan Pérez"])})
    assert quotes(doc) == [("la economía crece", "x:person:perez", False)]


def test_german_zu_bedenken_geben_reports_its_dass_clause():
    text = "Cornelius Adebahr gibt zu bedenken, dass das Handelsvolumen alleine kein Indikator sei."
    doc = make_doc(text, "de", {"x:person:adebahr": ("PERSON", ["Cornelius Adebahr"])})
    assert quotes(doc) == [("das Handelsvolumen alleine kein Indikator sei", "x:person:adebahr", False)]


def test_german_present_teilt_mit_after_the_content_reports_it():
    text = "Die Lage sei unter Kontrolle, teilt das Ministerium mit."
    doc = make_doc(text, "de", {"x:org:bmi": ("ORG", ["Ministerium"])})
    assert quotes(doc) == [("Die Lage sei unter Kontrolle", "x:org:bmi", False)]
