"""Spanish verbs with no subject on untuned news pages (tools/quotes/judged/es_*_2026-11-30.tsv): a
crosshead in capitals is no speaker, and a name inside a phrase opening the sentence is no subject."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

BARBOSA = ("PERSON", ["Francisco Barbosa"])


def found(text, entities):
    doc = make_doc(text, "es", entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_verb_with_no_subject_after_a_crosshead_goes_on_with_the_speaker_before_it():
    text = ("El fiscal Francisco Barbosa visitó Asunción. “Trabajamos juntos con Paraguay”, refirió.\n"
            "INJERENCIA POLÍTICA EN LA JUSTICIA\n"
            "“Nosotros no estamos para agradar a la gente, estamos para perseguir criminales”, agregó.")
    entities = {"x:person:barbosa": BARBOSA, "x:org:injerencia": ("ORG", ["INJERENCIA POLÍTICA EN"])}
    assert found(text, entities)[-1] == (
        "Nosotros no estamos para agradar a la gente, estamos para perseguir criminales", "x:person:barbosa")


def test_name_in_a_phrase_opening_the_sentence_is_no_subject_without_a_comma():
    text = ("El fiscal Francisco Barbosa habló del caso. Sobre la situación de Rodrigo Granda dijo que "
            "el acuerdo tiene un componente de justicia transicional.")
    entities = {"x:person:barbosa": BARBOSA, "x:person:granda": ("PERSON", ["Rodrigo Granda"])}
    assert found(text, entities) == [
        ("el acuerdo tiene un componente de justicia transicional", "x:person:barbosa")]


def test_preposition_right_before_a_name_is_the_name_particle():
    text = "La directora habló en Mendoza. Del Pópolo destacó que hay interés en los colegios."
    assert found(text, {"x:person:popolo": ("PERSON", ["Pópolo"])}) == [
        ("hay interés en los colegios", "x:person:popolo")]


def test_name_after_an_adverb_of_several_words_after_the_verb_speaks():
    text = ("“El récord es creíble”, explica Carlos Schaefer. “Tenemos muchas dudas de que se valide”, "
            "opina en cambio Sergi González, meteorólogo de la Aemet.")
    entities = {"x:person:schaefer": ("PERSON", ["Carlos Schaefer"]),
                "x:person:gonzalez": ("PERSON", ["Sergi González"])}
    assert found(text, entities)[-1] == ("Tenemos muchas dudas de que se valide", "x:person:gonzalez")


def test_later_member_of_a_governed_list_whose_first_name_is_unlinked_is_no_subject():
    text = ("Ganó Max Verstappen. Un registro que ya le deja sólo por detrás de Lewis Hamilton, Ayrton Senna y "
            "Sebastian Vettel. Sin embargo, él mismo comparó su coche con un “coche de rallies”.")
    entities = {"x:person:verstappen": ("PERSON", ["Max Verstappen"]),
                "x:person:senna": ("PERSON", ["Ayrton Senna"]), "x:person:vettel": ("PERSON", ["Sebastian Vettel"])}
    assert found(text, entities) == [("coche de rallies", "x:person:verstappen")]
