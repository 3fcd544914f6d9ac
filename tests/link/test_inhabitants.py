"""Capitalised plural nouns of a place's inhabitants after a plural article are people, not bodies."""
from __future__ import annotations


def test_inhabitants_after_a_plural_article_are_no_organisation(link_text, typed):
    doc = link_text("Ce soir, les Lyonnais ont battu des Bretons très combatifs. Les Lyonnais restent "
                    "en tête, et les Bretons reculent.", "fr")
    assert "Lyonnais" not in typed(doc) and "Bretons" not in typed(doc)


def test_a_name_with_an_inhabitant_ending_after_no_article_is_kept(link_text, typed):
    doc = link_text("Le groupe Danois a publié ses comptes. Danois a refusé de commenter.", "fr")
    assert "Danois" in typed(doc)
