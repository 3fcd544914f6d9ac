"""English names travel into German, French and Spanish text ("London School of Economics"), and
ordinary words set in capitals are no acronyms ("2 235 010 EUROS")."""
from __future__ import annotations

from cronaca.document import Document, Source


def test_an_english_name_with_of_is_one_name_in_german_text(pipeline, by_mention):
    doc = pipeline(Document(raw="Sie absolvierte ihren Master an der London School of Economics in England.",
                            language="de", source=Source(published="2026-02-20")))  # real KB: London
    assert by_mention(doc, "type").get("London School of Economics") == "ORG"


def test_an_english_journal_title_is_one_name_in_french_text(link_text, by_mention):
    doc = link_text("En témoigne un examen rapide du Journal of Economic Literature, publié aux États-Unis.", "fr")
    names = by_mention(doc, "type")
    assert "Journal of Economic Literature" in names
    assert "Economic Literature" not in names


def test_a_frequent_word_in_capitals_is_no_acronym(link_text, by_mention):
    doc = link_text("Montant collecté depuis le 5 décembre : 2 235 010 EUROS. La SNCF a signé.", "fr")
    names = by_mention(doc, "type")
    assert "EUROS" not in names
    assert names["SNCF"] == "ORG"


def test_a_long_word_in_capitals_is_no_acronym(link_text, by_mention):
    doc = link_text("Il a écrit : HYDROXYCHLOROQUINE, un espoir. L'OMS reste prudente.", "fr")
    assert "HYDROXYCHLOROQUINE" not in by_mention(doc, "type")
