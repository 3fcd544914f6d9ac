"""An actor whose owner the linker guessed from the article (a bare title, "le Premier ministre"; a bare
government noun, "le gouvernement") is dropped when that country is the act's own recipient or is named
by its own name in the sentence: the guess took the other party for the owner."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["gouvernement", "Russie", "Moscou"], "RUS")
MISHUSTIN = ("Q2", "Mikhail Mishustin", "PERSON", ["Premier ministre"], "RUS")
ITALY = ("Q38", "Italy", "COUNTRY", ["governo", "Italia"], "ITA")
FRANCE = ("Q142", "France", "COUNTRY", ["Francia"], "FRA")


def _guessed(doc, *texts: str):
    """Give the mentions spelled ``texts`` the linker's rule of a guessed owner."""
    for ent in doc.entities:
        for m in ent.mentions:
            if m.text == "Premier ministre":
                m.rule = "title:article"
            elif m.text in texts:
                m.rule = "metonym:organisation"
    return doc


def test_a_bare_government_guessed_as_the_named_recipient_is_no_actor():
    doc = _guessed(document("Le gouvernement a rejeté les demandes de la Russie.", "fr", [RUSSIA]), "gouvernement")
    assert events(doc) == []


def test_a_bare_title_whose_guessed_country_is_the_recipient_is_no_actor():
    doc = _guessed(document("Le Premier ministre a accusé Moscou.", "fr", [MISHUSTIN, RUSSIA]))
    assert events(doc) == []


def test_a_bare_government_of_another_country_than_the_recipient_acts():
    doc = _guessed(document("Il governo ha criticato la Francia.", "it", [ITALY, FRANCE]), "governo")
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("Q38",), ("Q142",), "occurred")]
