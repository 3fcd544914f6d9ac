"""Trigger rows of PLOVER acts the lexicons lacked (evtrig25): annexation, sieges, sealing borders, recalled
ambassadors, guilty verdicts, a German separable meeting verb. Each test is one news sentence and the
(type, mode) the lexicon must read in it, or a look-alike that must stay silent."""
from __future__ import annotations

import pytest

from cronaca.extract.events.lexicon import lexicon


def read(lang: str, text: str) -> set[tuple[str, str | None]]:
    return {(t.type, t.mode) for m in lexicon(lang).scan(text) for t in m.triggers}


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Merz traf am Montag mit Macron zusammen.", ("CONSULT", None)),
    ("de", "Deutschland rief seinen Botschafter aus Moskau zurück.", ("SANCTION", "withdraw")),
    ("de", "Russland annektierte die Krim.", ("COERCE", "seize")),
    ("de", "Israel riegelte den Gazastreifen ab.", ("COERCE", "restrict")),
    ("it", "L'Italia ha richiamato il proprio ambasciatore da Mosca.", ("SANCTION", "withdraw")),
    ("it", "La Russia ha annesso la Crimea.", ("COERCE", "seize")),
    ("it", "Il tribunale lo ha dichiarato colpevole.", ("SANCTION", "convict")),
    ("it", "Gli Usa hanno designato il gruppo come organizzazione terroristica.", ("ACCUSE", "allege")),
    ("fr", "Le rappel de l'ambassadeur a été annoncé lundi.", ("SANCTION", "withdraw")),
    ("fr", "Washington a désigné le groupe comme organisation terroriste.", ("ACCUSE", "allege")),
    ("es", "Rusia anexionó Crimea en 2014.", ("COERCE", "seize")),
    ("es", "El gobierno cerró las fronteras.", ("COERCE", "restrict")),
    ("es", "Los transportistas bloquearon las carreteras.", ("PROTEST", "obstruct")),
    ("es", "Las disculpas del presidente llegaron tarde.", ("CONCEDE", None)),
    ("de", "Nach seiner Verurteilung zu fünf Jahren Haft legte er Berufung ein.", ("SANCTION", "convict")),
])
def test_checklist_act_is_read(lang: str, text: str, expected: tuple[str, str | None]) -> None:
    assert expected in read(lang, text)


def test_annesso_alone_is_an_adjective() -> None:
    # "annesso" without its auxiliary is "attached", no annexation
    assert read("it", "La villa ha un giardino con annesso il parcheggio.") == set()


def test_a_condemnation_stays_an_accusation() -> None:
    # the bare "Verurteilung" with no prison term is a condemnation, not a conviction
    assert read("de", "Die Verurteilung des Angriffs durch die EU kam rasch.") == {("ACCUSE", "disapprove"), ("ASSAULT", None)}
