"""Dates of events: own clause, same sentence, the news day, planned weekdays (several languages)."""
from __future__ import annotations

from extract.events_support import document, events

from cronaca.document import TimeExpression

PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
CHINA = ("Q148", "China", "COUNTRY", ["China", "Cina"], "CHN")
ALL = [PUTIN, XI, CHINA]


def test_an_occurred_event_of_a_news_day_article_takes_the_publication_day_in_italian():
    text = "Mercoledì Putin ha incontrato Xi. Putin ha elogiato la Cina."
    found = events(document(text, "it", ALL, {"Mercoledì": "2026-02-04"}, published="2026-02-04"))
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2026-02-04"), ("SUPPORT", "2026-02-04")]


def test_without_a_news_day_anchor_an_undated_event_stays_undated():
    text = "Putin praised China."
    [event] = events(document(text, "en", ALL, published="2026-02-04"))
    assert event.date is None


def test_an_act_dated_by_time_elapsed_since_another_keeps_no_report_day_in_spanish():
    text = "Este martes Putin se reunió con Xi. Putin elogió a China un año después."
    found = events(document(text, "es", ALL, {"Este martes": "2026-02-03"}, published="2026-02-04"))
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2026-02-03"), ("SUPPORT", None)]


def test_an_act_dated_by_time_elapsed_since_another_keeps_no_report_day_in_german():
    text = "Am Dienstag traf Putin Xi. Zwei Jahre später lobte Putin China."
    found = events(document(text, "de", ALL, {"Am Dienstag": "2026-02-03"}, published="2026-02-04"))
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2026-02-03"), ("SUPPORT", None)]


def test_the_report_day_of_the_lead_dates_later_undated_acts():
    # a Wednesday story whose lead is anchored on Monday reports Monday's statements
    text = "Putin met Xi on Monday. Putin praised China."
    found = events(document(text, "en", ALL, {"on Monday": "2026-02-02"}, published="2026-02-04"))
    assert [e.date for e in found] == ["2026-02-02", "2026-02-02"]


def test_an_anchor_days_before_publication_does_not_date_later_events():
    text = "Putin met Xi on 20 January. Putin praised China."
    found = events(document(text, "en", ALL, {"on 20 January": "2026-01-20"}, published="2026-02-04"))
    assert [e.date for e in found] == ["2026-01-20", None]


def test_a_planned_event_on_a_weekday_is_the_coming_one_in_english():
    text = "Putin will meet Xi on Tuesday."  # the dates stage reads a bare weekday as the past one
    [event] = events(document(text, "en", ALL, {"Tuesday": "2026-02-03"}, published="2026-02-04"))
    assert (event.status, event.date) == ("planned", "2026-02-10")


def test_a_planned_event_is_not_given_the_news_day_in_german():
    text = "Am Mittwoch sagte Putin, er werde Xi treffen. Putin wird China besuchen."
    found = events(document(text, "de", ALL, {"Am Mittwoch": "2026-02-04"}, published="2026-02-04"))
    assert [(e.status, e.date) for e in found if e.type == "CONSULT"][-1] == ("planned", None)


def test_a_preposition_opening_a_date_does_not_hide_the_subject_in_english():
    [event] = events(document("On Monday Putin met Xi.", "en", ALL, {"Monday": "2026-02-02"}))
    assert (event.type, event.source, event.target, event.date) == ("CONSULT", ["Q7747"], ["Q15031"], "2026-02-02")


def test_a_preposition_inside_a_date_does_not_hide_the_subject_in_italian():
    text = "Nel fine settimana Putin ha incontrato Xi."
    [event] = events(document(text, "it", ALL, {"Nel fine settimana": "2026-01-31"}))
    assert (event.source, event.target, event.date) == (["Q7747"], ["Q15031"], "2026-01-31")


# -- with the real dates stage: relative expressions of each language resolved and given to events --

