"""What stands between a verb of saying and its complementizer in Spanish and English news copy: a
date ("indicó el miércoles que"), an interview or outlet ("aseguró en declaraciones a la Cadena SER
que", "said in an interview with CBC that"), a sentence adverb in commas ("Advierten, además,
que"); and a subject cut off from its verb by a stray comma ("el ministro de Hacienda, indicó que")."""
from __future__ import annotations

import cronaca


def quotes(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    doc = cronaca.process(text, language=language, published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker), q.speaker_text) for q in doc.quotes]


def test_a_weekday_after_the_verb_is_a_date_not_a_noun_heading_a_relative_clause():
    assert quotes("La ministra Yolanda Díaz anunció el martes que el Gobierno subirá el salario mínimo.", "es") \
        == [("el Gobierno subirá el salario mínimo", "Yolanda Díaz", "Yolanda Díaz")]


def test_a_date_with_its_month_after_the_verb_still_opens_the_report():
    assert quotes("El presidente Gustavo Petro recordó el 3 de mayo que la ley sigue vigente.", "es") \
        == [("la ley sigue vigente", "Gustavo Petro", "Gustavo Petro")]


def test_en_declaraciones_a_an_outlet_between_verb_and_que():
    text = "La ministra Yolanda Díaz aseguró en declaraciones a la Cadena SER que el Gobierno subirá el salario mínimo."
    assert quotes(text, "es") == [("el Gobierno subirá el salario mínimo", "Yolanda Díaz", "Yolanda Díaz")]


def test_said_in_an_interview_with_an_outlet_that():
    text = "Foreign Minister Melanie Joly said in an interview with CBC that the ceasefire was within reach."
    assert quotes(text, "en") == [("the ceasefire was within reach", "Mélanie Joly", "Melanie Joly")]


def test_a_long_circumstance_ending_on_a_common_noun_is_not_crossed():
    # "la reunión que mantuvo ...": with five words or more before "que", a relative clause may open there
    text = ("El canciller Santiago Cafiero dijo durante la larga reunión del gabinete que mantuvo con los "
            "sindicatos que no habrá acuerdo.")
    assert all(not q[0].startswith("mantuvo") for q in quotes(text, "es"))


def test_a_sentence_adverb_in_commas_before_que():
    assert quotes("El canciller Santiago Cafiero señaló, sin embargo, que no habrá acuerdo este año.", "es") \
        == [("no habrá acuerdo este año", "Santiago Cafiero", "Santiago Cafiero")]


def test_said_however_that():
    assert quotes("Foreign Minister Melanie Joly said, however, that the ceasefire was within reach.", "en") \
        == [("the ceasefire was within reach", "Mélanie Joly", "Melanie Joly")]


def test_a_role_subject_cut_off_by_a_stray_comma_speaks_for_the_person_named_before():
    text = ("El ministro de Hacienda, Elián Villegas, habló con la prensa. "
            "Por otra parte, el ministro de Hacienda, indicó que se realiza el mayor esfuerzo.")
    assert quotes(text, "es") == [("se realiza el mayor esfuerzo", "Elián Villegas", "el ministro de Hacienda")]


def test_a_circumstance_before_the_comma_is_no_subject():
    assert quotes("Tras la reunión, aseguró que no habrá cambios en el gabinete.", "es") == []


def test_a_long_circumstance_opening_on_an_utterance_lets_the_complementizer_through():
    text = ("President Donald Trump spoke on Monday. Trump contended in a post on his Truth Social media "
            "platform that the tariffs would stay.")
    assert quotes(text, "en") == [("the tariffs would stay", "Donald Trump", "Trump")]


def test_en_una_entrevista_con_a_common_noun_outlet():
    text = "El alcalde Daniel Quintero aseguró en una entrevista con la radio local que el contrato se cumple."
    assert quotes(text, "es") == [("el contrato se cumple", "Daniel Quintero", "Daniel Quintero")]


def test_consideró_necesario_and_an_infinitive_is_an_opinion_reported():
    text = "El fiscal general, Rodolfo Delgado, consideró necesario ampliar la medida aprobada en marzo."
    assert quotes(text, "es") == [("necesario ampliar la medida aprobada en marzo", "Rodolfo Delgado", "Rodolfo Delgado")]


def test_an_adjective_before_a_noun_after_the_verb_opens_no_report():
    assert quotes("El presidente Gustavo Petro anunció importante inversión en carreteras.", "es") == []
