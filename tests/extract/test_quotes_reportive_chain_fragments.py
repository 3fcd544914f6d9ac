"""German reported speech (Konjunktiv I) goes on across a verbless fragment and into a short
sentence: "Auf Augenhöhe und in der Absicht, ... zu suchen. Das aber fehle derzeit." keeps the speaker."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

PEOPLE = {"x:person:back": ("PERSON", ["Nora Back"])}


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_a_short_reportive_sentence_after_a_fragment_keeps_the_speaker():
    text = ("„Die Regierung muss sich jetzt bewegen“, stellt Nora Back klar. Stattdessen wolle man, dass die "
            "Regierung endlich in einen Dialog mit den Gewerkschaften tritt. Auf Augenhöhe und in der Absicht, "
            "in Verhandlungen nach Lösungen zu suchen. Das aber fehle derzeit.")
    found = quotes(make_doc(text, "de", PEOPLE))
    assert ("Das aber fehle derzeit", "x:person:back") in [(q.text, q.speaker) for q in found]


def test_a_short_reportive_sentence_opening_a_paragraph_of_narration_is_no_quote():
    text = ("Der Winter war hart in diesem Jahr. Das aber sei vorbei.")
    found = quotes(make_doc(text, "de", PEOPLE))
    assert [q.text for q in found] == []


def test_a_sentence_with_a_verb_of_its_own_ends_the_chain():
    text = ("„Die Regierung muss sich jetzt bewegen“, stellt Nora Back klar. Stattdessen wolle man einen "
            "Dialog mit den Gewerkschaften. Am Abend kam es zu Protesten vor dem Parlament in der Stadt. Das "
            "aber fehle derzeit.")
    found = quotes(make_doc(text, "de", PEOPLE))
    assert "Das aber fehle derzeit" not in [q.text for q in found]


def test_an_unlisted_verb_ending_in_e_before_man_is_reportive():
    text = ("„Die Regierung muss sich jetzt bewegen“, stellt Nora Back klar. Stattdessen wolle man einen "
            "Dialog mit den Gewerkschaften. Das aber vermisse man derzeit.")
    found = quotes(make_doc(text, "de", PEOPLE))
    assert ("Das aber vermisse man derzeit", "x:person:back") in [(q.text, q.speaker) for q in found]


def test_a_past_form_before_man_is_not_reportive():
    text = ("„Die Regierung muss sich jetzt bewegen“, stellt Nora Back klar. Stattdessen wolle man einen "
            "Dialog mit den Gewerkschaften. Das aber vermisste man damals.")
    found = quotes(make_doc(text, "de", PEOPLE))
    assert "Das aber vermisste man damals" not in [q.text for q in found]
