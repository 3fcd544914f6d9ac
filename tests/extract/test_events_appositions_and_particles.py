"""Subjects past a German apposition that holds a party's name, and a verb particle before "und"
(evpart17 round: triggers read but dropped for want of an actor)."""
from __future__ import annotations

from extract.events_support import document, events, summary

MERZ = ("Q58", "Friedrich Merz", "PERSON", ["Friedrich Merz"])
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Olaf Scholz"])
CDU = ("Q49762", "Christian Democratic Union of Germany", "ORG", ["adjective:CDU", "CDU"])
MEIER = ("x:person:hans-meier", "Hans Meier", "PERSON", ["Hans Meier"])
VERDI = ("Q259014", "ver.di", "ORG", ["Gewerkschaft Verdi"])


def test_the_name_before_an_apposition_with_an_article_and_a_partys_title_acts():
    text = "Friedrich Merz, der CDU-Chef, kritisierte Olaf Scholz scharf."
    assert [summary(e) for e in events(document(text, "de", [MERZ, SCHOLZ, CDU]))] == [
        ("ACCUSE", ("Q58",), ("Q61053",), "occurred")]


def test_the_name_before_a_title_with_a_genitive_body_acts():
    text = "Hans Meier, Chef der Gewerkschaft Verdi, kritisierte Olaf Scholz."
    assert [summary(e) for e in events(document(text, "de", [MEIER, VERDI, SCHOLZ]))] == [
        ("ACCUSE", ("x:person:hans-meier",), ("Q61053",), "occurred")]


def test_a_particle_before_und_governs_neither_the_next_verb_nor_its_object():
    text = "Friedrich Merz trat in Berlin auf und kritisierte Olaf Scholz scharf."
    assert [summary(e) for e in events(document(text, "de", [MERZ, SCHOLZ]))] == [
        ("ACCUSE", ("Q58",), ("Q61053",), "occurred")]


UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"])
USA = ("Q30", "United States", "COUNTRY", ["USA"])
GAETZ = ("x:person:matt-gaetz", "Matt Gaetz", "PERSON", ["Matt Gaetz"])


def test_wird_with_a_participle_is_the_present_passive_done_by_its_agent():
    text = "Die Ukraine wird von den USA mit Waffen unterstützt."
    assert [summary(e) for e in events(document(text, "de", [UKRAINE, USA]))] == [
        ("SUPPORT", ("Q30",), ("Q212",), "occurred")]


def test_werden_with_a_participle_and_no_agent_names_nobody_who_acts():
    text = "Dem früheren Abgeordneten Matt Gaetz werden unter anderem Drogenkonsum vorgeworfen."
    assert events(document(text, "de", [GAETZ])) == []


def test_wird_with_an_infinitive_stays_a_plan():
    text = "Olaf Scholz wird Friedrich Merz treffen."
    assert [summary(e) for e in events(document(text, "de", [SCHOLZ, MERZ]))] == [
        ("CONSULT", ("Q61053",), ("Q58",), "planned")]


RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia"])
POLAND = ("Q36", "Poland", "COUNTRY", ["Polonia"])
ITALY = ("Q38", "Italy", "COUNTRY", ["Italia"])


def test_the_copula_before_a_transitive_participle_with_its_agent_is_the_italian_passive():
    text = "La Polonia è minacciata dalla Russia."
    assert [summary(e) for e in events(document(text, "it", [POLAND, RUSSIA]))] == [
        ("THREATEN", ("Q159",), ("Q36",), "occurred")]


def test_the_copula_of_an_intransitive_verb_with_da_stays_active():
    text = "L'Italia è uscita dalla Via della Seta."
    assert not [e for e in events(document(text, "it", [ITALY])) if e.rule.endswith(":passive")]


RUSSIA_EN = ("Q159", "Russia", "COUNTRY", ["Russia"])
POLAND_EN = ("Q36", "Poland", "COUNTRY", ["Poland"])
NATO = ("Q7184", "NATO", "ORG", ["NATO"])


def test_a_verb_no_lexicon_knows_between_two_names_ends_the_noun_triggers_target():
    text = "Russia's threats against Poland alarmed NATO allies."
    assert [summary(e) for e in events(document(text, "en", [RUSSIA_EN, POLAND_EN, NATO]))] == [
        ("THREATEN", ("Q159",), ("Q36",), "occurred")]


def test_a_german_verb_right_after_und_takes_no_subject_after_it():
    text = 'Man legt die Aktion neu auf und bietet den "Tarif Olaf Scholz" an.'
    assert [e for e in events(document(text, "de", [SCHOLZ])) if e.source == ["Q61053"]] == []


def test_a_later_passive_auxiliary_opens_its_own_predicate_and_agent():
    text = "Der Fonds wird von Inselstaaten gefordert und wurde von den USA abgelehnt."
    assert [e for e in events(document(text, "de", [USA])) if e.type == "REQUEST"] == []
