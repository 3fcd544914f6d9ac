"""Precision rules from events read by eye on untuned news (fundus, trafilatura-eval, DICE): forms
and contexts where a trigger fired but the text reports no act."""
from __future__ import annotations

from extract.events_support import document, events, summary

NETHERLANDS = ("Q55", "Netherlands", "COUNTRY", ["Niederlande"], "NLD")
SANCHEZ = ("Q8", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
VARGAS = ("Q9", "Mario Vargas Llosa", "PERSON", ["Vargas Llosa"])
ALL = [NETHERLANDS, SANCHEZ, VARGAS]


def test_an_attributive_participle_after_a_preposition_phrase_is_no_verb():
    text = "Der für Ende 2026 vereinbarte Beitritt der Niederlande dürfte ordentlich Traffic bringen."
    assert events(document(text, "de", ALL)) == []


def test_a_past_tense_after_an_adjective_and_its_noun_stays_a_verb():
    text = "Der spanische Ministerpräsident Pedro Sánchez würdigte Vargas Llosa als Meister des Wortes."
    [event] = events(document(text, "de", ALL))
    assert summary(event) == ("SUPPORT", ("Q8",), ("Q9",), "occurred")
