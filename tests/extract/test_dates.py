"""Dates: absolute and relative expressions resolved against the publication date."""
import pytest
from extract.handmade import make_doc, seed_doc

from cronaca.document import TimeExpression
from cronaca.extract.dates import attributive, date_for, find_dates


def values(text: str, lang: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_dates(make_doc(text, lang, published=published))]


def test_seed_dates():
    assert [(t.text, t.value) for t in find_dates(seed_doc())] == [
        ("Mercoledì", "2026-02-04"),  # the publication day itself
        ("2022", "2022"),  # "l'offensiva del 2022": the span is the year only
        ("il mese scorso", "2026-01"),
        ("alla fine di questo mese", "2026-02"),
        ("lo scorso fine settimana", "2026-01-31"),  # the Saturday of the previous weekend
    ]


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il vertice del 4 febbraio 2026 è finito.", "4 febbraio 2026"),
    ("en", "The summit on February 4, 2026 ended.", "February 4, 2026"),
    ("fr", "Le sommet du 4 février 2026 a pris fin.", "4 février 2026"),
    ("es", "La cumbre del 4 de febrero de 2026 terminó.", "4 de febrero de 2026"),
    ("de", "Der Gipfel am 4. Februar 2026 endete.", "4. Februar 2026"),
])
def test_absolute_dates_in_every_language(lang, text, expected):
    assert values(text, lang, None) == [(expected, "2026-02-04")]


def test_a_date_without_year_takes_the_nearest_year():
    assert values("Il 28 dicembre si è votato.", "it", "2026-01-03") == [("28 dicembre", "2025-12-28")]


def test_relative_days_across_a_month_and_year_boundary():
    assert values("Ieri e oggi, e domani.", "it", "2026-01-01") == [
        ("Ieri", "2025-12-31"), ("oggi", "2026-01-01"), ("domani", "2026-01-02")]
    assert values("Hier, il a plu.", "fr", "2024-03-01") == [("Hier", "2024-02-29")]
    assert values("Ayer llovió.", "es", "2026-03-01") == [("Ayer", "2026-02-28")]
    assert values("Gestern regnete es.", "de", "2026-01-01") == [("Gestern", "2025-12-31")]


def test_last_month_and_last_year_at_the_start_of_a_year():
    assert values("Il mese scorso e l'anno scorso.", "it", "2026-01-15") == [
        ("Il mese scorso", "2025-12"), ("l'anno scorso", "2025")]
    assert values("Last month, yes.", "en", "2026-01-15") == [("Last month", "2025-12")]


def test_weekdays():
    # 2026-02-04 is a Wednesday
    assert values("On Wednesday he spoke.", "en", "2026-02-04") == [("Wednesday", "2026-02-04")]
    assert values("On Monday he spoke.", "en", "2026-02-04") == [("Monday", "2026-02-02")]
    assert values("He spoke last Wednesday.", "en", "2026-02-04") == [("last Wednesday", "2026-01-28")]
    assert values("He will speak next Tuesday.", "en", "2026-02-04") == [("next Tuesday", "2026-02-10")]


def test_weeks_are_given_by_their_monday():
    assert values("Talks resume next week.", "en", "2026-02-04") == [("next week", "2026-02-09")]
    assert values("La semana pasada hubo acuerdo.", "es", "2026-02-04") == [("La semana pasada", "2026-01-26")]


def test_month_names_alone():
    assert values("Elections are due in March.", "en", "2026-02-04") == [("March", "2026-03")]
    assert values("Lo scorso marzo si è votato.", "it", "2026-02-04") == [("Lo scorso marzo", "2025-03")]


def test_number_placeholders():
    assert values("Il y a 3 jours, il a plu.", "fr", "2026-03-01") == [("Il y a 3 jours", "2026-02-26")]
    assert values("Vor 2 Wochen kam es zum Streit.", "de", "2026-02-04") == [("Vor 2 Wochen", "2026-01-19")]


def test_false_friends_are_not_dates():
    assert values("Se reunieron el lunes por la mañana.", "es", "2026-02-04") == [("lunes", "2026-02-02")]


def test_relative_dates_need_a_publication_date():
    assert values("Yesterday it rained, on 4 March 2025 too.", "en", None) == [
        ("Yesterday", None), ("4 March 2025", "2025-03-04")]


