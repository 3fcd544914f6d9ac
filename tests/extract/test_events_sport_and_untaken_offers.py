"""Precision rules from the judged untuned sample of evprec20 (tools/events/judged/untuned_2026-11-30b.tsv):
sport words the lists lacked, and offers with nobody to take them."""
from __future__ import annotations

from extract.events_support import document, events, summary

KRAWIETZ = ("Q1", "Kevin Krawietz", "PERSON", ["Kevin Krawietz"])
BRAZIL = ("Q155", "Brazil", "COUNTRY", ["Brasilien"], "BRA")
KOBAYASHI = ("Q2", "Kamui Kobayashi", "PERSON", ["Kamui Kobayashi"])
BUEMI = ("Q3", "Sébastien Buemi", "PERSON", ["Sébastien Buemi"])
DJV = ("Q4", "DJV", "ORG", ["DJV"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
ALL = [KRAWIETZ, BRAZIL, KOBAYASHI, BUEMI, DJV, RUSSIA, UKRAINE]


def test_a_davis_cup_team_travelling_is_sport():
    text = "Kevin Krawietz wird mit seiner Davis-Cup-Bilanz nach Brasilien reisen, freut sich der Bundestrainer."
    assert events(document(text, "de", ALL)) == []


def test_a_car_hitting_another_in_a_formula_one_report_is_sport():
    text = "Sempre nel primo giro, Kamui Kobayashi perde l'alettone anteriore, andando a colpire Sébastien Buemi."
    assert events(document(text, "it", ALL)) == []


def test_an_offer_to_nobody_is_no_agreement():
    text = "Im März bietet der DJV die Online-Schreibwerkstatt an."
    assert events(document(text, "de", ALL)) == []


def test_an_offer_to_a_named_party_stays_an_agreement():
    text = "Russland bietet der Ukraine Verhandlungen an."
    [event] = events(document(text, "de", ALL))
    assert summary(event) == ("AGREE", ("Q159",), ("Q212",), "occurred")


TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Trump"])
BRITAIN = ("Q145", "United Kingdom", "COUNTRY", ["Britain"], "GBR")


def test_an_inclination_to_act_is_no_act():
    text = "Trump said last month that he was inclined to support Britain."
    assert events(document(text, "en", [TRUMP, BRITAIN])) == []


def test_the_act_said_without_an_inclination_stays():
    text = "Trump said last month that he supports Britain."
    [event] = events(document(text, "en", [TRUMP, BRITAIN]))
    assert summary(event) == ("SUPPORT", ("Q22686",), ("Q145",), "occurred")
