"""Every organisation kind in the shipped KB is one of the schema's, and the curated kinds reach the
entries: a company, an agency, an outlet and a national body each say what they are."""
from __future__ import annotations

from cronaca import kb as kbase
from cronaca.kb.validate import ORG_KINDS, check_entry


def test_shipped_kinds_are_schema_kinds():
    kb = kbase.load()
    assert {e.kind for e in kb.entries.values() if e.kind} <= set(ORG_KINDS)


def test_curated_kinds_reach_their_entries():
    kb = kbase.load()
    by_name = {e.name: e.kind for e in kb.entries.values() if e.type in ("ORG", "GROUP", "MEDIA")}
    assert by_name["Monsanto"] == "company"
    assert by_name["Social Democratic Party of Germany"] == "party"
    assert by_name["Associated Press"] == "media"
    assert by_name["Health Canada"] == "agency"


def test_a_national_body_takes_the_kind_of_its_institution():
    kb = kbase.load()
    assert {e.kind for e in kb.entries.values() if e.institution == "foreign_ministry"} == {"ministry"}
    assert {e.kind for e in kb.entries.values() if e.institution == "supreme_court"} == {"court"}


def test_an_unknown_kind_is_a_schema_problem():
    problems = check_entry({"id": "kb:org:x", "type": "ORG", "name": "X", "kind": "bakery"})
    assert any(p.startswith("kind:") for p in problems)
