"""A trigger read in another sense, told by its complement (evsense19, issue #6): promising customers a
discount, asking a price, receiving votes, an HTTP request are commerce, elections or computing, not PLOVER
acts between political actors (extract/events/complements.py, lang/<code>/event_complements.tsv). A state
among the targets keeps the act; a complement after an infinitive belongs to the content, not the trigger.
One behaviour per test."""
from __future__ import annotations

from cronaca.extract.events.complements import complement_class
from extract.events_support import document, events, summary

APPLE = ("Q312", "Apple Inc.", "ORG", ["Apple"])
TESLA = ("Q478214", "Tesla", "ORG", ["Tesla"])
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Trump"])
ROSSI = ("x:person:mario-rossi", "Mario Rossi", "PERSON", ["Rossi"])
DUPONT = ("x:person:marie-dupont", "Marie Dupont", "PERSON", ["Dupont"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
INDIA = ("Q668", "India", "COUNTRY", ["India"], "IND")
CHINA = ("Q148", "China", "COUNTRY", ["Beijing"], "CHN")


def test_de_a_company_promising_software_tools_is_no_agreement():
    assert events(document("Apple verspricht den Verlagen hilfreiche Software-Werkzeuge.", "de", [APPLE])) == []


def test_de_a_compound_noun_ends_in_its_class_head():
    assert events(document("Apple verspricht den Stammkunden einen Sofortrabatt.", "de", [APPLE])) == []


def test_en_promising_customers_a_discount_is_commerce():
    assert events(document("Tesla promised customers a discount.", "en", [TESLA])) == []


def test_en_an_http_request_is_computing():
    assert events(document("Trump sent an HTTP GET request.", "en", [TRUMP])) == []


def test_en_asking_fans_is_no_request_between_actors():
    assert events(document("Trump asked fans to vote.", "en", [TRUMP])) == []


def test_en_a_state_offered_a_discount_keeps_the_promise():
    [event] = events(document("Russia promised India a discount on oil.", "en", [RUSSIA, INDIA]))
    assert summary(event) == ("AGREE", ("Q159",), ("Q668",), "occurred")


def test_en_prices_in_the_requested_content_leave_the_request():
    [event] = events(document("Trump asked Beijing to lower prices.", "en", [TRUMP, CHINA]))
    assert summary(event) == ("REQUEST", ("Q22686",), ("Q148",), "occurred")


def test_it_asking_for_a_discount_is_no_request():
    assert events(document("Rossi ha chiesto uno sconto.", "it", [ROSSI])) == []


def test_fr_promising_rebates_to_customers_is_commerce():
    assert events(document("Dupont a promis des rabais aux clients.", "fr", [DUPONT])) == []


def test_es_asking_the_fans_is_no_request():
    assert events(document("Trump pidió a los aficionados que votaran.", "es", [TRUMP])) == []


def test_the_noun_right_before_a_participle_is_its_complement():
    text = "Dental work costs one-tenth of the prices asked in North America."
    at = text.index("asked")
    assert complement_class(text, "en", (at, at + 5, at + 5), (0, len(text))) == "commerce"


def test_a_comma_ends_the_complement():
    text = "Trump asked, with prices rising, for talks."
    at = text.index("asked")
    assert complement_class(text, "en", (at, at + 5, at + 5), (0, len(text))) is None


def _company(text: str, lang: str, *others: tuple) -> list:
    doc = document(text, lang, [APPLE, *others])
    doc.entities[0].kind = "company"
    return events(doc)


def test_de_a_company_promising_alone_is_business():
    assert _company("Apple verspricht, dass bis 2030 neue Modelle kommen.", "de") == []


def test_en_a_company_promising_a_state_keeps_the_promise():
    [event] = _company("Apple promised India new investments.", "en", INDIA)
    assert summary(event) == ("AGREE", ("Q312",), ("Q668",), "occurred")


def test_a_conjunction_ends_the_complement_before_the_trigger():
    text = "He blasted price increases and congratulated Gingrich."
    at = text.index("congratulated")
    assert complement_class(text, "en", (at, at + 13, at + 13), (0, len(text))) is None


def test_en_a_state_body_setting_prices_acts_politically():
    doc = document("The Commission promised consumers lower prices.", "en",
                   [("Q8880", "European Commission", "ORG", ["Commission"])])
    doc.entities[0].kind = "international"
    [event] = events(doc)
    assert (event.type, event.source) == ("AGREE", ["Q8880"])


def test_en_a_body_of_no_known_kind_promising_lower_prices_is_commerce():
    doc = document("The Commission promised consumers lower prices.", "en",
                   [("Q8880", "European Commission", "ORG", ["Commission"])])
    assert events(doc) == []
