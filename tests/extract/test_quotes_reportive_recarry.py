"""A quotation with no verb of saying whose speaker could not be carried over when it was read finds
it in the reportive sentences before it, once those are reported speech; the reportive sentence
after it then keeps that speaker too."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

BACK = "x:person:back"


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_quotation_after_reported_sentences_takes_their_speaker():
    text = ("„Die Regierung muss sich jetzt endlich bewegen“, stellt Nora Back nach ihrer Rede klar. "
            "Die Gewerkschaften würden nicht verlangen, dass die Regierung all ihre Gesetzesprojekte zurückziehe. "
            "Stattdessen wolle man, dass die Regierung endlich in einen Dialog mit den Gewerkschaften tritt. "
            "Auf Augenhöhe und in der Absicht, in Verhandlungen nach Lösungen zu suchen. "
            "Das aber vermisse man derzeit. "
            "„In welcher Form wir am 9. Juli teilnehmen, klären wir jetzt.“ "
            "Dazu gehöre, sich auf Augenhöhe zu begegnen und keine Tagesordnung vorzugeben.")
    found = quotes(make_doc(text, "de", {BACK: ("PERSON", ["Nora Back"])}))
    speakers = {q.text[:20]: q.speaker for q in found}
    assert speakers["In welcher Form wir "] == BACK
    assert speakers["Dazu gehöre, sich au"] == BACK
