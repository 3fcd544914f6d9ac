"""A family name of several words met before keeps its article or particle when it opens a sentence,
where a capitalised article alone would be dropped (issue #5: "Le Bihan est inquiet" read as "Bihan")."""
from __future__ import annotations


def test_a_family_name_with_an_article_opening_a_sentence_keeps_the_article(link_text, by_name):
    names = by_name(link_text("Yann Le Bihan a parlé mardi. Le Bihan est inquiet.", "fr"))
    assert [m.text for m in names["Yann Le Bihan"].mentions] == ["Yann Le Bihan", "Le Bihan"]


def test_an_article_opening_a_sentence_before_an_unknown_name_is_still_dropped(link_text, by_name):
    names = by_name(link_text("Yann Le Bihan a parlé mardi. Le Scouarnec est inquiet. Le Scouarnec part.", "fr"))
    assert "Le Scouarnec" not in names
