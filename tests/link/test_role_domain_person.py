"""A role, a particle and the role's domain before a family name: the name is the person's
("il ministro del Lavoro Poletti"), the domain no part of it."""
from __future__ import annotations


def test_family_name_after_a_lower_case_role_and_its_domain_is_a_person(link_text, typed):
    doc = link_text("Lo ha confermato ieri il ministro del Lavoro Poletti ai giornalisti.", "it")
    assert typed(doc) == {"Poletti": "PERSON"}


def test_the_role_may_open_the_capitalised_run(link_text, typed):
    doc = link_text("Lo ha confermato ieri il Ministro del Lavoro Poletti ai giornalisti.", "it")
    assert typed(doc) == {"Poletti": "PERSON"}


def test_a_family_name_that_is_also_a_common_word_needs_the_kb_to_know_it(link_text, typed):
    doc = link_text("Lo ha confermato ieri il ministro dei Trasporti Istruzione ai giornalisti.", "it")
    assert "Istruzione" not in typed(doc)


def test_a_domain_of_two_words_is_no_person(link_text, typed):
    doc = link_text("Lo ha confermato ieri il ministro della Pubblica Istruzione ai giornalisti.", "it")
    assert all(t != "PERSON" for t in typed(doc).values())
