"""A verb of saying with no subject of its own ("- ha spiegato -" inside the marks) belongs to the
definite noun phrase of a person that is the subject of its own sentence ("l'uomo ha ammesso"), even
when that phrase names no one and a name stands sentences before: the name is someone else."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes


def _speakers(text: str, lang: str, entities: dict) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_text) for q in find_quotes(make_doc(text, lang, entities)) if q.direct]


def test_unnamed_subject_of_the_sentence_speaks_not_the_name_before():
    text = ("I carabinieri di Sassuolo hanno fermato un uomo che rubava gasolio in un cantiere. Ieri mattina è "
            "comparso davanti al giudice. Quando il giudice gli ha chiesto cosa avesse da dichiarare, l'uomo ha "
            "ammesso tutto «Non so cosa mi sia preso - ha spiegato - non ho più un lavoro da mesi».")
    assert _speakers(text, "it", {"x:org:cc": ("ORG", ["carabinieri"])}) == [
        ("Non so cosa mi sia preso", None, "l'uomo"),
        ("non ho più un lavoro da mesi", None, "l'uomo"),
    ]


def test_a_named_subject_in_the_sentence_still_speaks():
    text = ("I carabinieri di Sassuolo hanno fermato un uomo. Quando il giudice gli ha chiesto cosa avesse da "
            "dichiarare, Mario Rossi ha ammesso tutto «Non so cosa mi sia preso - ha spiegato - non ho più un "
            "lavoro da mesi».")
    speakers = _speakers(text, "it", {"x:org:cc": ("ORG", ["carabinieri"]), "x:person:rossi": ("PERSON", ["Mario Rossi"])})
    assert [s for _, s, _ in speakers] == ["x:person:rossi", "x:person:rossi"]