SANCHEZ = ("Q435", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
LEADERS = [PUTIN, XI, SANCHEZ, MACRON]


def dated(text: str, lang: str, published: str) -> list[tuple[str, str | None]]:
    """(type, date) of the events of ``text``, dates found by the dates stage itself."""
    from cronaca.extract.dates import Dates
    doc = Dates()(document(text, lang, LEADERS, published=published))
    return [(e.type, e.date) for e in events(doc)]


def test_ieri_and_martedi_scorso_date_italian_meetings():  # published on Wednesday 2026-02-18
    assert dated("Putin ha incontrato Xi ieri.", "it", "2026-02-18") == [("CONSULT", "2026-02-17")]
    assert dated("Putin ha incontrato Xi martedì scorso.", "it", "2026-02-18") == [("CONSULT", "2026-02-10")]


def test_el_pasado_martes_dates_a_spanish_meeting():
    assert dated("Pedro Sánchez se reunió con Emmanuel Macron el pasado martes.", "es", "2026-02-18") \
        == [("CONSULT", "2026-02-10")]


def test_mardi_dernier_dates_a_french_meeting():
    assert dated("Emmanuel Macron s'est entretenu mardi dernier avec Pedro Sánchez.", "fr", "2026-02-18") \
        == [("CONSULT", "2026-02-10")]


def test_last_week_gives_the_month_when_the_whole_week_lies_in_it():
    # published 2026-02-18: last week is 9-15 February
    assert dated("Pedro Sánchez se reunió con Emmanuel Macron la semana pasada.", "es", "2026-02-18") \
        == [("CONSULT", "2026-02")]


def test_last_week_across_two_months_leaves_the_date_null():
    # published 2026-02-04: last week is 26 January - 1 February
    assert dated("Pedro Sánchez se reunió con Emmanuel Macron la semana pasada.", "es", "2026-02-04") \
        == [("CONSULT", None)]


def test_this_week_leaves_the_date_null():
    assert dated("Putin ha incontrato Xi questa settimana.", "it", "2026-02-18") == [("CONSULT", None)]


def test_a_plan_reported_yesterday_is_not_dated_yesterday():
    assert dated("Hier, Emmanuel Macron a indiqué que Xi Jinping rencontrera Vladimir Putin.", "fr", "2026-02-18") \
        == [("CONSULT", None)]


def test_an_act_reported_yesterday_keeps_the_report_s_date():
    assert dated("Hier, Emmanuel Macron a indiqué que Xi Jinping avait rencontré Vladimir Putin.", "fr",
                 "2026-02-18") == [("CONSULT", "2026-02-17")]


def test_a_noun_under_a_light_verb_of_a_news_day_article_takes_the_publication_day():
    text = "Mercoledì Putin ha elogiato la Cina. Putin ha indetto una riunione con Xi."
    found = events(document(text, "it", ALL, {"Mercoledì": "2026-02-04"}, published="2026-02-04"))
    assert [(e.type, e.date) for e in found] == [("SUPPORT", "2026-02-04"), ("CONSULT", "2026-02-04")]


def test_a_bare_noun_of_a_news_day_article_stays_undated():
    text = "Mercoledì Putin ha elogiato la Cina. La riunione tra Putin e Xi."
    found = events(document(text, "it", ALL, {"Mercoledì": "2026-02-04"}, published="2026-02-04"))
    assert [(e.type, e.date) for e in found] == [("SUPPORT", "2026-02-04"), ("CONSULT", None)]


def test_a_date_qualifying_a_noun_does_not_date_a_verb():
    # "Tuesday's attack" dates the attack; the rejection itself is the report's (Wednesday's)
    text = "On Wednesday Putin met Xi. China rejected the claim that Tuesday's attack came from its soil."
    dates = {"On Wednesday": "2026-02-04"}
    doc = document(text, "en", ALL, dates, published="2026-02-04")
    tuesday = text.index("Tuesday's")
    doc.dates.append(TimeExpression(tuesday, tuesday + 9, "Tuesday's", "2026-02-03", "date:weekday:{weekday}'s:attributive"))
    found = events(doc)
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2026-02-04"), ("REJECT", "2026-02-04")]


def test_an_act_that_occurred_is_not_dated_after_publication():
    # the dates stage reads a bare month as the nearest one; an attack that happened cannot lie ahead
    text = "In March, Russia attacked Ukraine."
    entities = [("Q159", "Russia", "COUNTRY", ["Russia"]), ("Q212", "Ukraine", "COUNTRY", ["Ukraine"])]
    doc = document(text, "en", entities, published="2026-02-04")
    doc.dates.append(TimeExpression(3, 8, "March", "2026-03", "date:monthname:in|{monthname}"))
    [event] = events(doc)
    assert (event.type, event.date) == ("ASSAULT", "2025-03")


def test_a_planned_act_keeps_its_future_month():
    text = "In March, Russia will attack Ukraine."
    entities = [("Q159", "Russia", "COUNTRY", ["Russia"]), ("Q212", "Ukraine", "COUNTRY", ["Ukraine"])]
    doc = document(text, "en", entities, published="2026-02-04")
    doc.dates.append(TimeExpression(3, 8, "March", "2026-03", "date:monthname:in|{monthname}"))
    [event] = events(doc)
    assert (event.status, event.date) == ("planned", "2026-03")


def test_a_date_of_a_later_clause_does_not_date_the_act():
    text = "China has not condemned Russia, but Xi said on Tuesday that talks would continue."
    entities = [CHINA, XI, ("Q159", "Russia", "COUNTRY", ["Russia"])]
    found = events(document(text, "en", entities, {"on Tuesday": "2026-02-03"}))
    assert [(e.type, e.status, e.date) for e in found if e.type == "ACCUSE"] == [("ACCUSE", "negated", None)]


def test_a_cited_decision_in_brackets_makes_the_month_exact():
    text = "Putin wies Xi im Dezember 2024 zurück (Beschl. v. 16.12.2024, Az. 5 L 3799/24.F)."
    dates = {"Dezember 2024": "2024-12", "16.12.2024": "2024-12-16"}
    [event] = events(document(text, "de", ALL, dates, published="2025-10-20"))
    assert (event.type, event.date) == ("REJECT", "2024-12-16")


def test_a_bracketed_day_of_another_month_does_not_date_the_act():
    text = "Putin wies Xi im Dezember 2024 zurück (Beschl. v. 16.11.2024, Az. 5 L 3799/24.F)."
    dates = {"Dezember 2024": "2024-12", "16.11.2024": "2024-11-16"}
    [event] = events(document(text, "de", ALL, dates, published="2025-10-20"))
    assert event.date == "2024-12"


def test_a_date_of_a_participle_clause_after_the_trigger_dates_the_participle_not_the_verb():
    # "stipulato il 15 marzo" is the pact's date; the reproach is the report's day ("Oggi")
    text = "Oggi Putin ha incontrato Xi. Putin ha elogiato la Cina per il patto stipulato il 15 marzo."
    found = events(document(text, "it", ALL, {"Oggi": "2026-02-04", "15 marzo": "2025-03-15"},
                            published="2026-02-04"))
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2026-02-04"), ("SUPPORT", "2026-02-04")]


def test_a_noun_with_a_participle_ending_after_a_determiner_is_no_participle_clause():
    text = "Putin ha elogiato la Cina per il suo mandato lunedì."  # "il suo mandato": a noun
    [event] = events(document(text, "it", ALL, {"lunedì": "2026-02-02"}, published="2026-02-04"))
    assert event.date == "2026-02-02"


def test_a_pluperfect_act_does_not_take_the_news_day_in_spanish():
    text = "Este miércoles Putin se reunió con Xi. Xi había rechazado la propuesta de Putin."
    found = events(document(text, "es", ALL, {"Este miércoles": "2026-02-04"}, published="2026-02-04"))
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2026-02-04"), ("REJECT", None)]


def test_a_pluperfect_act_does_not_take_the_news_day_in_english():
    text = "On Wednesday Putin met Xi. Putin had praised China."
    found = events(document(text, "en", ALL, {"Wednesday": "2026-02-04"}, published="2026-02-04"))
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2026-02-04"), ("SUPPORT", None)]


def test_a_scene_setting_date_of_the_previous_sentence_dates_an_undated_act_in_spanish():
    text = "Ese 11 de abril, Putin se reunió con Xi. Putin elogió a China."
    found = events(document(text, "es", ALL, {"11 de abril": "2022-04-11"}, published="2022-04-22"))
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2022-04-11"), ("SUPPORT", "2022-04-11")]


def test_a_date_inside_the_previous_sentence_sets_no_scene():
    text = "Putin met Xi in Beijing on 11 April. Putin praised China."
    found = events(document(text, "en", ALL, {"11 April": "2022-04-11"}, published="2022-04-22"))
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2022-04-11"), ("SUPPORT", None)]


def test_an_act_in_a_parenthetical_relative_clause_takes_no_news_day():
    text = "On Wednesday Putin met Xi. Xi, who praised Putin as a friend, thanked China."
    found = events(document(text, "en", ALL, {"On Wednesday": "2026-02-04"}, published="2026-02-04"))
    assert [(e.type, e.date) for e in found] == [
        ("CONSULT", "2026-02-04"), ("SUPPORT", None), ("SUPPORT", "2026-02-04")]  # met, praised, thanked
