"""German separable verbs of saying split by the middle field: "warf der Regierung am Dienstag vor,
...", "kündigte in Berlin an, ..."; after a fronted phrase the subject stands inside the verb."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

MERZ = {"x:person:merz": ("PERSON", ["Friedrich Merz", "Merz"])}


def reported(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text, "de", MERZ)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_middle_field_between_first_part_and_particle():
    text = "Friedrich Merz warf der Regierung am Dienstag vor, die Lage zu unterschätzen."
    assert reported(text) == [("die Lage zu unterschätzen", "x:person:merz")]


def test_split_verb_then_dass_clause():
    text = "Merz stellte am Montag in Berlin klar, dass es keine Steuererhöhungen geben werde."
    assert reported(text) == [("es keine Steuererhöhungen geben werde", "x:person:merz")]


def test_subject_after_the_first_part_when_a_phrase_is_fronted():
    text = "Im Bundestag warf Friedrich Merz der Regierung vor, sie habe die Lage unterschätzt."
    assert reported(text) == [("sie habe die Lage unterschätzt", "x:person:merz")]


def test_particle_without_a_comma_after_it_is_no_verb_of_saying():
    text = "Friedrich Merz gab am Montag eine Pressekonferenz an der Seite des Präsidenten."
    assert reported(text) == []


def test_lassen_with_an_infinitive_of_saying_split_by_the_middle_field():
    text = "Friedrich Merz ließ am Montag über einen Sprecher wissen, er werde nicht erneut kandidieren."
    assert reported(text) == [("er werde nicht erneut kandidieren", "x:person:merz")]


def test_split_verb_closing_a_sentence_opened_by_a_quotation():
    text = "„Wir lassen uns nicht erpressen“, ließ Friedrich Merz am Abend wissen."
    assert reported(text) == [("Wir lassen uns nicht erpressen", "x:person:merz")]


def test_the_bracketed_acronym_of_an_affiliation_is_not_the_speaker():
    doc = make_doc("Der Experte Cornelius Adebahr von der Deutschen Gesellschaft für Auswärtige Politik (DGAP) "
                   "gibt gleichzeitig zu bedenken, dass das Handelsvolumen kein Indikator sei.", "de",
                   {"x:person:adebahr": ("PERSON", ["Cornelius Adebahr"]),
                    "x:org:dgap": ("ORG", ["Deutschen Gesellschaft für Auswärtige Politik", "DGAP"])})
    doc.sources = find_sources(doc)
    assert [(q.text, q.speaker) for q in find_quotes(doc)] == [
        ("das Handelsvolumen kein Indikator sei", "x:person:adebahr")]