def test_date_for_picks_the_closest_date_in_the_same_sentence():
    doc = seed_doc()
    doc.dates = find_dates(doc)
    start = doc.text.index("hanno visitato la Cina")
    found = date_for(doc, start, start + 10)
    assert isinstance(found, TimeExpression) and found.value == "2026-01"
    start = doc.text.index("dovrebbe recarsi a Pechino")
    assert date_for(doc, start, start + 10).value == "2026-02"


def test_date_for_ignores_other_sentences():
    doc = make_doc("Ieri si è votato. Il presidente ha parlato.", "it", published="2026-02-04")
    doc.dates = find_dates(doc)
    start = doc.text.index("Il presidente")
    assert date_for(doc, start, start + 5) is None


def test_last_weekday_written_the_day_after_is_the_previous_week_s():
    # Wednesday 2026-02-18: yesterday would be "ieri"; "martedì scorso" is 10 February
    assert values("Martedì scorso si è votato.", "it", "2026-02-18") == [("Martedì scorso", "2026-02-10")]
    assert values("Votó el pasado martes.", "es", "2026-02-18") == [("el pasado martes", "2026-02-10")]
    assert values("Il a voté vendredi dernier.", "fr", "2026-02-18") == [("vendredi dernier", "2026-02-13")]


# 2026-02-04 is a Wednesday in the tests below.

@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Due settimane fa si erano visti.", ("Due settimane fa", "2026-01-19")),
    ("en", "Six weeks ago he was in Sudan.", ("Six weeks ago", "2025-12-22")),
    ("fr", "Il y a deux semaines, il a plu.", ("Il y a deux semaines", "2026-01-19")),
    ("es", "Hace dos semanas llovió.", ("Hace dos semanas", "2026-01-19")),
    ("de", "Vor zwei Wochen kam es zum Streit.", ("Vor zwei Wochen", "2026-01-19")),
    ("en", "A year ago, markets fell.", ("A year ago", "2025")),
    ("de", "Vor einem Jahr begann es.", ("Vor einem Jahr", "2025")),
])
def test_spelled_numbers_count_like_digits(lang, text, expected):
    assert values(text, lang, "2026-02-04") == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Am 21.11.2024 trat er zurück.", ("21.11.2024", "2024-11-21")),
    ("it", "Il 21/11/2024 si è dimesso.", ("21/11/2024", "2024-11-21")),
    ("en", "He resigned on 11/21/2024.", ("11/21/2024", "2024-11-21")),
])
def test_numeric_dates(lang, text, expected):
    assert values(text, lang, "2026-02-04") == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Il vertice dal 3 al 5 marzo.", ("dal 3 al 5 marzo", "2026-03-03")),
    ("fr", "Le sommet du 3 au 5 mai 2025.", ("du 3 au 5 mai 2025", "2025-05-03")),
    ("en", "The summit on March 3-5 ended.", ("March 3-5", "2026-03-03")),
    ("de", "Der Gipfel vom 3. bis 5. Mai endete.", ("vom 3. bis 5. Mai", "2026-05-03")),
])
def test_a_range_is_one_expression_valued_by_its_first_day(lang, text, expected):
    assert values(text, lang, "2026-02-04") == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "A fine gennaio si è votato.", ("A fine gennaio", "2026-01")),
    ("fr", "À la mi-janvier, il a plu.", ("À la mi-janvier", "2026-01")),
    ("es", "A finales de enero llovió.", ("A finales de enero", "2026-01")),
    ("de", "Anfang Februar regnete es.", ("Anfang Februar", "2026-02")),
    ("en", "It shipped in late January 2025.", ("late January 2025", "2025-01")),
])
def test_parts_of_a_month(lang, text, expected):
    assert values(text, lang, "2026-02-04") == [expected]


def test_a_year_after_a_month_name_is_that_month_of_that_year():
    assert values("Im Dezember 2024 fiel Damaskus.", "de", "2026-02-04") == [("Dezember 2024", "2024-12")]


