"""Precision rules from English, Spanish and German events read by eye on untuned news (fundus,
trafilatura-eval, VOA; evesde14 round): constructions where a trigger fired but the text reports no
act, or named the wrong actor."""
from __future__ import annotations

from extract.events_support import document, events, summary

KING = ("Q1", "Gayle King", "PERSON", ["Gayle King"])
CBS = ("Q2", "CBS", "MEDIA", ["CBS"])
BOOK = ("Q3", "Some Unspoken Thing", "ORG", ["Some Unspoken Thing"])
HAMAS = ("Q38799", "Hamas", "ORG", ["Hamas"])
ALL = [KING, CBS, BOOK, HAMAS]


def test_a_verb_glued_to_a_lower_case_prefix_is_another_word():
    text = 'Scott told "CBS This Morning" co-host Gayle King that the crew would reckon with them.'
    assert events(document(text, "en", ALL)) == []


def test_a_noun_glued_to_a_lower_case_word_is_a_compound_modifier():
    text = "Some Unspoken Thing is available on pre-order and will be in stores on August 1."
    assert events(document(text, "en", ALL)) == []


def test_a_german_compound_whose_first_part_is_a_name_keeps_its_act_noun():
    text = "Drei Wochen nach dem Hamas-Massaker sprach ich mit ihren Kindern."
    [event] = events(document(text, "de", ALL))
    assert summary(event) == ("ASSAULT", ("Q38799",), (), "occurred")
