"""German separable verbs take the infinitive marker between prefix and stem ("angreifen" -> "anzugreifen",
grammar ``separable_infinitive_infix``): that one word is read as "zu angreifen", an infinitive whose status
and subject come from the verb governing it, like "zu unterstützen"."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
ALL = [RUSSIA, UKRAINE]


def test_a_planned_attack_in_the_zu_infinitive_of_a_separable_verb() -> None:
    doc = document("Russland plant, die Ukraine erneut anzugreifen.", "de", ALL)
    assert [summary(e) for e in events(doc)] == [("ASSAULT", ("Q159",), ("Q212",), "planned")]


def test_an_announced_attack_in_the_zu_infinitive_is_not_yet_done() -> None:
    doc = document("Russland hat angekündigt, die Ukraine anzugreifen.", "de", ALL)
    assert [summary(e) for e in events(doc)] == [("ASSAULT", ("Q159",), ("Q212",), "planned")]


def test_the_name_before_the_zu_infinitive_is_its_object_not_its_subject() -> None:
    # refusing to recognise Ukraine: Ukraine recognises nobody
    doc = document("Russland weigerte sich, die Ukraine anzuerkennen.", "de", ALL)
    assert [summary(e) for e in events(doc)] == [("REJECT", ("Q159",), ("Q212",), "occurred")]


def test_the_finite_form_of_the_same_verb_still_reads_as_before() -> None:
    doc = document("Russland griff die Ukraine in der Nacht an.", "de", ALL)
    assert [summary(e) for e in events(doc)] == [("ASSAULT", ("Q159",), ("Q212",), "occurred")]
