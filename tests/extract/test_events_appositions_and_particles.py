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
