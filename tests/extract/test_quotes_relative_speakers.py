"""A verb of saying in a relative clause on a name: the name speaks, even when a preposition governs
it; walking back would take the one who met or asked them."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def speakers(text: str, lang: str, names: dict[str, tuple[str, list[str]]]) -> list[tuple[str, str | None]]:
    doc = make_doc(text, lang, names)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_che_after_a_party_named_after_a_preposition_makes_the_party_speak():
    text = ("Matteo Renzi ha sentito anche la delegazione di Forza Italia che ha detto che il governo "
            "durerà fino alla fine della legislatura.")
    names = {"x:person:r": ("PERSON", ["Matteo Renzi"]), "x:org:fi": ("ORG", ["Forza Italia"])}
    assert speakers(text, "it", names) == [("il governo durerà fino alla fine della legislatura", "x:org:fi")]


def test_que_after_a_name_object_of_the_main_verb_makes_that_name_speak():
    text = "Alberto Núñez Feijóo se reunió con Yolanda Díaz que afirmó que el acuerdo está cerca."
    names = {"x:person:f": ("PERSON", ["Alberto Núñez Feijóo"]), "x:person:d": ("PERSON", ["Yolanda Díaz"])}
    assert speakers(text, "es", names) == [("el acuerdo está cerca", "x:person:d")]
