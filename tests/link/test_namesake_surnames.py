"""A bare word that is a given name or a common word and also the surname of a KB office holder
(link/resolve.py, issue #5): alone, it names that person only where the article names something of
the person's country or a title stands before it. Sentences from untuned pages (fundus, trafilatura-eval)."""
from __future__ import annotations


def test_a_religion_word_is_not_micronesias_president(mentions):
    linked = mentions("In the early 20th century, a white, Christian, conservative Republican "
                      "farmer did not experience the elections as a clash of identities.", "en", published="2025-06-01")
    assert linked.get("Christian") != "Peter M. Christian"


def test_a_common_given_name_is_not_malaysias_prime_minister(mentions):
    linked = mentions("\"Some of the universities are still not working today,\" says Ibrahim. "
                      "Others, including the University of Khartoum, have adopted online teaching.", "en",
                      published="2025-06-01")
    assert linked.get("Ibrahim") != "Anwar Ibrahim"


def test_a_common_word_surname_keeps_the_president_where_his_country_is_named(mentions):
    """"trump" is an English word, but "Democratic" (the US party) says whose country the article is about."""
    linked = mentions("Along with Democratic rivals, Trump has gotten into the act, stepping up "
                      "his trolling of the candidate.", "en", published="2025-06-01")
    assert linked["Trump"] == "Donald Trump"
