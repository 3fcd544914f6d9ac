"""A verb of saying ending its paragraph with a colon reports the next paragraph, set apart without
quotation marks (Wikinews block quotes lose their marks in plain text)."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def test_colon_at_the_paragraph_end_reports_the_next_paragraph():
    text = ("Paul Hertz, direttore della divisione astrofisica della NASA, ha dichiarato:\n"
            "Avevamo indicazioni che l'acqua fosse presente sulla Luna. Ora ne abbiamo la prova.\n"
            "La notizia è stata accolta con entusiasmo.")
    doc = make_doc(text, "it", {"x:person:hertz": ("PERSON", ["Paul Hertz"])})
    doc.sources = find_sources(doc)
    assert [(q.text, q.speaker) for q in find_quotes(doc)] == [
        ("Avevamo indicazioni che l'acqua fosse presente sulla Luna. Ora ne abbiamo la prova", "x:person:hertz")]


def test_complementizer_and_colon_at_the_paragraph_end_report_the_next_paragraph():
    text = ("Il pugile Óscar de la Hoya ha dichiarato alla stampa che:\n"
            "I pugili di oggi sono uomini d'affari, io invece sono un assassino nato.\n"
            "Fine.")
    doc = make_doc(text, "it", {"x:person:hoya": ("PERSON", ["Óscar de la Hoya"])})
    doc.sources = find_sources(doc)
    assert [(q.text, q.speaker) for q in find_quotes(doc)] == [
        ("I pugili di oggi sono uomini d'affari, io invece sono un assassino nato", "x:person:hoya")]


def test_participle_agreeing_with_a_clitic_object_is_a_cue():
    text = "L'ex premier Thaksin Shinawatra l'aveva definita «una follia»."
    doc = make_doc(text, "it", {"x:person:t": ("PERSON", ["Thaksin Shinawatra"])})
    doc.sources = find_sources(doc)
    assert [(q.text, q.speaker) for q in find_quotes(doc)] == [("una follia", "x:person:t")]


def test_colon_at_the_paragraph_end_before_a_heading_reports_nothing():
    text = ("Il pugile Amir Khan ha scritto su Twitter:\n"
            "Dichiarazioni dopo la gara\n"
            "Lo sconfitto ha parlato a lungo con i giornalisti.")
    doc = make_doc(text, "it", {"x:person:khan": ("PERSON", ["Amir Khan"])})
    doc.sources = find_sources(doc)
    assert find_quotes(doc) == []
