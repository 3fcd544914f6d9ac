"""Chart geometry: gaps between periods stay visible, colours follow intensity, arrows have ends."""
from __future__ import annotations

from cronaca.web import charts


def test_timeline_fills_the_months_without_events():
    chart = charts.timeline([{"period": "2025-11", "events": 2, "mean_intensity": 3.0},
                             {"period": "2026-02", "events": 1, "mean_intensity": -5.0}], "month")
    assert [t.label for t in chart.x_ticks] == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert [(b.value, b.css) for b in chart.bars] == [(2, "coop"), (1, "conflict")]
    assert chart.bars[0].height == 2 * chart.bars[1].height


def test_timeline_weeks_step_by_seven_days():
    chart = charts.timeline([{"period": "2026-01-26", "events": 1, "mean_intensity": 0.0},
                             {"period": "2026-02-09", "events": 1, "mean_intensity": 0.0}], "week")
    assert [t.label for t in chart.x_ticks] == ["2026-01-26", "2026-02-02", "2026-02-09"]
    assert {b.css for b in chart.bars} == {"neutral"}


def test_timeline_of_nothing_says_so():
    assert charts.timeline([], "month").empty


def test_network_draws_both_directions_apart_and_skips_unknown_nodes():
    others = [{"entity_id": "B", "name": "Bee", "events": 3}, {"entity_id": "C", "name": "Sea", "events": 1}]
    links = [{"source": "A", "target": "B", "events": 2, "mean_intensity": 2.0},
             {"source": "B", "target": "A", "events": 1, "mean_intensity": -3.0},
             {"source": "A", "target": "Z", "events": 5, "mean_intensity": 1.0}]
    net = charts.network("A", "Ay", others, links)
    assert [n.name for n in net.nodes] == ["Ay", "Bee", "Sea"]
    assert [(e.css, e.label) for e in net.edges] == [("coop", "Ay \u2192 Bee: 2 events, mean intensity 2.0"),
                                                    ("conflict", "Bee \u2192 Ay: 1 events, mean intensity -3.0")]
    assert net.edges[0].path != net.edges[1].path
