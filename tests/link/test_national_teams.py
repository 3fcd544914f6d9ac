"""A country named in a sentence of a sports report is its national team, an ORG named as written
(sports_words.txt; link/teams.py); elsewhere it stays the country."""
from __future__ import annotations

from cronaca.document import Document, Source


def _types(link_text, text: str, lang: str) -> dict[str, str]:
    return {e.name: e.type for e in link_text(text, lang).entities}


def test_countries_in_a_match_report_are_teams(link_text):
    types = _types(link_text, "Nella partita di ieri l'Italia ha battuto la Georgia per 3-1.", "it")
    assert types == {"Italia": "ORG", "Georgia": "ORG"}


def test_a_people_noun_after_the_plural_article_is_the_team(pipeline):
    doc = pipeline(Document(raw="Im Halbfinale gewann Deutschland gegen die Franzosen mit 90:80.", language="de",
                            source=Source(published="2026-02-20")))
    assert {e.name: e.type for e in doc.entities} == {"Deutschland": "ORG", "Franzosen": "ORG"}


def test_a_country_in_a_sentence_with_no_sports_word_stays_the_country(link_text):
    types = _types(link_text, "Nella partita di ieri l'Italia ha vinto. Il governo russo ha protestato contro "
                              "la Georgia.", "it")
    assert types["Georgia"] == "COUNTRY"


def test_a_country_after_a_locative_is_where_the_match_is_played(link_text):
    types = _types(link_text, "La partita si giocherà in Russia il 3 giugno.", "it")
    assert types == {"Russia": "COUNTRY"}


def test_a_player_s_country_in_brackets_is_no_team(link_text):
    types = _types(link_text, "Il torneo è stato vinto da Vladimir Kramnik (Russia).", "it")
    assert types.get("Russia") == "COUNTRY"
