"""The common news verbs and idioms of each PLOVER type in it/es/fr/de (evlex round): each test is a news
sentence and the event it must yield, actor and recipient included, or a word that must stay silent."""
from __future__ import annotations

import pytest
from extract.events_support import document, events, summary

from cronaca.extract.events.lexicon import lexicon

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland", "Rusia", "Russie"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ukraine", "Ucrania"], "UKR")
FRANCE = ("Q142", "France", "COUNTRY", ["Francia", "France", "Frankreich"], "FRA")
IRAN = ("Q794", "Iran", "COUNTRY", ["Iran", "Irán"], "IRN")
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
MERZ = ("Q90888", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
ALL = [RUSSIA, UKRAINE, FRANCE, IRAN, MACRON, MERZ]


@pytest.mark.parametrize("lang,text,expected", [
    # German separable idioms: the particle or the fixed phrase closes the clause
    ("de", "Merz gab Russland die Schuld an dem Anschlag.", ("ACCUSE", ("Q90888",), ("Q159",), "occurred")),
    ("de", "Frankreich machte Russland für den Angriff verantwortlich.", ("ACCUSE", ("Q142",), ("Q159",), "occurred")),
    ("de", "Macron legte am Montag sein Amt nieder.", ("RETREAT", ("Q3052772",), (), "occurred")),
    ("de", "Russland versetzte seine Truppen in Alarmbereitschaft.", ("MOBILIZE", ("Q159",), (), "occurred")),
    ("de", "Merz stärkte Macron den Rücken.", ("SUPPORT", ("Q90888",), ("Q3052772",), "occurred")),
    ("it", "Macron ha chiesto scusa alla Francia.", ("CONCEDE", ("Q3052772",), ("Q142",), "occurred")),
    ("it", "Macron ha polemizzato con Merz.", ("ACCUSE", ("Q3052772",), ("Q90888",), "occurred")),
    ("it", "Macron ha rassegnato le dimissioni.", ("RETREAT", ("Q3052772",), (), "occurred")),
    ("es", "Irán responsabilizó a Rusia por el ataque.", ("ACCUSE", ("Q794",), ("Q159",), "occurred")),
    ("es", "Macron exhortó a Irán a negociar.", ("REQUEST", ("Q3052772",), ("Q794",), "occurred")),
    ("es", "Rusia aprehendió a Macron.", ("COERCE", ("Q159",), ("Q3052772",), "occurred")),
    ("es", "Irán puso en libertad a Macron.", ("RETREAT", ("Q794",), ("Q3052772",), "occurred")),
    ("fr", "Macron a épinglé la Russie.", ("ACCUSE", ("Q3052772",), ("Q159",), "occurred")),
    ("fr", "La Russie a pris d'assaut l'Ukraine.", ("ASSAULT", ("Q159",), ("Q212",), "occurred")),
    ("fr", "L'Iran a remis en liberté Macron.", ("RETREAT", ("Q794",), ("Q3052772",), "occurred")),
])
def test_common_news_verbs_give_their_event(lang: str, text: str, expected: tuple) -> None:
    [event] = events(document(text, lang, ALL))
    assert summary(event) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Tausende gingen am Samstag auf die Straße.", "PROTEST"),
    ("it", "Migliaia di persone sono scese in piazza.", "PROTEST"),
    ("fr", "Des milliers de personnes sont descendues dans la rue.", "PROTEST"),
    ("es", "Los camioneros salieron a las calles.", "PROTEST"),
    ("de", "Nach Angriffen auf Kiew", "ASSAULT"),  # dative plural of a noun trigger
    ("es", "Bukele decretó el estado de excepción.", "COERCE"),
])
def test_idioms_and_inflected_nouns_are_triggers(lang: str, text: str, expected: str) -> None:
    assert {t.type for m in lexicon(lang).scan(text) for t in m.triggers} == {expected}


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Selbsttötung des Sängers wurde bestätigt."),  # no killing by another (not "Tötung")
    ("de", "Sein Rechtsbeistand sagte am Montag."),  # a lawyer, not support (not "Beistand")
    ("it", "Centinaia di feriti negli scontri."),  # "feriti" is the wounded, no act ("ferire" left out)
    ("it", "I vigili del fuoco hanno messo a disposizione i mezzi."),  # providing means, no promise
])
def test_lookalikes_stay_silent(lang: str, text: str) -> None:
    triggers = [t for m in lexicon(lang).scan(text) for t in m.triggers]
    assert not [t for t in triggers if t.entry.split("|")[0] in ("Tötung", "Beistand", "ferire", "mettersi ~ a disposizione")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Browser bringt bereits alles mit, um alles zu exportieren."),  # "um ... zu" is no "umbringen"
    ("it", "Il direttore di Radio Uno ha commentato."),  # "radio" is no form of a verb ("radiare" left out)
    ("it", "È arrivata al Pronto soccorso."),  # "soccorso" is the emergency room ("soccorrere" left out)
    ("de", "Die Müllabfuhr kommt am Montag."),  # garbage collection, no rebuff ("Abfuhr" left out)
])
def test_words_inside_other_words_stay_silent(lang: str, text: str) -> None:
    assert not [t for m in lexicon(lang).scan(text) for t in m.triggers]
