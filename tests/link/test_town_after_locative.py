"""A town's name after a locative preposition is the town, even when it is also a frequent word."""
from __future__ import annotations


def test_a_town_that_is_a_common_word_after_ad_is_a_place(link_text, typed):
    doc = link_text("La strage avvenuta ad Erba ha sconvolto il paese.", "it")
    assert typed(doc) == {"Erba": "PLACE"}


def test_the_same_word_without_a_locative_is_no_name(link_text, typed):
    doc = link_text("Sul prato cresce l'Erba alta.", "it")
    assert "Erba" not in typed(doc)


def test_a_town_named_like_a_noun_after_a_german_preposition_stays_a_noun(link_text, typed):
    doc = link_text("Die Partei verlor nach Wahlen im Herbst viele Stimmen.", "de")
    assert "Wahlen" not in typed(doc)
