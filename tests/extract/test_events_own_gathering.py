"""A national body's own gathering (evroles8 round): a party congress or a meeting of one party is no
meeting between actors; an international organisation's meeting is one between its members."""
from __future__ import annotations

from extract.events_support import document, events, summary

FDP = ("Q13124", "Free Democratic Party", "ORG", ["FDP"], "DEU")
NATO = ("Q7184", "NATO", "ORG", ["NATO", "Nato"])
PD = ("Q47729", "Democratic Party", "ORG", ["Pd"], "ITA")
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Scholz"])


def test_a_party_s_named_meeting_is_no_consultation():
    assert events(document("Beim Dreikönigstreffen der FDP sprach Scholz.", "de", [FDP, SCHOLZ])) == []


def test_an_italian_party_congress_is_no_consultation():
    assert events(document("Il congresso del Pd si è aperto ieri.", "it", [PD])) == []


def test_an_alliance_s_meeting_still_is_one():
    [event] = events(document("Das Treffen der NATO fand in Brüssel statt.", "de", [NATO]))
    assert summary(event)[:2] == ("CONSULT", ("Q7184",))


def test_a_party_meeting_another_party_still_is_one():
    [event] = events(document("Das Treffen der FDP mit Scholz fand in Berlin statt.", "de", [FDP, SCHOLZ]))
    assert summary(event)[:3] == ("CONSULT", ("Q13124",), ("Q61053",))
