"""Wrong events read on fresh untuned news (evprec27, issue #6): each test is a sentence written in the
construction found there and the event it must (or must not) yield."""
from __future__ import annotations

import pytest
from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
ITALY = ("Q38", "Italy", "COUNTRY", ["Italien"], "ITA")
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
CLINTON = ("Q6294", "Hillary Clinton", "PERSON", ["Hillary Clinton", "Clinton"])
OBAMA = ("Q76", "Barack Obama", "PERSON", ["Barack Obama", "Obama"])
FBI = ("Q8333", "Federal Bureau of Investigation", "ORG", ["FBI"])
DCCC = ("Q5251955", "Democratic Congressional Campaign Committee", "ORG", ["DCCC"])
SPD = ("Q49768", "Social Democratic Party of Germany", "ORG", ["SPD"])
GRUENE = ("Q49766", "Alliance 90/The Greens", "ORG", ["Grünen"])
EP = ("Q8889", "European Parliament", "ORG", ["Europaparlament"])
ALL = [RUSSIA, UKRAINE, ITALY, TRUMP, CLINTON, OBAMA, FBI, DCCC, SPD, GRUENE, EP]


@pytest.mark.parametrize("lang,text", [
    ("en", "Trump told the crowd that the country needs law and order."),  # a fixed phrase, no REQUEST
    ("en", "Trump said Clinton raised the money in order to win."),
    ("en", "The banker is a major fund-raiser for Clinton."),  # a fund-raiser funds nobody here
    ("de", "Die Grünen erhielten 22.000 Stimmen für die SPD-Liste."),  # "Stimmen für": votes, no verb
    ("de", "Aus Russland ist die Einreise nach Italien erlaubt."),  # entry rules, no visit
    ("de", "Die SPD hat sich davon versprochen, die Wahl zu gewinnen."),  # "sich versprechen": to expect
    ("de", "Die SPD rechnet die Kosten ab."),  # billing: settling scores needs a party ("mit")
])
def test_other_senses_yield_no_event(lang: str, text: str) -> None:
    assert events(document(text, lang, ALL)) == []


@pytest.mark.parametrize("text", [
    "Trump thanked the moderator of the first debate with Clinton.",
    "Trump and Clinton prepared for the presidential debate.",
    "Aaron Kall is the director of debate at the university, Trump said.",
])
def test_an_election_debate_is_no_meeting(text: str) -> None:
    assert not any(e.type == "CONSULT" for e in events(document(text, "en", ALL)))


def test_settling_scores_with_a_party_stays_an_accusation() -> None:
    [event] = events(document("Die SPD hat mit Russland abgerechnet.", "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q49768",), ("Q159",), "occurred")


def test_a_hyphenated_modifier_makes_the_next_form_a_noun() -> None:
    # "protests" after "pro-reform" is the noun: Russia crushed them, it did not protest
    found = events(document("Russia crushed the pro-reform protests in Moscow.", "en", ALL))
    assert not any(e.type == "PROTEST" and e.source == ["Q159"] for e in found)


def test_a_noun_trigger_before_a_german_final_infinitive_does_not_hide_the_modal() -> None:
    # "muss ... das Abkommen ... ratifizieren": nothing ratified yet, no occurred SUPPORT
    found = events(document("Das Europaparlament muss das Abkommen mit der Ukraine noch ratifizieren.", "de", ALL))
    assert not any(e.type == "SUPPORT" and e.status == "occurred" for e in found)


def test_a_need_is_no_act_yet() -> None:
    found = events(document("Clinton, who needs to support Obama, spoke on Monday.", "en", ALL))
    assert not any(e.status == "occurred" for e in found)


def test_asking_a_quoted_question_is_no_request() -> None:
    text = "Trump asked, “Why did Clinton delete the emails?”"
    assert not any(e.type == "REQUEST" for e in events(document(text, "en", ALL)))


def test_the_of_phrase_of_a_hack_undergoes_it() -> None:
    found = events(document("Russia denied the hack of the DCCC.", "en", ALL))
    assert not any("Q5251955" in e.source for e in found)


def test_the_of_phrase_of_an_investigation_is_its_target() -> None:
    [event] = events(document("The FBI opened an investigation of Clinton.", "en", ALL))
    assert summary(event) == ("ACCUSE", ("Q8333",), ("Q6294",), "occurred")


AMIROV = ("Q1", "Rafat Amirov", "PERSON", ["Amirov"])
MEHDIYEV = ("Q3", "Khalid Mehdiyev", "PERSON", ["Mehdiyev"])
ALINEJAD = ("Q4", "Masih Alinejad", "PERSON", ["Alinejad"])
VOA = ("Q5", "Voice of America", "MEDIA", ["VOA"])


def test_a_hired_killing_is_not_done_yet() -> None:
    text = "Prosecutors say Amirov hired Mehdiyev to kill Alinejad."
    [event] = events(document(text, "en", [AMIROV, MEHDIYEV, ALINEJAD]))
    assert summary(event) == ("ASSAULT", ("Q3",), ("Q4",), "planned")


def test_a_plotted_killing_is_not_done_yet() -> None:
    [event] = events(document("Amirov plotted to kill Alinejad.", "en", [AMIROV, ALINEJAD]))
    assert summary(event) == ("ASSAULT", ("Q1",), ("Q4",), "planned")


def test_a_news_medium_inquiry_is_reporting() -> None:
    text = "The senators did not respond to a VOA inquiry about Russia."
    assert events(document(text, "en", [VOA, RUSSIA])) == []


@pytest.mark.parametrize("text,expected", [
    ("Trump asked Obama about the emails.", []),  # a question, no demand
    ("Trump asked Obama to release the emails.", [("REQUEST", ("Q22686",), ("Q76",), "occurred")]),
    ("Trump asked that Obama release the emails.", [("REQUEST", ("Q22686",), ("Q76",), "occurred")]),
])
def test_asking_demands_only_with_a_content(text: str, expected: list) -> None:
    assert [summary(e) for e in events(document(text, "en", ALL))] == expected
