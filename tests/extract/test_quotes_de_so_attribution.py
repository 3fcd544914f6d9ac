"""German ", so X." after a clause attributes it in any mood; "so dass", "so etwa" attribute nothing."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_so_and_a_titled_name_attributes_an_indicative_clause():
    text = "Die Lage an der Grenze ist ernst, so Bundeskanzler Friedrich Merz."
    doc = make_doc(text, "de", {"Q57792": ("PERSON", ["Friedrich Merz"])})
    assert quotes(doc) == [("Die Lage an der Grenze ist ernst", "Q57792", False)]


def test_so_and_a_role_noun_attributes_the_clause_to_the_person_named_before():
    text = ("Yotam Ophir leitet ein Labor in Buffalo. Während der Pandemie verknüpften sich Fehlinformationen "
            "stärker mit politischer Identität, so der Experte.")
    doc = make_doc(text, "de", {"x:person:ophir": ("PERSON", ["Yotam Ophir"])})
    assert [q[0] for q in quotes(doc)] == [
        "Während der Pandemie verknüpften sich Fehlinformationen stärker mit politischer Identität"]


def test_so_dass_is_no_attribution():
    text = "Merz kam spät an, so dass Friedrich Merz die Rede verpasste."
    doc = make_doc(text, "de", {"Q57792": ("PERSON", ["Friedrich Merz", "Merz"])})
    assert quotes(doc) == []
