"""Rules of the KB build scripts (tools/kb/) that decide what enters the shipped data."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cronaca.kb import DATA

TOOLS = Path(__file__).resolve().parents[2] / "tools" / "kb"
sys.path.insert(0, str(TOOLS))

people = pytest.importorskip("people")
places = pytest.importorskip("places")
organisations = pytest.importorskip("organisations")


@pytest.mark.parametrize("a, b, country", [
    ("Yulia Tymoshenko", "Yuliya Tymoshenko", "UKR"),
    ("William Ruto", "William Samoei Ruto", "KEN"),
    ("Radosław Sikorski", "Radoslaw Sikorski", "POL"),
])
def test_spellings_of_one_person_are_merged(a, b, country):
    assert people.same_person(a, b, country)


@pytest.mark.parametrize("a, b, country", [
    ("Kim Jong Il", "Kim Yong Il", "PRK"),
    ("Cho Hyun", "Cho Chang Hyun", "KOR"),
    ("Jigme Khesar Namgyel Wangchuck", "Jigme Singye Wangchuck", "BTN"),
    ("Amadou Oury Bah", "Amadou Lamarana Bah", "GIN"),
])
def test_different_people_with_similar_names_stay_apart(a, b, country):
    assert not people.same_person(a, b, country)


@pytest.mark.parametrize("token, readable", [
    ("VLADIMIR_V._PUTIN_", "Vladimir V. Putin"),
    ("BASHAR_AL-ASSAD_", "Bashar al-Assad"),
    ("ABDULLAH_II", "Abdullah II"),
])
def test_petrarch_names_become_readable(token, readable):
    assert people._readable(token) == readable


@pytest.mark.parametrize("geonames, news", [("Khān Yūnis", "Khan Yunis"), ("Rafaḩ", "Rafah"),
                                            ("Ţarţūs", "Tartus"), ("München", "München"), ("Zürich", "Zürich")])
def test_scholarly_transliterations_are_folded_but_european_letters_kept(geonames, news):
    assert places.display_name(geonames) == news


@pytest.mark.parametrize("alternate, keep", [("Mosca", True), ("Moscou", True), ("Rim", False), ("MOW", False),
                                             ("mosukuwa", False), ("Maeskuy", False)])
def test_geonames_alternates_kept_only_when_close_to_the_name(alternate, keep):
    name = "Rome" if alternate == "Rim" else "Moscow"
    assert places._keep_latin(alternate, name) is keep


@pytest.mark.parametrize("name, plausible", [("Kurdistan Freedom Hawks", False),
                                             ("Aden Abyan Islamic Army", True), ("21 June", False),
                                             ("La Liga", False), ("Zulkifli Bin Hir", False)])
def test_only_names_that_say_they_are_groups_are_seeded(name, plausible):
    assert organisations._plausible_group(name) is plausible


@pytest.mark.parametrize("name", ["countries.jsonl", "places.jsonl", "organisations.jsonl", "people.jsonl"])
def test_shipped_files_are_generated_sorted_and_compact(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == sorted(ids)
    assert all(line == json.dumps(json.loads(line), ensure_ascii=False, separators=(",", ":")) for line in lines[:200])


@pytest.mark.parametrize("form, name, kept", [
    ("Florida", "Floridablanca", False),  # the start of another name, not a spelling of it
    ("Berne", "Bern", True),
    ("Berna", "Bern", True),
    ("Mansoura", "Al Mansurah", True),  # compared without the Arabic article
    ("Falluja", "Al Fallujah", True),
])
def test_which_alternate_city_names_are_spellings(form, name, kept):
    assert places._keep_latin(form, name) is kept


def test_a_city_name_with_the_arabic_article_is_also_known_without_it():
    rows = [json.loads(line) for line in (DATA / "places.jsonl").open(encoding="utf-8")]
    mansurah = next(r for r in rows if r["id"] == "kb:place:al-mansurah-eg")
    assert {"Mansurah", "Mansoura"} <= set(mansurah["aliases"]["*"])


def test_states_of_federations_are_places_unless_a_city_has_the_name():
    rows = {r["id"]: r for r in map(json.loads, (DATA / "places.jsonl").open(encoding="utf-8"))}
    florida = rows["kb:place:florida-us"]
    assert (florida["name"], florida["type"], florida["country"]) == ("Florida", "PLACE", "USA")
    assert florida["aliases"]["fr"] == ["Floride"]
    assert rows["kb:place:georgia-us"]["aliases"]["fr"] == ["Géorgie"]  # the linker needs evidence for it
    assert "kb:place:washington-us" not in rows  # the city keeps the name
    assert "kb:place:plateau-ng" not in rows  # skipped: a common word


def test_a_curated_region_is_known_by_its_english_name_in_every_language():
    rows = [json.loads(line) for line in (DATA / "places.jsonl").open(encoding="utf-8")]
    donbas = next(r for r in rows if r["name"] == "Donbas")
    assert "Donbas" in donbas["aliases"]["*"]  # a Spanish article writes "Donbas" too


def test_a_us_city_lies_in_its_state():
    rows = {r["id"]: r for r in map(json.loads, (DATA / "places.jsonl").open(encoding="utf-8"))}
    assert rows["kb:place:atlanta-us"]["parent"] == "kb:place:georgia-us"
    assert rows["kb:place:georgia-us"]["parent"] == "Q30"
