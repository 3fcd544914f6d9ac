"""A verb of saying reports in its past tenses too, not only the forms listed first (speech_verbs.tsv rows
derived by tools/quotes/speech_verb_forms.py)."""
import pytest
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

PERSON = {"x:person:p": ("PERSON", ["Carlos Alvarado", "Roberto Fico", "Bruno Le Maire"])}


def reported(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text, lang, PERSON)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


@pytest.mark.parametrize("text, lang", [
    ("Carlos Alvarado negaba que el país fuera a pagar un rescate.", "es"),
    ("Carlos Alvarado reveló que el país no pagará un rescate.", "es"),
    ("Carlos Alvarado advirtió que el país no pagará un rescate.", "es"),
    ("Roberto Fico sottolineava che il paese non pagherà alcun riscatto.", "it"),
    ("Roberto Fico ribadiva che il paese non avrebbe pagato alcun riscatto.", "it"),
    ("Bruno Le Maire soulignait que le pays ne paierait aucune rançon.", "fr"),
    ("Bruno Le Maire affirma que le pays ne paierait aucune rançon.", "fr"),
])
def test_the_imperfect_and_simple_past_of_a_verb_of_saying_report_the_clause(text, lang):
    found = reported(text, lang)
    assert len(found) == 1 and found[0][1] == "x:person:p"
    assert text.split(" que " if lang != "it" else " che ")[1].rstrip(".") == found[0][0]


def test_considering_that_is_no_verb_of_saying():
    assert reported("Considerando que el país no pagará, Carlos Alvarado viajó a Lima.", "es") == []
