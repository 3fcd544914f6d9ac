"""A news site's section names left in plain text (clean/section_labels.py, lang/<code>/
section_labels.txt): the rubric over or under the headline, a menu, a breadcrumb go; a section's
name heading a part of the article further down, a label announcing a list, stay."""
from __future__ import annotations

import pytest

from clean.plain_article import BODY, amid, removals

HEADLINE = {"es": "El Gobierno sube las pensiones un 3% a partir de enero",
            "de": "Regierung erhöht die Renten zum Jahreswechsel",
            "en": "Government raises pensions from January",
            "fr": "Le gouvernement augmente les retraites en janvier",
            "it": "Il governo aumenta le pensioni da gennaio"}


@pytest.mark.parametrize("lang, name", [("es", "Economía"), ("de", "Politik"), ("en", "Business"),
                                        ("fr", "Société"), ("it", "Economia")])
def test_a_section_name_above_the_headline_is_the_rubric_and_goes(lang, name):
    text = f"{name}\n{HEADLINE[lang]}\n{BODY[lang]}"
    assert removals(text, lang) == [("other", name)]


def test_a_section_name_under_the_headline_is_the_rubric_and_goes():
    text = f"{HEADLINE['es']}\nInternacional\n{BODY['es']}"
    assert removals(text, "es") == [("other", "Internacional")]


def test_a_section_name_heading_a_part_of_the_article_further_down_stays():
    text = f"{HEADLINE['de']}\nDie Reform im Überblick\nStand der Beratungen\nAktuelles\n{BODY['de']}"
    assert removals(text, "de") == []


def test_a_label_ending_on_a_colon_announces_a_list_and_is_no_rubric():
    text = f"Musik:\n{HEADLINE['de']}\n{BODY['de']}"
    assert removals(text, "de") == []


def test_a_menu_of_section_names_goes_as_one_block():
    menu = "Inicio\nDeportes\nMundo\nOpinión\nEconomía"
    text = f"{menu}\n{HEADLINE['es']}\n{BODY['es']}"
    assert removals(text, "es") == [("navigation", menu)]


def test_a_footer_menu_closing_the_text_goes():
    menu = "Impressum\nDatenschutz\nKontakt\nAGB"
    assert removals(BODY["de"] + menu, "de") == [("navigation", menu)]


def test_a_menu_keeps_the_articles_heading_beside_it():
    menu = "Politik\nWirtschaft\nSport"
    text = BODY["de"] + "Die Reaktionen\n" + menu
    assert removals(text, "de") == [("navigation", menu)]


def test_two_section_names_in_a_row_are_no_menu():
    assert removals(amid("Salud\nEducación", "es"), "es") == []


def test_a_breadcrumb_of_section_names_goes():
    line = "Inicio › Economía › Pensiones"
    text = f"{line}\n{HEADLINE['es']}\n{BODY['es']}"
    assert removals(text, "es") == [("navigation", line)]


def test_names_joined_by_a_slash_in_a_sentence_stay():
    line = "Die Ressorts Politik / Wirtschaft wurden im Frühjahr zusammengelegt, sagte der Chefredakteur."
    assert removals(amid(line, "de"), "de") == []
