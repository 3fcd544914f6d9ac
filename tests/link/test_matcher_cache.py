"""The link matcher kept on disk: read back equal to a fresh build, rebuilt when an input changes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cronaca.kb import KnowledgeBase, read_entries
from cronaca.link import automaton
from cronaca.link.automaton import Matcher, fold, tree_digest
from cronaca.link.lexicon import lexicon

FIXTURE = Path(__file__).with_name("kb_fixture.jsonl")
TEXT = "Il presidente Vladimir Putin ha incontrato il senato degli Stati Uniti a Mosca."


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CRONACA_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def loaded(path: Path) -> KnowledgeBase:
    """A KB read from ``path`` as ``cronaca.kb.load`` reads user files: it knows its source."""
    kb = KnowledgeBase(read_entries(path))
    kb.sources = (path,)
    return kb


def state(m: Matcher) -> tuple:
    """Everything a matcher derived, with every surface made (titles compared by value)."""
    surfaces = [m.surface(i) for i in range(len(m.rows))]
    return (sorted(m.automaton.items()), surfaces, m.given_names, m.capital_of, m.title_roles, m.adjectives,
            m.listed_given_names, m.own_names, m.monarchs, m.family_names, m.listed_anywhere)


def found(m: Matcher) -> list[tuple[str, tuple]]:
    return [(TEXT[x.start:x.end], x.forms, x.title) for x in m.find(TEXT, fold(TEXT))]


def test_a_matcher_read_back_equals_the_fresh_build(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = loaded(FIXTURE)
    fresh = automaton._build(kb, lexicon("it"))
    [stored] = folder.glob("link-matcher-it-*.pickle")
    calls: list[int] = []
    monkeypatch.setattr(automaton, "_table", lambda *a: calls.append(1))  # a rebuild would fail
    cached = automaton._build(kb, lexicon("it"))
    assert calls == []
    assert state(cached) == state(fresh)
    assert found(cached) == found(fresh)
    assert ("Vladimir Putin", (("Vladimir Putin", "Q7747", "name"),), None) in found(cached)
    # the title words are the lexicon's own objects, as in a fresh build
    titles = [cached.surface(i).title for i in range(len(cached.rows))]
    assert all(t is None or any(t is own for own in lexicon("it").titles) for t in titles)
    assert stored.exists()


def test_a_changed_kb_file_rebuilds_and_drops_the_stale_copy(folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kb.jsonl"
    shutil.copy(FIXTURE, copy)
    before = automaton._build(loaded(copy), lexicon("it"))
    [first] = folder.glob("link-matcher-it-*.pickle")
    with copy.open("a", encoding="utf-8") as out:
        out.write('{"id": "kb:person:mario-bianchi", "type": "PERSON", "name": "Mario Bianchi", "aliases": {"*": ["Mario Bianchi"]}}\n')
    after = automaton._build(loaded(copy), lexicon("it"))
    [second] = folder.glob("link-matcher-it-*.pickle")
    assert first != second
    assert " mario bianchi " not in before.automaton
    assert " mario bianchi " in after.automaton


def test_a_changed_language_file_changes_the_key(tmp_path: Path) -> None:
    (tmp_path / "lang" / "it").mkdir(parents=True)
    titles = tmp_path / "lang" / "it" / "titles.tsv"
    titles.write_text("phrase\troles\npresidente\thead_of_state\n", encoding="utf-8")
    (tmp_path / "link").mkdir()
    (tmp_path / "link" / "stage.py").write_text("x = 1\n", encoding="utf-8")
    before = tree_digest(tmp_path, ("lang", "link"))
    titles.write_text("phrase\troles\npresidente\thead_of_government\n", encoding="utf-8")
    changed = tree_digest(tmp_path, ("lang", "link"))
    (tmp_path / "lang" / "it" / "given_names.txt").write_text("Mario\n", encoding="utf-8")
    added = tree_digest(tmp_path, ("lang", "link"))
    (tmp_path / "link" / "stage.py").write_text("x = 2\n", encoding="utf-8")
    edited_source = tree_digest(tmp_path, ("lang", "link"))
    assert len({before, changed, added, edited_source}) == 4


def test_turned_off_it_builds_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRONACA_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    m = automaton._build(loaded(FIXTURE), lexicon("it"))
    assert ("Vladimir Putin", (("Vladimir Putin", "Q7747", "name"),), None) in found(m)
    assert not (tmp_path / "xdg").exists()


def test_a_kb_made_in_code_is_never_cached(folder: Path) -> None:
    automaton._build(KnowledgeBase(read_entries(FIXTURE)), lexicon("it"))
    assert not list(folder.glob("link-matcher-*"))


def test_a_user_kb_file_is_part_of_the_key(tmp_path: Path) -> None:
    from cronaca import kb as kbase
    user = tmp_path / "mine.jsonl"
    shutil.copy(FIXTURE, user)
    extended = kbase.load([user])
    assert extended.sources is not None and extended.sources[-1] == user
    assert kbase.load().sources is not None and user not in kbase.load().sources
