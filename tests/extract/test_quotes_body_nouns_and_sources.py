"""A definite body noun of its own kind ("la congregación") speaks for the body the passage is about,
even when that body's name holds a noun of a listed kind ("Compañía") and it was a cited source."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_congregation_speaks_for_the_order_named_before_not_a_tv_show():
    text = ("La ministra habló en declaraciones a T13 Noche.\n"
            "La Compañía de Jesús informó el martes del inicio de una investigación. "
            "A través de un comunicado, la congregación señaló que la investigación será rigurosa.")
    found = quotes(make_doc(text, "es", {"x:org:jesuitas": ("ORG", ["Compañía de Jesús"]),
                                         "x:org:t13": ("ORG", ["T13 Noche"])}))
    assert [(q.text, q.speaker) for q in found if q.text.startswith("la investigación")] == [
        ("la investigación será rigurosa", "x:org:jesuitas")]
