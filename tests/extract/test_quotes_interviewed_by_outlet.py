"""An outlet after an agent preposition in the subject interviewed the speaker; it does not speak."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.according_to) for q in find_quotes(doc)]


def test_italian_student_interviewed_by_an_agency_is_not_the_agency():
    text = "Uno studente intervistato dall'agenzia Reuters riferisce che l'attacco è durato più di mezz'ora."
    doc = make_doc(text, "it", {"Q130879": ("MEDIA", ["Reuters"])})
    assert [(t, s) for t, s, _ in quotes(doc)] == [("l'attacco è durato più di mezz'ora", None)]


def test_english_student_interviewed_by_an_agency_is_not_the_agency():
    text = "A student interviewed by Reuters said the attack lasted more than half an hour."
    doc = make_doc(text, "en", {"Q130879": ("MEDIA", ["Reuters"])})
    assert [(t, s) for t, s, _ in quotes(doc)] == [("the attack lasted more than half an hour", None)]


def test_italian_newspaper_as_subject_still_speaks():
    text = "Il giornale The Guardian ha rivelato che il governo ha mentito sui conti."
    doc = make_doc(text, "it", {"Q11148": ("MEDIA", ["The Guardian"])})
    assert [(t, s) for t, s, _ in quotes(doc)] == [("il governo ha mentito sui conti", "Q11148")]
