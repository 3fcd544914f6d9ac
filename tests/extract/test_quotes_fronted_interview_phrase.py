"""A name after a preposition in a phrase opening the sentence ("En una entrevista con Nación Media,
...") sets the scene: it is never the zero subject carried over to the verb after the comma."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def speakers(doc):
    doc.sources = find_sources(doc)
    return [q.speaker for q in find_quotes(doc)]


def test_spanish_outlet_in_an_opening_interview_phrase_is_not_the_speaker():
    text = ("En una entrevista exclusiva con Nación Media, el máximo funcionario de la Fiscalía General de "
            "Colombia explicó que viene trabajando con Quiñónez en la lucha contra el narcotráfico.")
    doc = make_doc(text, "es", {"kb:org:nacion-media": ("ORG", ["Nación Media"])})
    assert "kb:org:nacion-media" not in speakers(doc)

