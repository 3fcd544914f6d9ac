"""Per-language alias tables (curated/aliases_<lang>.tsv) and topic organisation tables
(curated/organisations_<topic>.tsv) of the KB build."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools" / "kb"
sys.path.insert(0, str(TOOLS))

aliases = pytest.importorskip("aliases")
kbfile = pytest.importorskip("kbfile")
organisations = pytest.importorskip("organisations")


@pytest.fixture
def curated(tmp_path, monkeypatch):
    """A curated folder of the test's own, seen by every build module."""
    for module in (aliases, kbfile, organisations):
        monkeypatch.setattr(module, "CURATED", tmp_path)
    return tmp_path


def test_alias_table_adds_forms_of_its_language_by_name_or_id(curated):
    (curated / "aliases_ru.tsv").write_text(
        "entity\tkind\tform\nState Duma\talias\tДума\nkb:org:fsb\tacronym\tФСБ\n", encoding="utf-8")
    duma = {"id": "kb:org:state-duma", "name": "State Duma", "aliases": {"ru": ["Госдума"]}}
    fsb = {"id": "kb:org:fsb", "name": "Federal Security Service"}
    assert aliases.apply([duma, fsb]) == 2
    assert duma["aliases"] == {"ru": ["Госдума", "Дума"]}
    assert fsb["acronyms"] == {"ru": ["ФСБ"]}


def test_alias_of_an_entity_no_table_builds_stops_the_build(curated):
    (curated / "aliases_ru.tsv").write_text("entity\tkind\tform\nGazprum\talias\tГазпром\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="Gazprum"):
        aliases.apply([{"id": "kb:org:gazprom", "name": "Gazprom"}])


def test_topic_table_row_naming_a_listed_organisation_only_adds_its_forms(curated):
    header = "name\ttype\tcountry\twikidata\tparent\taliases\tacronyms\n"
    (curated / "organisations.tsv").write_text(header + "FIFA\tORG\t\t\t\t\t*:FIFA\n", encoding="utf-8")
    (curated / "organisations_ru.tsv").write_text(
        header + "FIFA\tORG\t\t\t\t\tru:ФИФА\nYandex\tORG\tRUS\t\t\t*:Yandex|ru:Яндекс\t\n", encoding="utf-8")
    rows = organisations.curated_rows()
    assert [r["name"] for r in rows] == ["FIFA", "Yandex"]
    assert rows[0]["acronyms"] == "*:FIFA|ru:ФИФА"
