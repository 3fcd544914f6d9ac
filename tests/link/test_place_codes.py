"""A town's province code in brackets ("Seregno (MB)") belongs to the town: no entity of its own."""
from __future__ import annotations


def test_a_province_code_after_a_town_is_no_organisation(link_text, typed):
    doc = link_text("Un incidente a Seregno (MB) ha causato due feriti.", "it")
    assert typed(doc) == {"Seregno": "PLACE"}


def test_a_province_code_after_an_unknown_place_is_dropped_too(link_text, typed):
    doc = link_text("Un incidente a Pincopallo (MB) ha causato due feriti.", "it")
    assert typed(doc) == {"Pincopallo": "PLACE"}


def test_an_acronym_in_brackets_after_a_body_still_defines_it(link_text, by_name):
    doc = link_text("Il Movimento Cinque Stelle (MS) ha votato contro. Il MS ha poi lasciato l'aula.", "it")
    assert "MS" not in by_name(doc)
    assert any(m.text == "MS" for e in doc.entities for m in e.mentions)
