"""English reported clauses with no "that" whose speaker is set off by an aside before the verb
("X's lawyer, Anto Nobilo, said Dodik does not ..."), and a short clause after an addressee ("told
media 339 passengers were rescued"); a clause before the verb with a comma stays preposed."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

PEOPLE = {
    "x:person:nobilo": ("PERSON", ["Anto Nobilo"]),
    "x:person:sharif": ("PERSON", ["Shehbaz Sharif"]),
    "x:org:centcom": ("ORG", ["U.S. Central Command"]),
}


def reported(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text, "en", PEOPLE)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_a_name_in_apposition_before_said_speaks_the_clause_after_it():
    text = "His lawyer, Anto Nobilo, said Dodik does not recognize the court."
    assert reported(text) == [("Dodik does not recognize the court", "x:person:nobilo")]


def test_a_relative_clause_before_said_leaves_the_subject_speaking():
    text = "U.S. Central Command, which oversees operations in the region, said the leader was killed Thursday."
    assert reported(text) == [("the leader was killed Thursday", "x:org:centcom")]


def test_a_short_clause_after_an_addressee_is_reported():
    text = "Prime Minister Shehbaz Sharif told media 339 passengers were rescued."
    assert reported(text) == [("339 passengers were rescued", "x:person:sharif")]


def test_a_clause_before_said_and_a_name_after_it_stays_preposed():
    text = "The talks failed, said Anto Nobilo."
    assert reported(text) == [("The talks failed", "x:person:nobilo")]
