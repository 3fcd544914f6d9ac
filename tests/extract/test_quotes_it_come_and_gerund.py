"""Italian "come" right after a verb of saying opens reported speech; a gerund after a quotation that
is the first verb's object shares that verb's subject."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

CONTE = {"x:person:conte": ("PERSON", ["Giuseppe Conte"])}


def found(text: str, entities: dict) -> list[tuple[str, str | None, bool]]:
    doc = make_doc(text, "it", entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_come_right_after_the_verb_opens_the_reported_clause():
    assert found("Giuseppe Conte ha fatto notare come il governo abbia fallito.", CONTE) == [
        ("il governo abbia fallito", "x:person:conte", False)]


def test_come_after_an_aside_in_commas_opens_the_reported_clause():
    text = "Giuseppe Conte ha sottolineato, parlando ai cronisti, come il governo abbia fallito."
    assert found(text, CONTE) == [("il governo abbia fallito", "x:person:conte", False)]


def test_come_before_the_verb_is_as_and_the_clause_before_is_reported():
    text = "Il governo ha fallito, come ha detto Giuseppe Conte."
    assert found(text, CONTE) == [("Il governo ha fallito", "x:person:conte", False)]


def test_gerund_after_a_quoted_object_shares_the_subject_of_the_verb_before():
    text = ("Angelino Alfano guida il Nuovo Centrodestra. Il leader del Nuovo Centrodestra ha detto no ad un "
            "governo «che si sposti a sinistra» auspicando «un governo con la stessa maggioranza».")
    people = {"x:person:alfano": ("PERSON", ["Angelino Alfano"]),
              "x:org:ncd": ("ORG", ["Nuovo Centrodestra"])}
    assert {(q[0], q[1]) for q in found(text, people)} == {
        ("che si sposti a sinistra", "x:person:alfano"),
        ("un governo con la stessa maggioranza", "x:person:alfano")}
