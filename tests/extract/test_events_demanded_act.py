"""A request's target is whom it is addressed to, never whoever the demanded act names (events5 round):
"La Francia ha chiesto alla Cina di frenare la Russia" is France -> China; Russia belongs to the act
China is asked to do. One test per language, with the reading that must still hold next to it.
Entities are given by hand (events_support)."""
from __future__ import annotations

from extract.events_support import document, events, summary

FRANCE = ("Q142", "France", "COUNTRY", ["Francia", "France", "Frankreich"], "FRA")
CHINA = ("Q148", "China", "COUNTRY", ["Cina", "China", "Chine"], "CHN")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russie", "Rusia", "Russland"], "RUS")
ALL = [FRANCE, CHINA, RUSSIA]


def found(text: str, lang: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, ALL))]


def test_italian_request_targets_the_addressee_not_the_object_of_the_demanded_act():
    assert found("La Francia ha chiesto alla Cina di frenare la Russia.", "it") == [
        ("REQUEST", ("Q142",), ("Q148",), "occurred")]


def test_italian_request_without_demanded_act_keeps_its_direct_object():
    # no infinitive: "chiedere X a Y" asks Y for X, both roles read as before
    assert found("La Francia ha chiesto alla Cina un cessate il fuoco.", "it") == [
        ("REQUEST", ("Q142",), ("Q148",), "occurred")]


def test_english_urged_china_to_restrain_russia_targets_china():
    assert found("France urged China to restrain Russia.", "en") == [
        ("REQUEST", ("Q142",), ("Q148",), "occurred")]


def test_french_request_targets_the_addressee():
    assert found("La France a demandé à la Chine de freiner la Russie.", "fr") == [
        ("REQUEST", ("Q142",), ("Q148",), "occurred")]


def test_spanish_request_targets_the_addressee():
    assert found("Francia pidió a China frenar a Rusia.", "es") == [
        ("REQUEST", ("Q142",), ("Q148",), "occurred")]


def test_german_request_with_zu_infinitive_after_the_comma_targets_the_addressee():
    # "China auf, Russland" is no list: a word stands before the comma
    assert found("Frankreich forderte China auf, Russland zu bremsen.", "de") == [
        ("REQUEST", ("Q142",), ("Q148",), "occurred")]


def test_german_list_of_addressees_is_still_one_phrase():
    assert found("Frankreich forderte China, Russland auf, die Angriffe zu beenden.", "de") == [
        ("REQUEST", ("Q142",), ("Q148", "Q159"), "occurred")]
