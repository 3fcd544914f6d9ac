"""English asides: a participle phrase or a relative clause set off by commas does not cut the main
verb off its subject, and the auxiliary after the closing comma belongs to the main verb."""
from __future__ import annotations

from extract.events_support import document, events, summary

PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
EU = ("Q458", "European Union", "ORG", ["EU"])
ALL = [PUTIN, XI, RUSSIA, UKRAINE, EU]


def test_a_participle_aside_keeps_the_subject_of_the_main_verb():
    [event] = events(document("Putin, speaking in Moscow, accused Ukraine of lying.", "en", ALL))
    assert summary(event) == ("ACCUSE", ("Q7747",), ("Q212",), "occurred")


def test_a_passive_auxiliary_after_a_relative_aside_belongs_to_the_main_verb():
    found = events(document("Russia, which attacked Ukraine in 2022, was sanctioned by the EU.", "en", ALL))
    assert [summary(e) for e in found] == [
        ("ASSAULT", ("Q159",), ("Q212",), "occurred"),
        ("SANCTION", ("Q458",), ("Q159",), "occurred"),
    ]


def test_a_future_auxiliary_after_a_relative_aside_makes_the_main_verb_planned():
    found = events(document("Putin, who met Xi on Monday, will visit Ukraine.", "en", ALL))
    assert summary(found[-1]) == ("CONSULT", ("Q7747",), ("Q212",), "planned")


def test_a_negation_after_a_relative_aside_negates_the_main_verb():
    found = events(document("Putin, who met Xi on Monday, did not condemn Ukraine.", "en", ALL))
    assert summary(found[-1]) == ("ACCUSE", ("Q7747",), ("Q212",), "negated")


STEVANDIC = ("Q1", "Nenad Stevandić", "PERSON", ["Nenad Stevandic"])
DODIK = ("Q2", "Milorad Dodik", "PERSON", ["Dodik"])


def test_a_name_inside_an_apposition_is_not_the_subject_of_the_verb_after_it():
    text = "Nenad Stevandic, president of the assembly and a close ally of Dodik, denounced the EU."
    [event] = events(document(text, "en", ALL + [STEVANDIC, DODIK]))
    assert summary(event) == ("ACCUSE", ("Q1",), ("Q458",), "occurred")
