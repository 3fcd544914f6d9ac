"""Names of bodies written in sentence case ("le Conseil fédéral", "la Chiesa ortodossa"): the
lower-case words of the name (lang/<code>/name_modifiers.txt), a place after them, and the rest of
a name an acronym in brackets defines belong to the one organisation."""
from __future__ import annotations


def _names(doc) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in doc.entities}


def test_lower_case_words_after_the_head_noun_are_part_of_the_name(link_text):
    doc = link_text("Selon l'Hôpital universitaire, le patient va bien.", "fr")
    assert _names(doc)["Hôpital universitaire"][0] == "ORG"


def test_a_place_after_the_lower_case_words_ends_the_name(link_text):
    doc = link_text("La Chiesa ortodossa di Mosca ha protestato ieri sera.", "it")
    assert _names(doc)["Chiesa ortodossa di Mosca"][0] == "ORG"


def test_a_head_noun_opening_a_sentence_with_a_name_word_after_it_is_a_name(link_text):
    doc = link_text("Ieri sera. Tribunale speciale e difesa hanno discusso a lungo.", "it")
    assert "Tribunale speciale" in _names(doc)


def test_a_lower_case_word_that_is_no_name_word_ends_the_name(link_text):
    doc = link_text("Il Tribunale civile ha deciso ieri sera.", "it")
    assert "Tribunale civile" in _names(doc) and "Tribunale civile ha" not in _names(doc)


def test_a_country_after_a_name_of_several_words_goes_on_the_name_and_stays_a_country(link_text):
    doc = link_text("El Ministerio Público de Francia pidió la captura del exmandatario.", "es")
    names = _names(doc)
    assert names["Ministerio Público de Francia"][0] == "ORG"
    assert "France" in names


def test_an_acronym_in_brackets_defines_the_lower_case_rest_of_the_name(link_text):
    doc = link_text("L'Office fédéral de l'agriculture (OFAG) retire le produit. L'OFAG précise.", "fr")
    assert _names(doc)["Office fédéral de l'agriculture"] == (
        "ORG", ["Office fédéral de l'agriculture", "OFAG", "OFAG"])


def test_an_acronym_with_another_initial_defines_nothing(link_text):
    # the name still ends after "de l'agriculture" (a complement particle and a noun), but the
    # acronym of another initial is not one of its forms
    doc = link_text("L'Office fédéral de l'agriculture (BLW) retire le produit.", "fr")
    assert _names(doc)["Office fédéral de l'agriculture"] == ("ORG", ["Office fédéral de l'agriculture"])


def test_a_party_written_as_a_common_word_is_the_party_where_nouns_are_capitalised():
    from cronaca.document import Document, Source
    from cronaca.pipeline import build
    doc = build(["language", "clean", "segment", "link"])(Document(
        raw="Die Koalition aus SPD und Grünen ist zerbrochen. Einen grünen Apfel gab es nicht.",
        language="de", source=Source(published="2024-11-07")))
    found = {m.text: e.name for e in doc.entities for m in e.mentions}
    assert found.get("Grünen") == "Alliance 90/The Greens" and "grünen" not in found


def test_a_region_named_after_its_town_is_a_place_of_its_own():
    from cronaca.document import Document, Source
    from cronaca.pipeline import build
    doc = build(["language", "clean", "segment", "link"])(Document(
        raw="Los productores de la provincia de Córdoba cortaron rutas durante la mañana.",
        language="es", source=Source(published="2024-11-07")))
    assert {e.name: e.type for e in doc.entities} == {"provincia de Córdoba": "PLACE"}


def test_a_towns_port_is_a_place_of_its_own_and_the_town_stays_named():
    from cronaca.document import Document, Source
    from cronaca.pipeline import build
    doc = build(["language", "clean", "segment", "link"])(Document(
        raw="Los buques llegaron al puerto de Montevideo durante la noche.",
        language="es", source=Source(published="2024-11-07")))
    assert {e.name: e.type for e in doc.entities} == {"puerto de Montevideo": "PLACE", "Montevideo": "PLACE"}


def test_a_conjunction_inside_a_bodys_name_does_not_split_it():
    from cronaca.document import Document, Source
    from cronaca.pipeline import build
    doc = build(["language", "clean", "segment", "link"])(Document(
        raw="The National Intelligence and Security Agency said the raid succeeded.",
        language="en", source=Source(published="2024-11-07")))
    assert {e.name: e.type for e in doc.entities} == {"National Intelligence and Security Agency": "ORG"}


def test_a_bodys_name_that_ends_in_a_country_keeps_the_country():
    from cronaca.document import Document, Source
    from cronaca.pipeline import build
    doc = build(["language", "clean", "segment", "link"])(Document(
        raw="La Embajada de Francia respondió a la nota del gobierno.",
        language="es", source=Source(published="2024-11-07")))
    names = {e.name: e.type for e in doc.entities}
    assert names.get("Embajada de Francia") == "ORG" and names.get("France") == "COUNTRY"


def test_a_country_adjective_right_after_a_capitalised_head_noun_is_part_of_the_name(link_text):
    doc = link_text("La langue recule en Afrique, affirme l'Académie française dans un avis.", "fr")
    assert _names(doc)["Académie française"] == ("ORG", ["Académie française"])


def test_a_government_noun_with_a_country_adjective_stays_the_country(link_text):
    doc = link_text("Ayer el Gobierno español rechazó la propuesta.", "es")
    names = _names(doc)
    assert "Gobierno español" not in names and names["Spain"][0] == "COUNTRY"
