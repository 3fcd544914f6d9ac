"""Which evidence an event needs before it is emitted (evidence.tsv): one behaviour per test, several languages."""
from __future__ import annotations

from extract.events_support import document, events, summary

PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland", "Russie", "adjective:Russian"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["China", "Cina", "Chine"], "CHN")
ECOWAS = ("Q83095", "ECOWAS", "ORG", ["ECOWAS"])
ALL = [PUTIN, XI, RUSSIA, CHINA, ECOWAS]


def test_a_criticism_without_a_target_is_a_statement_not_an_accusation():
    assert events(document("Putin criticised the procedures on Monday.", "en", ALL)) == []


def test_a_criticism_with_a_target_is_an_accusation():
    [event] = events(document("Putin criticised China on Monday.", "en", ALL))
    assert summary(event) == ("ACCUSE", ("Q7747",), ("Q148",), "occurred")


def test_an_allegation_noun_may_stand_with_its_author_alone():
    [event] = events(document("Russia's allegation was rejected.", "en", ALL))
    assert (event.type, event.source, event.target) == ("ACCUSE", ["Q159"], [])


def test_a_meeting_verb_with_one_party_is_not_a_meeting_in_italian():
    assert events(document("Putin ha discusso la questione.", "it", ALL)) == []


def test_a_meeting_verb_with_two_parties_is_a_meeting_in_italian():
    [event] = events(document("Putin ha discusso con Xi.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q7747",), ("Q15031",), "occurred")


def test_a_meeting_noun_of_one_organisation_is_its_own_gathering():
    [event] = events(document("The meeting of ECOWAS ended on Tuesday.", "en", ALL))
    assert (event.type, event.source, event.target) == ("CONSULT", ["Q83095"], [])


def test_a_condemnation_without_a_target_in_german_is_not_emitted():
    assert events(document("Putin kritisierte die Verfahren.", "de", ALL)) == []


def test_a_condemnation_with_a_target_in_german_is_emitted():
    [event] = events(document("Putin kritisierte China scharf.", "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q7747",), ("Q148",), "occurred")


def test_a_one_party_event_of_a_one_party_type_is_kept_in_french():
    [event] = events(document("Vladimir Putin a rejeté la proposition.", "fr", ALL))
    assert (event.type, event.source, event.target) == ("REJECT", ["Q7747"], [])


def test_the_infinitive_after_a_request_is_its_content_not_an_event_in_english():
    found = events(document("Putin urged Xi to attack Russia.", "en", ALL))
    assert [(e.type, e.source, e.target) for e in found] == [("REQUEST", ["Q7747"], ["Q15031"])]


def test_the_infinitive_after_a_request_is_its_content_not_an_event_in_italian():
    found = events(document("Putin ha chiesto a Xi di visitare la Russia.", "it", ALL))
    assert [e.type for e in found] == ["REQUEST"]


def test_the_infinitive_after_a_request_is_its_content_not_an_event_in_french():
    found = events(document("Vladimir Putin a demandé à Xi de démissionner.", "fr", ALL))
    assert [e.type for e in found] == ["REQUEST"]


def test_a_pronoun_in_a_complement_clause_takes_the_sentence_subject_in_french():
    text = "Alors que Vladimir Putin avait affirmé qu'il était content, il a rejeté la proposition."
    found = events(document(text, "fr", ALL))
    assert [(e.type, e.source) for e in found] == [("REJECT", ["Q7747"])]


def test_a_declared_ceasefire_is_an_event():
    [event] = events(document("Russia announced a ceasefire on Monday.", "en", ALL))
    assert (event.type, event.mode, event.source) == ("RETREAT", "ceasefire", ["Q159"])


def test_a_ceasefire_as_a_topic_is_not_an_event():
    found = events(document("Putin hopes a ceasefire between Russia and China could take place.", "en", ALL))
    assert [e.type for e in found] == []


def test_a_ceasefire_under_a_light_verb_is_an_event_in_italian():
    [event] = events(document("La Russia ha annunciato una tregua.", "it", ALL))
    assert (event.type, event.source) == ("RETREAT", ["Q159"])


def test_a_ceasefire_proposal_is_not_a_ceasefire_in_german():
    assert events(document("Russland prüft den Waffenstillstand-Vorschlag.", "de", ALL)) == []
