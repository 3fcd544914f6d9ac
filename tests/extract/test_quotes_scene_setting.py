"""A short phrase opening with a preposition before the comma sets the scene; when the verb of
saying has an object of its own after it, the phrase is no reported speech (reported_speech.py,
``_scene_setting``). A clause before the verb, leaving the verb without object, still is."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

MINISTER = {"x:person:attal": ("PERSON", ["Gabriel Attal"])}


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_a_prepositional_opener_before_a_verb_with_an_object_is_no_quote():
    text = "Lors de la conférence de presse, Gabriel Attal a affirmé sa volonté de réformer."
    assert quotes(make_doc(text, "fr", MINISTER)) == []


def test_an_opener_of_several_phrases_is_no_quote_either():
    text = "Dans la soirée, devant les députés, Gabriel Attal a annoncé des mesures."
    assert quotes(make_doc(text, "fr", MINISTER)) == []


def test_a_clause_before_a_verb_without_object_is_still_reported_speech():
    text = "Dans ce dossier la situation reste très grave, a déclaré Gabriel Attal."
    found = quotes(make_doc(text, "fr", MINISTER))
    assert [(q.text, q.speaker) for q in found] == [
        ("Dans ce dossier la situation reste très grave", "x:person:attal")]


def test_a_gerund_takes_no_reported_speech_before_it():
    text = ("Leur seul objectif est de gagner plus d'argent, Gabriel Attal assurant un embourgeoisement "
            "de la ville.")
    assert quotes(make_doc(text, "fr", MINISTER)) == []
