"""A verb of saying opening its sentence with its subject after it, then the complementizer:
"Fa sapere la Farnesina che ...", "Explicó el ministro José Manuel Albares que ..."."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_italian_fa_sapere_and_the_body_after_it():
    doc = make_doc("Fa sapere la Farnesina che i connazionali sono tutti in salute.", "it",
                   {"Q1233397": ("ORG", ["Farnesina"])})
    assert quotes(doc) == [("i connazionali sono tutti in salute", "Q1233397")]


def test_italian_titled_minister_after_ha_spiegato():
    doc = make_doc("Ha spiegato il ministro dell'Economia Giancarlo Giorgetti che i conti pubblici sono in ordine.",
                   "it", {"Q3763283": ("PERSON", ["Giancarlo Giorgetti"])})
    assert quotes(doc) == [("i conti pubblici sono in ordine", "Q3763283")]


def test_spanish_explico_and_a_long_name_after_it():
    doc = make_doc("Explicó el ministro José Manuel Albares que España no enviará tropas.", "es",
                   {"Q20536633": ("PERSON", ["José Manuel Albares"])})
    assert quotes(doc) == [("España no enviará tropas", "Q20536633")]


def test_spanish_object_after_the_name_is_no_report():
    doc = make_doc("Recordó el ministro José Manuel Albares las promesas que hizo el Gobierno.", "es",
                   {"Q20536633": ("PERSON", ["José Manuel Albares"])})
    assert quotes(doc) == []
