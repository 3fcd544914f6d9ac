"""A role phrase right after the verb that ends in its holder's name, with no comma: the name speaks,
not the body in the phrase; a name after a preposition is someone else's."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def speakers(text: str, lang: str, names: dict[str, tuple[str, list[str]]]) -> list[tuple[str, str | None]]:
    doc = make_doc(text, lang, names)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_the_name_closing_a_role_phrase_after_the_verb_speaks():
    text = "« Nous sommes prêts », a déclaré le porte-parole du gouvernement Gabriel Attal lundi."
    names = {"x:person:a": ("PERSON", ["Gabriel Attal"])}
    assert speakers(text, "fr", names) == [("Nous sommes prêts", "x:person:a")]


def test_a_party_inside_the_role_phrase_does_not_stop_the_name():
    text = "«Siamo pronti», ha detto il capogruppo dei senatori del Pd Francesco Boccia a Montecitorio."
    names = {"x:person:b": ("PERSON", ["Francesco Boccia"]), "x:org:pd": ("ORG", ["Pd"])}
    assert speakers(text, "it", names) == [("Siamo pronti", "x:person:b")]


def test_a_name_after_a_preposition_is_not_the_holder():
    text = "«Era un ragazzo buono», dice la madre di Matteo Renzi ai giornalisti."
    names = {"x:person:r": ("PERSON", ["Matteo Renzi"])}
    assert speakers(text, "it", names) == [("Era un ragazzo buono", None)]
