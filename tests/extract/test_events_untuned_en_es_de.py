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


MINISTRY = ("Q4", "Ministry of Natural Resources", "ORG", ["Ministry of Natural Resources"])
TALIBAN = ("Q5", "Taliban", "GROUP", ["Taliban"])
USA = ("Q30", "United States", "COUNTRY", ["United States"], "USA")
PLURAL = [MINISTRY, TALIBAN, USA]


def test_they_in_a_later_sentence_is_not_a_single_body_named_before():
    text = ("The Ministry of Natural Resources ordered the mine to repair the affected homes. "
            "They accuse the chiefs of taking bribes from the operator.")
    assert [e.type for e in events(document(text, "en", PLURAL))] == ["REQUEST"]  # "ordered" only


def test_they_after_a_named_owner_stands_for_the_unnamed_people_it_owns():
    text = ("President Barack Obama's advisers shrank the size of the stimulus package. "
            "On top of that, they compromised on its content.")
    assert events(document(text, "en", [("Q76", "Barack Obama", "PERSON", ["Barack Obama"])])) == []


def test_they_in_a_later_sentence_may_be_a_named_group():
    text = "The Taliban took over the capital in August. They accused the United States of betrayal."
    [event] = events(document(text, "en", PLURAL))
    assert summary(event)[:3] == ("ACCUSE", ("Q5",), ("Q30",))
