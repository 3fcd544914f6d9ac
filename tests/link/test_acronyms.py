"""An acronym defined or spelled out in the article joins the entity of its full name."""
from __future__ import annotations


def test_a_bracketed_acronym_joins_the_full_name(link_text, by_name):
    doc = link_text("La Federazione Brambilla Cooperative (FEBRACO) ha protestato. "
                    "Secondo la FEBRACO i tagli sono ingiusti.", "it")
    names = by_name(doc)
    assert "FEBRACO" not in names
    entity = names["Federazione Brambilla Cooperative"]
    assert entity.type == "ORG"
    assert [m.text for m in entity.mentions] == [
        "Federazione Brambilla Cooperative", "FEBRACO", "FEBRACO"]
    assert {m.entity_id for m in entity.mentions} == {entity.id}


def test_an_acronym_of_the_initials_joins_a_name_typed_as_a_person(link_text, by_name):
    doc = link_text("A spokesman for Inter Services Wellbeing Relations said so. "
                    "The ISWR later denied it.", "en")
    names = by_name(doc)
    assert "ISWR" not in names
    entity = names["Inter Services Wellbeing Relations"]
    assert (entity.id, entity.type) == ("x:org:inter-services-wellbeing-relations", "ORG")
    assert [m.text for m in entity.mentions] == ["Inter Services Wellbeing Relations", "ISWR"]


def test_an_acronym_alone_is_an_organisation(link_text, by_name):
    doc = link_text("A statement from the QXPR said nothing new.", "en")
    assert by_name(doc)["QXPR"].type == "ORG"
