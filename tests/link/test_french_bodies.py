"""A country adjective inside a body's name: French writes "le ministère russe des Affaires
étrangères" (Italian may too: "il ministero russo degli Esteri"); the body is the country's."""
from __future__ import annotations


def test_an_adjective_after_the_first_word_gives_the_body_its_country(link_text, by_name):
    doc = link_text("Le ministère russe des Affaires étrangères a protesté lundi.", "fr")
    ministry = by_name(doc)["Ministry of Foreign Affairs"]
    assert ministry.id == "kb:org:ministry-of-foreign-affairs-russia"
    assert [m.text for m in ministry.mentions] == ["ministère russe des Affaires étrangères"]


def test_the_same_order_in_italian(link_text, by_name):
    doc = link_text("Il ministero russo degli Esteri ha protestato lunedì.", "it")
    ministry = by_name(doc)["Ministry of Foreign Affairs"]
    assert [m.text for m in ministry.mentions] == ["ministero russo degli Esteri"]


def test_a_split_body_the_kb_does_not_know_is_named_as_the_text_names_it(link_text, by_name):
    doc = link_text("Le ministère russe de la Justice a fait appel de la décision.", "fr")
    ministry = by_name(doc)["ministère russe de la Justice"]
    assert (ministry.type, ministry.in_kb) == ("ORG", False)


def test_an_adjective_that_ends_the_phrase_is_no_split_body(link_text, by_name):
    doc = link_text("Le ministère russe a protesté lundi.", "fr")
    assert "Ministry of Foreign Affairs" not in by_name(doc)
