"""A body after a preposition describes the person named before it: "X, dell'UDC, secondo cui ..."."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_italian_party_of_the_person_before_secondo_cui_is_not_the_speaker():
    text = ("È questo il caso di Silvia Noé, dell'Unione dei Democratici Cristiani e di Centro, secondo cui "
            "quella delle interviste a pagamento non sarebbe un'eccezione.")
    doc = make_doc(text, "it", {"x:person:noe": ("PERSON", ["Silvia Noé"]),
                                "Q1059034": ("ORG", ["Unione dei Democratici Cristiani e di Centro"])})
    assert quotes(doc) == [("quella delle interviste a pagamento non sarebbe un'eccezione", "x:person:noe", False)]


def test_italian_body_after_a_role_noun_speaks_when_no_person_is_named():
    text = "Ha parlato anche il portavoce della Farnesina, secondo cui la situazione è sotto controllo."
    doc = make_doc(text, "it", {"Q1233397": ("ORG", ["Farnesina"])})
    assert quotes(doc) == [("la situazione è sotto controllo", "Q1233397", False)]
