"""A lone unknown word that KB people bear as a family name is a person's name; a law named after
its sponsor names no actor (issue #5: lone surnames typed as organisations or towns)."""
from __future__ import annotations


def test_a_lone_family_name_of_kb_people_is_a_person_not_an_organisation(link_text, by_name):
    # the fixture's Laurent Gbagbo holds no titled role, so the bare family name is left unresolved
    names = by_name(link_text("La difesa di Gbagbo contesta le accuse. Il processo contro Gbagbo "
                              "riprende lunedì all'Aia.", "it"))
    assert "Laurent Gbagbo" not in names
    assert names["Gbagbo"].type == "PERSON"
    assert [m.rule for m in names["Gbagbo"].mentions] == ["unknown:family-name"] * 2


def test_a_family_name_after_an_article_is_no_person(link_text, by_name):
    names = by_name(link_text("Gli avvocati del Gbagbo contestano le accuse. Il Gbagbo riprende lunedì.", "it"))
    assert all(m.rule != "unknown:family-name" for e in names.values() for m in e.mentions)


def test_a_name_after_a_law_noun_names_the_law_not_an_actor(link_text, by_name):
    names = by_name(link_text("La loi Veil a cinquante ans. La loi Veil reste un symbole.", "fr"))
    assert "Veil" not in names


def test_a_name_after_a_bill_noun_names_the_bill_not_an_actor(link_text, by_name):
    names = by_name(link_text("Il ddl Zan torna in aula. Il ddl Zan divide la maggioranza.", "it"))
    assert "Zan" not in names
