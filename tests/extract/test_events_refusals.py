"""Refusals are REJECT in every language (PLOVER: "all refusals and rejections"): the refused act is the
refusal's content, not a negated event of its own; a refusal to comment is news routine, no act (evreject31)."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia", "Russland", "Russie"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "Ucrania"], "UKR")
USA = ("Q30", "United States", "COUNTRY", ["United States", "Estados Unidos"], "USA")
HUNGARY = ("Q28", "Hungary", "COUNTRY", ["Ungarn", "Hongrie"], "HUN")
RUTTE = ("Q57792", "Mark Rutte", "PERSON", ["Mark Rutte"])
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Olaf Scholz"])
MERZ = ("Q62725", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
SANCHEZ = ("Q10604", "Pedro Sánchez", "PERSON", ["Pedro Sánchez"])
VOX = ("Q20554848", "Vox", "ORG", ["Vox"])
IRAN = ("Q794", "Iran", "COUNTRY", ["Iran"], "IRN")
ALL = [RUSSIA, UKRAINE, USA, HUNGARY, RUTTE, SCHOLZ, MERZ, SANCHEZ, VOX, IRAN]


def test_se_nego_a_is_a_refusal_carrying_its_content():
    [event] = events(document("Rusia se negó a negociar con Ucrania.", "es", ALL))
    assert summary(event) == ("REJECT", ("Q159",), ("Q212",), "occurred")


def test_a_refusal_with_a_bare_infinitive_is_a_refusal_not_the_refused_act():
    # "rehusar|rehusarse": the plain lemma needs no reflexive pronoun
    [event] = events(document("Rusia rehusó negociar con Ucrania.", "es", ALL))
    assert summary(event) == ("REJECT", ("Q159",), ("Q212",), "occurred")


def test_refusing_to_comment_is_no_act():
    assert events(document("The United States refused to comment on the report.", "en", ALL)) == []


def test_saying_no_to_a_party_is_a_refusal():
    [event] = events(document("Pedro Sánchez dijo no a Vox.", "es", ALL))
    assert summary(event) == ("REJECT", ("Q10604",), ("Q20554848",), "occurred")


def test_said_no_one_is_no_refusal():
    assert events(document("Iran said no one was hurt.", "en", ALL)) == []


def test_a_veto_cast_with_a_light_verb_is_a_refusal():
    [event] = events(document("Ungarn legte sein Veto gegen Mark Rutte ein.", "de", ALL))
    assert summary(event) == ("REJECT", ("Q28",), ("Q57792",), "occurred")


def test_a_rebuff_given_to_a_person_is_a_refusal():
    [event] = events(document("Olaf Scholz erteilte Friedrich Merz eine Abfuhr.", "de", ALL))
    assert summary(event) == ("REJECT", ("Q61053",), ("Q62725",), "occurred")
