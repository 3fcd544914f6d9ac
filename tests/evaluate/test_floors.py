"""Floors: measured scores minus a margin, and the shortfalls the guard reports."""
from __future__ import annotations

from cronaca.evaluate.floors import floors_of, shortfalls
from cronaca.evaluate.metrics import Score


def test_floor_is_each_metric_minus_the_margin_rounded_down():
    score = Score("quotes", "gold/dev", "it", tp=8, fp=2, fn=2)  # P = R = F1 = 0.8
    assert floors_of([score], margin=0.05) == {"quotes/it": {"precision": 0.75, "recall": 0.75, "f1": 0.75}}


def test_floor_never_goes_below_zero():
    assert floors_of([Score("events", "gold/dev", "en", tp=0, fp=1, fn=3)], margin=0.03) == \
        {"events/en": {"precision": 0.0, "recall": 0.0, "f1": 0.0}}


def test_a_score_below_its_floor_is_reported():
    floors = {"quotes/it": {"precision": 0.75, "recall": 0.75, "f1": 0.75}}
    worse = Score("quotes", "gold/dev", "it", tp=7, fp=2, fn=3)  # P 0.778, R 0.7
    problems = shortfalls([worse], floors)
    assert problems == ["quotes/it: recall 0.700 < floor 0.750", "quotes/it: f1 0.737 < floor 0.750"]


def test_a_floored_row_that_disappears_is_reported_unless_its_floor_was_zero():
    floors = {"quotes/it": {"precision": 0.5, "recall": 0.5, "f1": 0.5},
              "entities.PLACE/it": {"precision": 0.0, "recall": 0.0, "f1": 0.0}}
    assert shortfalls([], floors) == ["quotes/it: no longer measured (gold subset changed? rerun --update)"]
