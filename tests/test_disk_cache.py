"""The on-disk table cache: read back when its inputs are unchanged, rebuilt otherwise, never required."""
from __future__ import annotations

from pathlib import Path

import pytest

from cronaca import disk_cache
from cronaca.disk_cache import derived


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CRONACA_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting_build(calls: list[int]):
    def build() -> dict[str, int]:
        calls.append(1)
        return {"la": 3, "the": 1}
    return build


def test_a_second_call_reads_the_stored_table(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("la the", encoding="utf-8")
    calls: list[int] = []
    first = derived("words", [source], counting_build(calls))
    second = derived("words", [source], counting_build(calls))
    assert first == second == {"la": 3, "the": 1}
    assert len(calls) == 1
    assert len(list(folder.glob("words-*.marshal"))) == 1


def test_a_changed_input_file_rebuilds_and_drops_the_stale_copy(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("la the", encoding="utf-8")
    calls: list[int] = []
    derived("words", [source], counting_build(calls))
    source.write_text("la the der", encoding="utf-8")
    derived("words", [source], counting_build(calls))
    assert len(calls) == 2
    assert len(list(folder.glob("words-*.marshal"))) == 1


def test_a_damaged_file_is_rebuilt_not_misread(folder: Path) -> None:
    calls: list[int] = []
    derived("words", [b"v1"], counting_build(calls))
    [stored] = folder.glob("words-*.marshal")
    data = bytearray(stored.read_bytes())
    data[-3] ^= 0xFF  # one flipped byte in the table
    stored.write_bytes(bytes(data))
    assert derived("words", [b"v1"], counting_build(calls)) == {"la": 3, "the": 1}
    assert len(calls) == 2


def test_turned_off_it_builds_every_time_and_writes_nothing(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRONACA_CACHE_DIR", "off")
    calls: list[int] = []
    derived("words", [b"v1"], counting_build(calls))
    derived("words", [b"v1"], counting_build(calls))
    assert len(calls) == 2
    assert disk_cache.cache_folder() is None


def test_an_unwritable_folder_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CRONACA_CACHE_DIR", str(blocker / "cache"))
    calls: list[int] = []
    assert derived("words", [b"v1"], counting_build(calls)) == {"la": 3, "the": 1}
    assert derived("words", [b"v1"], counting_build(calls)) == {"la": 3, "the": 1}
    assert len(calls) == 2


def test_a_pickled_table_reads_back_equal_and_apart_from_marshal(folder: Path) -> None:
    calls: list[int] = []

    def build() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
        calls.append(1)
        return frozenset({"la", "the"}), {"la": (1, 2)}

    first = derived("words", [b"v1"], build, fmt="pickle")
    assert derived("words", [b"v1"], build, fmt="pickle") == first
    assert len(calls) == 1
    assert len(list(folder.glob("words-*.pickle"))) == 1
    assert not list(folder.glob("words-*.marshal"))
