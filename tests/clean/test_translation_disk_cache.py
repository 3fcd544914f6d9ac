"""The English exonyms and calendar words each language replaces are kept on disk: read back equal
to a fresh build, rekeyed when a data file changes, built every time when the cache is off."""
from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.clean import translation
from cronaca.disk_cache import fingerprint


def words_of(lang: str) -> list[tuple[str, object]]:
    translation._english_words.cache_clear()
    try:
        automaton = translation._english_words(lang)
    finally:
        translation._english_words.cache_clear()
    assert automaton is not None
    return sorted((key, automaton.get(key)) for key in automaton.keys())


def test_the_stored_list_reads_back_equal_to_a_fresh_build(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRONACA_CACHE_DIR", str(tmp_path / "cache"))
    built = words_of("it")  # builds and stores
    assert len(list((tmp_path / "cache").glob("english-words-it-*.marshal"))) == 1
    assert words_of("it") == built  # read back
    assert ("September", ("month", "September")) in built
    assert dict(built)["Sunday"] == ("weekday", "Sunday")
    fresh = translation._english_word_list("it")
    assert sorted((word, (kind, word)) for word, kind in fresh) == built


def test_a_changed_data_file_changes_the_key(tmp_path: Path) -> None:
    months = tmp_path / "months.tsv"
    months.write_text("name\tmonth\nsettembre\t9\n", encoding="utf-8")
    before = fingerprint("english-words-it", [*translation._code_inputs(), months])
    months.write_text("name\tmonth\nsettembre\t9\nsett\t9\n", encoding="utf-8")
    assert fingerprint("english-words-it", [*translation._code_inputs(), months]) != before


def test_turned_off_the_list_is_built_and_nothing_is_written(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRONACA_CACHE_DIR", "off")
    assert ("January", ("month", "January")) in words_of("de")  # German writes "Januar"
    assert not list(tmp_path.rglob("*.marshal"))
