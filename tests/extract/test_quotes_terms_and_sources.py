"""False quotes in Spanish and Italian: terms after a naming word, attribution words naming no one."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def found(text, lang, entities):
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


MELONI = {"x:person:meloni": ("PERSON", ["Giorgia Meloni"])}
SANCHEZ = {"x:person:sanchez": ("PERSON", ["Pedro Sánchez"])}


def test_italian_cosiddetta_makes_the_quotation_a_term():
    text = "La premier ha parlato della cosiddetta «flat tax», ha detto Giorgia Meloni."
    assert found(text, "it", MELONI) == []


def test_italian_quotation_after_a_verb_of_saying_is_still_speech():
    text = "Giorgia Meloni ha detto: «La riforma passerà entro l'estate»."
    assert found(text, "it", MELONI) == [("La riforma passerà entro l'estate", "x:person:meloni", True)]


def test_spanish_lo_que_llaman_is_a_term_and_lo_que_no_report():
    text = "El presidente Pedro Sánchez criticó lo que llaman «la paz total», dijo el senador."
    assert found(text, "es", SANCHEZ) == []


def test_spanish_llamada_makes_the_quotation_a_term():
    text = "Pedro Sánchez defendió la llamada «ley de amnistía» ante el Congreso."
    assert found(text, "es", SANCHEZ) == []


def test_segun_with_evidence_names_no_speaker():
    assert found("Según los primeros indicios, el incendio comenzó en la cocina del restaurante.", "es", {}) == []


def test_secondo_with_reconstructions_names_no_speaker():
    text = "Secondo le prime ricostruzioni, l'uomo è entrato nella banca armato di coltello."
    assert found(text, "it", {}) == []


def test_segun_with_a_person_still_reports():
    text = "Según Pedro Sánchez, el acuerdo llegará pronto."
    assert found(text, "es", SANCHEZ) == [("el acuerdo llegará pronto", "x:person:sanchez", False)]


def test_according_to_a_poll_is_a_cited_record():
    text = "According to the poll, most voters want a ceasefire in the region."
    assert [q[0] for q in found(text, "en", {})] == ["most voters want a ceasefire in the region"]


def test_attribution_after_the_content_finds_the_name_past_a_participle():
    text = ("Il presidente venezuelano Hugo Chávez è morto ieri pomeriggio, secondo quanto comunicato dal "
            "ministro Nicolás Maduro.")
    entities = {"x:person:maduro": ("PERSON", ["Nicolás Maduro"]), "x:person:chavez": ("PERSON", ["Hugo Chávez"])}
    assert found(text, "it", entities) == [
        ("Il presidente venezuelano Hugo Chávez è morto ieri pomeriggio", "x:person:maduro", False)]
