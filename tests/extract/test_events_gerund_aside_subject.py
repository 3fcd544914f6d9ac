"""A zero subject after a gerund aside: "Poi, rivolgendosi ai giornalisti, ha criticato X" — the
subject is the sentence's (carried from the previous one), or the coordinated clause's before it."""
from __future__ import annotations

from extract.events_support import document, events, summary

ROSSI = ("R", "Mario Rossi", "PERSON", ["Mario Rossi"])
GIORDANO = ("G", "Luigi Giordano", "PERSON", ["Luigi Giordano"])


def test_zero_subject_after_opening_adverb_and_reflexive_gerund_it() -> None:
    doc = document("Mario Rossi ha parlato ieri. Poi, rivolgendosi ai giornalisti, ha criticato Luigi Giordano.",
                   "it", [ROSSI, GIORDANO])
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("R",), ("G",), "occurred")]


def test_zero_subject_after_opening_adverb_and_reflexive_gerund_es() -> None:
    doc = document("Pedro Sánchez habló ayer. Luego, dirigiéndose a los periodistas, criticó a Alberto Feijóo.",
                   "es", [("S", "Pedro Sánchez", "PERSON", ["Pedro Sánchez"]),
                          ("F", "Alberto Feijóo", "PERSON", ["Alberto Feijóo"])])
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("S",), ("F",), "occurred")]


def test_coordinated_verb_after_gerund_aside_shares_the_subject() -> None:
    doc = document("Mario Rossi ha parlato ieri e, parlando ai giornalisti, ha criticato Luigi Giordano.",
                   "it", [ROSSI, GIORDANO])
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("R",), ("G",), "occurred")]


def test_no_previous_subject_no_actor() -> None:
    doc = document("Poi, rivolgendosi ai giornalisti, ha criticato Luigi Giordano.", "it", [GIORDANO])
    assert events(doc) == []
