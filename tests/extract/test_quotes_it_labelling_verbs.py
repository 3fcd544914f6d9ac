"""Italian verbs of labelling ("l'ha bollato come «...»", "ha giudicato «...»"): the subject's words."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def speakers(text, entities):
    doc = make_doc(text, "it", entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_bollato_come_quotes_the_subject():
    text = "Il ministro degli Esteri Antonio Tajani lo ha bollato come «inaccettabile»."
    found = speakers(text, {"kb:person:tajani": ("PERSON", ["Antonio Tajani"])})
    assert found == [("inaccettabile", "kb:person:tajani", True)]
