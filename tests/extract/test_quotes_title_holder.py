"""A title the linker read as its incumbent names the person the text introduced with the same
words before ("Elián Villegas, ministro de Hacienda, ... el ministro de Hacienda, indicó")."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def speakers(text: str, names: dict[str, tuple[str, list[str]]]) -> list[tuple[str, str | None]]:
    doc = make_doc(text, "es", names)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


TEXT = ("En ese sentido, Elián Villegas, ministro de Hacienda, aseguró que la próxima semana se realizará el "
        "pago. Por otra parte, el ministro de Hacienda, indicó el miércoles que se encuentran realizando el "
        "mayor esfuerzo.")


def test_the_title_goes_to_the_person_the_text_introduced_with_it():
    names = {"x:person:v": ("PERSON", ["Elián Villegas"]), "x:person:y": ("PERSON", ["ministro de Hacienda"])}
    assert speakers(TEXT, names) == [("la próxima semana se realizará el pago", "x:person:v"),
                                     ("se encuentran realizando el mayor esfuerzo", "x:person:v")]


def test_a_title_no_one_was_introduced_with_keeps_the_linker_s_person():
    text = "Por otra parte, el ministro de Hacienda, indicó el miércoles que se encuentran realizando el mayor esfuerzo."
    names = {"x:person:y": ("PERSON", ["ministro de Hacienda"])}
    assert speakers(text, names) == [("se encuentran realizando el mayor esfuerzo", "x:person:y")]


def test_a_person_named_by_the_title_s_possessive_does_not_hold_it():
    text = ("Lady Starmer, the Prime Minister's wife, attended London Fashion Week. However, the Prime Minister "
            "said the gifts were declared last week.")
    names = {"x:person:l": ("PERSON", ["Lady Starmer"]), "x:person:k": ("PERSON", ["Prime Minister"])}
    doc = make_doc(text, "en", names)
    doc.sources = find_sources(doc)
    assert [(q.text, q.speaker) for q in find_quotes(doc)] == [("the gifts were declared last week", "x:person:k")]
