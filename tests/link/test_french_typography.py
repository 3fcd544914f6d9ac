"""French typography: capitals without their accent ("Etats-Unis"), languages as lower-case nouns
("l'anglais"), spaced question marks ("radio ?") that end a sentence."""
from __future__ import annotations


def test_country_written_without_its_capital_accent_is_the_country(link_text, typed):
    doc = link_text("Les Etats-Unis ont annoncé de nouvelles mesures.", "fr")
    assert typed(doc) == {"United States": "COUNTRY"}


def test_accented_spelling_still_matches(link_text, typed):
    doc = link_text("Les États-Unis ont annoncé de nouvelles mesures.", "fr")
    assert typed(doc) == {"United States": "COUNTRY"}


def test_languages_that_keep_capital_accents_do_not_match_the_bare_form(link_text, typed):
    doc = link_text("Según Etats-Unis, una revista, el acuerdo es frágil.", "es")
    assert "United States" not in typed(doc)


def test_lower_case_people_word_after_a_french_article_is_the_language(link_text):
    doc = link_text("Le gouvernement britannique a répondu. Les revues écrites dans d'autres langues "
                    "que l'anglais sont rares.", "fr")
    [uk] = [e for e in doc.entities if e.name == "United Kingdom"]
    assert [doc.text[m.start:m.end] for m in uk.mentions] == ["gouvernement britannique"]


def test_a_cue_word_does_not_reach_across_a_question_mark(link_text, typed):
    doc = link_text("« Comment une voix fait-elle la radio ? » Laura Frémy analyse la radio publique.", "fr")
    assert typed(doc) == {"Laura Frémy": "PERSON"}
