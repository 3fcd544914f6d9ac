"""German verb-second order with the verb closing the clause (evprec20, judged untuned pages): an unlinked
noun phrase before the finite auxiliary is the subject, so the name in the middle field is the object."""
from __future__ import annotations

from extract.events_support import document, events, summary

AFD = ("Q1", "AfD", "ORG", ["AfD"])
HERRMANN = ("Q3", "Kathrin Herrmann", "PERSON", ["Kathrin Herrmann"])
GERMANY = ("Q183", "Germany", "COUNTRY", ["Bundesregierung"], "DEU")
ALL = [AFD, HERRMANN, GERMANY]


def test_the_name_after_an_auxiliary_fronted_by_a_noun_phrase_does_not_act():
    text = "Der Verein hat in mehreren Landtagswahlkämpfen die AfD unterstützt."
    assert events(document(text, "de", ALL)) == []


def test_a_noun_trigger_in_the_middle_field_does_not_hide_the_auxiliary():
    text = "Die Bundestagsverwaltung hat die AfD zu einer Stellungnahme über die Zusammenarbeit mit dem Verein aufgefordert."
    assert [e for e in events(document(text, "de", ALL)) if e.type == "REQUEST"] == []


def test_a_named_subject_before_the_auxiliary_still_acts():
    text = "Die AfD hat Kathrin Herrmann kritisiert."
    [event] = events(document(text, "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q1",), ("Q3",), "occurred")


def test_a_linked_noun_phrase_before_the_auxiliary_acts():
    text = "Die Bundesregierung hat die AfD kritisiert."
    [event] = events(document(text, "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q183",), ("Q1",), "occurred")


def test_inside_a_that_clause_the_main_clause_auxiliary_does_not_count():
    text = "Der Verein hat erklärt, dass die AfD Kathrin Herrmann kritisiert hat."
    [event] = events(document(text, "de", ALL))
    assert summary(event)[:3] == ("ACCUSE", ("Q1",), ("Q3",))
