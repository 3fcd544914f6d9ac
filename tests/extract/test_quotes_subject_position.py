"""Where a speech verb's subject stands: before a verb followed by a colon with no subject after it,
not as a name after a preposition deep in a clause."""
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


def test_a_name_after_a_preposition_deep_in_the_clause_is_no_subject_of_a_verb_without_one():
    text = ("Los partidos votaron ayer. En la derecha, eso sí, hicieron un llamado a respetar la autonomía "
            "del Poder Legislativo, pues consideran que el Congreso tendrá que actuar.")
    found = quotes(make_doc(text, "es", {"x:org:legislativo": ("ORG", ["Poder Legislativo"])}))
    assert [q.speaker for q in found if q.text.startswith("el Congreso")] in ([], [None])
