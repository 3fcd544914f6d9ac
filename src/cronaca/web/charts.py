"""Geometry for the charts drawn as inline SVG on the server: no chart library, nothing to download.

Functions here only compute numbers and labels; the templates write the SVG (with autoescape), so
no text from the store ever reaches the page unescaped."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any


def _periods(first: str, last: str, granularity: str) -> list[str]:
    """Every week (Monday, YYYY-MM-DD) or month (YYYY-MM) from first to last, so gaps show as gaps."""
    out: list[str] = []
    if granularity == "month":
        y, m = int(first[:4]), int(first[5:7])
        while f"{y:04d}-{m:02d}" <= last[:7] and len(out) < 600:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    while day <= end and len(out) < 600:
        out.append(day.isoformat())
        day += timedelta(days=7)
    return out


def tone_class(intensity: float | None) -> str:
    """Cooperative (positive intensity), conflictual (negative) or neutral, for colour and legend."""
    if intensity is None or abs(intensity) < 0.05:
        return "neutral"
    return "coop" if intensity > 0 else "conflict"


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int
    css: str
    series: str = ""


@dataclass
class Dot:
    x: float
    y: float
    label: str
    css: str


@dataclass
class Tick:
    pos: float
    label: str


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    line: str = ""  # SVG points of the mean-intensity line
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    i_ticks: list[Tick] = field(default_factory=list)
    zero_y: float = 0.0
    rows: list[dict[str, Any]] = field(default_factory=list)  # the data, for the table beside the chart
    empty: bool = False


LEFT, RIGHT, TOP = 44, 44, 24
MAX_BAR = 40.0
COUNT_H, GAP, INTENSITY_H, AXIS_H = 120, 26, 80, 36


def _nice_max(value: int) -> int:
    if value <= 5:
        return max(value, 1)
    step = 10 ** int(math.log10(value))
    return int(math.ceil(value / step) * step)


def timeline(points: list[dict[str, Any]], granularity: str, width: int = 760) -> Chart:
    """Event counts per period (bars, coloured by mean intensity) over a mean-intensity line on a
    -10..+10 scale, the same periods on one x axis."""
    height = TOP + COUNT_H + GAP + INTENSITY_H + AXIS_H
    chart = Chart(width, height)
    if not points:
        chart.empty = True
        return chart
    by_period = {p["period"]: p for p in points}
    periods = _periods(points[0]["period"], points[-1]["period"], granularity)
    plot_w = width - LEFT - RIGHT
    step = plot_w / max(len(periods), 1)
    top = _nice_max(max(p["events"] for p in points))
    chart.y_ticks = [Tick(TOP + COUNT_H - COUNT_H * v / top, str(v)) for v in sorted({0, top // 2, top})]
    i_top = TOP + COUNT_H + GAP
    chart.zero_y = i_top + INTENSITY_H / 2
    chart.i_ticks = [Tick(i_top + INTENSITY_H * (10 - v) / 20, f"{v:+d}" if v else "0") for v in (10, 0, -10)]
    line = []
    every = max(1, math.ceil(len(periods) / 10))
    for i, period in enumerate(periods):
        x = LEFT + i * step
        point = by_period.get(period)
        if i % every == 0:
            chart.x_ticks.append(Tick(x + step / 2, period))
        if not point:
            continue
        mean = point.get("mean_intensity")
        h = COUNT_H * point["events"] / top
        label = f"{period}: {point['events']} events, mean intensity {mean if mean is not None else '?'}"
        bar_w = max(min(step * 0.8, MAX_BAR), 1)
        chart.bars.append(Bar(x + (step - bar_w) / 2, TOP + COUNT_H - h, bar_w, h, label, point["events"],
                              tone_class(mean)))
        if mean is not None:
            y = i_top + INTENSITY_H * (10 - max(-10.0, min(10.0, mean))) / 20
            chart.dots.append(Dot(x + step / 2, y, label, tone_class(mean)))
            line.append(f"{x + step / 2:.1f},{y:.1f}")
        chart.rows.append(point)
    chart.line = " ".join(line)
    return chart


def activity(points: list[dict[str, Any]], granularity: str, width: int = 520) -> Chart:
    """Two bars per period: events where the actor acts, and where it is acted upon."""
    height = TOP + COUNT_H + AXIS_H
    chart = Chart(width, height)
    if not points:
        chart.empty = True
        return chart
    by_period = {p["period"]: p for p in points}
    periods = _periods(points[0]["period"], points[-1]["period"], granularity)
    step = (width - LEFT - RIGHT) / max(len(periods), 1)
    top = _nice_max(max(max(p["as_actor"], p["as_recipient"]) for p in points))
    chart.y_ticks = [Tick(TOP + COUNT_H - COUNT_H * v / top, str(v)) for v in sorted({0, top // 2, top})]
    every = max(1, math.ceil(len(periods) / 10))
    for i, period in enumerate(periods):
        x = LEFT + i * step
        if i % every == 0:
            chart.x_ticks.append(Tick(x + step / 2, period))
        point = by_period.get(period)
        if not point:
            continue
        bar_w = max(min(step * 0.4, MAX_BAR / 2), 1)
        for j, series in enumerate(("as_actor", "as_recipient")):
            h = COUNT_H * point[series] / top
            label = f"{period}: {point[series]} events {series.replace('_', ' ')}"
            chart.bars.append(Bar(x + step / 2 - bar_w + j * bar_w, TOP + COUNT_H - h, bar_w, h, label,
                                  point[series], series.replace("_", "-"), series))
        chart.rows.append(point)
    return chart


@dataclass
class Node:
    id: str
    name: str
    x: float
    y: float
    r: float
    center: bool = False


@dataclass
class Edge:
    path: str
    width: float
    css: str
    label: str


@dataclass
class Network:
    size: int
    nodes: list[Node]
    edges: list[Edge]


def network(center_id: str, center_name: str, others: list[dict[str, Any]], links: list[dict[str, Any]],
            size: int = 520) -> Network:
    """An ego network: the actor in the middle, its counterparts on a circle, one curved arrow per
    direction between any two of them (width by event count, colour by mean intensity)."""
    mid = size / 2
    radius = size / 2 - 80
    nodes = {center_id: Node(center_id, center_name, mid, mid, 16, True)}
    top = max((o["events"] for o in others), default=1)
    for i, other in enumerate(others):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(others), 1)
        nodes[other["entity_id"]] = Node(other["entity_id"], other["name"] or other["entity_id"],
                                         mid + radius * math.cos(angle), mid + radius * math.sin(angle),
                                         7 + 7 * other["events"] / top)
    edges = []
    most = max((link["events"] for link in links), default=1)
    for link in links:
        a, b = nodes.get(link["source"]), nodes.get(link["target"])
        if a is None or b is None:
            continue
        dx, dy = b.x - a.x, b.y - a.y
        dist = math.hypot(dx, dy) or 1.0
        ux, uy = dx / dist, dy / dist
        # start and end at the circles' rims; bend to the right so A->B and B->A do not overlap
        sx, sy = a.x + ux * a.r, a.y + uy * a.r
        ex, ey = b.x - ux * (b.r + 4), b.y - uy * (b.r + 4)
        cx, cy = (sx + ex) / 2 - uy * dist * 0.12, (sy + ey) / 2 + ux * dist * 0.12
        edges.append(Edge(f"M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}",
                          1.2 + 4 * link["events"] / most, tone_class(link.get("mean_intensity")),
                          f"{a.name} \u2192 {b.name}: {link['events']} events, "
                          f"mean intensity {link.get('mean_intensity')}"))
    return Network(size, list(nodes.values()), edges)
