"""German quotations read in a document ("ist in dem Papier zu lesen", "steht in dem Brief"): the body
the source phrase names speaks; "steht" quotes only right after the quotation and its comma."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

CDU = {"kb:org:cdu": ("ORG", ["CDU"]), "kb:person:merz": ("PERSON", ["Friedrich Merz"])}


def speakers(text, entities):
    doc = make_doc(text, "de", entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_split_ist_zu_lesen_has_its_source_in_the_middle_field():
    text = "Friedrich Merz kam. „Die Regierung hat ihre Versprechen gebrochen“, ist in dem Papier der CDU zu lesen."
    assert speakers(text, CDU) == [("Die Regierung hat ihre Versprechen gebrochen", "kb:org:cdu", True)]


def test_steht_after_the_quotation_and_its_comma_names_the_document():
    text = "Friedrich Merz kam. „Wir fordern Neuwahlen“, steht in dem Brief der CDU."
    assert speakers(text, CDU) == [("Wir fordern Neuwahlen", "kb:org:cdu", True)]


def test_steht_with_no_comma_after_a_quoted_term_is_no_speech():
    text = "Friedrich Merz kam. Das Wort „Remigration“ steht in der Kritik."
    assert speakers(text, CDU) == []
