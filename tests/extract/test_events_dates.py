"""Dates of events: own clause, same sentence, the news day, planned weekdays (several languages)."""
from __future__ import annotations

from extract.events_support import document, events

PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
CHINA = ("Q148", "China", "COUNTRY", ["China", "Cina"], "CHN")
ALL = [PUTIN, XI, CHINA]


def test_an_occurred_event_of_a_news_day_article_takes_the_publication_day_in_italian():
    text = "Mercoledì Putin ha incontrato Xi. Putin ha elogiato la Cina."
    found = events(document(text, "it", ALL, {"Mercoledì": "2026-02-04"}, published="2026-02-04"))
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2026-02-04"), ("SUPPORT", "2026-02-04")]


def test_without_a_news_day_anchor_an_undated_event_stays_undated():
    text = "Putin praised China."
    [event] = events(document(text, "en", ALL, published="2026-02-04"))
    assert event.date is None


def test_an_anchor_for_another_day_does_not_date_later_events():
    text = "Putin met Xi on Monday. Putin praised China."
    found = events(document(text, "en", ALL, {"on Monday": "2026-02-02"}, published="2026-02-04"))
    assert [e.date for e in found] == ["2026-02-02", None]


def test_a_planned_event_on_a_weekday_is_the_coming_one_in_english():
    text = "Putin will meet Xi on Tuesday."  # the dates stage reads a bare weekday as the past one
    [event] = events(document(text, "en", ALL, {"Tuesday": "2026-02-03"}, published="2026-02-04"))
    assert (event.status, event.date) == ("planned", "2026-02-10")


def test_a_planned_event_is_not_given_the_news_day_in_german():
    text = "Am Mittwoch sagte Putin, er werde Xi treffen. Putin wird China besuchen."
    found = events(document(text, "de", ALL, {"Am Mittwoch": "2026-02-04"}, published="2026-02-04"))
    assert [(e.status, e.date) for e in found if e.type == "CONSULT"][-1] == ("planned", None)


def test_a_preposition_opening_a_date_does_not_hide_the_subject_in_english():
    [event] = events(document("On Monday Putin met Xi.", "en", ALL, {"Monday": "2026-02-02"}))
    assert (event.type, event.source, event.target, event.date) == ("CONSULT", ["Q7747"], ["Q15031"], "2026-02-02")


def test_a_preposition_inside_a_date_does_not_hide_the_subject_in_italian():
    text = "Nel fine settimana Putin ha incontrato Xi."
    [event] = events(document(text, "it", ALL, {"Nel fine settimana": "2026-01-31"}))
    assert (event.source, event.target, event.date) == (["Q7747"], ["Q15031"], "2026-01-31")
