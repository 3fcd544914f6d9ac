"""An aside in commas between a verb of saying and its complementizer ("ha detto, in un'intervista
al Corriere, che ..."): the clause after the complementizer is still the report, in every language."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_italian_interview_aside_before_che():
    text = "Il ministro Antonio Tajani ha detto, in un'intervista a un quotidiano romano, che l'Italia non invierà truppe."
    doc = make_doc(text, "it", {"Q56874": ("PERSON", ["Antonio Tajani"])})
    assert quotes(doc) == [("l'Italia non invierà truppe", "Q56874", False)]


def test_french_press_conference_aside_before_que():
    text = ("Le ministre Jean-Noël Barrot a déclaré, lors d'une conférence de presse à Paris, "
            "que la France restera mobilisée.")
    doc = make_doc(text, "fr", {"Q3170106": ("PERSON", ["Jean-Noël Barrot"])})
    assert quotes(doc) == [("la France restera mobilisée", "Q3170106", False)]


def test_spanish_interview_aside_before_que():
    text = "El ministro José Manuel Albares dijo, en una entrevista radiofónica, que España no enviará tropas."
    doc = make_doc(text, "es", {"Q20536633": ("PERSON", ["José Manuel Albares"])})
    assert quotes(doc) == [("España no enviará tropas", "Q20536633", False)]


def test_english_statement_aside_before_that():
    text = "Secretary of State Marco Rubio said, in a statement on Friday, that the United States would not send troops."
    doc = make_doc(text, "en", {"Q324546": ("PERSON", ["Marco Rubio"])})
    assert quotes(doc) == [("the United States would not send troops", "Q324546", False)]


def test_german_aside_before_dass():
    text = "Außenminister Johann Wadephul sagte, am Rande des Treffens in Brüssel, dass Deutschland keine Truppen schicke."
    doc = make_doc(text, "de", {"Q1698620": ("PERSON", ["Johann Wadephul"])})
    assert quotes(doc) == [("Deutschland keine Truppen schicke", "Q1698620", False)]


def test_italian_relative_clause_after_a_comma_is_no_report():
    text = "Il ministro Antonio Tajani ha ricordato i medici, che hanno lavorato tutta la notte."
    doc = make_doc(text, "it", {"Q56874": ("PERSON", ["Antonio Tajani"])})
    assert quotes(doc) == []


def test_german_reported_clause_in_commas_is_no_aside_before_dass():
    text = "Synodenpräsidentin Annekathrin Preidel sagte in Coburg, sie bedauere, dass es Missverständnisse gegeben habe."
    doc = make_doc(text, "de", {"x:person:preidel": ("PERSON", ["Annekathrin Preidel"])})
    assert quotes(doc) == [("sie bedauere, dass es Missverständnisse gegeben habe", "x:person:preidel", False)]
