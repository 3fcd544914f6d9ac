"""A list of other stories whose kickers run into their headlines without a colon ("- Mundial
2024 El pulso entre McLaren y Ferrari") reads as headlines, as a list with colons does; a list
item that names a newspaper ("a El País") is no kicker."""
from __future__ import annotations

from cronaca.clean import boilerplate
from cronaca.clean.edits import apply
from cronaca.document import Integrity

BODY_ES = ("El piloto neerlandés ganó la carrera de Qatar tras salir desde la primera posición y "
           "dominar de principio a fin una prueba marcada por los incidentes en la pista.\n"
           "Su rival británico terminó cuarto después de una sanción por no respetar la bandera "
           "amarilla en la segunda vuelta, y ya no tiene opciones de alcanzar el título.\n")


def removed(text: str, lang: str) -> list[tuple[str, str]]:
    integrity = Integrity()
    apply(text, boilerplate.propose(text, lang), integrity)
    return [(r.rule, r.text.strip()) for r in integrity.removed]


def test_related_headlines_with_glued_kickers_are_removed_even_on_the_articles_topic():
    box = ("- Crónica El neerlandés gana en Qatar y deja a su rival sin opciones\n"
           "- Mundial 2024 El pulso entre los dos equipos llega a la última carrera\n"
           "- Fernando Alonso Un viejo problema que le dejó sin potencia en la recta\n")
    assert removed(box + BODY_ES, "es") == [("boilerplate.related_list", box.strip())]


def test_a_list_naming_newspapers_is_no_kicker_list():
    points = ("- La entrevista que el piloto concedió a El País antes de la carrera\n"
              "- Las declaraciones del piloto neerlandés al final de la prueba en Qatar\n"
              "- La sanción al piloto británico por la bandera amarilla en la segunda vuelta\n")
    assert removed(points + BODY_ES, "es") == []
