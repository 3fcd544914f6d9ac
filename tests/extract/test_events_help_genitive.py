"""The bare genitive of a help noun (evroles8 round): in a purpose phrase ("zur Unterstützung Israels") it
names whom the help is for; with a recipient of its own ("die Unterstützung Deutschlands für die Ukraine")
it is the helper."""
from __future__ import annotations

from extract.events_support import document, events, summary

ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel", "Israels"], "ISR")
GERMANY = ("Q183", "Germany", "COUNTRY", ["Deutschland", "Deutschlands"], "DEU")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Scholz"])
ALL = [ISRAEL, GERMANY, UKRAINE, SCHOLZ]


def _found(text: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, "de", ALL))]


def test_the_genitive_of_help_in_a_purpose_phrase_is_never_the_helper():
    assert _found("Scholz kündigte Waffen zur Unterstützung Israels an.") == []


def test_a_call_for_help_names_the_helped_as_the_request_s_topic_only():
    assert _found("Scholz rief zur Unterstützung Israels auf.") == [("REQUEST", ("Q61053",), ("Q801",), "occurred")]


def test_with_a_recipient_of_its_own_the_genitive_helps():
    assert _found("Die Unterstützung Deutschlands für die Ukraine ist groß.") == [
        ("SUPPORT", ("Q183",), ("Q212",), "occurred")]
