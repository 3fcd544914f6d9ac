"""A pronoun after what was said ("..., sagte sie") points back past the words said: a name inside
them is the subject of the reported clause, not the speaker."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

ENTITIES = {"x:person:vdl": ("PERSON", ["Ursula von der Leyen"]), "x:org:tiktok": ("ORG", ["Tiktok", "Konzern"]),
            "x:person:abz": ("PERSON", ["Abdullah bin Zayed"])}


def speakers(text: str) -> list[tuple[str | None, str]]:
    doc = make_doc(text, "de", ENTITIES)
    doc.sources = find_sources(doc)
    return [(q.speaker, q.text[:20]) for q in find_quotes(doc)]


def test_name_inside_reported_clause_before_the_verb_does_not_speak():
    text = ("Ursula von der Leyen sprach am Dienstag in Brüssel. Nun werde geprüft, ob der Konzern "
            "die Risiken ausreichend bekämpft, sagte sie.")
    assert speakers(text) == [("x:person:vdl", "Nun werde geprüft, o")]


def test_subject_before_a_direct_quotation_still_speaks():
    text = 'Dann wechselte Abdullah bin Zayed ins Englische: "Der Tag wird kommen", sagt er.'
    assert speakers(text) == [("x:person:abz", "Der Tag wird kommen")]
