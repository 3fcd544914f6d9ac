"""Spanish dialogue typography: a paragraph opening with a dash is direct speech when a verb of
saying follows a second dash inside it ("—No vamos a dar un paso atrás —dijo Pedro Sánchez—.")."""
from __future__ import annotations

import cronaca


def quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = cronaca.process(text, language="es", published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker), q.speaker_text) for q in doc.quotes]


def test_the_name_after_the_verb_in_the_dashes_speaks_both_parts_of_the_line():
    text = ("El presidente habló ante la prensa en Moncloa.\n"
            "—No vamos a dar un paso atrás —dijo el presidente Pedro Sánchez—. Lo haremos con todos los grupos.")
    assert quotes(text) == [("No vamos a dar un paso atrás", "Pedro Sánchez", "Pedro Sánchez"),
                            ("Lo haremos con todos los grupos", "Pedro Sánchez", "Pedro Sánchez")]


def test_an_unnamed_speaker_after_the_verb_is_kept_as_a_phrase():
    text = ("Los vecinos protestaron frente al ayuntamiento.\n"
            "—Es una vergüenza lo que está pasando en el barrio —afirmó un vecino.")
    assert quotes(text) == [("Es una vergüenza lo que está pasando en el barrio", None, "un vecino")]


def test_a_verb_with_no_subject_answers_for_the_person_introduced_before():
    text = ("La ministra Yolanda Díaz atendió a los periodistas.\n"
            "—¿Habrá subida del salario mínimo?\n"
            "—Sí, la habrá este mismo año —respondió.")
    assert quotes(text) == [("Sí, la habrá este mismo año", "Yolanda Díaz", "Yolanda Díaz")]


def test_dashed_list_items_are_no_speech():
    text = "Los puntos del acuerdo son:\n— subida del salario mínimo\n— reducción de jornada"
    assert quotes(text) == []
