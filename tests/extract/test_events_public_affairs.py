"""Pages with no word of public affairs (evprec21, judged untuned pages): a shop's page, a life-style column or a
firm's news names no title of office, no national body, no election, party, law, war or protest; its verbs of
asking, promising or supporting are no acts between political actors, unless a state takes part."""
from __future__ import annotations

from cronaca.extract.events.domains import public_affairs
from extract.events_support import document, events, summary

KELCE = ("Q1", "Donna Kelce", "PERSON", ["Donna Kelce"])
SWIFT = ("Q2", "Taylor Swift", "PERSON", ["Taylor Swift"])
FRANCE = ("Q142", "France", "COUNTRY", ["France"], "FRA")
MERZ = ("Q3", "Friedrich Merz", "PERSON", ["Merz"])
SCHOLZ = ("Q4", "Olaf Scholz", "PERSON", ["Scholz"])


def test_a_page_without_words_of_public_affairs_is_none():
    assert not public_affairs("Donna Kelce has praised Taylor Swift for her kindness.", "en")


def test_a_word_of_public_affairs_anywhere_on_the_page_makes_it_one():
    assert public_affairs("The mayor came too. Donna Kelce has praised Taylor Swift.", "en")


def test_german_compounds_count_by_their_head():
    assert public_affairs("Die Bundestagswahl rückt näher.", "de")
    assert not public_affairs("Die Rezepte rücken näher.", "de")


def test_praise_between_private_people_on_such_a_page_is_no_event():
    text = ("Donna Kelce has praised Taylor Swift for her kindness. They met in May. The two talked for an hour. "
            "Both then went home.")
    assert events(document(text, "en", [KELCE, SWIFT])) == []


def test_the_same_praise_on_a_page_of_public_affairs_stays():
    text = ("Donna Kelce has praised Taylor Swift for her kindness. They met in May at an election rally. The two talked "
            "for an hour. Both then went home.")
    [event] = events(document(text, "en", [KELCE, SWIFT]))
    assert summary(event)[:3] == ("SUPPORT", ("Q1",), ("Q2",))


def test_a_state_taking_part_keeps_its_act_on_such_a_page():
    text = ("Donna Kelce has praised France for its kindness. They met in May. The two talked for an hour. "
            "Both then went home.")
    [event] = events(document(text, "en", [KELCE, FRANCE]))
    assert summary(event)[:3] == ("SUPPORT", ("Q1",), ("Q142",))


def test_a_short_snippet_says_too_little_to_tell_its_domain():
    text = "Donna Kelce has praised Taylor Swift for her kindness."
    [event] = events(document(text, "en", [KELCE, SWIFT]))
    assert summary(event)[:3] == ("SUPPORT", ("Q1",), ("Q2",))


def test_a_german_page_with_a_party_keeps_its_acts():
    text = "Merz kritisierte Scholz nach der Sitzung der Partei. Es war spät. Alle gingen. Der Abend endete."
    [event] = events(document(text, "de", [MERZ, SCHOLZ]))
    assert summary(event)[:3] == ("ACCUSE", ("Q3",), ("Q4",))
