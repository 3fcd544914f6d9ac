"""Surface forms: names per language, case-sensitive acronyms, demonym adjectives in every form."""
from __future__ import annotations

import pytest

from cronaca.kb import load


@pytest.fixture(scope="module")
def kb():
    return load()


_FORMS: dict[tuple[str, str], dict[str, set[str]]] = {}


def forms(kb, lang: str, kind: str) -> dict[str, set[str]]:
    if (lang, kind) in _FORMS:
        return _FORMS[(lang, kind)]
    table = _FORMS[(lang, kind)] = {}
    for form, entity_id, k in kb.surface_forms(lang):
        if k == kind:
            table.setdefault(form, set()).add(entity_id)
    return table


@pytest.mark.parametrize("lang, words, iso3", [
    ("it", ["russo", "russa", "russi", "russe"], "RUS"),
    ("it", ["statunitense", "statunitensi"], "USA"),
    ("it", ["britannico", "britannica", "britannici", "britanniche"], "GBR"),
    ("de", ["russisch", "russische", "russischen", "russischer", "russisches"], "RUS"),
    ("fr", ["russe", "russes"], "RUS"),
    ("fr", ["chinois", "chinoise", "chinoises"], "CHN"),
    ("es", ["ruso", "rusa", "rusos", "rusas"], "RUS"),
    ("en", ["Ukrainian"], "UKR"),
])
def test_adjectives_in_every_form_point_to_the_country(kb, lang, words, iso3):
    table = forms(kb, lang, "adjective")
    country_id = kb.country(iso3).id
    for word in words:
        assert table.get(word) == {country_id}, word


def test_at_least_80_countries_have_adjectives_in_all_five_languages(kb):
    complete = [e for e in kb.entries.values()
                if e.type == "COUNTRY" and all(e.adjectives.get(lang) for lang in ("it", "en", "fr", "es", "de"))]
    assert len(complete) >= 80


@pytest.mark.parametrize("lang, acronym", [("it", "ONU"), ("en", "UN"), ("ru", "ООН"), ("fr", "ONU")])
def test_united_nations_acronyms(kb, lang, acronym):
    assert kb.search("United Nations", limit=1)[0].id in forms(kb, lang, "acronym")[acronym]


@pytest.mark.parametrize("lang, acronym", [("it", "NATO"), ("fr", "OTAN"), ("es", "OTAN"), ("ru", "НАТО")])
def test_nato_acronyms(kb, lang, acronym):
    assert "Q7184" in forms(kb, lang, "acronym")[acronym]


def test_acronyms_are_case_sensitive(kb):
    italian = forms(kb, "it", "acronym")
    assert "ONU" in italian and "onu" not in italian


def test_acronyms_of_one_language_are_not_offered_in_another(kb):
    assert "OTAN" not in forms(kb, "it", "acronym")


@pytest.mark.parametrize("lang, name, canonical", [
    ("it", "Stati Uniti", "United States"),
    ("it", "Regno Unito", "United Kingdom"),
    ("it", "Gran Bretagna", "United Kingdom"),
    ("ru", "Россия", "Russia"),
    ("zh", "俄罗斯", "Russia"),
    ("it", "Cremlino", "Kremlin"),
    ("de", "Moskau", "Moscow"),
    ("ru", "Владимир Путин", "Vladimir Putin"),
    ("zh", "习近平", "Xi Jinping"),
    ("it", "Casa Bianca", "White House"),
    ("it", "Striscia di Gaza", "Gaza Strip"),
    ("de", "Krim", "Crimea"),
    ("it", "Medio Oriente", "Middle East"),
])
def test_names_per_language(kb, lang, name, canonical):
    ids = forms(kb, lang, "name")[name]
    assert canonical in {kb.get(i).name for i in ids}


def test_no_bare_surname_alias_for_xi(kb):
    xi = kb.get("Q15031")
    assert "Xi" not in xi.names("en")


def test_associated_press_has_the_acronym_ap(kb):
    ap = kb.get("Q40469")
    assert ap.type == "MEDIA" and "AP" in ap.acronyms["*"]


def test_seeded_group_names_are_not_dates_or_numbers(kb):
    import re

    for entry in kb.entries.values():
        if entry.type == "GROUP" and entry.source == "petrarch2":
            for name in entry.names("en"):
                assert not re.search(r"\d", name), (entry.id, name)
