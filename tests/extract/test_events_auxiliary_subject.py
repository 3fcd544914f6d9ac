"""German verb-second order (evprec20, judged untuned pages): an unlinked noun phrase before the finite
auxiliary of a clause closed by its participle, or right after a fronted verb, is the subject, so a name in the
middle field is an object, not the actor."""
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


MOCK = ("Q4", "Birgit Mock", "PERSON", ["Birgit Mock"])
EU = ("Q458", "European Union", "ORG", ["Europäischen Union"])
KDFB = ("Q5", "KDFB", "ORG", ["KDFB"])
MORE = [*ALL, MOCK, EU, KDFB]


def test_an_unlinked_noun_phrase_right_after_the_verb_is_its_subject():
    text = "Zu Vizepräsidentinnen wählte die Vollversammlung erneut Birgit Mock (51), Vizepräsidentin des KDFB."
    assert events(document(text, "de", MORE)) == []


def test_the_noun_phrase_after_the_verb_is_the_subject_past_an_adverb_and_a_preposition():
    text = "Deshalb begrüßt der Tierschutzverein für Berlin ausdrücklich die Plakatkampagne der Beauftragten Kathrin Herrmann."
    assert events(document(text, "de", MORE)) == []


def test_a_name_after_the_verb_with_no_noun_phrase_before_it_still_acts():
    text = "Am Montag kritisierte Kathrin Herrmann die AfD."
    [event] = events(document(text, "de", MORE))
    assert summary(event) == ("ACCUSE", ("Q3",), ("Q1",), "occurred")


def test_a_name_in_apposition_to_the_noun_phrase_acts():
    text = "Am Montag kritisierte die Vorsitzende, Kathrin Herrmann, die AfD."
    [event] = events(document(text, "de", MORE))
    assert summary(event) == ("ACCUSE", ("Q3",), ("Q1",), "occurred")


def test_a_name_in_the_genitive_of_the_noun_phrase_acts_for_it():
    text = "Am Montag kritisierten die Außenminister der Europäischen Union die AfD."
    [event] = events(document(text, "de", MORE))
    assert summary(event)[:2] == ("ACCUSE", ("Q458",))


def test_a_name_right_after_the_noun_of_the_phrase_is_its_apposition_and_acts():
    text = "Am Montag kritisierte die Landesbeauftragte Kathrin Herrmann die AfD."
    [event] = events(document(text, "de", MORE))
    assert summary(event) == ("ACCUSE", ("Q3",), ("Q1",), "occurred")
