"""Mojibake (UTF-8 read as Latin-1 / Windows-1252) is undone; clean accented text is untouched."""
from __future__ import annotations

import pytest

from cronaca.clean import encoding
from cronaca.clean.edits import apply
from cronaca.document import Integrity


def fixed(text: str) -> str:
    return apply(text, encoding.propose(text), Integrity())


@pytest.mark.parametrize("broken, repaired", [
    ("Il governo perchÃ© ha deciso", "Il governo perché ha deciso"),
    ("lâ€™agenzia di stampa", "l’agenzia di stampa"),
    ("Ã¨ stato un anno difficile", "è stato un anno difficile"),
    ("Les Ã©lections en France", "Les élections en France"),
    ("Die StraÃŸe in MÃ¼nchen", "Die Straße in München"),
    ("el aÃ±o pasado", "el año pasado"),
    ("He said â€œnoâ€\x9d loudly", "He said “no” loudly"),
])
def test_mojibake_is_repaired(broken, repaired):
    assert fixed(broken) == repaired


@pytest.mark.parametrize("text", [
    "Perché è così? La città di Forlì “cresce”, l’economia più forte.",
    "Les élèves à l’école — déjà «prêts».",
    "Die Straße in München: Größe, Übung.",
    "El año pasado, ¿quién ganó? Sí, señor.",
])
def test_clean_accented_text_is_untouched(text):
    assert encoding.propose(text) == []


def test_html_entities_are_decoded():
    assert fixed("Putin &amp; Xi &quot;amici&quot;") == 'Putin & Xi "amici"'


def test_mojibake_repair_is_recorded_where_it_ends_up():
    integrity = Integrity()
    text = apply("perchÃ© no", encoding.propose("perchÃ© no"), integrity)
    (repair,) = integrity.repairs
    assert repair.kind == "mojibake"
    assert text[repair.start:repair.end] == repair.after
