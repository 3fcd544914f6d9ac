"""French constructions Italian and Spanish already had cues for: modality in every form a wire story
uses, passives in every tense, a report verb after a modal. One behaviour per test."""
from __future__ import annotations

from extract.events_support import document, events, summary

MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russie", "Moscou"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["Chine"], "CHN")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
USA = ("Q30", "United States", "COUNTRY", ["Washington"], "USA")
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israël"], "ISR")
IRAN = ("Q794", "Iran", "COUNTRY", ["Iran"], "IRN")
ALL = [MACRON, XI, RUSSIA, CHINA, UKRAINE, USA, ISRAEL, IRAN]


def test_the_future_of_devoir_makes_a_visit_planned():
    [event] = events(document("Xi Jinping devra se rendre en Russie en mai.", "fr", ALL))
    assert summary(event) == ("CONSULT", ("Q15031",), ("Q159",), "planned")


def test_sur_le_point_d_before_an_elided_infinitive_is_planned():
    [event] = events(document("Israël est sur le point d'attaquer l'Iran.", "fr", ALL))
    assert summary(event) == ("ASSAULT", ("Q801",), ("Q794",), "planned")


def test_envisager_de_is_an_intention():
    [event] = events(document("Emmanuel Macron envisage de rencontrer Xi Jinping.", "fr", ALL))
    assert event.status == "planned"


def test_refusing_to_condemn_is_a_refusal_as_in_the_other_languages():
    # PLOVER: REJECT covers all refusals; "refused to condemn", "si è rifiutata di condannare" are REJECT too
    [event] = events(document("La Chine refuse de condamner la Russie.", "fr", ALL))
    assert summary(event) == ("REJECT", ("Q148",), ("Q159",), "occurred")


def test_a_refusal_before_an_elided_infinitive_is_a_refusal_too():
    [event] = events(document("La Chine a refusé d'accuser la Russie.", "fr", ALL))
    assert summary(event) == ("REJECT", ("Q148",), ("Q159",), "occurred")


def test_refusing_to_comment_is_no_act():
    assert events(document("Emmanuel Macron a refusé de commenter.", "fr", ALL)) == []


def test_announcing_sanctions_after_a_modal_is_planned():
    [event] = events(document("Washington devrait annoncer de nouvelles sanctions contre Moscou.", "fr", ALL))
    assert summary(event) == ("SANCTION", ("Q30",), ("Q159",), "planned")


def test_a_pluperfect_passive_takes_its_agent_after_par():
    [event] = events(document("L'Ukraine avait été attaquée par la Russie.", "fr", ALL))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "occurred")
