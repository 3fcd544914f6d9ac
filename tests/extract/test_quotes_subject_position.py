"""Where a speech verb's subject and content stand: before a verb followed by a colon with no subject
after it stands its subject; a clause before the verb may hold quoted words."""
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


def test_clause_before_the_verb_with_quoted_words_inside_is_reported():
    text = ('In Österreich hat der Verfassungsschutz die Gruppe auf dem Radar. Allerdings seien sie '
            '"realweltlich" noch nicht in Erscheinung getreten, heißt es aus der Direktion Staatsschutz.')
    found = quotes(make_doc(text, "de", {"x:org:dsn": ("ORG", ["Direktion Staatsschutz"])}))
    assert [(q.text, q.speaker) for q in found if not q.direct] == [
        ('Allerdings seien sie "realweltlich" noch nicht in Erscheinung getreten', "x:org:dsn")]


def test_clause_ending_with_its_quotation_before_the_verb_is_that_quotation_only():
    text = ("Roberto Maroni ha firmato il patto. In Lombardia il Carroccio avrà il sostegno del Pdl, in quanto "
            "«da soli non ce l'avremmo fatta», spiega Maroni.")
    found = quotes(make_doc(text, "it", {"x:person:maroni": ("PERSON", ["Roberto Maroni", "Maroni"])}))
    assert [(q.text, q.direct) for q in found] == [("da soli non ce l'avremmo fatta", True)]


def test_name_before_two_comma_set_parts_speaks_not_the_name_inside_them():
    text = ("Claudio Fava, figlio del giornalista Giuseppe Fava, vittima di Cosa Nostra, ha affermato che "
            "«Grillo parla come un mafioso».")
    found = quotes(make_doc(text, "it", {"x:person:claudio": ("PERSON", ["Claudio Fava"]),
                                         "x:person:giuseppe": ("PERSON", ["Giuseppe Fava"])}))
    assert {q.speaker for q in found} == {"x:person:claudio"}
