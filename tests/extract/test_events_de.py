"""German events: one behaviour per test (verb-second and verb-final order included)."""
from __future__ import annotations

from extract.events_support import document, events, summary

MERZ = ("Q56039", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland", "adjective:russische"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["China", "adjective:chinesische"], "CHN")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "adjective:ukrainische"], "UKR")
EU = ("Q458", "European Union", "ORG", ["EU"])
BEIJING = ("Q956", "Beijing", "PLACE", ["Peking"], "CHN")
ALL = [MERZ, XI, RUSSIA, CHINA, UKRAINE, EU, BEIJING]


def test_a_visit():
    [event] = events(document("Friedrich Merz besuchte Peking am Mittwoch.", "de", ALL, {"am Mittwoch": "2026-02-04"}))
    assert summary(event) == ("CONSULT", ("Q56039",), ("Q148",), "occurred")
    assert (event.mode, event.location, event.date) == ("visit", "Q956", "2026-02-04")


def test_subject_after_the_verb_in_verb_second_order():
    [event] = events(document("Am Mittwoch traf Merz Xi in Peking.", "de", ALL))
    assert summary(event) == ("CONSULT", ("Q56039",), ("Q15031",), "occurred")


def test_a_planned_visit():
    [event] = events(document("Xi wird nächste Woche Russland besuchen.", "de", ALL))
    assert summary(event) == ("CONSULT", ("Q15031",), ("Q159",), "planned")


def test_a_negated_condemnation_with_the_object_before_the_verb():
    [event] = events(document("China hat Russland nicht verurteilt.", "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q148",), ("Q159",), "negated")


def test_passive_voice_with_the_agent_before_the_participle():
    [event] = events(document("Russland wurde von der Ukraine angegriffen.", "de", ALL))
    assert summary(event) == ("ASSAULT", ("Q212",), ("Q159",), "occurred")


def test_reported_speech():
    [event] = events(document("Merz sagte, dass Russland die Ukraine angegriffen habe.", "de", ALL))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "occurred")
    assert event.according_to == "Q56039"


def test_a_nominal_trigger_in_a_compound_word():
    [event] = events(document("Die EU verhängte Wirtschaftssanktionen gegen Russland.", "de", ALL))
    assert summary(event) == ("SANCTION", ("Q458",), ("Q159",), "occurred")
    assert event.trigger.text == "sanktionen"  # the span is the trigger inside the compound


def test_a_nominal_trigger_between_two_parties():
    [event] = events(document("Die Gespräche zwischen Russland und der Ukraine wurden fortgesetzt.", "de", ALL))
    assert summary(event) == ("CONSULT", ("Q159", "Q212"), (), "occurred")


def test_an_actor_in_another_sentence_is_never_used():
    assert events(document("Merz sprach lange. Neue Sanktionen wurden angekündigt.", "de", ALL)) == []


def test_a_pronoun_subject_refers_to_the_previous_sentence_subject():
    [event] = events(document("Merz sprach lange. Er kritisierte China.", "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q56039",), ("Q148",), "occurred")
    assert event.rule.endswith(":pronoun")


def test_a_pronoun_subject_after_other_words_stands_for_the_speaker():
    text = "Merz erklärte am Samstag, warum er Russland kritisiert."
    [event] = events(document(text, "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q56039",), ("Q159",), "occurred")


def test_a_country_adjective_before_an_agent_noun_is_the_country():
    [event] = events(document("Merz kritisierte ukrainische Beamte.", "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q56039",), ("Q212",), "occurred")


def test_a_separable_verb_with_its_prefix_at_the_clause_end():
    [event] = events(document("China stimmte dem Vorschlag der EU gestern zu.", "de", ALL))
    assert (event.type, event.source, event.rule) == ("AGREE", ["Q148"], "de:zustimmen/verb:subject")


def test_a_strong_separable_verb_listed_in_forms():
    [event] = events(document("Merz gab am Donnerstag auf.", "de", ALL))
    assert (event.type, event.source) == ("RETREAT", ["Q56039"])
