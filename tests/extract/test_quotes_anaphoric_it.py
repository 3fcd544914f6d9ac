"""A verb pointing back after adverbs: "Questo, almeno, è quanto sostiene X" reports the sentence
before, and the commas around the adverb make no parenthetical report."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def test_quanto_sostiene_after_an_adverb_reports_the_sentence_before():
    text = ("Lo scopo? Sovvertire, per via giudiziaria, il volere del popolo espresso nelle elezioni. "
            "Questo, almeno, è quanto sostiene il premier Silvio Berlusconi, rivolgendosi ai sostenitori.")
    doc = make_doc(text, "it", {"x:person:b": ("PERSON", ["Silvio Berlusconi"])})
    doc.sources = find_sources(doc)
    assert [(q.text, q.speaker, q.rule) for q in find_quotes(doc)] == [
        ("Sovvertire, per via giudiziaria, il volere del popolo espresso nelle elezioni", "x:person:b",
         "indirect:anaphoric|speaker:mention-after")]
