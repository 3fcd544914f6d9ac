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


def test_a_name_with_lower_case_words_is_read_back_from_its_bracketed_acronym_fr(link_text, by_name):
    doc = link_text("L'Agence nationale de sécurité du médicament (ANSM) a publié une alerte. "
                    "L'ANSM recommande la prudence.", "fr")
    entity = by_name(doc)["Agence nationale de sécurité du médicament"]
    assert (entity.id, entity.type) == ("x:org:agence-nationale-de-securite-du-medicament", "ORG")
    assert [m.text for m in entity.mentions] == [
        "Agence nationale de sécurité du médicament", "ANSM", "ANSM"]


def test_a_name_with_particles_is_read_back_from_its_bracketed_acronym_de(link_text, by_name):
    doc = link_text("Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnt vor Angriffen.", "de")
    entity = by_name(doc)["Bundesamt für Sicherheit in der Informationstechnik"]
    assert [m.text for m in entity.mentions] == ["Bundesamt für Sicherheit in der Informationstechnik", "BSI"]


def test_a_name_read_back_from_its_acronym_takes_in_its_parts_es(link_text, by_name):
    doc = link_text("El Organismo de Investigación Judicial (OIJ) detuvo a dos hombres.", "es")
    names = by_name(doc)
    assert [m.text for m in names["Organismo de Investigación Judicial"].mentions] == [
        "Organismo de Investigación Judicial", "OIJ"]
    assert "OIJ" not in names and "Investigación Judicial" not in names


def test_words_that_do_not_spell_the_acronym_are_no_name(link_text, by_name):
    doc = link_text("Il governo ha parlato con il sindacato dei lavoratori (QXZ) ieri.", "it")
    assert "QXZ" in by_name(doc)
    assert all(m.rule != "acronym:defined-name" for e in doc.entities for m in e.mentions)
