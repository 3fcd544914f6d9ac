"""German present passive with the participle before its auxiliary (evprec21, judged untuned pages): a
participle followed by "wird"/"werden" is passive (the future takes an infinitive), so its subject
undergoes the act, and with no "von" phrase nobody named acts."""
from __future__ import annotations

from extract.events_support import document, events, summary

HAMANN = ("Q1", "Evelyn Hamann", "PERSON", ["Evelyn Hamann"])
MERZ = ("Q2", "Friedrich Merz", "PERSON", ["Merz"])
SCHOLZ = ("Q3", "Olaf Scholz", "PERSON", ["Scholz"])
GAZA = ("Q4", "Gaza", "PLACE", ["Gaza"], "PSE")
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel"], "ISR")


def test_a_fronted_participle_before_wird_is_passive_and_its_subject_does_not_act():
    text = "Gelobt wird natürlich auch seine Partnerin Evelyn Hamann."
    assert events(document(text, "de", [HAMANN])) == []


def test_the_present_passive_keeps_its_agent():
    text = "Scholz wird von Merz kritisiert."
    [event] = events(document(text, "de", [MERZ, SCHOLZ]))
    assert summary(event)[:3] == ("ACCUSE", ("Q2",), ("Q3",))


def test_von_after_the_one_noun_of_a_preposition_is_its_genitive_not_the_agent():
    text = "Im Zentrum von Gaza wurden drei Menschen getötet, meldete Israel."
    assert [e for e in events(document(text, "de", [GAZA, ISRAEL])) if e.type == "ASSAULT"] == []
