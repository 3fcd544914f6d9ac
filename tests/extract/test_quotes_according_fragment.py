"""Quoted words inside a clause governed by an attribution word ("secondo X", "laut X", "selon X",
"según X", "according to X") are that speaker's, however short, when no verb of saying stands between."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def direct(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc) if q.direct]


def test_italian_secondo_after_infatti_governs_the_quoted_fragment():
    text = ("Tutto in nome della par condicio: infatti, secondo Minetti, lo spettacolo rischierebbe di non "
            "essere «super partes rispetto alla vicenda».")
    doc = make_doc(text, "it", {"x:person:minetti": ("PERSON", ["Minetti"])})
    assert direct(doc) == [("super partes rispetto alla vicenda", "x:person:minetti")]


def test_italian_one_quoted_word_under_secondo_is_the_speakers():
    text = ("Prova dell'accordo, secondo Silvio Berlusconi, sarebbe il fatto che la tesi sia stata "
            "«asseverata» dalla Cassazione.")
    doc = make_doc(text, "it", {"Q11860": ("PERSON", ["Silvio Berlusconi"])})
    assert direct(doc) == [("asseverata", "Q11860")]


def test_german_laut_governs_a_quoted_word():
    text = "Die Lage an der Grenze ist laut Innenminister Alexander Dobrindt „äußerst angespannt“."
    doc = make_doc(text, "de", {"Q59540": ("PERSON", ["Alexander Dobrindt"])})
    assert direct(doc) == [("äußerst angespannt", "Q59540")]


def test_french_selon_governs_a_quoted_word():
    text = "Selon le ministre Jean-Noël Barrot, la réforme est « nécessaire » pour le pays."
    doc = make_doc(text, "fr", {"Q3170106": ("PERSON", ["Jean-Noël Barrot"])})
    assert direct(doc) == [("nécessaire", "Q3170106")]


def test_spanish_segun_governs_a_quoted_phrase():
    text = "Según el ministro José Manuel Albares, la situación en la frontera es «muy grave»."
    doc = make_doc(text, "es", {"Q20536633": ("PERSON", ["José Manuel Albares"])})
    assert direct(doc) == [("muy grave", "Q20536633")]


def test_english_according_to_governs_a_quoted_phrase():
    text = "According to Marco Rubio, the agreement was “a historic mistake” for the region."
    doc = make_doc(text, "en", {"Q324546": ("PERSON", ["Marco Rubio"])})
    assert direct(doc) == [("a historic mistake", "Q324546")]


def test_a_verb_of_saying_after_the_attribution_gives_its_own_speaker():
    text = "Secondo Silvio Berlusconi, Angelino Alfano ha detto che la tesi è «folle» e infondata."
    doc = make_doc(text, "it", {"Q11860": ("PERSON", ["Silvio Berlusconi"]),
                                "Q468830": ("PERSON", ["Angelino Alfano"])})
    assert ("folle", "Q11860") not in direct(doc)
