"""Georgia the US state and Georgia the country share a name in every language: the country is
what the name means unless the article gives state-level evidence (a noun or title next to the
name, a city inside the state, another state), and naming the United States is no such evidence."""
from __future__ import annotations

import pytest

import cronaca

COUNTRY, STATE = "Q230", "kb:place:georgia-us"


def georgia_ids(text: str, lang: str = "en") -> list[str]:
    doc = cronaca.process(text, language=lang, published="2026-01-10")
    return [e.id for e in doc.entities if e.name == "Georgia"]


def test_the_country_by_default_even_where_the_united_states_is_named():
    assert georgia_ids("The United States criticised Georgia over the new law.") == [COUNTRY]


def test_a_city_inside_the_state_makes_it_the_state():
    assert georgia_ids("The rally in Atlanta drew thousands. Georgia has become a swing state.") \
        == [STATE]


def test_another_state_beside_it_makes_it_the_state():
    assert georgia_ids("Voters in Georgia and Arizona went to the polls on Tuesday.") == [STATE]


def test_the_governors_title_makes_it_the_state():
    assert georgia_ids("Georgia Gov. Brian Kemp signed the bill on Monday.") == [STATE]


@pytest.mark.parametrize("text, lang", [
    ("The governor of Georgia said the election was secure.", "en"),
    ("Im US-Bundesstaat Georgia wurde am Dienstag gewählt.", "de"),
    ("Le gouverneur de Géorgie a signé la loi.", "fr"),
    ("El estado de Georgia votó el martes.", "es"),
])
def test_a_subdivision_noun_or_title_names_the_state(text, lang):
    assert georgia_ids(text, lang) == [STATE]


def test_once_the_state_is_named_so_the_bare_name_follows():
    assert georgia_ids("Il governatore della Georgia ha firmato la legge. La Georgia ha votato.", "it") \
        == [STATE]
    doc = cronaca.process("Il governatore della Georgia ha firmato la legge. La Georgia ha votato.",
                          language="it", published="2026-01-10")
    georgia = next(e for e in doc.entities if e.name == "Georgia")
    assert [m.text for m in georgia.mentions] == ["Georgia", "Georgia"]


def test_a_state_of_emergency_is_no_state_evidence():
    assert georgia_ids("Georgia declared a state of emergency after the floods in Batumi.") == [COUNTRY]
