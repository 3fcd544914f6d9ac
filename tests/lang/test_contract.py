"""Every language folder provides what the template lists, in the declared shape."""
from __future__ import annotations

import pytest

from cronaca.lang import LANG_ROOT, load, manifest, supported

LANGUAGES = supported()


def test_the_first_languages_are_there():
    assert {"it", "en", "fr", "es", "de"} <= set(LANGUAGES)


def test_the_template_lists_files():
    assert any(entry.name == "months.tsv" for entry in manifest())


@pytest.mark.parametrize("code", LANGUAGES)
def test_language_folder_follows_the_template(code):
    data = load(code)
    for entry in manifest():
        if not data.has(entry.name):
            assert not entry.required, f"lang/{code}/{entry.name} is required: {entry.purpose}"
            continue
        if entry.name.endswith(".tsv"):
            rows = data.table(entry.name)
            assert rows, f"lang/{code}/{entry.name} has no rows"
            missing = set(entry.columns) - set(rows[0])
            assert not missing, f"lang/{code}/{entry.name} lacks columns {sorted(missing)}"
        else:
            assert data.words(entry.name), f"lang/{code}/{entry.name} is empty"


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_stray_files(code):
    listed = {entry.name for entry in manifest()}
    present = {p.name for p in (LANG_ROOT / code).iterdir() if p.is_file()}
    assert present <= listed, f"lang/{code} has files the template does not list: {sorted(present - listed)}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_month_numbers_cover_the_year(code):
    assert {int(r["month"]) for r in load(code).table("months.tsv")} == set(range(1, 13))
