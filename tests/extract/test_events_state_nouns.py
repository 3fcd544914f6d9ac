"""Nouns standing for a state named shortly before (issue #6, extract/events/state_nouns.py): a country
noun after an article or a demonstrative ("the country", "ce pays", "ese país", "das Land"), a
government noun after a demonstrative or a possessive ("questo governo", "his government", "su
gobierno", "seine Regierung"), and a country's "side" ("the Russian side", "la parte cinese", "die
russische Seite", an agent noun in ``event_roles.tsv``). The state acts; the event's rule says how it
was found (``+state-noun``)."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland", "Russie", "Rusia", "adjective:Russian",
                                        "adjective:russa", "adjective:russe", "adjective:rusa", "adjective:russische"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["China", "Cina", "Chine", "adjective:cinese"], "CHN")
USA = ("Q30", "United States", "COUNTRY", ["United States", "Stati Uniti", "États-Unis", "Estados Unidos", "USA"], "USA")
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin", "Poutine"], "RUS")
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"], "CHN")
ALL = [RUSSIA, CHINA, USA, PUTIN, XI]
CRITICISM = ("ACCUSE", ("Q159",), ("Q30",), "occurred")


def _accusations(text: str, lang: str) -> list:
    return [e for e in events(document(text, lang, ALL)) if e.type == "ACCUSE"]


def test_english_the_country_is_the_country_named_before():
    found = _accusations("Russia rejected the accusations. The country also criticized the United States.", "en")
    assert [summary(e) for e in found] == [CRITICISM]
    assert found[0].rule.endswith("+state-noun")


def test_french_demonstrative_country_noun():
    found = _accusations("La Russie a rejeté les accusations. Ce pays a critiqué les États-Unis.", "fr")
    assert [summary(e) for e in found] == [CRITICISM]


def test_spanish_demonstrative_country_noun():
    found = _accusations("Rusia rechazó las acusaciones. Ese país criticó a Estados Unidos.", "es")
    assert [summary(e) for e in found] == [CRITICISM]


def test_german_das_land_names_no_state():
    # "das Land" is as often a federal state ("das Land Thüringen") as the country named before
    found = _accusations("Russland wies die Vorwürfe zurück. Das Land kritisierte die USA.", "de")
    assert all("+state-noun" not in e.rule for e in found)


def test_italian_demonstrative_government_noun():
    found = _accusations("La Russia ha respinto le accuse. Questo governo ha criticato gli Stati Uniti.", "it")
    assert [summary(e) for e in found] == [CRITICISM]


def test_english_possessive_government_is_the_previous_subjects_country():
    found = _accusations("Putin met Xi Jinping on Monday. His government criticized the United States.", "en")
    assert [summary(e) for e in found] == [CRITICISM]


def test_spanish_possessive_government_is_the_previous_subjects_country():
    found = _accusations("Putin se reunió con Xi Jinping el lunes. Su gobierno criticó a Estados Unidos.", "es")
    assert [summary(e) for e in found] == [CRITICISM]


def test_german_possessive_government_is_the_previous_subjects_country():
    found = _accusations("Putin traf Xi Jinping am Montag. Seine Regierung kritisierte die USA.", "de")
    assert [summary(e) for e in found] == [CRITICISM]


def test_the_government_alone_names_no_state():
    found = _accusations("Russia rejected the accusations. The government criticized the United States.", "en")
    assert found == []


def test_a_country_noun_after_a_preposition_is_no_subject():
    found = _accusations("Russia rejected the accusations. Trade with the country criticized the United States.", "en")
    assert all("+state-noun" not in e.rule for e in found)


def test_english_the_russian_side_is_russia():
    found = _accusations("Russia and China held talks on Monday. The Russian side criticized the United States.", "en")
    assert [summary(e) for e in found] == [CRITICISM]


def test_italian_la_parte_cinese_is_china():
    found = _accusations("Russia e Cina hanno tenuto colloqui lunedì. La parte cinese ha criticato gli Stati Uniti.", "it")
    assert [summary(e) for e in found] == [("ACCUSE", ("Q148",), ("Q30",), "occurred")]


def test_german_die_russische_seite_is_russia():
    found = _accusations("Russland und China führten am Montag Gespräche. Die russische Seite kritisierte die USA.", "de")
    assert [summary(e) for e in found] == [CRITICISM]
