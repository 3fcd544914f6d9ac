"""Wrong parties read on fresh untuned news (evprec31, issue #6, sample A's classes): each test is a sentence
written in the construction found there and the parties it must (or must not) yield."""
from __future__ import annotations

from extract.events_support import document, events, summary

TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
CLINTON = ("Q6294", "Hillary Clinton", "PERSON", ["Hillary Clinton", "Clinton"])
OBAMA = ("Q76", "Barack Obama", "PERSON", ["Barack Obama", "Obama"])
GOP = ("Q29468", "Republican Party", "ORG", ["Republican"])
STEIN = ("Q225121", "Jill Stein", "PERSON", ["Jill Stein", "Stein"])
JOHNSON = ("Q1371468", "Gary Johnson", "PERSON", ["Gary Johnson"])
WARREN = ("Q434706", "Elizabeth Warren", "PERSON", ["Elizabeth Warren", "Warren"])
MASSACHUSETTS = ("Q771", "Massachusetts", "PLACE", ["Massachusetts"], "USA")
NEW_YORK = ("Q60", "New York City", "PLACE", ["New York"], "USA")
ITALIA = ("Q38", "Italy", "COUNTRY", ["Italia"], "ITA")
MELONI = ("Q3772", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"])
ALL = [TRUMP, CLINTON, OBAMA, GOP, STEIN, JOHNSON, WARREN, MASSACHUSETTS, NEW_YORK, ITALIA, MELONI]


def test_a_share_of_voters_is_the_unnamed_subject() -> None:
    # voters support Stein, not Gary Johnson of the clause before
    doc = document("While 5 percent prefer Gary Johnson and 1 percent support Jill Stein.", "en", ALL)
    assert not any(e.type == "SUPPORT" for e in events(doc))


def test_a_share_with_a_modal_is_the_unnamed_subject() -> None:
    doc = document("Clinton leads, and 44 percent would back Trump.", "en", ALL)
    assert not any(e.type == "SUPPORT" for e in events(doc))


def test_an_italian_share_is_the_unnamed_subject() -> None:
    doc = document("Meloni ha parlato e il 30 per cento sostiene Trump.", "it", ALL)
    assert not any(e.type == "SUPPORT" for e in events(doc))


def test_a_share_won_before_and_is_no_subject() -> None:
    # the share is the object of "won": Trump criticizes Clinton
    doc = document("Trump won 46 percent and criticized Clinton.", "en", ALL)
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("Q22686",), ("Q6294",), "occurred")]


def test_a_party_nominee_is_no_act_of_the_party() -> None:
    doc = document("The Republican nominee criticized Clinton on Monday.", "en", ALL)
    assert not any("Q29468" in e.source for e in events(doc))


def test_a_party_nominee_coordinated_after_and_is_no_act_of_the_party() -> None:
    doc = document("The Republican nominee also outlined his cybersecurity plan and criticized Clinton.", "en", ALL)
    assert not any("Q29468" in e.source for e in events(doc))


def test_a_man_from_a_place_is_no_act_of_its_country() -> None:
    doc = document("A New York man threatened Clinton in March.", "en", ALL)
    assert not any(e.source for e in events(doc))


def test_one_member_of_a_party_is_no_act_of_the_party() -> None:
    doc = document("One Republican criticized Clinton on Monday.", "en", ALL)
    assert not any("Q29468" in e.source for e in events(doc))


def test_the_party_itself_still_acts() -> None:
    doc = document("The Republican leadership met. Republican criticized Clinton on Monday.", "en", ALL)
    assert ("ACCUSE", ("Q29468",), ("Q6294",), "occurred") in [summary(e) for e in events(doc)]


def test_a_place_after_a_persons_name_is_where_she_is_from() -> None:
    doc = document("Elizabeth Warren of Massachusetts accused Trump of lying.", "en", ALL)
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("Q434706",), ("Q22686",), "occurred")]


def test_eagerness_is_no_act_yet() -> None:
    doc = document("Trump has been eager to criticize Clinton.", "en", ALL)
    assert all(e.status != "occurred" for e in events(doc))
