"""A body named after its noun inside a prepositional phrase ("mit dem israelischen Sender Channel 13") is
governed by the preposition, as the noun is: no subject that "sagt er" points back to. A capitalised cue
word in a language that writes nouns in lower case is part of a name ("il deputato del Movimento Carlo
Sibilia"), so the person after it is still the subject."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

BRASLAVSKI = "x:person:rom-braslavski"
CHANNEL = "x:org:channel-13"
SIBILIA = "x:person:carlo-sibilia"
RENZI = "kb:person:renzi"


def speakers(text, lang, entities):
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_a_broadcaster_named_after_its_noun_in_a_prepositional_phrase_is_no_subject_for_er():
    text = ("Zwei Jahre war Rom Braslavski in Geiselhaft. In einem Interview mit dem israelischen Sender "
            "Channel 13 hat der 21 Jahre alte Mann nun über die Gefangenschaft berichtet.\n"
            "„Sie haben mir alle Kleider vom Leib gerissen“, sagt er.")
    found = speakers(text, "de", {BRASLAVSKI: ("PERSON", ["Rom Braslavski"]), CHANNEL: ("ORG", ["Channel 13"])})
    assert ("Sie haben mir alle Kleider vom Leib gerissen", BRASLAVSKI) in found


def test_a_capitalised_cue_word_in_italian_is_part_of_a_name_and_governs_nothing():
    text = ("Tutto è incominciato quando il deputato del Movimento Carlo Sibilia ha detto al Presidente del "
            "Consiglio Matteo Renzi di svegliarsi, scatenando l'ira del Partito Democratico.")
    found = speakers(text, "it", {SIBILIA: ("PERSON", ["Carlo Sibilia"]), RENZI: ("PERSON", ["Matteo Renzi"])})
    assert [speaker for _, speaker in found] == [SIBILIA]
