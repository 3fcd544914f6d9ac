"""A pronoun speaker points back along a chain of the same pronoun, and a relative pronoun subject
right after a name and its comma is that name, even when a preposition governs it."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def speakers(text: str, lang: str, people: dict[str, tuple[str, list[str]]]) -> list[tuple[str, str | None]]:
    doc = make_doc(text, lang, people)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_a_chain_of_er_sentences_leads_back_to_the_person_named_first():
    text = ("Der frühere Kanzler Olaf Scholz wurde im Oktober in Hamburg gesehen. Er wurde monatelang kritisiert. "
            "Er verlor viele Anhänger. Im Herbst wurde er schließlich geehrt. Über seine Zeit sagte er: "
            "„Ich bin zurückgekommen.“")
    assert speakers(text, "de", {"x:person:s": ("PERSON", ["Olaf Scholz"])}) == [
        ("Ich bin zurückgekommen.", "x:person:s")]


def test_without_the_chain_a_pronoun_four_sentences_on_finds_no_one():
    text = ("Der frühere Kanzler Olaf Scholz wurde im Oktober in Hamburg gesehen. Das Wetter war schlecht. "
            "Die Stadt war voll. Im Herbst kamen viele Touristen. Über die Zeit sagte er: „Ich bin zurückgekommen.“")
    assert speakers(text, "de", {"x:person:s": ("PERSON", ["Olaf Scholz"])}) == [
        ("Ich bin zurückgekommen.", None)]


def test_quien_after_a_name_governed_by_a_preposition_is_that_name():
    text = ("También se le preguntó sobre los juicios contra el Estado a Alberto Fernández, quien señaló que "
            "“están en etapa de negociación”.")
    people = {"x:person:f": ("PERSON", ["Alberto Fernández"])}
    assert speakers(text, "es", people) == [("están en etapa de negociación", "x:person:f")]


def test_who_after_the_second_name_is_the_second_person():
    text = "Reporters asked Joe Biden about the plan and spoke with Nancy Pelosi, who said the plan would fail."
    people = {"x:person:b": ("PERSON", ["Joe Biden"]), "x:person:p": ("PERSON", ["Nancy Pelosi"])}
    assert speakers(text, "en", people) == [("the plan would fail", "x:person:p")]
