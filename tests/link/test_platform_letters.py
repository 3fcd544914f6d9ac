"""A platform named by one letter counts only after the language's preposition for posting on it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister wrote on X that the plan was dead."),
    ("de", "Der Minister schrieb auf X, dass der Plan gescheitert sei."),
    ("it", "Il ministro ha scritto su X che il piano è fallito."),
    ("fr", "Le ministre a écrit sur X que le plan avait échoué."),
    ("es", "El ministro escribió en X que el plan había fracasado."),
    ("de", "Das ließ sie auf dem Kurznachrichtendienst X wissen."),
    ("es", "Lo escribió en la red social X el lunes."),
    ("fr", "Il a publié sur le réseau social X un long message."),
    ("it", "Ha scritto sul social X che non si dimetterà."),
])
def test_the_letter_after_a_posting_preposition_is_the_platform(link_text, by_name, lang, text):
    mentions = by_name(link_text(text, lang))["Twitter"].mentions
    assert [(m.text, m.rule) for m in mentions] == [("X", "platform:letter")]


def test_a_letter_that_opens_a_longer_name_is_no_platform(link_text, by_name):
    assert "Twitter" not in by_name(link_text("A new shop opened on X Street in the spring.", "en"))


def test_a_letter_in_a_compound_is_no_platform(link_text, by_name):
    assert "Twitter" not in by_name(link_text("The doctor decided on X-rays for the patient.", "en"))


def test_the_letter_in_a_list_of_known_platforms_is_the_platform(link_text, by_name):
    doc = link_text("Platforms like Facebook, X and Google must act now.", "en")
    assert [m.rule for m in by_name(doc)["Twitter"].mentions] == ["platform:letter"]


def test_a_letter_with_no_cue_and_no_list_is_no_platform(link_text, by_name):
    assert "Twitter" not in by_name(link_text("Category X was added to the rules.", "en"))
