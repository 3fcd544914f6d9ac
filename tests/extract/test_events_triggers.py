"""Trigger coverage of the per-language lexicons: each test is a news sentence and the event the
lexicon must (or must not) yield. Entities and dates are given by hand (events_support)."""
from __future__ import annotations

import pytest
from extract.events_support import document, events, summary

from cronaca.extract.events.lexicon import lexicon

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland", "Rusia", "Russie", "adjective:russo"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ukraine", "Ucrania"], "UKR")
FRANCE = ("Q142", "France", "COUNTRY", ["Francia", "France", "Frankreich"], "FRA")
IRAN = ("Q794", "Iran", "COUNTRY", ["Iran", "Irán"], "IRN")
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
MERZ = ("Q90888", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
BONDI = ("Q4949070", "Pam Bondi", "PERSON", ["Pam Bondi", "Bondi"])
WHITE_HOUSE = ("Q35525", "White House", "ORG", ["Casa Bianca", "White House", "Casa Blanca"])
ALL = [RUSSIA, UKRAINE, FRANCE, IRAN, MACRON, MERZ, TRUMP, BONDI, WHITE_HOUSE]


def one(text: str, lang: str) -> tuple:
    [event] = events(document(text, lang, ALL))
    return summary(event)


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Macron a rendu visite à Merz.", ("CONSULT", ("Q3052772",), ("Q90888",), "occurred")),
    ("it", "La Casa Bianca ha smentito le notizie.", ("REJECT", ("Q35525",), (), "occurred")),
    ("es", "Irán desmintió las informaciones.", ("REJECT", ("Q794",), (), "occurred")),
    ("de", "Russland dementierte den Bericht.", ("REJECT", ("Q159",), (), "occurred")),
    ("fr", "Macron s'en est pris à Merz.", ("ACCUSE", ("Q3052772",), ("Q90888",), "occurred")),
    ("de", "Merz rügte Macron.", ("ACCUSE", ("Q90888",), ("Q3052772",), "occurred")),
    ("it", "La Francia ha richiesto un incontro.", ("REQUEST", ("Q142",), (), "occurred")),
    ("de", "Frankreich entsandte Soldaten.", ("MOBILIZE", ("Q142",), (), "occurred")),
])
def test_common_news_verbs(lang, text, expected):
    assert one(text, lang) == expected


def test_a_separable_verb_with_a_gapped_tail_in_capitals():
    # "stand ... zur Seite" (stood by): the tail matches the lower-cased text whatever the file's case
    assert one("Bondi stand Trump im Verfahren zur Seite.", "de")[:3] == ("SUPPORT", ("Q4949070",), ("Q22686",))


def test_a_german_arms_delivery_with_its_tail():
    assert one("Frankreich lieferte der Ukraine Waffen.", "de")[:3] == ("AID", ("Q142",), ("Q212",))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Il a été condamné à cinq ans de prison."),
    ("es", "Fue condenado a veinte años de prisión."),
])
def test_a_prison_sentence_is_read_as_such_not_as_a_condemnation(lang, text):
    found = [t.type for m in lexicon(lang).scan(text) for t in m.triggers]
    assert found == ["SANCTION"]


def test_condemning_a_country_stays_an_accusation():
    assert one("La France condamne à nouveau la Russie.", "fr")[:3] == ("ACCUSE", ("Q142",), ("Q159",))


def test_a_massacre_names_its_victims_not_its_authors():
    # the victims follow "an" ("von" there is "of", not "by"); no actor, no event
    russian = ("Q159", "Russia", "COUNTRY", ["adjective:russischen"], "RUS")
    assert events(document("Das Massaker an Tausenden von russischen Zivilisten.", "de", [russian])) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Samsung s'offre la start-up britannique."),  # s'offrir: to buy, not to offer
    ("de", "Der Gerichtshof hat Russland zu Sofortmaßnahmen verpflichtet."),  # obliged, not committed
    ("es", "La Guardia Civil recoge denuncias de desaparición."),  # reports to the police
])
def test_words_that_are_usually_no_event_stay_out(lang, text):
    assert not [t for m in lexicon(lang).scan(text) for t in m.triggers]


def test_english_gapped_objects_match_in_the_plural():
    text = "Both countries withdrew their ambassadors."
    assert any(t.entry.startswith("withdraw ~ ambassador") for m in lexicon("en").scan(text) for t in m.triggers)


def test_a_military_coup_is_coercion():
    assert [t.type for m in lexicon("en").scan("He was ousted in a military coup.") for t in m.triggers] == ["COERCE"]


def test_calling_someone_is_no_request_but_calling_on_someone_to_act_is():
    assert events(document("Macron a appelé Merz.", "fr", ALL)) == []
    assert one("Macron a appelé la Russie à négocier.", "fr")[:3] == ("REQUEST", ("Q3052772",), ("Q159",))


def test_german_troops_or_soldiers_moved():
    assert one("Russland verlegte 500 Soldaten an die Grenze.", "de")[:2] == ("MOBILIZE", ("Q159",))


def _derive_tool():
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "tools" / "events" / "derive_en_triggers.py"
    spec = importlib.util.spec_from_file_location("derive_en_triggers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.parametrize("phrase,expected", [
    ("ambassador", "ambassadors"),
    ("military policy", "military policies"),
    ("crash", "crashes"),
    ("talks", "talks"),  # already plural
    ("aid", "aid"),  # short words stay as they are
])
def test_the_derivation_puts_cameo_objects_in_the_plural(phrase, expected):
    assert _derive_tool().plural(phrase) == expected


def test_a_gapped_row_inherits_the_irregular_forms_of_its_verb():
    forms = _derive_tool().gapped_forms("withdraw ~ ambassador|withdraw ~ ambassadors", "withdrew|withdrawn")
    assert forms.split("|") == ["withdrew ~ ambassador", "withdrew ~ ambassadors",
                                "withdrawn ~ ambassador", "withdrawn ~ ambassadors"]


@pytest.mark.parametrize("text,entry", [
    ("Er sagte, dass Russland die Ukraine angriff.", "angreifen"),  # verb-final clause: prefix joined
    ("Die Polizei nimmt zwei Männer fest.", "festnehmen"),  # irregular present, prefix at the end
    ("weil der Minister zurücktrat", "zurücktreten"),
])
def test_german_separable_strong_verbs_in_every_position(text, entry):
    assert entry in [t.entry for m in lexicon("de").scan(text) for t in m.triggers]
