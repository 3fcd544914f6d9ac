"""Taking a place, options left open, counterparts as agents (evstat10 round, issue #6).
One behaviour per test, in several languages, with the reading that must not change next to it."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia", "Russie", "Russland", "adjective:russes"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ucrania", "Ukraine"], "UKR")
SALVADOR = ("Q792", "El Salvador", "COUNTRY", ["adjective:salvadoreño"], "SLV")
POKROVSK = ("Q1020968", "Pokrovsk", "PLACE", ["Pokrovsk", "Pokrowsk"], "UKR")
FRANCE = ("Q142", "France", "COUNTRY", ["Francia", "France"], "FRA")
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron"])
MELONI = ("Q3099714", "Giorgia Meloni", "PERSON", ["Giorgia Meloni"])
SANCHEZ = ("Q1208324", "Pedro Sánchez", "PERSON", ["Pedro Sánchez"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping"])
POLICE = ("Q2304146", "National Civil Police", "ORG", ["la Policía"], "SLV")
ALL = [RUSSIA, UKRAINE, SALVADOR, POKROVSK, FRANCE, MACRON, MELONI, SANCHEZ, XI, POLICE]


# -- taking a place ----------------------------------------------------------------------------------

def test_capturing_a_town_is_an_assault_on_its_country_es():
    found = events(document("Rusia tomó la ciudad de Pokrovsk.", "es", ALL))
    assert [summary(e) for e in found] == [("ASSAULT", ("Q159",), ("Q212",), "occurred")]


def test_taking_measures_is_no_capture_es():
    assert events(document("Rusia tomó medidas contra Ucrania.", "es", ALL)) == []


def test_conquering_a_town_it():
    found = events(document("La Russia ha conquistato Pokrovsk.", "it", ALL))
    assert [summary(e) for e in found] == [("ASSAULT", ("Q159",), ("Q212",), "occurred")]


def test_conquering_a_title_is_no_capture_it():
    assert events(document("La Francia ha conquistato il titolo.", "it", ALL)) == []


def test_the_capture_as_a_noun_with_its_agent_fr():
    found = events(document("La prise de Pokrovsk par la Russie a été annoncée.", "fr", ALL))
    assert [summary(e) for e in found] == [("ASSAULT", ("Q159",), ("Q212",), "occurred")]


def test_a_taking_of_medicine_is_no_capture_de():
    assert events(document("Die Einnahme von Paxlovid wird empfohlen.", "de", ALL)) == []


def test_conquering_de():
    found = events(document("Russland eroberte die Stadt Pokrowsk.", "de", ALL))
    assert [summary(e) for e in found] == [("ASSAULT", ("Q159",), ("Q212",), "occurred")]


def test_taking_control_of_a_place_is_coerce_seize_fr():
    [event] = events(document("Les forces russes ont pris le contrôle de Pokrovsk.", "fr", ALL))
    assert (event.type, event.mode, event.source, event.target) == ("COERCE", "seize", ["Q159"], ["Q212"])


def test_a_capitalised_gapped_tail_matches_de():
    [event] = events(document("Russland übernahm die Kontrolle über Pokrowsk.", "de", ALL))
    assert (event.type, event.mode, event.source, event.target) == ("COERCE", "seize", ["Q159"], ["Q212"])


def test_taking_control_at_home_is_no_capture_es():
    text = "La Policía tomó el control del territorio salvadoreño."
    assert [e for e in events(document(text, "es", ALL)) if e.type == "COERCE"] == []


# -- options left open ---------------------------------------------------------------------------------

def test_not_ruling_out_is_hypothetical_fr():
    [event] = events(document("Emmanuel Macron n'exclut pas d'envoyer des troupes en Ukraine.", "fr", ALL))
    assert summary(event) == ("MOBILIZE", ("Q3052772",), ("Q212",), "hypothetical")


def test_not_ruling_out_is_hypothetical_it():
    [event] = events(document("Giorgia Meloni non esclude di inviare truppe in Ucraina.", "it", ALL))
    assert summary(event) == ("MOBILIZE", ("Q3099714",), ("Q212",), "hypothetical")


def test_not_ruling_out_is_hypothetical_es():
    [event] = events(document("Rusia no descarta atacar a Ucrania.", "es", ALL))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "hypothetical")


def test_a_plain_negation_stays_negated_es():
    [event] = events(document("Rusia no atacó a Ucrania.", "es", ALL))
    assert summary(event)[3] == "negated"


# -- a counterpart after "por su", "par son", "dal suo" is the agent --------------------------------------

def test_received_by_his_counterpart_es():
    [event] = events(document("Pedro Sánchez fue recibido por su homólogo chino Xi Jinping.", "es", ALL))
    assert summary(event) == ("CONSULT", ("Q1208324",), ("Q15031",), "occurred")


def test_received_by_his_counterpart_after_a_comma_es():
    [event] = events(document("Pedro Sánchez fue recibido en Pekín por su homólogo chino, Xi Jinping.", "es", ALL))
    assert summary(event) == ("CONSULT", ("Q1208324",), ("Q15031",), "occurred")


def test_received_by_her_counterpart_it():
    [event] = events(document("Giorgia Meloni è stata ricevuta dal suo omologo francese Emmanuel Macron.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q3099714",), ("Q3052772",), "occurred")


def test_a_reason_after_por_su_stays_a_reason_es():
    found = events(document("Rusia criticó a Francia por su ataque contra Ucrania.", "es", ALL))
    assert summary(found[0]) == ("ACCUSE", ("Q159",), ("Q142",), "occurred")


# -- planned acts keep their own date, not the announcement's ------------------------------------------

def test_the_near_future_in_the_past_is_planned_with_its_coming_day_fr():
    doc = document("Emmanuel Macron allait rencontrer Xi Jinping vendredi.", "fr", ALL,
                   dates={"vendredi": "2026-01-30"}, published="2026-02-04")
    [event] = events(doc)
    assert (event.status, event.date) == ("planned", "2026-02-06")


def test_the_announcement_day_does_not_date_the_plan_fr():
    doc = document("Emmanuel Macron a annoncé lundi qu'il allait rencontrer Xi Jinping.", "fr", ALL,
                   dates={"lundi": "2026-02-02"}, published="2026-02-04")
    [event] = events(doc)
    assert (event.status, event.date) == ("planned", None)


def test_the_announcement_day_does_not_date_the_plan_es():
    doc = document("Pedro Sánchez anunció el lunes que se reunirá con Xi Jinping.", "es", ALL,
                   dates={"el lunes": "2026-02-02"}, published="2026-02-04")
    [event] = events(doc)
    assert (event.status, event.date) == ("planned", None)


def test_a_fronted_announcement_day_does_not_date_the_plan_it():
    doc = document("Lunedì Giorgia Meloni ha annunciato che incontrerà Xi Jinping.", "it", ALL,
                   dates={"Lunedì": "2026-02-02"}, published="2026-02-04")
    [event] = events(doc)
    assert (event.status, event.date) == ("planned", None)


def test_the_plans_own_day_dates_it_it():
    doc = document("Giorgia Meloni ha annunciato che incontrerà Xi Jinping lunedì.", "it", ALL,
                   dates={"lunedì": "2026-02-09"}, published="2026-02-04")
    [event] = events(doc)
    assert (event.status, event.date) == ("planned", "2026-02-09")


def test_an_occurred_act_keeps_the_reports_day_en():
    doc = document("Emmanuel Macron said on Monday that he met Xi Jinping.", "en", ALL,
                   dates={"Monday": "2026-02-02"}, published="2026-02-04")
    [event] = events(doc)
    assert (event.status, event.date) == ("occurred", "2026-02-02")


# -- "would" in reported speech is the future told in the past ---------------------------------------------

def test_a_reported_would_is_planned_en():
    doc = document("Emmanuel Macron said that France would resume cooperation with Ukraine.", "en",
                   ALL + [("Q212b", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")])
    found = [e for e in events(doc) if e.type == "COOPERATE"]
    assert [e.status for e in found] == ["planned"]


def test_a_reported_wuerde_is_planned_de():
    doc = document("Emmanuel Macron sagte, er würde Xi Jinping treffen.", "de", ALL)
    [event] = events(doc)
    assert summary(event) == ("CONSULT", ("Q3052772",), ("Q15031",), "planned")


# -- a passive in the future is planned -------------------------------------------------------------------

def test_a_future_passive_is_planned_es():
    [event] = events(document("Pedro Sánchez será recibido por Xi Jinping.", "es", ALL))
    assert summary(event) == ("CONSULT", ("Q1208324",), ("Q15031",), "planned")


def test_a_future_passive_is_planned_fr():
    [event] = events(document("Emmanuel Macron sera reçu par Xi Jinping.", "fr", ALL))
    assert summary(event) == ("CONSULT", ("Q3052772",), ("Q15031",), "planned")


def test_a_past_passive_stays_occurred_es():
    [event] = events(document("Pedro Sánchez fue recibido por Xi Jinping.", "es", ALL))
    assert summary(event)[3] == "occurred"


# -- an act dated after the publication has not happened yet ---------------------------------------------

NATO = ("Q7184", "NATO", "ORG", ["Nato", "NATO"])


def test_an_act_dated_after_publication_is_planned_it():
    doc = document("La Nato inizia a ritirarsi dall'Ucraina a partire dal 2027.", "it", ALL + [NATO],
                   dates={"2027": "2027"}, published="2026-02-04")
    [event] = events(doc)
    assert (event.type, event.status, event.date) == ("RETREAT", "planned", "2027")


def test_an_act_dated_before_publication_stays_occurred_en():
    doc = document("NATO withdrew from Ukraine in 2025.", "en", ALL + [NATO],
                   dates={"2025": "2025"}, published="2026-02-04")
    [event] = events(doc)
    assert (event.type, event.status, event.date) == ("RETREAT", "occurred", "2025")


def test_a_feared_act_is_no_event_en():
    people = [("Q1", "Delgado", "PERSON", ["Delgado"]), ("Q2", "Marjorie Velázquez", "PERSON", ["Velázquez"])]
    text = "Delgado said she worried that Velázquez would be swayed to support Delgado."
    assert events(document(text, "en", people)) == []


def test_a_statement_takes_no_date_after_publication_en():
    doc = document("Emmanuel Macron warned Xi Jinping that France could act by next month.", "en", ALL,
                   dates={"next month": "2026-03"}, published="2026-02-04")
    [event] = events(doc)
    assert (event.type, event.status, event.date) == ("THREATEN", "occurred", None)
