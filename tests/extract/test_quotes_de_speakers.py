"""German speaker attribution: the reportive mood (Konjunktiv I) carries someone's words across
sentences and paragraphs; plain narration ends that."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

ADEBAHR = "kb:person:adebahr"
PEOPLE = {ADEBAHR: ("PERSON", ["Cornelius Adebahr"])}


def speakers(text, entities):
    doc = make_doc(text, "de", entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_reportive_paragraph_keeps_the_speaker_of_the_paragraph_before():
    text = ("Iran-Experte Cornelius Adebahr sagte, das Handelsvolumen alleine sei kein Indikator für eine "
            "Unterstützung der Islamischen Republik.\n\n"
            "Wichtiger als Handelssanktionen seien Exportkontrollen und Sanktionen im Bereich militärisch "
            "nutzbarer Technologie.")
    found = speakers(text, PEOPLE)
    assert ("Wichtiger als Handelssanktionen seien Exportkontrollen und Sanktionen im Bereich militärisch "
            "nutzbarer Technologie", ADEBAHR, False) in found


def test_plain_narration_between_ends_the_reported_words():
    text = ("Iran-Experte Cornelius Adebahr sagte, das Handelsvolumen alleine sei kein Indikator für eine "
            "Unterstützung der Islamischen Republik.\n\n"
            "Im Jahr 2023 stiegen die deutschen Exporte in den Iran deutlich.\n\n"
            "Wichtiger als Handelssanktionen seien Exportkontrollen und Sanktionen im Bereich militärisch "
            "nutzbarer Technologie.")
    found = speakers(text, PEOPLE)
    assert all(not t.startswith("Wichtiger") for t, _, _ in found)


DESTATIS = "kb:org:destatis"
OFFICE = {DESTATIS: ("ORG", ["Statistischen Bundesamts", "Statistischem Bundesamt"])}


def test_cited_body_in_the_middle_field_speaks_the_rest_of_the_sentence():
    text = ("Das Ranking verwundert nicht: Immerhin ist Deutschland nach Angaben des Statistischen "
            "Bundesamts größter EU-Exporteur - vor den Niederlanden und Italien.")
    found = speakers(text, OFFICE)
    assert found == [("größter EU-Exporteur - vor den Niederlanden und Italien", DESTATIS, False)]


def test_cited_body_before_a_dass_clause_speaks_that_clause():
    text = ("Die Auswertung des Januars und Februars zeigt laut Statistischem Bundesamt jedoch, dass deutsche "
            "Exporte in den Iran gegenüber dem Vorjahreszeitraum um 22,1 Prozent gestiegen sind.")
    found = speakers(text, OFFICE)
    assert found == [("deutsche Exporte in den Iran gegenüber dem Vorjahreszeitraum um 22,1 Prozent gestiegen sind",
                      DESTATIS, False)]


def test_a_record_before_a_dass_clause_speaks_nothing():
    text = ("Die Auswertung zeigt laut den vorläufigen Zahlen jedoch, dass deutsche Exporte in den Iran "
            "gegenüber dem Vorjahreszeitraum gestiegen sind.")
    assert speakers(text, OFFICE) == []


ASAR = "kb:person:asar"


def test_konjunktiv_ii_standing_in_for_the_reportive_continues_the_quote_before():
    text = ("Doch es gehe damit nicht schnell genug voran, die konkrete Ausgestaltung bliebe unklar, sagt Ayşe "
            "Asar. In der Konsequenz stünden Forschungseinrichtungen mit dem Problem weiterhin alleine da.")
    found = speakers(text, {ASAR: ("PERSON", ["Ayşe Asar"])})
    assert ("In der Konsequenz stünden Forschungseinrichtungen mit dem Problem weiterhin alleine da", ASAR,
            False) in found


def test_konjunktiv_ii_without_a_quote_before_is_narration():
    text = ("Ayşe Asar leitet das Institut seit 2020. In der Konsequenz stünden Forschungseinrichtungen mit "
            "dem Problem weiterhin alleine da.")
    assert speakers(text, {ASAR: ("PERSON", ["Ayşe Asar"])}) == []


def test_swiss_spelling_of_an_impersonal_verb_is_a_cue():
    text = ("Er sei getötet worden, als sein Fahrzeug im Osten des Landes getroffen worden sei, hiess es aus "
            "dem Innenministerium.")
    found = speakers(text, {"kb:org:bmi": ("ORG", ["Innenministerium"])})
    assert found == [("Er sei getötet worden, als sein Fahrzeug im Osten des Landes getroffen worden sei",
                      "kb:org:bmi", False)]


def test_sources_around_a_body_are_not_the_body():
    text = ("Er sei getötet worden, als sein Fahrzeug im Osten des Landes getroffen worden sei, hiess es aus "
            "libanesischen Sicherheitsquellen.")
    found = speakers(text, {"kb:country:lebanon": ("COUNTRY", ["libanesischen"])})
    assert [speaker for _, speaker, _ in found] == [None]
