"""A bare family name is guessed to be the one KB person of that name with a titled role; a title
of a leader before it ("president", "premier") that person never held says the article means someone else (issue #5:
"former president Clinton" linked to the KB's Hillary Clinton, "Carter" to its Ash Carter)."""
from __future__ import annotations


def test_a_title_the_guessed_person_never_held_leaves_a_titled_unknown_person(link_text, by_name):
    # the fixture's Sergei Shoigu was defence minister and security council secretary, never president
    names = by_name(link_text("Former president Shoigu said the deal was fair. Shoigu spoke later.", "en"))
    assert "Sergei Shoigu" not in names
    assert names["Shoigu"].type == "PERSON"
    assert [m.text for m in names["Shoigu"].mentions] == ["Shoigu", "Shoigu"]


def test_a_minister_of_another_portfolio_keeps_the_link(link_text, by_name):
    # ministers change portfolios faster than the KB follows: only a leader's title contradicts
    names = by_name(link_text("Finance minister Shoigu said the deal was fair.", "en"))
    assert [m.text for m in names["Sergei Shoigu"].mentions] == ["Shoigu"]


def test_a_head_of_government_called_president_keeps_the_link(link_text, by_name):
    names = by_name(link_text("El presidente Sánchez viajó a Roma.", "es"))
    assert [m.text for m in names["Pedro Sánchez"].mentions] == ["Sánchez"]


def test_a_titled_family_name_met_alone_joins_the_full_name_given_later(link_text, by_name):
    names = by_name(link_text("Defense Minister Fedorov was dismissed. Ukrainian officials said Mykhailo "
                              "Fedorov had resisted. Fedorov told reporters he would stay.", "en"))
    assert [m.text for m in names["Mykhailo Fedorov"].mentions] == ["Fedorov", "Mykhailo Fedorov", "Fedorov"]
