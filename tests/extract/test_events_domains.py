"""Pages of show business, software, cooking and games (evprec20, judged untuned pages): several different
words only such pages use make the page one of another domain, where an act stands only if a state takes part."""
from __future__ import annotations

from cronaca.extract.events.domains import domain_words, other_domain
from extract.events_support import document, events, summary

DION = ("Q1", "Céline Dion", "PERSON", ["Dion"])
BRYSON = ("Q2", "Peabo Bryson", "PERSON", ["Peabo Bryson"])
FRANCE = ("Q142", "France", "COUNTRY", ["France"], "FRA")
APPLE = ("Q312", "Apple", "ORG", ["Apple"])
ALL = [DION, BRYSON, FRANCE, APPLE]

SHOW_PAGE = ("Her debut album sold well and the singer toured the country. "
             "Then, a year later, Dion joined forces with Peabo Bryson to sing the title song of a hit movie.")


def test_a_page_with_three_different_show_words_is_of_another_domain():
    assert domain_words(SHOW_PAGE, "en") == {"album", "singer", "song", "hit movie"}
    assert other_domain(SHOW_PAGE, "en")


def test_two_people_joining_forces_on_a_show_page_is_no_political_act():
    assert events(document(SHOW_PAGE, "en", ALL)) == []


def test_the_same_act_on_a_page_without_those_words_stays():
    text = "Then, a year later, Dion joined forces with Peabo Bryson."
    [event] = events(document(text, "en", ALL))
    assert summary(event)[:3] == ("COOPERATE", ("Q1",), ("Q2",))


def test_one_domain_word_does_not_make_a_page_of_another_domain():
    assert not other_domain("The minister watched a movie before the vote.", "en")


def test_a_state_acting_on_a_software_page_keeps_its_act():
    text = ("The software runs on every smartphone and laptop. "
            "France fined Apple for its operating system rules.")
    assert other_domain(text, "en")
    [event] = events(document(text, "en", ALL))
    assert event.source == ["Q142"]


def test_german_words_of_show_business_count_as_well():
    text = "Die Sängerin stellte ihr neues Album vor; die Schauspielerin lobte den Song."
    assert other_domain(text, "de")
