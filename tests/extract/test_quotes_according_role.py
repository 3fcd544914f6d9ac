"""An attribution word inside the sentence naming someone by office ("..., secondo il presidente del
Consiglio, ...") reports the clause after it; a record or a measure names no one."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

PREMIER = {"x:person:b": ("PERSON", ["Silvio Berlusconi"])}


def reported(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text, "it", PREMIER)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_secondo_and_a_role_noun_mid_sentence_reports_the_clause_after_it():
    text = ("Il presidente del Consiglio Silvio Berlusconi ha parlato ai sostenitori. La prova dell'accordo, "
            "secondo il presidente del Consiglio, sarebbe poi il fatto che la tesi sia stata confermata.")
    assert reported(text) == [("sarebbe poi il fatto che la tesi sia stata confermata", "x:person:b")]


def test_secondo_and_a_measure_mid_sentence_names_no_one():
    text = ("Il premier Silvio Berlusconi ha parlato ai sostenitori. La scuola, secondo le misure sanitarie, "
            "dovrebbe essere chiusa domani.")
    assert reported(text) == []


def test_sono_sempre_le_parole_di_attributes_the_clause_after_it():
    text = ("Il premier Berlusconi ha parlato ai sostenitori. Di fronte a questo stato di cose, sono sempre "
            "le parole di Berlusconi, si rende necessaria un'azione parlamentare contro i magistrati.")
    doc = make_doc(text, "it", {"x:person:b": ("PERSON", ["Berlusconi"])})
    doc.sources = find_sources(doc)
    assert [(q.text, q.speaker) for q in find_quotes(doc)] == [
        ("si rende necessaria un'azione parlamentare contro i magistrati", "x:person:b")]
