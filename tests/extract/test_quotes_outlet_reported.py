"""English "X reported that ...": an outlet asserting a clause is its speaker (GUIDELINES 3), in
every language; "reported" with a plain object reports nothing."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_english_outlet_reported_that():
    text = "The Washington Post reported on Monday that the talks had failed."
    doc = make_doc(text, "en", {"Q166032": ("MEDIA", ["The Washington Post"])})
    assert quotes(doc) == [("the talks had failed", "Q166032")]


def test_english_reported_with_a_plain_object_is_no_report():
    text = "Police reported the incident to the prosecutor in Boston."
    doc = make_doc(text, "en", {"Q100": ("PLACE", ["Boston"])})
    assert quotes(doc) == []


def test_italian_outlet_ha_scritto_che():
    text = "La Repubblica ha scritto che i colloqui sono falliti."
    doc = make_doc(text, "it", {"Q218919": ("MEDIA", ["La Repubblica"])})
    assert quotes(doc) == [("i colloqui sono falliti", "Q218919")]


def test_german_outlet_berichtete_with_reportive_clause():
    text = "Die Washington Post berichtete, die Gespräche seien gescheitert."
    doc = make_doc(text, "de", {"Q166032": ("MEDIA", ["Washington Post"])})
    assert quotes(doc) == [("die Gespräche seien gescheitert", "Q166032")]


def test_french_outlet_a_revele_que():
    text = "Le Monde a révélé que les négociations avaient échoué."
    doc = make_doc(text, "fr", {"Q12461": ("MEDIA", ["Le Monde"])})
    assert quotes(doc) == [("les négociations avaient échoué", "Q12461")]


def test_spanish_outlet_informo_de_que():
    text = "El País informó de que las negociaciones fracasaron."
    doc = make_doc(text, "es", {"Q8812": ("MEDIA", ["El País"])})
    assert quotes(doc) == [("las negociaciones fracasaron", "Q8812")]
