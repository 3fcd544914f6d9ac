"""English recall: constructions whose arguments were missed (locations named by an "of" phrase,
passives, nominal triggers)."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUBIO = ("Q324546", "Marco Rubio", "PERSON", ["Marco Rubio", "Rubio"], "USA")
MBS = ("Q6892", "Mohammed bin Salman", "PERSON", ["Mohammed bin Salman"], "SAU")
JEDDAH = ("Q374365", "Jeddah", "PLACE", ["Jeddah"], "SAU")
RED_SEA = ("Q23406", "Red Sea", "PLACE", ["Red Sea"])
SAUDI = ("Q851", "Saudi Arabia", "COUNTRY", ["Saudi Arabia"], "SAU")
USA = ("Q30", "United States", "COUNTRY", ["United States", "U.S."], "USA")
ALL = [RUBIO, MBS, JEDDAH, RED_SEA, SAUDI, USA]


def test_a_place_named_by_an_of_phrase_after_a_location_is_where_they_met():
    text = "Mohammed bin Salman met with Rubio in the Red Sea port city of Jeddah."
    [event] = events(document(text, "en", ALL))
    assert event.location == "Q374365"
    # the host's own country: the visitor is the source (guidelines)
    assert summary(event) == ("CONSULT", ("Q324546",), ("Q6892",), "occurred")


UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "adjective:Ukrainian"], "UKR")


def test_a_hope_stated_on_the_governing_verb_makes_the_talks_planned_and_dates_them_ahead():
    text = ("The United States hopes to resolve the pause in aid to Ukraine during talks Tuesday "
            "with Ukrainian officials.")
    # published on a Monday: the dates stage read the bare weekday as last Tuesday
    doc = document(text, "en", ALL + [UKRAINE], {"Tuesday": "2025-03-04"}, published="2025-03-10")
    talks = [e for e in events(doc) if e.type == "CONSULT"]
    assert [(summary(e), e.date) for e in talks] == [
        (("CONSULT", ("Q30",), ("Q212",), "planned"), "2025-03-11")]


def test_readiness_is_a_plan_not_an_act():
    [event] = events(document("Ukraine is ready to meet the United States.", "en", ALL + [UKRAINE]))
    assert summary(event) == ("CONSULT", ("Q212",), ("Q30",), "planned")


PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"], "RUS")
EU = ("Q458", "European Union", "ORG", ["EU"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")


def test_what_a_speaker_says_another_party_must_do_is_a_demand():
    [event] = events(document("Putin said the EU must lift its sanctions.", "en", ALL + [PUTIN, EU]))
    assert summary(event) == ("REQUEST", ("Q7747",), ("Q458",), "occurred")
    assert event.trigger.text == "must"


def test_the_obliged_act_itself_is_not_an_event():
    found = events(document("Putin said that Ukraine must withdraw from Russia.", "en", ALL + [PUTIN, UKRAINE, RUSSIA]))
    assert [summary(e) for e in found] == [("REQUEST", ("Q7747",), ("Q212",), "occurred")]


def test_the_narrators_must_is_nobodys_demand():
    assert events(document("Ukraine must withdraw from Russia.", "en", ALL + [UKRAINE, RUSSIA])) == []


def test_an_obligation_inside_a_direct_quotation_is_its_speakers_demand():
    from cronaca.document import Quote

    zelensky = ("Q3874799", "Volodymyr Zelenskyy", "PERSON", ["Zelenskyy"], "UKR")
    text = "“Russia must accept the ceasefire now,” Zelenskyy said."
    doc = document(text, "en", ALL + [zelensky, RUSSIA])
    doc.quotes = [Quote(0, text.index("”") + 1, text[:text.index("”") + 1], "Q3874799", "Zelenskyy", True)]
    [event] = events(doc)
    assert summary(event) == ("REQUEST", ("Q3874799",), ("Q159",), "occurred")


TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"], "USA")
USA_ISO = ("Q30", "United States", "COUNTRY", ["United States", "U.S."], "USA")


def test_a_leader_does_not_act_upon_their_own_state():
    # "exports to the U.S." names the market, not the target of the tariffs; without a target, no event
    text = "Trump levied 25% tariffs on steel and aluminum exports to the U.S. from 35 countries."
    assert events(document(text, "en", [TRUMP, USA_ISO])) == []


def test_declaring_oneself_ready_to_accept_a_proposal_is_the_agreement():
    text = "Ukraine said it is ready to accept a U.S. proposal for a ceasefire."
    [event] = events(document(text, "en", ALL + [UKRAINE]))
    assert summary(event) == ("AGREE", ("Q212",), ("Q30",), "occurred")


def test_condemning_an_act_targets_its_author():
    found = events(document("Ukraine condemned the attack by Russia on its capital.", "en", ALL + [UKRAINE, RUSSIA]))
    assert summary(found[0]) == ("ACCUSE", ("Q212",), ("Q159",), "occurred")


NAVALNY = ("Q4", "Alexei Navalny", "PERSON", ["Navalny"], "RUS")
FSB = ("Q5", "Federal Security Service", "ORG", ["FSB"], "RUS")


def test_the_possessor_of_an_arrest_is_who_was_arrested():
    [event] = events(document("Navalny's arrest by the FSB shocked his supporters.", "en", [NAVALNY, FSB]))
    assert summary(event) == ("COERCE", ("Q5",), ("Q4",), "occurred")


def test_a_killing_whose_author_is_unnamed_is_no_event():
    # "al-Rufay'i's killing": the possessor is the victim, and nobody is named as the killer
    assert events(document("Trump later confirmed Navalny's killing in a post.", "en", [NAVALNY, TRUMP])) == []


DODIK = ("Q295011", "Milorad Dodik", "PERSON", ["Milorad Dodik", "Dodik"], "BIH")
RUSSIA_BIH = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")


def test_a_participle_aside_right_after_the_act_dates_it():
    text = "Dodik rejected the proposal of Russia, telling journalists in Banja Luka on Wednesday that it was unfair."
    doc = document(text, "en", [DODIK, RUSSIA_BIH], {"on Wednesday": "2025-03-12"}, published="2025-03-14")
    [event] = events(doc)
    assert (summary(event), event.date) == (("REJECT", ("Q295011",), ("Q159",), "occurred"), "2025-03-12")


def test_an_attributive_day_is_not_the_day_the_report_is_anchored_on():
    # "Tuesday's hostage-taking" dates that act; the rejection is undated, not Tuesday
    text = "Dodik has rejected Russia's allegation that Tuesday's attack was planned abroad."
    doc = document(text, "en", [DODIK, RUSSIA_BIH], published="2025-03-13")
    from cronaca.document import TimeExpression
    at = text.index("Tuesday's")
    doc.dates = [TimeExpression(at, at + len("Tuesday's"), "Tuesday's", "2025-03-11", "date:weekday:attributive")]
    found = [e for e in events(doc) if e.type == "REJECT"]
    assert [(summary(e), e.date) for e in found] == [(("REJECT", ("Q295011",), ("Q159",), "occurred"), None)]


def test_a_thousands_separator_is_no_comma_between_subject_and_verb():
    text = "The United States will provide nearly 25,000 tons of emergency food aid to Ukraine."
    [event] = events(document(text, "en", ALL + [UKRAINE]))
    assert summary(event) == ("AID", ("Q30",), ("Q212",), "planned")


def test_an_obligation_stated_in_a_that_clause_of_a_non_speech_verb_is_its_subjects_demand():
    text = "The EU declared Tuesday that Russia must drop its barriers to exports."
    [event] = events(document(text, "en", ALL + [EU, RUSSIA]))
    assert summary(event) == ("REQUEST", ("Q458",), ("Q159",), "occurred")


def test_a_phone_call_had_with_someone():
    xi = ("Q15031", "Xi Jinping", "PERSON", ["Xi"], "CHN")
    [event] = events(document("Putin had a phone call with Xi on Monday.", "en", [PUTIN, xi]))
    assert (summary(event), event.mode) == (("CONSULT", ("Q7747",), ("Q15031",), "occurred"), "phone")
