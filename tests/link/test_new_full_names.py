"""A listed given name followed by another name word opens a new full name, never a KB surname."""
from __future__ import annotations


def test_a_given_name_that_is_a_kb_surname_opens_a_new_name(link_text, by_name):
    doc = link_text("La vicesegretaria Paola De Micheli ha presentato il piano.", "it")
    names = by_name(doc)
    assert "Giampaolo Di Paola" not in names
    assert names["Paola De Micheli"].type == "PERSON"


def test_a_given_name_used_before_does_not_pull_a_new_person_to_the_old_one(link_text, by_name):
    doc = link_text("Il sindaco Giuseppe Sala ha parlato a Milano. Poi Giuseppe Cortese ha risposto "
                    "alle domande.", "it")
    names = by_name(doc)
    assert [m.text for m in names["Giuseppe Sala"].mentions] == ["Giuseppe Sala"]
    assert names["Giuseppe Cortese"].type == "PERSON"


def test_a_given_name_alone_still_refers_to_the_person_named_before(link_text, by_name):
    doc = link_text("Il sindaco Giuseppe Sala ha parlato a Milano. Giuseppe ha poi risposto.", "it")
    assert [m.text for m in by_name(doc)["Giuseppe Sala"].mentions] == ["Giuseppe Sala", "Giuseppe"]
