"""Verbs of saying after the words they report: French "..., a-t-il déclaré jeudi soir" (the time
adverb after the verb is no infinitive opening a clause: fr/speech_cue_words.tsv lists the -oir
infinitives instead of the ending, which "soir" shares) and German "..., wie X der dpa mitteilte"."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

BLINKEN = {"x:person:blinken": ("PERSON", ["Antony Blinken"])}


def quotes(text: str, lang: str, entities: dict) -> list[tuple[str, str | None]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_inverted_pronoun_then_weekday_evening_reports_the_clause_before_the_verb():
    text = "Antony Blinken est arrivé à Doha.\nLe cessez-le-feu tient toujours, a-t-il déclaré jeudi soir."
    assert quotes(text, "fr", BLINKEN) == [("Le cessez-le-feu tient toujours", "x:person:blinken")]


def test_listed_infinitive_after_the_verb_still_opens_the_report():
    text = "Antony Blinken a dit croire à un accord rapide entre les deux camps."
    assert quotes(text, "fr", BLINKEN) == [("croire à un accord rapide entre les deux camps", "x:person:blinken")]


POLICE_DPA = {"x:org:polizei": ("ORG", ["Berliner Polizei"]), "x:org:dpa": ("ORG", ["Deutschen Presse-Agentur"])}


def test_german_wie_clause_speaker_is_the_first_phrase_not_the_dative_addressee():
    text = "Der Verdächtige sei festgenommen worden, wie die Berliner Polizei der Deutschen Presse-Agentur mitteilte."
    assert quotes(text, "de", POLICE_DPA) == [("Der Verdächtige sei festgenommen worden", "x:org:polizei")]
