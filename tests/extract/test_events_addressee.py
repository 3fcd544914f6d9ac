"""Recipients named by a preposition only some triggers take (issue #6, evsense): German "an" after a
noun of criticism, demand, threat, help ("Kritik an der Regierung", "Appell an die EU"), never as a
place ("an der Grenze"); it/es/fr rows "nei confronti dell'", "en contra de", "envers", "à l'égard de".
One behaviour per test."""
from __future__ import annotations

from extract.events_support import document, events, summary

SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Scholz"])
MERZ = ("Q56039", "Friedrich Merz", "PERSON", ["Merz"])
REGIERUNG = ("Q159388", "Federal Government of Germany", "ORG", ["Bundesregierung"])
EU = ("Q458", "European Union", "ORG", ["EU"])
RUSSIA_DE = ("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")
POLAND = ("Q36", "Poland", "COUNTRY", ["Polen"], "POL")
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Macron"])
RUSSIA_FR = ("Q159", "Russia", "COUNTRY", ["Russie"], "RUS")
ISRAEL_FR = ("Q801", "Israel", "COUNTRY", ["Israël"], "ISR")


def test_de_criticism_an_the_government_targets_it():
    text = "Scholz übte scharfe Kritik an der Bundesregierung."
    [event] = events(document(text, "de", [SCHOLZ, REGIERUNG]))
    assert summary(event) == ("ACCUSE", ("Q61053",), ("Q159388",), "occurred")


def test_de_an_appeal_addressed_an_the_eu_targets_it():
    [event] = events(document("Scholz richtete einen Appell an die EU.", "de", [SCHOLZ, EU]))
    assert summary(event) == ("REQUEST", ("Q61053",), ("Q458",), "occurred")


def test_de_criticism_with_its_author_in_between_still_targets():
    text = "Die Kritik von Scholz an der Bundesregierung wächst."
    [event] = events(document(text, "de", [SCHOLZ, REGIERUNG]))
    assert summary(event) == ("ACCUSE", ("Q61053",), ("Q159388",), "occurred")


def test_de_a_threat_an_a_country():
    [event] = events(document("Scholz richtete eine Drohung an Russland.", "de", [SCHOLZ, RUSSIA_DE]))
    assert summary(event) == ("THREATEN", ("Q61053",), ("Q159",), "occurred")


def test_de_appealing_an_somebody_targets_them():
    [event] = events(document("Scholz appellierte an die EU.", "de", [SCHOLZ, EU]))
    assert summary(event) == ("REQUEST", ("Q61053",), ("Q458",), "occurred")


def test_de_an_after_a_verb_without_an_addressee_is_a_place():
    # "fordern" takes its demand as object: "an der Grenze zu Polen" is where, not whom
    text = "Merz forderte an der Grenze zu Polen mehr Kontrollen."
    [event] = events(document(text, "de", [MERZ, POLAND]))
    assert summary(event) == ("REQUEST", ("Q56039",), (), "occurred")


def test_de_an_after_a_meeting_noun_is_no_recipient():
    text = "Das Treffen von Scholz an der Grenze zu Polen."
    assert all("Q36" not in e.target for e in events(document(text, "de", [SCHOLZ, POLAND])))


def test_fr_criticism_envers_a_country_targets_it():
    text = "Macron a exprimé des critiques envers la Russie."
    [event] = events(document(text, "fr", [MACRON, RUSSIA_FR]))
    assert summary(event) == ("ACCUSE", ("Q3052772",), ("Q159",), "occurred")


def test_fr_accusations_a_l_egard_d_a_country_target_it():
    text = "Macron a formulé des accusations à l'égard d'Israël."
    [event] = events(document(text, "fr", [MACRON, ISRAEL_FR]))
    assert summary(event) == ("ACCUSE", ("Q3052772",), ("Q801",), "occurred")
