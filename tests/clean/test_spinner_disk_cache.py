"""The spinner detector's tables are kept on disk: read back equal to a fresh build, rekeyed when a
language file changes, built every time when the cache is off."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cronaca.clean import spinner
from cronaca.disk_cache import fingerprint
from cronaca.lang import load


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CRONACA_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_stored_tables_read_back_equal_to_a_fresh_build(folder: Path) -> None:
    spinner._detector.cache_clear()
    try:
        first = spinner._detector("it")  # builds and stores
        spinner._detector.cache_clear()
        second = spinner._detector("it")  # reads the stored copy
    finally:
        spinner._detector.cache_clear()
    [stored] = folder.glob("spinner-tables-it-*.marshal")
    assert stored.stat().st_size > 0
    assert second.reverse == first.reverse == spinner._tables("it")["reverse"]
    assert second.reverse["aba"][:2] == [("web", 0.4994), ("network", 0.3527)]
    assert second.slot_reverse == first.slot_reverse
    assert second.loanwords == first.loanwords and "weekend" in second.loanwords
    assert second.agreement_endings == first.agreement_endings
    assert {form: p.pattern for form, p in second.article_onsets.items()} == \
        {form: p.pattern for form, p in first.article_onsets.items()}
    assert second == first


def test_a_changed_language_file_changes_the_key(tmp_path: Path) -> None:
    copy = tmp_path / "it"
    shutil.copytree(load("it").folder, copy)
    before = fingerprint("spinner-tables-it", spinner._table_inputs(copy))
    with (copy / "loanwords.txt").open("a", encoding="utf-8") as out:
        out.write("smartworking\n")
    assert fingerprint("spinner-tables-it", spinner._table_inputs(copy)) != before


def test_turned_off_the_tables_are_built_and_nothing_is_written(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRONACA_CACHE_DIR", "off")
    spinner._detector.cache_clear()
    try:
        detector = spinner._detector("de")
    finally:
        spinner._detector.cache_clear()
    assert detector.reverse == spinner._tables("de")["reverse"]
    assert not list(tmp_path.rglob("*.marshal"))