def test_a_past_marker_keeps_a_date_without_year_in_the_past():
    # the nearest 12 March to 4 February 2026 is in 2026, but "scorso"/"pasado" say it has passed
    assert values("Il 12 marzo scorso si è votato.", "it", "2026-02-04") == [("12 marzo scorso", "2025-03-12")]
    assert values("El 16 de abril pasado, dijo.", "es", "2026-02-04") == [("16 de abril pasado", "2025-04-16")]
    assert values("En marzo pasado llovió.", "es", "2026-02-04") == [("marzo pasado", "2025-03")]


def test_german_weekday_compounds():
    assert values("Er erklärte am Samstagabend, warum.", "de", "2026-02-04") == [("Samstagabend", "2026-01-31")]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "They will hold talks Tuesday.", ("Tuesday", "2026-02-10")),
    ("en", "They held talks Tuesday.", ("Tuesday", "2026-02-03")),
    ("it", "Merz dovrebbe recarsi a Pechino giovedì.", ("giovedì", "2026-02-05")),
    ("it", "Merz si è recato a Pechino giovedì.", ("giovedì", "2026-01-29")),
    ("es", "Viajará el martes a Madrid.", ("martes", "2026-02-10")),
    ("de", "Merz wird am Freitag reisen.", ("Freitag", "2026-02-06")),
    ("en", "The talks will take place on Wednesday.", ("Wednesday", "2026-02-04")),
])
def test_a_bare_weekday_after_a_future_cue_is_the_coming_one(lang, text, expected):
    assert values(text, lang, "2026-02-04") == [expected]


def test_a_full_stop_after_a_day_ends_the_sentence():
    assert values("It arrived on Feb. 13.", "en", "2026-02-04") == [("Feb. 13", "2026-02-13")]


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Entro domenica la Nato riceverà il comando.", ("domenica", "2026-02-08")),
    ("en", "The report is due by Friday.", ("Friday", "2026-02-06")),
])
def test_a_deadline_weekday_is_the_coming_one(lang, text, expected):
    assert values(text, lang, "2026-02-04") == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "They denied Tuesday's attack.", "Tuesday's"),
    ("it", "Hanno negato l'attacco di martedì.", "martedì"),
    ("es", "Negaron el ataque del martes.", "martes"),
    ("de", "Sie bestritten den Angriff vom Dienstag.", "Dienstag"),
])
def test_a_weekday_qualifying_a_noun_is_marked_attributive(lang, text, expected):
    [found] = find_dates(make_doc(text, lang, published="2026-02-04"))
    assert (found.text, found.value, attributive(found)) == (expected, "2026-02-03", True)


def test_a_weekday_of_the_clause_is_not_attributive():
    [found] = find_dates(make_doc("They met on Tuesday.", "en", published="2026-02-04"))
    assert not attributive(found)


@pytest.mark.parametrize("lang,text,published,expected", [
    ("en", "Officials warned in July of a resurgence.", "2025-03-14", ("July", "2024-07")),
    ("de", "Ende November wurde das Lager abgerissen.", "2025-06-05", ("Ende November", "2024-11")),
    ("en", "Elections are due in April.", "2026-02-04", ("April", "2026-04")),
    ("fr", "Le sommet aura lieu le 12 mars.", "2026-02-04", ("12 mars", "2026-03-12")),
])
def test_a_date_without_year_leans_to_the_past(lang, text, published, expected):
    assert values(text, lang, published) == [expected]


def test_german_tomorrow_is_lower_case_and_a_morning_is_not_tomorrow():
    assert values("Das Treffen ist morgen.", "de", "2026-02-04") == [("morgen", "2026-02-05")]
    assert values("Am folgenden Morgen fielen die Kurse.", "de", "2026-02-04") == []


def test_a_weekday_with_its_date_is_that_date():
    assert values("Die Aktion läuft ab Montag, den 1. Mai.", "de", "2023-04-28") == [
        ("Montag, den 1. Mai", "2023-05-01")]


def test_from_a_weekday_on_is_the_coming_one():
    assert values("Ab Sonntag gilt die Regel.", "de", "2023-10-07") == [("Sonntag", "2023-10-08")]


