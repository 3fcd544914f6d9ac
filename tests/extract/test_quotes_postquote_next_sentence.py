"""A verbless attribution word ("Così", "So") opening the sentence right after a quotation that is a
sentence of its own attributes that quotation; an adverb ("Così facendo") does not."""
from __future__ import annotations

import cronaca


def quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = cronaca.process(text, language=language, published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker)) for q in doc.quotes]


def test_italian_cosi_after_the_full_stop_with_title_and_name():
    assert quotes("«Non faremo un passo indietro». Così il ministro degli Esteri Antonio Tajani a margine del "
                  "vertice.", "it") == [("Non faremo un passo indietro", "Antonio Tajani")]


def test_german_so_after_a_quotation_ending_with_its_own_full_stop():
    assert quotes("„Wir geben nicht nach.“ So Friedrich Merz am Montag in Berlin.", "de") \
        == [("Wir geben nicht nach.", "Friedrich Merz")]


def test_cosi_facendo_is_an_adverb_not_an_attribution():
    assert quotes("«Non faremo un passo indietro». Così facendo il governo ha perso tempo.", "it") == []
