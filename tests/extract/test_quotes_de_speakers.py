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
