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


def test_concerned_noun_opening_the_sentence_is_the_person_the_story_is_about():
    text = ("Le ministre de la Santé Roman Prymula a dîné au restaurant. Le Premier ministre Andrej Babiš "
            "a fait savoir qu'il cherchait un remplaçant. "
            "Le principal intéressé a rejeté toute faute et a fait savoir qu'il ne démissionnerait pas.")
    found = quotes(make_doc(text, "fr", {"x:person:prymula": ("PERSON", ["Roman Prymula"]),
                                         "x:person:babis": ("PERSON", ["Andrej Babiš"])}))
    assert [(q.text, q.speaker) for q in found if q.text.startswith("il ne")] == [
        ("il ne démissionnerait pas", "x:person:prymula")]


def test_concerned_noun_introducing_a_quotation_speaks_it():
    text = ("Il Tribunale di Milano ha dichiarato prescritte le condanne di Oreste Scalzone. "
            "La possibilità che la decisione del Tribunale di Milano favorisca un ritorno di Scalzone "
            "è confermata dallo stesso interessato: "
            "«Certo che torno - ha dichiarato - ma tutto è complicato».")
    found = quotes(make_doc(text, "it", {"x:person:scalzone": ("PERSON", ["Oreste Scalzone", "Scalzone"]),
                                         "x:org:tribunale": ("ORG", ["Tribunale di Milano"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Certo che torno", "x:person:scalzone"), ("ma tutto è complicato", "x:person:scalzone")]


def test_an_adjective_after_a_noun_of_office_is_no_concerned_noun():
    text = ("Mario Rossi ha parlato a lungo. Anna Bianchi è la ministra. "
            "La ministra interessata ha detto che il piano è pronto.")
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"]),
                                         "x:person:bianchi": ("PERSON", ["Anna Bianchi"])}))
    assert [q.speaker for q in found if q.text.startswith("il piano")] != ["x:person:rossi"]
