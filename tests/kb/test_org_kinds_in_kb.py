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


def test_a_topic_table_gives_kind_and_institution_on_its_own_row():
    # organisations_national.tsv: "Home Office ... ministry interior_ministry", no line elsewhere
    kb = kbase.load()
    home_office = kb.entries["kb:org:home-office"]
    assert (home_office.kind, home_office.institution, home_office.country) == ("ministry", "interior_ministry", "GBR")
    assert kb.institution("interior_ministry", "GBR") is home_office


def test_a_topic_row_naming_a_listed_body_adds_the_institution_it_lacked():
    # the Federal Office for the Protection of the Constitution is in organisations.tsv; the national table
    # gives it the institution that "der Verfassungsschutz" finds
    kb = kbase.load()
    assert kb.institution("domestic_intelligence", "DEU").name == "Federal Office for the Protection of the Constitution"
