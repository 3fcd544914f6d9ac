"""Where the spinner rules read a token's neighbours: a passage in a third language is not the
article's running text, so an English-looking word inside it is no swap."""
from __future__ import annotations

from cronaca.clean import spinner


def test_spanish_passage_in_a_german_page_is_left_alone():
    text = ("Wir dokumentieren den Aufruf im Original: Somos personas en Alemania, personas del "
            "movimiento occupy, personas de todas las capas de la población.")
    assert spinner.propose(text, "de") == []


def test_french_quote_in_a_german_page_is_left_alone():
    text = ("Afrobarometer (2021): Les Tunisiens ont confiance en leurs tribunaux mais pensent que "
            "les gens ne sont pas égaux devant la loi.")
    assert spinner.propose(text, "de") == []


def test_swap_amid_german_words_is_still_repaired():
    text = "Die Polizei hat perish Straße am Morgen gesperrt, sagte ein Sprecher der Stadt."
    edits = spinner.propose(text, "de")
    assert [(text[e.start:e.end], e.replacement, e.kind) for e in edits] == [
        ("perish", "die", "substitution")]
