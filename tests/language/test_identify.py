"""Language identification, limited to the languages cronaca has data for."""
from __future__ import annotations

import pytest

from cronaca.language.identify import identify


@pytest.mark.parametrize("text, code", [
    ("Il governo ha approvato la legge di bilancio dopo un lungo dibattito in Parlamento.", "it"),
    ("The government approved the budget after a long debate in parliament.", "en"),
    ("Le gouvernement a approuvé le budget après un long débat au Parlement.", "fr"),
    ("El gobierno aprobó el presupuesto tras un largo debate en el Parlamento.", "es"),
    ("Die Regierung hat den Haushalt nach langer Debatte im Parlament verabschiedet.", "de"),
])
def test_supported_languages(text, code):
    assert identify(text)[0] == code


def test_too_little_text_is_undetermined():
    assert identify("12:30 — 4/2") == ("und", 0.0)
