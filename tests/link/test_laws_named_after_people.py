"""A law named after whoever brought it names no actor: the name after the law noun is not typed as
an organisation or a town (issue #5: "riforma Castelli" typed PLACE, "loi Veil" ORG)."""
from __future__ import annotations


def test_a_name_after_a_law_noun_names_the_law_not_an_actor(link_text, by_name):
    names = by_name(link_text("La loi Veil a cinquante ans. La loi Veil reste un symbole.", "fr"))
    assert "Veil" not in names


def test_a_name_after_a_bill_noun_names_the_bill_not_an_actor(link_text, by_name):
    names = by_name(link_text("Il ddl Zan torna in aula. Il ddl Zan divide la maggioranza.", "it"))
    assert "Zan" not in names
