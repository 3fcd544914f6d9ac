"""Verb + object acts built from classes (evlex24): a verb class ("cut": suspend, freeze, sospendere,
congelar, stoppen...) times a noun class ("aid": aid, funding, aiuti, fondos, Hilfe...) gives one act whose
type is neither the verb's nor the noun's (lang/<code>/event_act_families.tsv, extract/events/act_families.tsv).
Each test is one news sentence and the type it must give, or a look-alike that must stay silent."""
from __future__ import annotations

import pytest
from extract.events_support import document, events

from cronaca.extract.events.lexicon import _family_rows, lexicon

FRANCE = ("Q142", "France", "COUNTRY", ["Francia", "France", "Frankreich"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia", "Russland", "Russie"])


def types(lang: str, text: str) -> set[str]:
    return {t.type for m in lexicon(lang).scan(text) for t in m.triggers}


@pytest.mark.parametrize("lang,text,expected", [
    # cut x aid: a sanction, not aid
    ("it", "La Francia ha congelato i finanziamenti alla Russia.", "SANCTION"),
    ("es", "Francia recortó los fondos a Rusia.", "SANCTION"),
    ("en", "France withheld funding from Russia.", "SANCTION"),
    # German: a participle closes the clause after its noun
    ("de", "Frankreich hat die Zahlungen an Russland gestoppt.", "SANCTION"),
    # break x talks
    ("fr", "La France a rompu les négociations avec la Russie.", "SANCTION"),
    ("de", "Frankreich hat die Gespräche mit Russland abgebrochen.", "SANCTION"),
    # cease x fighting: a ceasefire
    ("es", "Rusia suspendió los bombardeos sobre Kiev.", "RETREAT"),
    ("it", "La Russia ha interrotto i bombardamenti su Kiev.", "RETREAT"),
    # drop x proceedings: a concession
    ("es", "La fiscalía retiró los cargos contra el exministro.", "CONCEDE"),
    ("en", "Prosecutors dropped the charges against the former minister.", "CONCEDE"),
    # lift x sanctions, impose x sanctions / restrictions
    ("fr", "La France a levé les sanctions contre la Russie.", "CONCEDE"),
    ("es", "Estados Unidos impuso aranceles a México.", "SANCTION"),
    ("de", "Die EU hat neue Sanktionen gegen Russland verhängt.", "SANCTION"),
    ("it", "Il governo ha imposto il coprifuoco.", "COERCE"),
])
def test_verb_and_noun_classes_make_the_act(lang: str, text: str, expected: str) -> None:
    assert expected in types(lang, text)


@pytest.mark.parametrize("lang,text,unexpected", [
    # concluding talks is no breaking off: "end" is in no class that pairs with talks
    ("en", "The ministers ended two days of talks in Geneva.", "SANCTION"),
    # "arrêter" also arrests: it is no verb of ceasing fire
    ("fr", "La police a arrêté les auteurs des attaques.", "RETREAT"),
    # "with the help of" is no aid that is cut: the singular noun of that phrase is in no class
    ("it", "L'agente lo ha bloccato con l'aiuto di due vigili.", "SANCTION"),
    ("fr", "Il a coupé la corde à l'aide d'un couteau.", "SANCTION"),
])
def test_look_alikes_stay_silent(lang: str, text: str, unexpected: str) -> None:
    assert unexpected not in types(lang, text)


def test_the_pair_is_one_event_with_its_parties() -> None:
    doc = document("La Francia ha congelato i finanziamenti alla Russia.", "it", [FRANCE, RUSSIA])
    assert [(e.type, e.source, e.target) for e in events(doc)] == [("SANCTION", ["Q142"], ["Q159"])]


def test_a_listed_row_wins_over_the_class_pair() -> None:
    members = [{"class": "cut", "word": "sospendere", "forms": ""}, {"class": "aid", "word": "aiuti", "forms": ""},
               {"class": "aid", "word": "fondi", "forms": ""}]
    listed = [{"trigger": "sospendere ~ gli aiuti"}]
    assert [r["trigger"] for r in _family_rows(members, listed)] == ["sospendere ~ fondi"]


def test_a_form_after_the_noun_is_written_noun_first() -> None:
    members = [{"class": "cut", "word": "stoppen", "forms": "~ gestoppt"}, {"class": "aid", "word": "hilfe", "forms": ""}]
    assert [r["forms"] for r in _family_rows(members, [])] == ["hilfe ~ gestoppt"]


@pytest.mark.parametrize("lang,text,trigger", [
    # leave x pact: leaving a treaty is SANCTION withdraw (GUIDELINES "Sanctions and bans"), not a troop withdrawal
    ("en", "The United States pulled out of the nuclear deal.", "pull out ~ deal"),
    ("it", "Gli Stati Uniti sono usciti dall'accordo di Parigi.", "uscire ~ accordo"),
    ("es", "Estados Unidos se retiró del acuerdo de París.", "retirarse ~ acuerdo"),
    ("de", "Die USA stiegen aus dem Abkommen aus.", "aussteigen ~ Abkommen"),
])
def test_leaving_a_treaty_is_a_sanction_withdraw(lang: str, text: str, trigger: str) -> None:
    read = {(t.entry, t.type, t.mode) for m in lexicon(lang).scan(text) for t in m.triggers}
    assert read == {(trigger, "SANCTION", "withdraw")}


def test_troops_withdrawing_under_a_deal_stay_a_retreat() -> None:
    # "withdraw from" is the leaving verb: a withdrawal "under" an agreement is the troops' own RETREAT
    read = {t.type for m in lexicon("en").scan("The troops withdrew under the agreement.") for t in m.triggers}
    assert "SANCTION" not in read
