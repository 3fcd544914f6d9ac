"""German middle field: the subject opens it, adverbials and a dative object follow ("wie er gegenüber
dem Abendblatt sagte", "sagte eine Sprecherin dem Handelsblatt"); neither the adverbial nor the one
told speaks."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

HENDEL = "kb:person:hendel"
LUFTHANSA = "kb:org:lufthansa"
HANDELSBLATT = "kb:org:handelsblatt"


def speakers(text, entities):
    doc = make_doc(text, "de", entities)
    doc.sources = find_sources(doc)
    return {q.text: q.speaker for q in find_quotes(doc)}


def test_a_pronoun_before_an_adverbial_is_the_subject_carried_over():
    text = ('Der beste Deutsche, Sebastian Hendel, empfand den Wind als "sehr schön, weil es schön erfrischend '
            'war", wie er gegenüber dem Abendblatt sagte.')
    found = speakers(text, {HENDEL: ("PERSON", ["Sebastian Hendel"])})
    assert found["sehr schön, weil es schön erfrischend war"] == HENDEL


def test_a_spokesperson_before_an_adverbial_speaks_for_the_body_named_before():
    text = ("Die Ermittler durchsuchten am Mittwoch die Lufthansa. Die Flüge seien nicht betroffen, wie eine "
            "Sprecherin auf Anfrage bestätigte.")
    found = speakers(text, {LUFTHANSA: ("ORG", ["Lufthansa"])})
    assert found["Die Flüge seien nicht betroffen"] == LUFTHANSA


def test_a_name_after_a_dative_article_is_told_not_speaking():
    text = ("Die Lufthansa weist die Vorwürfe zurück. „Wir haben nichts zu verbergen“, sagte eine Sprecherin "
            "dem Handelsblatt.")
    found = speakers(text, {LUFTHANSA: ("ORG", ["Lufthansa"]), HANDELSBLATT: ("ORG", ["Handelsblatt"])})
    assert found["Wir haben nichts zu verbergen"] == LUFTHANSA