def test_a_fronted_date_governs_the_later_clauses_of_its_sentence():
    text = ("Il 29 dicembre, il ministero aveva affermato che l'esecuzione non sarebbe avvenuta "
            "prima del 26 gennaio, mentre la Casa Bianca aveva smentito il trasferimento.")
    doc = make_doc(text, "it", published="2006-12-30")
    doc.dates = find_dates(doc)
    at = text.index("la Casa Bianca")
    assert date_for(doc, at, len(text)).text == "29 dicembre"


@pytest.mark.parametrize("lang,text,expected", [
    # the DESIGN set (weekday, last month, last weekend, the end of this month, last Tuesday, next week)
    # in every language, read in an article of Wednesday 2026-02-04
    ("it", "Il ministro è arrivato mercoledì.", ("mercoledì", "2026-02-04")),
    ("en", "The minister arrived on Wednesday.", ("Wednesday", "2026-02-04")),
    ("fr", "Le ministre est arrivé mercredi.", ("mercredi", "2026-02-04")),
    ("es", "El ministro llegó el miércoles.", ("miércoles", "2026-02-04")),
    ("de", "Der Minister kam am Mittwoch an.", ("Mittwoch", "2026-02-04")),
    ("it", "Si sono incontrati il mese scorso a Roma.", ("il mese scorso", "2026-01")),
    ("fr", "Ils se sont rencontrés le mois dernier à Paris.", ("le mois dernier", "2026-01")),
    ("de", "Sie trafen sich vorigen Monat in Berlin.", ("vorigen Monat", "2026-01")),
    ("es", "Se reunieron el pasado fin de semana en Madrid.", ("el pasado fin de semana", "2026-01-31")),
    ("de", "Das vergangene Wochenende zeigte, wie fragil die Waffenruhe ist.", ("Das vergangene Wochenende", "2026-01-31")),
    ("fr", "Les deux dirigeants se sont parlé le weekend dernier.", ("le weekend dernier", "2026-01-31")),
    ("en", "The deal is expected by the end of this month.", ("the end of this month", "2026-02")),
    ("fr", "L'accord doit être signé à la fin de ce mois.", ("à la fin de ce mois", "2026-02")),
    ("es", "El acuerdo se firmará a fines de este mes.", ("a fines de este mes", "2026-02")),
    ("it", "L'accordo è stato firmato alla fine del mese scorso.", ("alla fine del mese scorso", "2026-01")),
    ("de", "Der Vertrag wurde Ende vergangenen Monats unterzeichnet.", ("Ende vergangenen Monats", "2026-01")),
    ("en", "The talks began last Tuesday.", ("last Tuesday", "2026-01-27")),
    ("de", "Die Gespräche begannen vorigen Dienstag.", ("vorigen Dienstag", "2026-01-27")),
    ("it", "Il vertice si terrà la prossima settimana.", ("la prossima settimana", "2026-02-09")),
    ("es", "La cumbre se celebrará la semana próxima.", ("la semana próxima", "2026-02-09")),
    ("de", "Der Gipfel findet kommende Woche statt.", ("kommende Woche", "2026-02-09")),
    ("es", "El presidente viajará el lunes próximo a Lima.", ("el lunes próximo", "2026-02-09")),
])
def test_the_design_expressions_resolve_in_every_language(lang, text, expected):
    assert values(text, lang, "2026-02-04") == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "La scorsa notte ad Arcore i due leader hanno stretto un patto.", ("La scorsa notte", "2026-02-03")),
    ("it", "Alle 19:40 odierne, la Corte ha confermato la condanna.", ("odierne", "2026-02-04")),
    ("it", "Nella giornata di ieri, Renzi ha concluso le consultazioni.", ("Nella giornata di ieri", "2026-02-03")),
    ("fr", "La nuit dernière, des frappes ont visé la ville.", ("La nuit dernière", "2026-02-03")),
    ("es", "Esta madrugada, un ataque alcanzó la ciudad.", ("Esta madrugada", "2026-02-04")),
    ("de", "Letzte Nacht griffen Drohnen die Stadt an.", ("Letzte Nacht", "2026-02-03")),
    ("en", "Officials said this afternoon that the border was closed.", ("this afternoon", "2026-02-04")),
])
def test_night_and_parts_of_today(lang, text, expected):
    assert values(text, lang, "2026-02-04") == [expected]
