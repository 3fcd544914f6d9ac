"""Spanish events: one behaviour per test."""
from __future__ import annotations

from extract.events_support import document, events, summary

SANCHEZ = ("Q1208324", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Rusia", "adjective:ruso"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["China", "adjective:chino"], "CHN")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucrania", "adjective:ucraniano"], "UKR")
BEIJING = ("Q956", "Beijing", "PLACE", ["Pekín"], "CHN")
ALL = [SANCHEZ, XI, RUSSIA, CHINA, UKRAINE, BEIJING]


def test_a_visit():
    [event] = events(document("Pedro Sánchez visitó Pekín el miércoles.", "es", ALL, {"el miércoles": "2026-02-04"}))
    assert summary(event) == ("CONSULT", ("Q1208324",), ("Q148",), "occurred")
    assert (event.mode, event.location, event.date) == ("visit", "Q956", "2026-02-04")


def test_a_future_tense_visit_is_planned():
    [event] = events(document("Xi visitará Rusia el próximo mes.", "es", ALL))
    assert summary(event) == ("CONSULT", ("Q15031",), ("Q159",), "planned")


def test_a_negated_condemnation_with_personal_a():
    [event] = events(document("China no condenó a Rusia.", "es", ALL))
    assert summary(event) == ("ACCUSE", ("Q148",), ("Q159",), "negated")


def test_passive_voice():
    [event] = events(document("Rusia fue atacada por Ucrania.", "es", ALL))
    assert summary(event) == ("ASSAULT", ("Q212",), ("Q159",), "occurred")


def test_a_meeting_with_a_recipient():
    [event] = events(document("Sánchez se reunió con Xi en Pekín.", "es", ALL))
    assert summary(event) == ("CONSULT", ("Q1208324",), ("Q15031",), "occurred")
    assert event.location == "Q956"


def test_reported_speech():
    [event] = events(document("Sánchez dijo que Rusia atacó a Ucrania.", "es", ALL))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "occurred")
    assert event.according_to == "Q1208324"


def test_a_nominal_trigger_between_two_parties():
    [event] = events(document("Las conversaciones entre Rusia y Ucrania se reanudaron.", "es", ALL))
    assert summary(event) == ("CONSULT", ("Q159", "Q212"), (), "occurred")


def test_zero_subject_carry_over():
    found = events(document("Sánchez habló durante una hora. Criticó a China.", "es", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q1208324",), ("Q148",), "occurred")]


def test_an_actor_in_another_sentence_is_never_used():
    assert events(document("Sánchez habló largo rato.\nLas sanciones fueron anunciadas.", "es", ALL)) == []


def test_tener_una_reunion_gives_the_meeting_to_the_subject():
    [event] = events(document("Pedro Sánchez tuvo una reunión con Xi Jinping.", "es", ALL))
    assert summary(event) == ("CONSULT", ("Q1208324",), ("Q15031",), "occurred")
    assert event.rule == "es:reunión|reuniones|encuentro|encuentros/noun:nominal-light"


def test_dirigir_un_llamamiento_is_a_request_of_the_subject():
    [event] = events(document("Pedro Sánchez dirigió un llamamiento a China.", "es", ALL))
    assert summary(event) == ("REQUEST", ("Q1208324",), ("Q148",), "occurred")


def test_a_participle_with_its_agent_after_a_name_is_passive():
    [event] = events(document("Xi Jinping, recibido por Pedro Sánchez, habló de comercio.", "es", ALL))
    # the visitor (Xi) is the source, the host the target (gold guidelines: "recibir" is "Y V X")
    assert summary(event) == ("CONSULT", ("Q15031",), ("Q1208324",), "occurred")
    assert event.rule.endswith(":passive")


def test_este_ultimo_is_the_person_mentioned_last():
    text = "Pedro Sánchez recibió a Xi Jinping. Este último criticó a Rusia."
    found = events(document(text, "es", ALL))
    assert [summary(e) for e in found][-1] == ("ACCUSE", ("Q15031",), ("Q159",), "occurred")


def test_impersonal_se_gives_no_zero_subject():
    text = "Pedro Sánchez visitó China. Después se negoció con Rusia."
    found = events(document(text, "es", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q1208324",), ("Q148",), "occurred")]


def test_capturar_is_an_arrest():
    [event] = events(document("Rusia capturó a Pedro Sánchez.", "es", ALL))
    assert summary(event) == ("COERCE", ("Q159",), ("Q1208324",), "occurred")


def test_su_homologo_chino_comma_name_is_the_name():
    text = "Pedro Sánchez se reunió este lunes en Pekín con su homólogo chino, Xi Jinping."
    [event] = events(document(text, "es", ALL))
    assert summary(event) == ("CONSULT", ("Q1208324",), ("Q15031",), "occurred")
    assert event.location == "Q956"


def test_an_attack_keeps_its_target_past_a_short_modifier():
    [event] = events(document("Rusia lanzó un ataque masivo con drones contra Ucrania.", "es", ALL))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "occurred")


def test_expresar_su_apoyo_is_support_of_the_subject():
    [event] = events(document("Pedro Sánchez expresó su apoyo a Ucrania.", "es", ALL))
    assert summary(event) == ("SUPPORT", ("Q1208324",), ("Q212",), "occurred")


def test_convocar_al_embajador_de_un_pais_accuses_that_country():
    [event] = events(document("China convocó al embajador de Rusia.", "es", ALL))
    assert summary(event) == ("ACCUSE", ("Q148",), ("Q159",), "occurred")


def test_llamar_a_consultas_al_embajador_is_a_sanction():
    [event] = events(document("China llamó a consultas a su embajador en Rusia.", "es", ALL))
    assert summary(event) == ("SANCTION", ("Q148",), ("Q159",), "occurred")


def test_rechazar_las_acusaciones_de_un_pais_targets_that_country():
    found = events(document("Rusia rechazó las acusaciones de Ucrania.", "es", ALL))
    assert [summary(e) for e in found][0] == ("REJECT", ("Q159",), ("Q212",), "occurred")


SUPRA = ("x:group:supra", "SUPRA", "ORG", ["SUPRA"])


def test_a_stoppage_of_a_union_is_a_strike():
    [event] = events(document("La paralización del SUPRA contra Rusia.", "es", [SUPRA, *ALL]))
    assert (event.type, event.mode, event.source) == ("PROTEST", "strike", ["x:group:supra"])
