"""French: a possessive or demonstrative opening the verb's object makes the "que" after it a
relative pronoun ("écrit ses Mémoires, qu'elle destine ..."), not a complementizer."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_possessive_object_before_que_is_a_relative_clause():
    text = "Arrivée au crépuscule de sa vie, Cha Soona écrit ses Mémoires, qu'elle destine à son ancien amoureux."
    doc = make_doc(text, "fr", {"x:person:cha-soona": ("PERSON", ["Cha Soona"])})
    assert quotes(doc) == []


def test_addressee_after_a_preposition_keeps_the_complementizer():
    text = "Le ministre Jean-Noël Barrot a rappelé à ses collègues que la France restera mobilisée."
    doc = make_doc(text, "fr", {"Q3170106": ("PERSON", ["Jean-Noël Barrot"])})
    assert quotes(doc) == [("la France restera mobilisée", "Q3170106")]
