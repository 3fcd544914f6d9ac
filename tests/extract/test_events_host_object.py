"""A host receives a guest, not a thing of someone's (evprec21, judged untuned pages): with the host frame
("Y V X": the visitor is the object), a name in the genitive of a common noun object ("la dépouille mortelle
du général Koskiusko") is no visitor."""
from __future__ import annotations

from extract.events_support import document, events, summary

MACRON = ("Q1", "Emmanuel Macron", "PERSON", ["Macron"])
ZELENSKY = ("Q2", "Volodymyr Zelensky", "PERSON", ["Zelensky"])
KOSCIUSZKO = ("Q3", "Tadeusz Kościuszko", "PERSON", ["Koskiusko"])


def test_receiving_the_remains_of_someone_is_no_meeting():
    text = "Macron vient recevoir la dépouille mortelle du général Koskiusko."
    assert events(document(text, "fr", [MACRON, KOSCIUSZKO])) == []


def test_receiving_someone_is_a_meeting_with_the_visitor_as_source():
    text = "Macron a reçu Zelensky à l'Élysée."
    [event] = events(document(text, "fr", [MACRON, ZELENSKY]))
    assert summary(event)[:3] == ("CONSULT", ("Q2",), ("Q1",))
