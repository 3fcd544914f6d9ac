"""A second report of an event merges into the first; an act answered in the other direction does not."""
from __future__ import annotations

from extract.events_support import document, events, summary

MERZ = ("Q57661", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Olaf Scholz", "Scholz"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
PEOPLE = [MERZ, SCHOLZ, RUSSIA, UKRAINE]


def test_criticism_answered_in_the_other_direction_is_a_second_act():
    text = "Friedrich Merz wurde von Olaf Scholz kritisiert. Friedrich Merz hat Olaf Scholz kritisiert."
    assert [summary(e)[:3] for e in events(document(text, "de", PEOPLE))] == [
        ("ACCUSE", ("Q61053",), ("Q57661",)), ("ACCUSE", ("Q57661",), ("Q61053",))]


def test_an_attack_told_again_as_a_noun_is_one_event():
    text = "Russia attacked Ukraine on Monday. The Russian attack on Ukraine killed ten people."
    assert [summary(e)[:3] for e in events(document(text, "en", PEOPLE))] == [("ASSAULT", ("Q159",), ("Q212",))]


def test_a_meeting_told_the_other_way_round_is_one_event():
    text = "Merz met Scholz in Berlin on Monday. The talks between Scholz and Merz lasted two hours."
    assert [summary(e)[0] for e in events(document(text, "en", PEOPLE))] == ["CONSULT"]
