"""A country named inside an amount's currency is no country the article names (real KB)."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Source


def _types(pipeline, text: str, lang: str) -> dict[str, str]:
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2026-02-20")))
    return {e.name: e.type for e in doc.entities}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le bénéfice atteint 247,8 milliards de dollars de Taïwan sur un an."),
    ("en", "The chipmaker earned 30 billion Taiwan dollars in the quarter."),
    ("es", "La empresa pagó 3 millones de dólares de Taiwán por la licencia."),
])
def test_a_country_in_an_amounts_currency_is_not_named(pipeline, lang, text):
    assert "Taiwan" not in _types(pipeline, text, lang)


def test_the_same_words_without_an_amount_keep_the_country(pipeline):
    assert _types(pipeline, "Le dollar de Taïwan a baissé face à la Chine.", "fr").get("Taiwan") == "COUNTRY"


def test_a_verb_after_a_year_is_no_currency(pipeline):
    assert _types(pipeline, "In 2018 France won the World Cup in Moscow.", "en").get("France") is not None


def test_a_name_right_after_an_amount_opens_the_next_phrase(pipeline):
    text = "Itaipú hat Ausschreibungen über 11 Millionen US-Dollar Asunción: Das Unternehmen bestätigte es."
    assert "Paraguay" in _types(pipeline, text, "de")  # the capital, read as its government
