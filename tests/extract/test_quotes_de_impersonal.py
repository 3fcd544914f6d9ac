"""German impersonal verbs of saying ("heißt es"): the source a preposition names speaks."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def speakers(text, entities):
    doc = make_doc(text, "de", entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_source_before_the_impersonal_verb_speaks_the_quotation():
    text = "Friedrich Merz kam. In dem Papier der FDP heißt es: „Wir wollen Neuwahlen jetzt.“"
    found = speakers(text, {"kb:org:fdp": ("ORG", ["FDP"]), "kb:person:merz": ("PERSON", ["Friedrich Merz"])})
    assert found == [("Wir wollen Neuwahlen jetzt.", "kb:org:fdp", True)]


def test_source_after_the_impersonal_verb_speaks_the_preposed_report():
    text = ("Friedrich Merz kam nach Wien. Eine Demonstration zeichne sich nicht ab, heißt es aus dem "
            "Innenministerium.")
    found = speakers(text, {"kb:org:bmi": ("ORG", ["Innenministerium"]),
                            "kb:person:merz": ("PERSON", ["Friedrich Merz"])})
    assert found == [("Eine Demonstration zeichne sich nicht ab", "kb:org:bmi", False)]


def test_impersonal_verb_without_a_source_is_no_ones_quotation():
    text = "Friedrich Merz schweigt. Auf alle Anfragen heißt es: „Abwarten.“"
    assert speakers(text, {"kb:person:merz": ("PERSON", ["Friedrich Merz"])}) == []


def test_circles_around_a_body_are_not_the_body():
    text = ("Das sei ein Signal, so heißt es nun aus Kreisen der Bundesregierung, wie wichtig Deutschland "
            "die Vereinten Nationen nehme.")
    found = speakers(text, {"kb:org:bundesregierung": ("ORG", ["Bundesregierung"])})
    assert all(speaker != "kb:org:bundesregierung" for _, speaker, _ in found)
