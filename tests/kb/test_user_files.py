"""User files add or override entries, in JSONL, YAML or CSV; bad ones fail with file, line, reason."""
from __future__ import annotations

import json
from datetime import date

import pytest

from cronaca.kb import KBError, check_file, load

NEW_MAYOR = {"id": "kb:person:mario-rossi", "type": "PERSON", "name": "Mario Rossi", "country": "ITA",
             "aliases": {"*": ["Mario Rossi"]},
             "roles": [{"role": "other", "of": "ITA", "start": "2024-06-10"}]}


def test_jsonl_file_adds_an_entry(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps(NEW_MAYOR) + "\n", encoding="utf-8")
    kb = load(extra=[path])
    assert kb.get("kb:person:mario-rossi").roles_on(date(2025, 1, 1))[0].of == "ITA"
    assert kb.get("kb:person:mario-rossi").source == "mine.jsonl"


def test_jsonl_file_overrides_a_shipped_entry(tmp_path):
    path = tmp_path / "override.jsonl"
    path.write_text(json.dumps({"id": "Q7747", "type": "PERSON", "name": "Vladimir Putin",
                                "aliases": {"it": ["Zar"]}}) + "\n", encoding="utf-8")
    kb = load(extra=[path])
    assert kb.get("Q7747").aliases == {"it": ["Zar"]}
    assert kb.holders("head_of_state", "RUS", date(2026, 2, 4)) == []


def test_yaml_file_adds_and_overrides(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- id: kb:org:comune-di-roma\n  type: ORG\n  name: Comune di Roma\n  country: ITA\n"
        "  aliases: {it: [Campidoglio capitolino]}\n"
        "- id: Q220\n  type: PLACE\n  name: Rome\n  country: ITA\n  aliases: {it: [Roma, Urbe]}\n",
        encoding="utf-8")
    kb = load(extra=[str(path)])
    assert kb.get("kb:org:comune-di-roma").names("it") == ["Campidoglio capitolino"]
    assert kb.get("Q220").names("it") == ["Roma", "Urbe"]


def test_csv_file_with_language_tagged_aliases(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("id,type,name,country,aliases\n"
                    "kb:media:il-post,MEDIA,Il Post,ITA,it:Il Post|en:The Post|Post.it\n", encoding="utf-8")
    entry = load(extra=[path]).get("kb:media:il-post")
    assert entry.aliases == {"it": ["Il Post"], "en": ["The Post"], "*": ["Post.it"]}
    assert entry.country == "ITA"


def test_later_user_file_wins(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.csv"
    first.write_text(json.dumps(NEW_MAYOR) + "\n", encoding="utf-8")
    second.write_text("id,type,name,country,aliases\nkb:person:mario-rossi,PERSON,Mario Rossi Jr,ITA,\n",
                      encoding="utf-8")
    assert load(extra=[first, second]).get("kb:person:mario-rossi").name == "Mario Rossi Jr"


def test_bad_user_file_raises_with_file_line_and_reason(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(NEW_MAYOR) + "\n" + json.dumps({**NEW_MAYOR, "type": "MAYOR"}) + "\n",
                    encoding="utf-8")
    with pytest.raises(KBError, match=r"bad\.jsonl:2: type: 'MAYOR' is not one of"):
        load(extra=[path])


def test_check_reports_every_problem_with_its_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    lines = [
        json.dumps(NEW_MAYOR),
        "{not json",
        json.dumps({"id": "kb:person:x", "type": "PERSON", "name": "X",
                    "roles": [{"role": "mayor", "of": "ITA", "start": "2024-13-01"}]}),
        json.dumps({"id": "kb:person:mario-rossi", "type": "PERSON", "name": "Again"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = check_file(path)
    # a JSON syntax error stops the reading: the line and the reason are reported
    assert [(p.line, p.reason.split(":")[0]) for p in problems] == [(2, "not valid JSON")]


def test_check_reports_schema_problems_on_their_lines(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "- id: kb:person:x\n  type: PERSON\n  name: X\n"
        "  roles: [{role: mayor, of: ITA, start: '2024-13-01'}]\n"
        "- id: kb:person:y\n  type: PERSON\n  name: Y\n  country: Italy\n"
        "- id: kb:person:x\n  type: PERSON\n  name: X again\n",
        encoding="utf-8")
    problems = check_file(path)
    assert [(p.line, p.reason) for p in problems] == [
        (1, "roles[0].role: 'mayor' is not one of head_of_state, head_of_government, foreign_minister, "
            "defence_minister, interior_minister, finance_minister, security_council_secretary, "
            "secretary_general, president, spokesperson, central_bank_governor, party_leader, "
            "military_chief, other"),
        (1, "roles[0].start: '2024-13-01' is not a real date"),
        (5, "country: 'Italy' is not an ISO 3166-1 alpha-3 code like 'ITA'"),
        (9, "id 'kb:person:x' already used on line 1"),
    ]


def test_csv_header_must_name_the_required_columns(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,kind,name\nkb:org:x,ORG,X\n", encoding="utf-8")
    problems = check_file(path)
    assert [(p.line, p.reason.split(" (")[0]) for p in problems] == [
        (1, "CSV header lacks column(s) type, country, aliases")]
