"""German and Italian news verbs and idioms of the PLOVER types that had no trigger (lexdeit23, issue #6):
each test is a news sentence and the events it must yield, or a lookalike that must stay silent."""
from __future__ import annotations

import pytest
from extract.events_support import document, events, summary

from cronaca.extract.events.lexicon import lexicon

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland", "Russlands"], "RUS")
FRANCE = ("Q142", "France", "COUNTRY", ["Frankreich"], "FRA")
NATO = ("Q7184", "NATO", "ORG", ["NATO", "Nato"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
NAVALNY = ("Q4146", "Alexei Navalny", "PERSON", ["Nawalny"])
COURT = ("Q1540024", "Moscow City Court", "ORG", ["Moskauer Stadtgericht"])
MELONI = ("Q3790080", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"])
CONTE = ("Q47436", "Giuseppe Conte", "PERSON", ["Giuseppe Conte", "Conte"])
ALL = [RUSSIA, FRANCE, NATO, MACRON, NAVALNY, COURT, MELONI, CONTE]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Das Moskauer Stadtgericht sprach Nawalny schuldig.",
     [("SANCTION", ("Q1540024",), ("Q4146",), "occurred")]),
    # a prison term in years: the conviction and the imprisonment; a suspended one only the conviction
    ("de", "Das Moskauer Stadtgericht verurteilte Nawalny zu drei Jahren.",
     [("SANCTION", ("Q1540024",), ("Q4146",), "occurred"), ("COERCE", ("Q1540024",), ("Q4146",), "occurred")]),
    ("de", "Das Moskauer Stadtgericht verurteilte Nawalny zu drei Jahren auf Bewährung.",
     [("SANCTION", ("Q1540024",), ("Q4146",), "occurred")]),
    ("de", "Frankreich berief seinen Botschafter aus Russland ab.", [("SANCTION", ("Q142",), ("Q159",), "occurred")]),
    ("de", "Frankreich trat aus der NATO aus.", [("SANCTION", ("Q142",), ("Q7184",), "occurred")]),
    ("de", "Macron schlug die Einladung Russlands aus.", [("REJECT", ("Q3052772",), ("Q159",), "occurred")]),
    ("de", "Macron mahnte Russland zur Zurückhaltung.", [("REQUEST", ("Q3052772",), ("Q159",), "occurred")]),
    ("it", "Conte ha preso le distanze da Meloni.", [("ACCUSE", ("Q47436",), ("Q3790080",), "occurred")]),
    ("it", "Conte si è detto disponibile a incontrare Meloni.", [("AGREE", ("Q47436",), ("Q3790080",), "occurred")]),
    ("it", "Conte ha sollevato dubbi sulla proposta di Meloni.", [("ACCUSE", ("Q47436",), ("Q3790080",), "occurred")]),
])
def test_news_idioms_give_their_events(lang: str, text: str, expected: list[tuple]) -> None:
    assert [summary(e) for e in events(document(text, lang, ALL))] == expected


def test_a_cease_and_desist_letter_is_an_accusation_not_a_request() -> None:
    text = "Im vergangenen Jahr mahnte der Verbraucherzentrale Bundesverband die chinesische Onlineplattform ab."
    assert {t.entry for m in lexicon("de").scan(text) for t in m.triggers} == {"abmahnen"}


@pytest.mark.parametrize("lang,text", [
    ("it", "Le batterie vengono stoccate e conferite al consorzio."),  # stored, not jabs ("stoccata")
    ("it", "Poi l'uomo alla guida, in retromarcia, ha sfondato la vetrina."),  # a car reversing, no U-turn
    ("de", "Die Europäische Zentralbank dürfte bei ihrer Sitzung am Donnerstag die Zinsen halten."),  # a board meeting
    ("de", "Weitere Ergebnisse sollen Untersuchungen in einem Labor in Dresden bringen."),  # lab tests
])
def test_lookalikes_stay_silent(lang: str, text: str) -> None:
    assert not [t for m in lexicon(lang).scan(text) for t in m.triggers]
