"""Actor recovery (evroles9 round): who acts when the trigger's clause names nobody, or names the wrong one.

Each test is one construction; the second test of a pair is the reading that must not change."""
from __future__ import annotations

from extract.events_support import document, events, summary

PNC = ("kb:org:pnc", "National Civil Police", "ORG", ["Policía Nacional Civil"])
HONDURAS = ("Q783", "Honduras", "COUNTRY", ["Honduras"], "HND")
SENATE = ("kb:org:senado", "Senate of Chile", "ORG", ["Senado"])
SECURITY = ("x:org:comision", "Comisión de Seguridad", "ORG", ["Comisión de Seguridad"])
BORIC = ("kb:person:boric", "Gabriel Boric", "PERSON", ["Boric"])
PERU = ("Q419", "Peru", "COUNTRY", ["Perú"], "PER")


def _es(text: str, entities: list[tuple]) -> list[tuple]:
    return [summary(e) for e in events(document(text, "es", entities))]


def test_a_zero_subject_after_a_speech_verb_of_the_quotes_lexicon_is_its_speaker():
    # "informó" is a finite speech verb of speech_verbs.tsv, not one of the event cues
    assert _es("La Policía Nacional Civil informó que criticó a Honduras.", [PNC, HONDURAS]) == [
        ("ACCUSE", ("kb:org:pnc",), ("Q783",), "occurred")]


def test_an_unnamed_speaker_after_a_comma_is_no_name_before_the_comma():
    assert _es("Ante la Comisión de Seguridad del Senado, la ministra informó que criticó a Perú.",
               [SECURITY, SENATE, PERU]) == []


def test_a_named_speaker_before_a_title_aside_still_speaks():
    assert _es("Boric, presidente de Chile, informó que criticó a Perú.", [BORIC, PERU]) == [
        ("ACCUSE", ("kb:person:boric",), ("Q419",), "occurred")]


def test_the_genitive_of_a_place_phrase_is_no_subject():
    # "ante" is a preposition of place: neither the committee nor its Senate criticised anyone
    assert _es("Ante la Comisión de Seguridad del Senado criticó a Perú.", [SECURITY, SENATE, PERU]) == []
