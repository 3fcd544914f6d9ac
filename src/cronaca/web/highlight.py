"""An article's text as HTML with its facts highlighted, built from the spans in its record.

Every piece of text is escaped on its own (scraped news must never inject markup). Spans may
overlap or cross: at each boundary the open elements that no longer apply are closed and the
new ones opened, outer layers first, so the markup always nests and a fact crossing another is
split into fragments; the first fragment of each fact carries its anchor, focus and description.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

# Outer to inner: a sentence holds quotes, a quote holds mentions, a trigger sits innermost.
LAYERS = ("sentence", "quote", "mention", "date", "repair", "trigger")
_TAG = {"sentence": "span", "quote": "span", "mention": "span", "date": "time", "repair": "ins", "trigger": "mark"}


@dataclass
class Fact:
    layer: str
    start: int
    end: int
    anchor: str  # element id of the first fragment, and of the fact's description
    css: str
    label: str  # one line: what, which rule, how confident
    seq: int = 0
    extra: dict[str, str] = field(default_factory=dict)

    def key(self) -> tuple[int, int, int, int]:
        return (LAYERS.index(self.layer), self.start, -self.end, self.seq)


def anchor_of(event_id: str, index: int) -> str:
    """The element id an event's sentence gets: links from anywhere use the same function."""
    return "ev-" + re.sub(r"[^A-Za-z0-9_-]", "-", event_id or f"e{index}")


def names_of(record: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e.get("name") or e["id"] for e in record.get("entities") or []}


def _names(ids: list[str] | None, names: dict[str, str]) -> str:
    return ", ".join(names.get(i, i) for i in ids or []) or "?"


def _conf(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, (int, float)) else "?"


def facts_of(record: dict[str, Any]) -> list[Fact]:
    names = names_of(record)
    facts: list[Fact] = []
    for i, ev in enumerate(record.get("events") or []):
        anchor = anchor_of(ev.get("id") or "", i)
        what = (f"{ev.get('type')}{'/' + ev['mode'] if ev.get('mode') else ''}: "
                f"{_names(ev.get('source'), names)} \u2192 {_names(ev.get('target'), names)}, "
                f"{ev.get('status')}, {ev.get('date') or 'no date'}")
        sentence, trigger = ev.get("sentence") or {}, ev.get("trigger") or {}
        if "start" in sentence:
            facts.append(Fact("sentence", sentence["start"], sentence["end"], anchor, "ev-sentence",
                              f"Event sentence ({what})"))
        if "start" in trigger:
            facts.append(Fact("trigger", trigger["start"], trigger["end"], f"{anchor}-trigger", "trigger",
                              f"Event {what}; rule {ev.get('rule') or '?'}, confidence {_conf(ev.get('confidence'))}"))
    for i, q in enumerate(record.get("quotes") or []):
        speaker = names.get(q.get("speaker") or "", q.get("speaker_text") or "unknown speaker")
        via = f", according to {names.get(q['according_to'], q['according_to'])}" if q.get("according_to") else ""
        facts.append(Fact("quote", q["start"], q["end"], f"quote-{i}", "quote" + (" direct" if q.get("direct") else ""),
                          f"Quote by {speaker} ({'direct' if q.get('direct') else 'indirect'}){via}; "
                          f"rule {q.get('rule') or '?'}, confidence {_conf(q.get('confidence'))}"))
    for e in record.get("entities") or []:
        for j, m in enumerate(e.get("mentions") or []):
            facts.append(Fact("mention", m["start"], m["end"], f"ent-{len(facts)}-{j}",
                              f"ent ent-{re.sub(r'[^A-Za-z]', '', e.get('type') or 'X').lower()}",
                              f"{e.get('name')} ({e.get('type')}, {e.get('id')}{'' if e.get('in_kb', True) else ', not in KB'});"
                              f" {m.get('kind') or 'name'} mention, rule {m.get('rule') or '?'}, "
                              f"confidence {_conf(m.get('confidence'))}"))
    for i, d in enumerate(record.get("dates") or []):
        facts.append(Fact("date", d["start"], d["end"], f"date-{i}", "date",
                          f"Date: {d.get('value') or 'unresolved'}; rule {d.get('rule') or '?'}"))
    for i, r in enumerate((record.get("integrity") or {}).get("repairs") or []):
        facts.append(Fact("repair", r["start"], r["end"], f"repair-{i}", "repair",
                          f"Repair ({r.get('kind')}): \u201c{r.get('before')}\u201d \u2192 \u201c{r.get('after')}\u201d;"
                          f" rule {r.get('rule') or '?'}, confidence {_conf(r.get('confidence'))}"))
    for seq, fact in enumerate(facts):
        fact.seq = seq
    return facts


def _open(fact: Fact, head: bool) -> str:
    attrs = {"class": fact.css + ("" if head else " cont"), "title": fact.label}
    if head:
        attrs.update({"id": fact.anchor, "tabindex": "0", "aria-describedby": f"{fact.anchor}-tip",
                      "data-tip": fact.label})
    rendered = " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items())
    return f"<{_TAG[fact.layer]} {rendered}>"


def _close(fact: Fact) -> str:
    return f"</{_TAG[fact.layer]}>"


def highlight(record: dict[str, Any]) -> tuple[Markup, list[Fact]]:
    """The text as escaped HTML with every fact marked, and the facts (for their descriptions)."""
    text: str = record.get("text") or ""
    size = len(text)
    facts = []
    for fact in facts_of(record):
        if not isinstance(fact.start, int) or not isinstance(fact.end, int) or fact.start > fact.end:
            continue
        fact.start, fact.end = max(0, min(fact.start, size)), max(0, min(fact.end, size))
        facts.append(fact)
    points: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.start == fact.end:
            points.setdefault(fact.start, []).append(fact)
    spans = [f for f in facts if f.start < f.end]
    bounds = sorted({0, size, *points, *(f.start for f in spans), *(f.end for f in spans)})
    out: list[str] = []
    stack: list[Fact] = []
    started: set[int] = set()

    def points_at(pos: int) -> None:
        for fact in points.get(pos, []):
            out.append(_open(fact, True)[:-1] + ' data-point="1">' + _close(fact))

    for pos, nxt in zip(bounds, bounds[1:]):
        active = sorted((f for f in spans if f.start <= pos and f.end >= nxt), key=Fact.key)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out.extend(_close(f) for f in reversed(stack[keep:]))
        for fact in active[keep:]:
            out.append(_open(fact, fact.seq not in started))
            started.add(fact.seq)
        stack = active
        points_at(pos)
        out.append(str(escape(text[pos:nxt])))
    out.extend(_close(f) for f in reversed(stack))
    points_at(size)
    return Markup("".join(out)), facts
