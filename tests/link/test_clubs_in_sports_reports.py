"""A town named bare in a sports report is its club where towns and clubs are written alike, and a word
after a club article in one is a club even when named once (link/teams.py, link/unknown.py); a capitalised
month inside a Spanish sentence is a given name (link_settings.tsv calendar_case)."""
from __future__ import annotations

from cronaca.document import Document, Source


def _types(pipeline, text: str, lang: str) -> dict[str, str]:
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2026-02-20")))
    return {x.text: e.type for e in doc.entities for x in e.mentions}


def test_a_town_beaten_in_a_match_with_a_score_is_its_club(pipeline):
    assert _types(pipeline, "Le Stade rennais a battu Nantes 3-0 dimanche.", "fr")["Nantes"] == "ORG"


def test_a_town_where_the_match_is_played_stays_the_town(pipeline):
    assert _types(pipeline, "Le match a eu lieu à Nantes (2-1).", "fr")["Nantes"] == "PLACE"


def test_a_town_in_a_sentence_without_sport_stays_the_town(pipeline):
    assert _types(pipeline, "Le maire de Nantes a présenté son budget.", "fr")["Nantes"] == "PLACE"


def test_a_word_after_a_club_article_in_a_match_report_is_a_club(pipeline):
    types = _types(pipeline, "Ayer el Villarreal perdió en Vigo 1-0.", "es")
    assert types == {"Villarreal": "ORG", "Vigo": "PLACE"}


def test_a_word_after_the_article_outside_sport_is_no_club(pipeline):
    assert "Ebro" not in _types(pipeline, "El agua del Ebro llegó a Zaragoza.", "es")


def test_a_capitalised_month_inside_a_sentence_is_a_given_name(pipeline):
    types = _types(pipeline, "Según Julio Carnero, las cuentas son buenas.", "es")
    assert types == {"Julio Carnero": "PERSON"}


def test_a_capitalised_month_after_a_day_number_stays_the_date(pipeline):
    assert _types(pipeline, "Le 14 Juillet, Emmanuel Macron a défilé.", "fr") == {"Emmanuel Macron": "PERSON"}


def test_an_english_month_abbreviation_in_a_spanish_text_is_no_name(pipeline):
    assert "May" not in _types(pipeline, "Publicado por Minuto30.com May 5, 2022", "es")
