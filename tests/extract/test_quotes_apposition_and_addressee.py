"""Reported speech around a subject with a name in commas, an addressee before "dass", and a verb
that only looks parenthetical (a subordinate clause's verb, a main clause's verb with its object)."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_german_name_in_commas_after_the_subject_noun_is_no_parenthetical_verb():
    text = "Der Sprecher des Innenministeriums, Maximilian Kall, sagte, die Lage sei unter Kontrolle."
    doc = make_doc(text, "de", {"x:person:kall": ("PERSON", ["Maximilian Kall"]),
                                "Q699342": ("ORG", ["Innenministeriums"])})
    assert quotes(doc) == [("die Lage sei unter Kontrolle", "x:person:kall", False)]


def test_italian_name_in_commas_after_the_subject_noun_keeps_the_complementizer_clause():
    text = "Il portavoce del Cremlino, Dmitrij Peskov, ha detto che la Russia non cederà."
    doc = make_doc(text, "it", {"Q4151470": ("PERSON", ["Dmitrij Peskov"]), "Q42318": ("ORG", ["Cremlino"])})
    assert quotes(doc) == [("la Russia non cederà", "Q4151470", False)]


def test_german_addressee_with_article_before_dass_is_no_relative_clause():
    text = "Franz Webhofer, Verwalter der Heime, sagte der Kleinen Zeitung, dass es einen Notfallplan gibt."
    doc = make_doc(text, "de", {"x:person:webhofer": ("PERSON", ["Franz Webhofer"])})
    assert quotes(doc) == [("es einen Notfallplan gibt", "x:person:webhofer", False)]


def test_german_clause_after_a_quoted_addressee_starts_after_dass():
    text = "Bundeskanzler Friedrich Merz sagte der „Bild“-Zeitung, dass er keine Zweifel habe."
    doc = make_doc(text, "de", {"Q57792": ("PERSON", ["Friedrich Merz"])})
    assert quotes(doc) == [("er keine Zweifel habe", "Q57792", False)]


def test_german_verb_closing_a_relative_clause_is_no_parenthetical_attribution():
    text = ("Trump mag eine Verfügung erlassen haben, die Englisch zur Amtssprache der USA erklärt, "
            "aber Spanisch wird sicher nicht verschwinden.")
    doc = make_doc(text, "de", {"Q22686": ("PERSON", ["Trump"]), "Q30": ("COUNTRY", ["USA"])})
    assert quotes(doc) == []


def test_german_verb_opening_its_part_after_the_content_still_attributes_it():
    text = "Die Mission sei beendet, teilte das Verteidigungsministerium mit."
    doc = make_doc(text, "de", {"kb:org:bmvg": ("ORG", ["Verteidigungsministerium"])})
    assert quotes(doc) == [("Die Mission sei beendet", "kb:org:bmvg", False)]


def test_italian_verb_with_subject_before_and_object_after_is_no_parenthetical():
    text = ("Per i quattro uomini, il pubblico ministero Luca Tescaroli aveva chiesto la condanna "
            "all'ergastolo per concorso in omicidio, riservando l'assoluzione all'unica donna imputata.")
    doc = make_doc(text, "it", {"x:person:tescaroli": ("PERSON", ["Luca Tescaroli"])})
    assert quotes(doc) == []


def test_italian_parenthetical_verb_with_its_subject_after_it_reports_the_whole_sentence():
    text = "Se ciò non avvenisse, ha detto il ministro Antonio Tajani, ci saranno gravi conseguenze per tutti."
    doc = make_doc(text, "it", {"Q56874": ("PERSON", ["Antonio Tajani"])})
    assert quotes(doc) == [(text[:-1], "Q56874", False)]
