"""A finite verb after "and" is coordinated with a finite verb, never with an infinitive (evroles8 round):
"aims to mobilize ... and urged" continues the clause's subject, past the infinitive."""
from __future__ import annotations

from extract.events_support import document, events, summary

BIDEN = ("Q6279", "Joe Biden", "PERSON", ["Biden"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Putin"])
ALL = [BIDEN, RUSSIA, UKRAINE, PUTIN]


def test_a_finite_verb_after_an_infinitive_continues_the_speaker():
    found = events(document("Biden said the initiative aims to mobilize personnel and resources to combat terrorism "
                            "across the region and urged Russia to seize the opportunity.", "en", ALL))
    assert [summary(e) for e in found] == [("REQUEST", ("Q6279",), ("Q159",), "occurred")]


def test_the_infinitive_s_object_never_becomes_the_coordinated_verb_s_subject():
    found = events(document("Russia wants to attack Ukraine and urged Putin to act.", "en", ALL))
    assert [summary(e)[:3] for e in found] == [("ASSAULT", ("Q159",), ("Q212",)),
                                              ("REQUEST", ("Q159",), ("Q7747",))]
