"""`cronaca kb search | check | stats` as a user runs them."""
from __future__ import annotations

import json


def test_search_shows_id_type_country_roles_and_aliases(run_cli):
    result = run_cli("kb", "search", "Sergei Shoigu", "--limit", "1")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "kb:person:sergei-shoigu  PERSON  Sergei Shoigu  [RUS]"
    assert "  role: defence_minister of RUS 2012-11-06..2024-05-12" in lines
    assert "  role: security_council_secretary of RUS 2024-05-12.." in lines
    assert "  aliases ru: Сергей Шойгу" in lines


def test_search_json_filters_by_type(run_cli):
    result = run_cli("kb", "search", "Moscow", "--type", "PLACE", "--json", "--limit", "1")
    record = json.loads(result.stdout.splitlines()[0])
    assert (record["id"], record["type"], record["country"]) == ("Q649", "PLACE", "RUS")


def test_search_without_match_exits_1(run_cli):
    result = run_cli("kb", "search", "zzzz-no-such-entity")
    assert result.exit_code == 1


def test_check_prints_each_problem_and_exits_1(run_cli, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "kb:org:x", "type": "ORG", "name": "X"}\n'
                    '{"id": "kb:org:y", "type": "CLUB", "name": "Y", "wikidata": "7747"}\n', encoding="utf-8")
    result = run_cli("kb", "check", str(path))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}:2: type: 'CLUB' is not one of PERSON, ORG, COUNTRY, PLACE, GROUP, MEDIA",
        f"{path}:2: wikidata: '7747' is not a Wikidata id like 'Q7747'",
    ]


def test_check_of_a_good_file_exits_0(run_cli, tmp_path):
    path = tmp_path / "good.csv"
    path.write_text("id,type,name,country,aliases\nkb:org:x,ORG,X,ITA,it:Ics\n", encoding="utf-8")
    result = run_cli("kb", "check", str(path))
    assert result.exit_code == 0 and result.stdout == f"{path}: ok\n"


def test_stats_counts_types_and_sources(run_cli):
    result = run_cli("kb", "stats", "--json")
    stats = json.loads(result.stdout)
    assert stats["types"]["PERSON"] >= 1000
    assert stats["types"]["COUNTRY"] >= 249
    assert stats["sources"]["curated"] > 0


def test_search_finds_entries_of_a_user_file(run_cli, tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("- id: kb:media:il-post\n  type: MEDIA\n  name: Il Post\n  country: ITA\n", encoding="utf-8")
    result = run_cli("kb", "search", "Il Post", "--kb", str(path), "--limit", "1")
    assert result.stdout.splitlines()[0] == "kb:media:il-post  MEDIA  Il Post  [ITA]"


def test_check_reports_a_yaml_syntax_error_with_its_line(run_cli, tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("- id: kb:org:x\n  type: ORG\n  name: [unclosed\n", encoding="utf-8")
    result = run_cli("kb", "check", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:4: not valid YAML")
