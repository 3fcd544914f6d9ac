"""Status of acts that are only possible, impossible or a condition's own (evsense19, issue #6): being able
to do something is no act ("capable de soutenir", "in grado di"), being unable to is its negation ("unable
to", "incapaz de"), and a negation inside a closed "if" clause belongs to the condition, not to the act
after it (lang/<code>/modality.tsv, extract/events/modality.py). One behaviour per test."""
from __future__ import annotations

from extract.events_support import document, events

UK = ("Q145", "United Kingdom", "COUNTRY", ["Angleterre", "Britain"], "GBR")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russie", "Russia", "Rusia"], "RUS")


def _statuses(text: str, lang: str) -> list[str]:
    return [e.status for e in events(document(text, lang, [UK, RUSSIA]))]


def test_en_unable_to_support_is_no_support():
    assert "occurred" not in _statuses("Britain was unable to support Russia.", "en")


def test_fr_being_capable_of_support_is_no_support():
    assert "occurred" not in _statuses("L'Angleterre était capable de soutenir la Russie.", "fr")


def test_es_incapable_of_support_is_no_support():
    assert "occurred" not in _statuses("Rusia es incapaz de apoyar a Britain.", "es")


def test_fr_the_negation_of_a_closed_condition_stays_in_it():
    text = "Si les efforts ne réussissaient pas, l'Angleterre consentirait à voir les armées."
    assert _statuses(text, "fr") == ["hypothetical"]


def test_fr_a_negation_after_the_condition_still_negates():
    text = "Si les efforts réussissaient, l'Angleterre n'a pas soutenu la Russie."
    assert _statuses(text, "fr") == ["negated"]
