"""The event evaluations run on the shared data (skipped when ../shared is absent)."""
from __future__ import annotations

import pytest

from cronaca.evaluate import case2021, plover_gsr
from cronaca.evaluate.locate import evaldata, resources

needs_resources = pytest.mark.skipif(not (resources() / "plover").is_dir(), reason="../shared/resources absent")
needs_evaldata = pytest.mark.skipif(not (evaldata() / "case2021-events").is_dir(), reason="../shared/evaldata absent")


@needs_resources
def test_plover_gold_records_become_documents_with_marked_actors():
    record = next(r for r in plover_gsr.records() if r["id"] == "PLOVER-GSR01-AGREE-0003")
    doc, sources, targets, events = plover_gsr.document(record)
    assert sources == targets == {"gsr:united-states", "gsr:jordan"}
    assert [doc.text[s:e] for s, e in events] == ["agreed", "free-trade"]
    assert plover_gsr.gold_type({"event": "DEMAND"}) == "REQUEST"


@needs_resources
def test_plover_evaluation_reports_typing_and_roles():
    typing, roles = plover_gsr.evaluate(limit=20, split="dev")
    assert typing.stage == "events/type" and roles.stage == "events/type+actor+target"
    assert typing.extra["records"] == 20 and 0 <= typing.extra["macro_f1"] <= 1
    assert roles.tp <= typing.tp


@needs_evaldata
def test_case2021_maps_plover_to_case_subtypes():
    assert case2021.to_case("ASSAULT", "aerial") == "AIR_STRIKE"
    assert case2021.to_case("ASSAULT", None) == "ATTACK"
    assert case2021.to_case("PROTEST", "riot") == "VIOL_DEMONSTR"
    assert case2021.to_case("REJECT", None) == "OTHER"
    assert case2021.label("Police arrested three opposition leaders on Monday.") == "ARREST"


@needs_evaldata
def test_case2021_evaluation_reports_fine_and_coarse_scores():
    fine, coarse = case2021.evaluate(limit=30, split="dev")
    assert fine.extra["snippets"] == coarse.extra["snippets"] == 30
    assert coarse.tp >= fine.tp
