"""Place names joined by hyphens and lower-case words, French départements, elided articles before
places, Spanish body nouns, syllable acronyms and variants of one body's name."""
from __future__ import annotations


def test_a_place_name_linked_by_lower_case_words_is_one_place(link_text, by_name):
    doc = link_text("Il est né à Saint-Germain-en-Laye et a grandi à Villeneuve-d'Ascq.", "fr")
    names = by_name(doc)
    assert names["Saint-Germain-en-Laye"].type == "PLACE"
    assert names["Villeneuve-d'Ascq"].type == "PLACE"
    assert "Laye" not in names and "Ascq" not in names


def test_a_kb_place_inside_a_linked_name_is_not_that_place(pipeline):
    doc = pipeline(_doc("Elle habite à Montreuil-sous-Bois depuis dix ans.", "fr"))
    assert [(e.name, e.type, e.in_kb) for e in doc.entities] == [("Montreuil-sous-Bois", "PLACE", False)]


def test_a_hyphenated_name_of_capitalised_parts_is_unchanged(pipeline):
    doc = pipeline(_doc("Il vit à Aix-en-Provence depuis 2010.", "fr"))
    assert [(e.name, e.in_kb) for e in doc.entities] == [("Aix-en-Provence", True)]


def test_french_departements_are_kb_places(pipeline):
    doc = pipeline(_doc("La Seine-et-Marne et l'Essonne, en grande couronne, sont les plus concernées.", "fr"))
    assert sorted((e.name, e.type, e.in_kb) for e in doc.entities) == [
        ("Essonne", "PLACE", True), ("Seine-et-Marne", "PLACE", True)]


def test_a_departement_named_like_a_common_word_is_left_out(pipeline):
    doc = pipeline(_doc("Lot of people came. Cher ami, la Somme est un fleuve.", "fr"))
    assert "Lot" not in {e.name for e in doc.entities}
    assert "Cher" not in {e.name for e in doc.entities}


def test_a_rare_name_after_an_elided_article_and_a_preposition_is_a_place(link_text, by_name):
    doc = link_text("Les prix ont baissé dans l'Ossau et dans l'Hérault cet hiver.", "fr")
    names = by_name(doc)
    assert (names["Ossau"].type, names["Ossau"].mentions[0].rule) == ("PLACE", "unknown:locative-article")


def test_a_spanish_secretariat_is_an_organisation(link_text, by_name):
    doc = link_text("La Secretaría de Seguridad Pública informó que no hubo heridos.", "es")
    assert by_name(doc)["Secretaría de Seguridad Pública"].type == "ORG"


def test_a_syllable_acronym_in_brackets_joins_the_body(link_text, by_name):
    doc = link_text("El ministro instruyó la intervención de la Dirección de Prevención e Investigación "
                    "de Robo de Vehículos (Diprove). Algunos policías de Diprove piden dinero.", "es")
    body = by_name(doc)["Dirección de Prevención e Investigación de Robo de Vehículos"]
    assert [m.text for m in body.mentions] == [
        "Dirección de Prevención e Investigación de Robo de Vehículos", "Diprove", "Diprove"]
    assert "Diprove" not in by_name(doc)


def test_a_word_in_brackets_not_spelled_from_the_name_stays_apart(link_text, by_name):
    doc = link_text("Habló la Dirección de Prevención e Investigación de Robo de Vehículos (Dantorel). "
                    "Luego Dantorel se fue.", "es")
    assert "Dantorel" in by_name(doc)


def test_variants_of_one_body_name_are_one_entity(link_text, by_name):
    doc = link_text("La Dirección Nacional de Servicios Agrícolas convocó un paro. Según la "
                    "Dirección de Servicios Agrícolas, el paro sigue. La Dirección Nacional "
                    "del Servicio Agrícola lo confirmó.", "es")
    bodies = [e for e in doc.entities if e.name.startswith("Dirección")]
    assert len(bodies) == 1 and len(bodies[0].mentions) == 3


def test_bodies_with_another_last_word_stay_apart(link_text, by_name):
    doc = link_text("El Ministerio de Desarrollo Social respondió. El Ministerio de Desarrollo Rural "
                    "no respondió.", "es")
    names = by_name(doc)
    assert "Ministerio de Desarrollo Social" in names and "Ministerio de Desarrollo Rural" in names


def _doc(text: str, lang: str):
    from cronaca.document import Document
    return Document(raw=text, language=lang)


def test_a_file_name_of_hyphenated_words_is_no_linked_place(link_text, by_name):
    doc = link_text("Photo: Alexandria-Douziech-at-Blue-Roof-Studios. The film opened on Friday.", "en")
    assert "Alexandria-Douziech-at-Blue-Roof-Studios" not in by_name(doc)


def test_names_without_a_particle_after_the_head_are_not_variants(link_text, by_name):
    doc = link_text("He studied at Donetsk National University. Later, Donetsk National Technology "
                    "University hired him.", "en")
    names = by_name(doc)
    assert "Donetsk National University" in names and "Donetsk National Technology University" in names


def test_an_acronym_with_an_umlaut_is_an_organisation(link_text, by_name):
    doc = link_text("Das teilte die SÜGAM am Montag mit. Laut SÜGAM werde man klagen.", "de")
    assert [(m.text, m.rule) for m in by_name(doc)["SÜGAM"].mentions] == [
        ("SÜGAM", "unknown:acronym"), ("SÜGAM", "unknown:acronym")]


def test_an_acronym_written_with_a_combining_umlaut_is_one_word(link_text, by_name):
    doc = link_text("Das teilte die SU\u0308GAM am Montag mit. Laut SU\u0308GAM werde man klagen.", "de")
    assert sorted(by_name(doc)) == ["SU\u0308GAM"]


def test_a_word_in_capitals_with_an_acute_accent_is_no_acronym(link_text, by_name):
    doc = link_text("Le club a déjà RÉCOLTÉ assez pour la saison, dit-il.", "fr")
    assert doc.entities == []


def test_common_words_after_a_locative_go_on_a_body_name(link_text, by_name):
    doc = link_text("La Fiscalía Especializada en Delitos Sexuales abrió una causa.", "es")
    assert [(e.name, e.type) for e in doc.entities] == [("Fiscalía Especializada en Delitos Sexuales", "ORG")]


def test_a_known_place_after_a_body_and_a_locative_stays_a_place(pipeline):
    doc = pipeline(_doc("El Ministerio de Salud en Buenos Aires respondió.", "es"))
    assert ("Buenos Aires", "PLACE") in [(e.name, e.type) for e in doc.entities]


def test_singular_common_words_after_a_body_and_a_locative_name_a_place(link_text, by_name):
    doc = link_text("Habló el primer secretario del Comité Provincial del Partido en Villa Clara ayer.", "es")
    assert by_name(doc)["Villa Clara"].type == "PLACE"


def test_a_capitalised_head_with_a_complement_opens_a_french_body_name(link_text, by_name):
    doc = link_text("Le Haut Conseil pour le climat et la Ligue des droits de l'homme ont publié un rapport.", "fr")
    names = by_name(doc)
    assert names["Haut Conseil pour le climat"].type == "ORG"
    assert names["Ligue des droits de l'homme"].type == "ORG"


def test_a_date_after_a_capitalised_head_is_no_complement(link_text, by_name):
    doc = link_text("Il a parlé avec la Ligue de mardi dernier, a-t-il dit.", "fr")
    assert doc.entities == []
