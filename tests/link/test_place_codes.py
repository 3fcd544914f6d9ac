"""A town's province code in brackets ("Seregno (MB)") names the town's province: a place, no body."""
from __future__ import annotations


def test_a_province_code_after_a_town_names_its_province(link_text, typed):
    doc = link_text("Un incidente a Seregno (MB) ha causato due feriti.", "it")
    assert typed(doc) == {"Seregno": "PLACE", "Province of Monza and Brianza": "PLACE"}


def test_a_province_code_after_an_unknown_place_names_its_province_too(link_text, typed):
    doc = link_text("Un incidente a Pincopallo (MB) ha causato due feriti.", "it")
    assert typed(doc) == {"Pincopallo": "PLACE", "Province of Monza and Brianza": "PLACE"}


def test_a_province_code_that_is_also_a_party_acronym_is_the_province(link_text, typed):
    doc = link_text("La scossa ha colpito Scarperia (FI) e Vernio (PO).", "it")
    assert typed(doc) == {"Scarperia": "PLACE", "Province of Florence": "PLACE", "Vernio": "PLACE",
                          "Province of Prato": "PLACE"}


def test_a_province_code_mention_is_the_code_itself(link_text, by_name):
    doc = link_text("Silvia Celeste, originaria di Pioltello (MI), era stata arrestata.", "it")
    assert [m.text for m in by_name(doc)["Province of Milan"].mentions] == ["MI"]


def test_an_acronym_in_brackets_after_a_body_still_defines_it(link_text, by_name):
    doc = link_text("Il Movimento Cinque Stelle (MS) ha votato contro. Il MS ha poi lasciato l'aula.", "it")
    assert "MS" not in by_name(doc)
    assert any(m.text == "MS" for e in doc.entities for m in e.mentions)


def test_a_party_acronym_after_its_name_stays_the_party(link_text, typed):
    doc = link_text("Forza Italia (FI) ha votato contro la riforma.", "it")
    assert typed(doc)["Forza Italia"] == "ORG"
    assert "Province of Florence" not in typed(doc)
