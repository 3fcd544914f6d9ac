"""A verb of saying followed by a colon with no subject after it introduces what follows: the part
before its comma is its subject, not reported speech."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_subject_with_apposition_before_verb_and_colon_is_not_reported():
    text = ("Die Bedeutung des Iran ist überschaubar. Sascha Lohmann, Sanktionsexperte der Stiftung "
            "Wissenschaft und Politik, sagt gegenüber ZDFheute:\n„Der Handel ist gering.“")
    found = quotes(make_doc(text, "de", {"x:org:swp": ("ORG", ["Stiftung Wissenschaft und Politik"])}))
    assert [q.text for q in found if not q.direct] == []


def test_subject_after_verb_before_colon_keeps_the_clause_before_reported():
    text = ("Rom Braslavski war zwei Jahre Geisel. Die Gewalt habe nur einem Zweck gedient, sagt der Mann: "
            "ihn zu demütigen.")
    found = quotes(make_doc(text, "de", {"x:person:rom": ("PERSON", ["Rom Braslavski"])}))
    assert [q.text for q in found if not q.direct] == ["Die Gewalt habe nur einem Zweck gedient"]
