"""What a name's shape says: bodies open with common words, people's names shorten, outlets shout."""
from __future__ import annotations


def test_name_opening_with_a_common_word_is_a_body(link_text, typed):
    doc = link_text("Dice Taty Almeida, referente de Madres– Línea Fundadora, después del encuentro.", "es")
    assert typed(doc)["Línea Fundadora"] == "ORG"
    assert typed(doc)["Taty Almeida"] == "PERSON"


def test_name_opening_with_an_article_and_a_word_is_a_body(link_text, typed):
    doc = link_text("Juan Martínez no es periodista de El Faro, sino un colaborador.", "es")
    assert typed(doc)["El Faro"] == "ORG"


def test_name_opening_with_a_particle_and_a_rare_word_is_a_person(link_text, typed):
    doc = link_text("Lo ha detto Al Maliqi ai giornalisti.", "it")
    assert typed(doc)["Al Maliqi"] == "PERSON"


def test_name_without_middle_name_is_the_same_person(link_text, by_name, typed):
    doc = link_text("La defensa de María Paola Duarte Meza pidió la prescripción. María Duarte, ex funcionaria, "
                    "habló después.", "es")
    assert [m.text for m in by_name(doc)["María Paola Duarte Meza"].mentions] == [
        "María Paola Duarte Meza", "María Duarte"]
    assert "María Duarte" not in typed(doc)


def test_two_people_sharing_a_given_name_stay_apart(link_text, typed):
    doc = link_text("Ana María Pérez habló primero. Después Ana Gómez respondió a las críticas.", "es")
    assert typed(doc)["Ana Gómez"] == "PERSON"


def test_outlet_writing_its_name_in_capitals_is_media_not_a_country(link_text, typed):
    doc = link_text("Para conocer su versión, EL ESPAÑOL se puso en contacto con la alcaldía.", "es")
    assert typed(doc) == {"El Español": "MEDIA"}


def test_headline_in_capitals_is_no_outlet(link_text, typed):
    doc = link_text("ÚLTIMA HORA EL ESPAÑOL GANA\nEl alcalde habló ayer.", "es")
    assert "MEDIA" not in typed(doc).values()


def test_article_and_acronym_in_capitals_is_no_outlet(link_text, typed):
    doc = link_text("Dijo que LA UCR no paga.", "es")
    assert "La Ucr" not in typed(doc)


def test_longer_name_that_only_adds_words_at_the_end_takes_no_shorter_one(link_text, typed):
    # "Diego Garcia The", "Jim Crow Chao": runs glued to the next words are no fuller names
    doc = link_text("Era ministro Pablo Ruiz Tarco. Pablo Ruiz, otro hombre, habló después.", "es")
    found = typed(doc)
    assert "Pablo Ruiz" in found and "Pablo Ruiz Tarco" in found


def test_known_name_in_capitals_after_an_article_stays_the_known_entity(link_text, typed):
    doc = link_text("Il a dit que LA FRANCE ne paiera pas la dette.", "fr")
    assert typed(doc) == {"France": "COUNTRY"}


def test_name_after_words_said_to_it_is_no_place(link_text, typed):
    doc = link_text("Lo dijo en declaraciones a Tele Trece Noche el ministro.", "es")
    assert typed(doc).get("Tele Trece Noche") != "PLACE"


def test_name_after_a_locative_without_saying_is_a_place(link_text, typed):
    doc = link_text("El ministro vive desde hace años en Villa Quebrada Honda.", "es")
    assert typed(doc)["Villa Quebrada Honda"] == "PLACE"
