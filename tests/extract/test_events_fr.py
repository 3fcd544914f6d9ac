"""French events: one behaviour per test."""
from __future__ import annotations

from extract.events_support import document, events, summary

MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russie", "adjective:russe"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["Chine", "adjective:chinois"], "CHN")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "adjective:ukrainien"], "UKR")
BEIJING = ("Q956", "Beijing", "PLACE", ["Pékin"], "CHN")
ALL = [MACRON, XI, RUSSIA, CHINA, UKRAINE, BEIJING]


def test_a_visit():
    [event] = events(document("Emmanuel Macron a visité Pékin mercredi.", "fr", ALL, {"mercredi": "2026-02-04"}))
    assert summary(event) == ("CONSULT", ("Q3052772",), ("Q148",), "occurred")
    assert (event.mode, event.location, event.date) == ("visit", "Q956", "2026-02-04")


def test_a_planned_visit():
    [event] = events(document("Xi doit se rendre en Russie le mois prochain.", "fr", ALL))
    assert summary(event) == ("CONSULT", ("Q15031",), ("Q159",), "planned")


def test_a_negated_condemnation():
    [event] = events(document("La Chine n'a pas condamné la Russie.", "fr", ALL))
    assert summary(event) == ("ACCUSE", ("Q148",), ("Q159",), "negated")


def test_passive_voice():
    [event] = events(document("La Russie a été attaquée par l'Ukraine.", "fr", ALL))
    assert summary(event) == ("ASSAULT", ("Q212",), ("Q159",), "occurred")


def test_reported_speech():
    [event] = events(document("Macron a déclaré que la Russie avait attaqué l'Ukraine.", "fr", ALL))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "occurred")
    assert event.according_to == "Q3052772"


def test_a_nominal_trigger_between_two_parties():
    [event] = events(document("Les pourparlers entre la Russie et l'Ukraine ont repris.", "fr", ALL))
    assert summary(event) == ("CONSULT", ("Q159", "Q212"), (), "occurred")


def test_a_symmetric_meeting():
    [event] = events(document("Macron et Xi ont discuté du commerce.", "fr", ALL))
    assert summary(event) == ("CONSULT", ("Q3052772", "Q15031"), (), "occurred")


def test_an_actor_in_another_sentence_is_never_used():
    assert events(document("Macron a parlé longuement. Des sanctions ont été annoncées.", "fr", ALL)) == []


def test_avoir_un_entretien_gives_the_meeting_to_the_subject():
    [event] = events(document("Emmanuel Macron a eu un entretien avec Xi Jinping.", "fr", ALL))
    assert summary(event) == ("CONSULT", ("Q3052772",), ("Q15031",), "occurred")
    assert event.rule == "fr:entretien|entretiens/noun:nominal-light"


def test_adresser_un_appel_is_a_request_of_the_subject():
    [event] = events(document("Emmanuel Macron a adressé un appel à la Chine.", "fr", ALL))
    assert summary(event) == ("REQUEST", ("Q3052772",), ("Q148",), "occurred")


def test_a_participle_with_its_agent_after_a_name_is_passive():
    [event] = events(document("Xi Jinping, critiqué par Emmanuel Macron, a répondu.", "fr", ALL))
    assert summary(event) == ("ACCUSE", ("Q3052772",), ("Q15031",), "occurred")
    assert event.rule.endswith(":passive")


def test_ce_dernier_is_the_person_mentioned_last():
    text = "Emmanuel Macron a reçu Xi Jinping. Plus tôt, ce dernier avait critiqué la Russie."
    found = events(document(text, "fr", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q15031",), ("Q3052772",), "occurred"),  # visitor -> host
                                           ("ACCUSE", ("Q15031",), ("Q159",), "occurred")]


def test_an_irregular_future_form_is_planned():
    [event] = events(document("Emmanuel Macron s'entretiendra avec Xi Jinping.", "fr", ALL))
    assert summary(event) == ("CONSULT", ("Q3052772",), ("Q15031",), "planned")


def test_se_rendra_is_a_planned_visit():
    [event] = events(document("Emmanuel Macron se rendra en Chine.", "fr", ALL))
    assert summary(event) == ("CONSULT", ("Q3052772",), ("Q148",), "planned")


def test_capturer_is_an_arrest():
    [event] = events(document("La Russie a capturé Emmanuel Macron.", "fr", ALL))
    assert summary(event) == ("COERCE", ("Q159",), ("Q3052772",), "occurred")


def test_a_name_in_apposition_to_a_country_adjective_is_the_head():
    [event] = events(document("Emmanuel Macron a rencontré son homologue chinois, Xi Jinping.", "fr", ALL))
    assert summary(event) == ("CONSULT", ("Q3052772",), ("Q15031",), "occurred")


def test_a_name_after_an_according_phrase_stays_the_subject():
    [event] = events(document("Selon les médias chinois, Xi Jinping a critiqué la Russie.", "fr", ALL))
    assert summary(event) == ("ACCUSE", ("Q15031",), ("Q159",), "occurred")


def test_verbs_in_cer_and_ger_keep_their_consonant():
    [threat] = events(document("Emmanuel Macron a menacé la Russie.", "fr", ALL))
    assert summary(threat) == ("THREATEN", ("Q3052772",), ("Q159",), "occurred")
    found = events(document("La Chine exige le retrait de la Russie.", "fr", ALL))
    requests = [(e.source, e.trigger.text) for e in found if e.type == "REQUEST"]
    assert requests == [(["Q148"], "exige")]
    [accuse] = events(document("Emmanuel Macron dénonçait la Russie.", "fr", ALL))
    assert summary(accuse) == ("ACCUSE", ("Q3052772",), ("Q159",), "occurred")


def test_adopter_des_sanctions_gives_them_to_the_subject():
    [event] = events(document("La Chine a adopté de nouvelles sanctions contre la Russie.", "fr", ALL))
    assert summary(event) == ("SANCTION", ("Q148",), ("Q159",), "occurred")


def test_summoning_the_ambassador_of_a_country_accuses_that_country():
    [event] = events(document("La Chine a convoqué l'ambassadeur de Russie.", "fr", ALL))
    assert summary(event) == ("ACCUSE", ("Q148",), ("Q159",), "occurred")


def test_recalling_one_s_ambassador_from_a_country_is_a_sanction():
    [event] = events(document("La Chine a rappelé son ambassadeur en Russie.", "fr", ALL))
    assert summary(event) == ("SANCTION", ("Q148",), ("Q159",), "occurred")
    assert event.mode == "withdraw"
