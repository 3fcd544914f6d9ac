"""A later member of a list of names a preposition governs is no subject either: carry-over passes
over "por detrás de Pedro Sánchez, Alberto Núñez Feijóo y Yolanda Díaz"."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

PEOPLE = {"x:person:s": ("PERSON", ["Pedro Sánchez"]), "x:person:f": ("PERSON", ["Alberto Núñez Feijóo"]),
          "x:person:d": ("PERSON", ["Yolanda Díaz"]), "x:person:c": ("PERSON", ["Luis Caputo"])}


def speakers(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text, "es", PEOPLE)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_names_listed_after_a_preposition_do_not_take_a_later_quote():
    text = ("El candidato habló en Madrid. La encuesta lo sitúa por detrás de Pedro Sánchez, Alberto Núñez "
            "Feijóo y Yolanda Díaz. “No le soporto”, zanjó.")
    assert speakers(text) == [("No le soporto", None)]


def test_a_name_in_apposition_after_a_comma_still_speaks():
    text = "El ministro de Economía, Luis Caputo, dijo que la inflación bajará."
    assert speakers(text) == [("la inflación bajará", "x:person:c")]
