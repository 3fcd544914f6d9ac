"""German Konjunktiv I beyond the most common verbs: a reported sentence whose verb is any regular
third-person form ("verstoße", "lehne ... ab") goes on with the words reported before; the same form
next to "ich" is the writer's own first person."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

SPAHN = {"x:person:spahn": ("PERSON", ["Jens Spahn"])}


def reported(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text, "de", SPAHN)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_a_noun_subject_with_a_less_common_reportive_verb_is_reported():
    text = ("Der CDU-Politiker Jens Spahn kritisierte den Entwurf scharf. "
            "Das Gesetz verstoße gegen das Grundgesetz.")
    assert reported(text) == [("Das Gesetz verstoße gegen das Grundgesetz", "x:person:spahn")]


def test_an_unlisted_form_next_to_er_is_reported():
    text = ("Jens Spahn sagte, die Lage sei ernst. Einen Rücktritt der Ministerin verlange er "
            "aber nicht.")
    assert ("Einen Rücktritt der Ministerin verlange er aber nicht", "x:person:spahn") in reported(text)


def test_the_same_form_next_to_ich_is_no_report():
    text = ("Jens Spahn sagte, die Lage sei ernst. Dann schweige ich kurz und denke an die "
            "vielen Jahre in Berlin.")
    assert reported(text) == [("die Lage sei ernst", "x:person:spahn")]
