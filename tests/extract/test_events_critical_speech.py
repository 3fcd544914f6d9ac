"""A speaker quoted calling a named party disgraceful, lying or illegal accuses it (PLOVER ACCUSE
disapprove, gold GUIDELINES: criticism and insults), though no verb of accusing is written. The words
of censure are lang/<code>/event_criticism.tsv; the quotes come from the real quotes stage."""
from __future__ import annotations

from extract.events_support import document, summary

from cronaca.extract.events import Events
from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

FAVA = ("x:person:fava", "Claudio Fava", "PERSON", ["Claudio Fava", "Fava"])
GRILLO = ("x:person:grillo", "Beppe Grillo", "PERSON", ["Beppe Grillo", "Grillo"])
RENZI = ("x:person:renzi", "Matteo Renzi", "PERSON", ["Matteo Renzi", "Renzi"])
SALVINI = ("x:person:salvini", "Matteo Salvini", "PERSON", ["Matteo Salvini", "Salvini"])
ZELENSKY = ("x:person:zelensky", "Volodymyr Zelensky", "PERSON", ["Volodymyr Zelensky", "Zelensky"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
FRANCE = ("Q142", "France", "COUNTRY", ["Francia"], "FRA")
MERZ = ("x:person:merz", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
SCHOLZ = ("x:person:scholz", "Olaf Scholz", "PERSON", ["Olaf Scholz", "Scholz"])
LE_PEN = ("x:person:le-pen", "Marine Le Pen", "PERSON", ["Marine Le Pen", "Le Pen"])
MACRON = ("x:person:macron", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
ALL = [FAVA, GRILLO, RENZI, SALVINI, ZELENSKY, RUSSIA, FRANCE, MERZ, SCHOLZ, LE_PEN, MACRON]


def censures(text: str, lang: str) -> list[tuple]:
    doc = document(text, lang, ALL)
    doc.sources = find_sources(doc)
    doc.quotes = find_quotes(doc)
    return [summary(e) for e in Events()(doc).events if e.rule.endswith("/quote:critical-speech")]


def test_an_italian_insult_in_a_quote_accuses_the_party_it_is_said_of():
    assert censures("«Grillo parla come un mafioso», ha affermato Claudio Fava.", "it") == [
        ("ACCUSE", ("x:person:fava",), ("x:person:grillo",), "occurred")]


def test_an_english_charge_of_lying_accuses_the_country_before_it():
    assert censures('"Russia is lying to the whole world," Volodymyr Zelensky said.', "en") == [
        ("ACCUSE", ("x:person:zelensky",), ("Q159",), "occurred")]


def test_a_german_judgement_of_conduct_accuses_its_subject():
    assert censures("„Olaf Scholz handelt verantwortungslos“, sagte Friedrich Merz.", "de") == [
        ("ACCUSE", ("x:person:merz",), ("x:person:scholz",), "occurred")]


def test_a_censure_noun_accuses_the_party_behind_a_linking_word():
    assert censures("« C'est une trahison de Macron », a déclaré Marine Le Pen.", "fr") == [
        ("ACCUSE", ("x:person:le-pen",), ("x:person:macron",), "occurred")]


def test_a_negated_censure_accuses_nobody():
    assert censures("«Renzi non è un bugiardo», ha detto Matteo Salvini.", "it") == []


def test_a_country_after_a_locative_preposition_is_where_it_happened_not_who_is_accused():
    assert censures("«Sono entrati in Francia illegalmente», ha detto Matteo Salvini.", "it") == []


def test_a_speaker_judging_himself_accuses_nobody():
    assert censures("«Renzi è stato un vigliacco», ha ammesso Matteo Renzi.", "it") == []


def test_the_name_right_before_a_partial_quotation_is_the_party_it_judges():
    assert censures("Secondo Claudio Fava, Grillo «ha mentito agli italiani».", "it") == [
        ("ACCUSE", ("x:person:fava",), ("x:person:grillo",), "occurred")]


def test_a_name_before_a_partial_quotation_that_a_verb_separates_is_not_judged():
    assert censures("Claudio Fava ha attaccato Grillo e ha detto che «ha mentito agli italiani».", "it") == []


def test_a_party_said_to_have_lost_credibility_is_accused():
    assert censures("«Renzi non è più credibile», ha detto Beppe Grillo.", "it") == [
        ("ACCUSE", ("x:person:grillo",), ("x:person:renzi",), "occurred")]


def test_a_government_said_to_act_too_slowly_is_accused():
    assert censures("„Olaf Scholz handelt viel zu langsam“, sagte Friedrich Merz.", "de") == [
        ("ACCUSE", ("x:person:merz",), ("x:person:scholz",), "occurred")]


def test_lies_said_of_a_party_accuse_it():
    assert censures("«Sono le solite bugie di Salvini», ha detto Claudio Fava.", "it") == [
        ("ACCUSE", ("x:person:fava",), ("x:person:salvini",), "occurred")]


def test_a_party_fighting_against_the_censured_thing_is_not_judged():
    assert censures("„Olaf Scholz kämpft gegen die Propaganda“, sagte Friedrich Merz.", "de") == []
