"""A plural verb of saying with no subject of its own stands for a body or a group, never for the one
person named before (``plural_ending`` in speech_cue_words.tsv)."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def found(text: str, lang: str, entities: dict) -> list[tuple[str, str | None]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_a_plural_verb_after_a_conjunction_does_not_share_a_persons_subject():
    text = ("David Campo explica que preguntó a los vecinos de Comillas, y afirmaban que los días de fiesta "
            "oían la música desde allí.")
    quotes = found(text, "es", {"x:person:campo": ("PERSON", ["David Campo"])})
    assert ("preguntó a los vecinos de Comillas", "x:person:campo") in quotes
    assert ("los días de fiesta oían la música desde allí", "x:person:campo") not in quotes


def test_a_plural_verb_with_no_subject_carries_over_the_body_not_the_person():
    text = ("La Compañía de Jesús abrió una investigación contra Felipe Berríos. Finalmente, indicaron que el "
            "sacerdote fue suspendido de sus funciones.")
    entities = {"x:org:jesuitas": ("ORG", ["Compañía de Jesús"]), "x:person:berrios": ("PERSON", ["Felipe Berríos"])}
    assert found(text, "es", entities) == [("el sacerdote fue suspendido de sus funciones", "x:org:jesuitas")]


def test_a_singular_verb_still_carries_over_the_person():
    text = "Matteo Salvini è arrivato a Pontida. Poi ha detto che la Lega è pronta a governare."
    assert found(text, "it", {"x:person:salvini": ("PERSON", ["Matteo Salvini"])}) == [
        ("la Lega è pronta a governare", "x:person:salvini")]


def test_an_italian_plural_auxiliary_makes_the_verb_plural():
    text = "Matteo Salvini ha riunito la Lega a Pontida. Poi hanno detto che il governo è pronto."
    entities = {"x:person:salvini": ("PERSON", ["Matteo Salvini"]), "x:org:lega": ("ORG", ["Lega"])}
    assert found(text, "it", entities) == [("il governo è pronto", "x:org:lega")]
