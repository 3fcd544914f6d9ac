"""A bare title followed by the body it is held in and the holder's name ("il presidente degli Usi
civici Giancarlo Ferri") is that person's role in the body, not the country's head of state; a
name that is the head of state's own keeps the title linked to him."""
from __future__ import annotations

DAY = "2026-02-04"


def test_italian_president_of_a_local_body_with_a_name_after_it_is_not_the_head_of_state(link_text, holders):
    doc = link_text("«Cosa hanno fatto per evitarlo?», dice il presidente degli Usi civici Giancarlo Ferri.",
                    "it", DAY)
    assert holders(doc) == []


def test_italian_bare_president_with_no_name_after_its_body_keeps_the_head_of_state(link_text, holders):
    doc = link_text("Il presidente ha detto che la Repubblica sosterrà le famiglie.", "it", DAY)
    assert holders(doc) == [("Sergio Mattarella", "presidente")]
